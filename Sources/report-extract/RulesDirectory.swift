@preconcurrency import ArgumentParser
import Foundation
import ReportExtract

/// Finds and loads the rule files: `--rules DIR`, else `$REPORT_EXTRACT_RULES`, else `./rules`,
/// else the `rules/` folder of the checkout the binary was built in (`.build/*/report-extract`).
enum RulesDirectory {
    struct NotFound: Error, CustomStringConvertible {
        var tried: [String]
        var description: String {
            "no rules directory found (tried \(tried.joined(separator: ", "))); pass --rules DIR"
        }
    }

    static func resolve(_ option: String?) throws -> String {
        if let option { return option }
        var tried: [String] = []
        if let environment = ProcessInfo.processInfo.environment["REPORT_EXTRACT_RULES"] { return environment }
        let candidates = ["rules", checkoutRules()].compactMap { $0 }
        for candidate in candidates {
            tried.append(candidate)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate
            }
        }
        throw NotFound(tried: tried)
    }

    /// `<checkout>/rules` for a binary at `<checkout>/.build/<triple>/<config>/report-extract`.
    private static func checkoutRules() -> String? {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        for _ in 0..<4 {
            url.deleteLastPathComponent()
            let rules = url.appendingPathComponent("rules")
            if FileManager.default.fileExists(atPath: rules.appendingPathComponent("fields.yaml").path) {
                return rules.path
            }
        }
        return nil
    }

    /// The `*.yaml` / `*.yml` files of `directory`, sorted by name.
    static func files(in directory: String) throws -> [RuleFile] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        return try names.map { name in
            let path = (directory as NSString).appendingPathComponent(name)
            return RuleFile(name: path, text: try String(contentsOfFile: path, encoding: .utf8))
        }
    }

    /// Loads the rules or exits with status 64, printing every problem.
    static func load(_ option: String?) throws -> RuleSet {
        do {
            let directory = try resolve(option)
            return try RuleSet.load(files(in: directory))
        } catch let errors as RuleErrors {
            for error in errors.errors { Extract.report("rules: \(error)") }
            throw ExitCodes.usage
        } catch {
            Extract.report("rules: \(error)")
            throw ExitCodes.usage
        }
    }
}

enum ExitCodes {
    static let failures = ExitCode(1)
    static let usage = ExitCode(64)
}

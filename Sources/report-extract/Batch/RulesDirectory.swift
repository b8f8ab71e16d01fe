import ArgumentParser
import Foundation
import ReportExtract

/// Finds the rules directory, loads and checks its rule files.
///
/// Resolution, first match wins: `--rules DIR` (which must exist); `$REPORT_EXTRACT_RULES`;
/// `./rules` in the current directory; the `rules/` of the package the executable was built in
/// (the nearest ancestor of the executable holding both `Package.swift` and `rules/`, so a cron
/// job running `/srv/report-extract/.build/release/report-extract` from `$HOME` finds
/// `/srv/report-extract/rules`).
struct RulesDirectory {
    var path: String
    var rules: RuleSet
    /// The fingerprint the manifest and every output record (`RuleSet.fingerprint`).
    var fingerprint: String { rules.fingerprint }

    struct Missing: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Resolves and loads; prints every rule problem (file:line: key: message) and exits 64.
    static func load(explicit: String?) throws -> RulesDirectory {
        do {
            let path = try resolve(explicit: explicit)
            return RulesDirectory(path: path, rules: try RuleSet.load(files(in: path)))
        } catch let errors as RuleErrors {
            for error in errors.errors { Log.error("rules: \(error)") }
            throw ExitCode(ExitStatus.usage)
        } catch {
            Log.error("rules: \(error)")
            throw ExitCode(ExitStatus.usage)
        }
    }

    static func resolve(explicit: String?) throws(Missing) -> String {
        if let explicit {
            guard isDirectory(explicit) else {
                throw Missing(message: "rules directory \(explicit) does not exist or is not a directory")
            }
            return explicit
        }
        if let environment = ProcessInfo.processInfo.environment["REPORT_EXTRACT_RULES"], isDirectory(environment) {
            return environment
        }
        if isDirectory("rules") { return "rules" }
        if let package = packageRules() { return package }
        throw Missing(message: "no rules directory found (no ./rules, no rules/ beside the package); pass --rules DIR")
    }

    /// The rule files (`*.yaml`, `*.yml`) directly in `directory`, sorted by name; each named by
    /// its path for messages (`rules/fields.yaml:12: …`).
    static func files(in directory: String) throws -> [RuleFile] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter(RulesFingerprint.isRuleFile).sorted()
        return try names.map { name in
            let path = (directory as NSString).appendingPathComponent(name)
            return RuleFile(name: path, text: try String(contentsOfFile: path, encoding: .utf8))
        }
    }

    private static func packageRules() -> String? {
        guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        else { return nil }
        var directory = URL(fileURLWithPath: executable).deletingLastPathComponent()
        while directory.path != "/" {
            let rules = directory.appendingPathComponent("rules").path
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path),
                isDirectory(rules)
            {
                return rules
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }

    private static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}

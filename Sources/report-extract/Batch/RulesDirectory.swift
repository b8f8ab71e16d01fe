import Foundation
import ReportExtract

/// Finds the rules directory and computes its `RulesFingerprint`.
///
/// Resolution, first match wins: `--rules DIR` (which must exist); `./rules` in the current
/// directory; the `rules/` of the package the executable was built in (the nearest ancestor of
/// the executable holding both `Package.swift` and `rules/`, so a cron job running
/// `/srv/report-extract/.build/release/report-extract` from `$HOME` finds
/// `/srv/report-extract/rules`). No directory at all gives the fingerprint of no files.
struct RulesDirectory {
    /// The directory used, or `nil` when none was found.
    var path: String?
    var fingerprint: String

    struct Missing: Error, CustomStringConvertible {
        var path: String
        var description: String { "rules directory \(path) does not exist or is not a directory" }
    }

    static func resolve(explicit: String?) throws(Missing) -> RulesDirectory {
        if let explicit {
            guard isDirectory(explicit) else { throw Missing(path: explicit) }
            return RulesDirectory(path: explicit, fingerprint: fingerprint(of: explicit))
        }
        if isDirectory("rules") { return RulesDirectory(path: "rules", fingerprint: fingerprint(of: "rules")) }
        if let package = packageRules() { return RulesDirectory(path: package, fingerprint: fingerprint(of: package)) }
        return RulesDirectory(path: nil, fingerprint: RulesFingerprint.compute([]))
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

    /// Every rule file below `directory`, by relative path.
    private static func fingerprint(of directory: String) -> String {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var files: [(path: String, content: [UInt8])] = []
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard RulesFingerprint.isRuleFile(url.lastPathComponent),
                (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                let content = try? Data(contentsOf: url)
            else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count).drop { $0 == "/" })
            files.append((relative, [UInt8](content)))
        }
        return RulesFingerprint.compute(files)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}

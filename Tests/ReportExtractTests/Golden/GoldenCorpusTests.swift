import Foundation
import ReportExtract
import Testing

/// Whole-output comparison for every corpus document: `corpus/expected/NAME.json` must equal what
/// the pipeline writes for `corpus/NAME.txt`. On a difference the failure shows `diff -u`.
/// After a deliberate change, regenerate with `UPDATE_GOLDEN=1 swift test --filter Golden`,
/// review the diff in git, and say in the commit message why each change is right.
@Suite struct GoldenCorpusTests {
    @Test(arguments: Corpus.names)
    func documentJSONMatchesExpected(name: String) throws {
        let document = try Corpus.extracted(name)
        let actual = DocumentJSON(document).encoded()
        let expectedURL = Corpus.expectedDirectory.appendingPathComponent(
            (name as NSString).deletingPathExtension + ".json")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try actual.write(to: expectedURL)
            return
        }
        let expected = try Data(contentsOf: expectedURL)
        if actual != expected {
            Issue.record(Comment(rawValue: "\(name) differs from \(expectedURL.path):\n\(Diff.unified(expected, actual))"))
        }
    }
}

/// A readable difference between two texts, by `diff -u` (first 120 lines).
enum Diff {
    static func unified(_ old: Data, _ new: Data) -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID())")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let expected = directory.appendingPathComponent("expected.json")
        let actual = directory.appendingPathComponent("actual.json")
        try? old.write(to: expected)
        try? new.write(to: actual)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
        process.arguments = ["-u", expected.path, actual.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return "(diff unavailable)" }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.prefix(120).joined(separator: "\n") + (lines.count > 120 ? "\n… (\(lines.count - 120) more lines)" : "")
    }
}

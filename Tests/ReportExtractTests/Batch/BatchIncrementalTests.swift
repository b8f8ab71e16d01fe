import Foundation
import Testing

/// End-to-end tests of the built executable. Serialized: they start processes and time kills.
@Suite(.serialized) enum BatchEndToEnd {}

extension BatchEndToEnd {
    @Suite struct Incremental {
        let corpus: URL
        let out: URL

        init() throws {
            corpus = try TestCorpus.make(20, label: "incremental")
            out = try TestPaths.temporaryDirectory("out")
        }

        func run(_ extra: [String] = [], into directory: URL? = nil) throws -> BinaryRun {
            try BinaryRun.run([corpus.path, "--out", (directory ?? out).path, "--quiet"] + extra)
        }

        func files(_ report: [String: Any]) -> [String: Int] { report["files"] as! [String: Int] }

        @Test func secondRunSkipsEverythingAndTouchesNoOutput() throws {
            let first = try run()
            #expect(first.status == 0, "\(first.stderr)")
            #expect(files(try OutputSnapshot.runReport(out))["processed"] == 20)
            var before = try OutputSnapshot.mtimes(of: out)
            var bytes = try OutputSnapshot.contents(of: out)

            let second = try run()
            #expect(second.status == 0)
            let report = try OutputSnapshot.runReport(out)
            #expect(files(report) == ["seen": 20, "processed": 0, "skipped": 20, "hashed": 0, "failed": 0, "removed": 0])
            #expect((report["datasets"] as? [String: Any])?["rebuilt"] as? Bool == false)
            var after = try OutputSnapshot.mtimes(of: out)
            for volatile in ["run.json", ".report-extract.lock"] {
                before[volatile] = nil
                after[volatile] = nil
            }
            #expect(after == before, "a re-run over unchanged inputs rewrote outputs")
            var bytesAfter = try OutputSnapshot.contents(of: out)
            bytes["run.json"] = nil
            bytesAfter["run.json"] = nil
            #expect(bytesAfter == bytes)
            #expect(second.stderr.split(separator: "\n").count == 1, "quiet prints one summary line: \(second.stderr)")
        }

        @Test func changedTouchedAndVanishedInputs() throws {
            #expect(try run().status == 0)
            let parts = corpus.appendingPathComponent("part-00")
            let names = try FileManager.default.contentsOfDirectory(atPath: parts.path).sorted()
            // New content (and size): extracted again.
            let changed = parts.appendingPathComponent(names[0])
            try (Data(contentsOf: changed) + Data("\n追加一行\n".utf8)).write(to: changed)
            // Same bytes, new mtime: hashed, not re-extracted.
            let touched = parts.appendingPathComponent(names[1])
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: touched.path)
            // Gone, with its whole folder.
            try FileManager.default.removeItem(at: parts.appendingPathComponent(names[2]))
            try FileManager.default.removeItem(at: corpus.appendingPathComponent("part-01"))

            let rerun = try run()
            #expect(rerun.status == 0, "\(rerun.stderr)")
            let report = try OutputSnapshot.runReport(out)
            #expect(files(report) == ["seen": 9, "processed": 1, "skipped": 8, "hashed": 1, "failed": 0, "removed": 11])
            #expect(report["processed"] as? [String: Int] == ["changed": 1])
            let removed = report["removed"] as? [String] ?? []
            #expect(removed.contains("part-00/" + names[2].replacingOccurrences(of: ".txt", with: ".json")))
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("part-01").path), "empty folder left")
            let documents = try String(contentsOf: out.appendingPathComponent("documents.jsonl"), encoding: .utf8)
            #expect(documents.split(separator: "\n").count == 9)

            // The result equals a clean run over the same inputs.
            let clean = try TestPaths.temporaryDirectory("clean")
            #expect(try run(into: clean).status == 0)
            try expectSameOutputs(out, clean, ignoringRunReport: true)
        }

        @Test func forceRedoesEverythingWithTheSameBytes() throws {
            #expect(try run().status == 0)
            let before = try OutputSnapshot.contents(of: out)
            #expect(try run(["--force"]).status == 0)
            let report = try OutputSnapshot.runReport(out)
            #expect(report["processed"] as? [String: Int] == ["forced": 20])
            #expect((report["datasets"] as? [String: Any])?["rebuilt"] as? Bool == true)
            var after = try OutputSnapshot.contents(of: out)
            after["run.json"] = before["run.json"]
            #expect(after == before)
        }

        @Test func changedRulesRedoEverything() throws {
            let rules = try TestPaths.temporaryDirectory("rules")
            for file in try Corpus.ruleFiles() {
                try Data(file.text.utf8).write(to: rules.appendingPathComponent((file.name as NSString).lastPathComponent))
            }
            #expect(try run(["--rules", rules.path]).status == 0)
            #expect(try run(["--rules", rules.path]).status == 0)
            #expect(files(try OutputSnapshot.runReport(out))["skipped"] == 20)
            try Data("version: 1\nunits: [公里]\n".utf8).write(to: rules.appendingPathComponent("local.yaml"))
            #expect(try run(["--rules", rules.path]).status == 0)
            #expect(try OutputSnapshot.runReport(out)["processed"] as? [String: Int] == ["rules_changed": 20])
        }

        @Test func jobsDoNotChangeABit() throws {
            let one = try TestPaths.temporaryDirectory("jobs1")
            let two = try TestPaths.temporaryDirectory("jobs2")
            let four = try TestPaths.temporaryDirectory("jobs4")
            #expect(try run(["--jobs", "1"], into: one).status == 0)
            #expect(try run(["--jobs", "2"], into: two).status == 0)
            #expect(try run(["--jobs", "4"], into: four).status == 0)
            try expectSameOutputs(one, two)
            try expectSameOutputs(one, four)
        }
    }
}

/// Every file equal byte for byte (run.json without `volatile`; the lock file ignored).
func expectSameOutputs(
    _ left: URL, _ right: URL, ignoringRunReport: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    var a = try OutputSnapshot.contents(of: left)
    var b = try OutputSnapshot.contents(of: right)
    if ignoringRunReport {
        a["run.json"] = nil
        b["run.json"] = nil
    }
    #expect(a.keys.sorted() == b.keys.sorted(), sourceLocation: sourceLocation)
    let differing = a.keys.filter { a[$0] != b[$0] }.sorted()
    #expect(differing.isEmpty, "differ: \(differing.prefix(5))", sourceLocation: sourceLocation)
}

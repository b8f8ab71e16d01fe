import Foundation
import Testing

extension BatchEndToEnd {
    /// `--stdin` gives the same figure lines as a batch run's `figures.jsonl`.
    @Suite struct StreamMode {
        let corpus = TestPaths.packageRoot.appendingPathComponent("corpus")

        /// The batch run's `figures.jsonl` lines, grouped by document path.
        func batchFigures() throws -> (lines: [String: [String]], documents: [String: Any]) {
            let out = try TestPaths.temporaryDirectory("stream-batch")
            #expect(try BinaryRun.run([corpus.path, "--out", out.path, "--quiet"]).status == 0)
            let text = try String(contentsOf: out.appendingPathComponent("figures.jsonl"), encoding: .utf8)
            var lines: [String: [String]] = [:]
            for line in text.split(separator: "\n") {
                let row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                lines[row["path"] as! String, default: []].append(String(line))
            }
            var documents: [String: Any] = [:]
            for seed in TestCorpus.seeds {
                let json = out.appendingPathComponent(seed.deletingPathExtension().lastPathComponent + ".json")
                documents[seed.lastPathComponent] = try JSONSerialization.jsonObject(with: Data(contentsOf: json))
            }
            return (lines, documents)
        }

        @Test func oneDocumentOnStandardInputGivesTheBatchRunsFigureLines() throws {
            let batch = try batchFigures()
            for seed in TestCorpus.seeds {
                let name = seed.lastPathComponent
                let run = try BinaryRun.run(["--stdin", "--path", name], stdin: Data(contentsOf: seed))
                #expect(run.status == 0, "\(run.stderr)")
                let streamed = run.stdout.split(separator: "\n").map(String.init)
                #expect(streamed == batch.lines[name] ?? [], "\(name)")
                // And the same figures as the per-document JSON's `figures` array.
                let figures = (batch.documents[name] as? [String: Any])?["figures"] as? [[String: Any]] ?? []
                #expect(!figures.isEmpty, "every seed has figures")
                let streamedPairs = try streamed.map { line -> String in
                    let row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                    return "\(row["id"] as! String)=\(row["value"] as? String ?? "null")"
                }
                let filePairs = figures.map { "\($0["id"] as! String)=\($0["value"] as? String ?? "null")" }
                #expect(streamedPairs == filePairs, "\(name)")
            }
        }

        @Test func jsonLinesInputStreamsEveryDocumentAndNamesBadLines() throws {
            let batch = try batchFigures()
            var input = Data()
            for (index, seed) in TestCorpus.seeds.enumerated() {
                let bytes = try Data(contentsOf: seed)
                let object: [String: String] = index == 0
                    ? ["path": seed.lastPathComponent, "base64": bytes.base64EncodedString()]
                    : ["path": seed.lastPathComponent, "text": String(decoding: bytes, as: UTF8.self)]
                input += try JSONSerialization.data(withJSONObject: object) + Data("\n".utf8)
            }
            let good = try BinaryRun.run(["--stdin", "--jsonl"], stdin: input)
            #expect(good.status == 0, "\(good.stderr)")
            let expected = TestCorpus.seeds.flatMap { batch.lines[$0.lastPathComponent] ?? [] }
            #expect(good.stdout.split(separator: "\n").map(String.init) == expected)

            let bad = try BinaryRun.run(["--stdin", "--jsonl"], stdin: input + Data("{\"path\": 3}\nnot json\n".utf8))
            #expect(bad.status == 1)
            #expect(bad.stderr.contains("line 6: no \"path\" string"), "\(bad.stderr)")
            #expect(bad.stderr.contains("line 7: not a JSON object"))
            #expect(bad.stdout == good.stdout, "good documents still go out")
        }

        @Test func emptyStandardInputFails() throws {
            let run = try BinaryRun.run(["--stdin"], stdin: Data())
            #expect(run.status == 1)
            #expect(run.stderr.contains("-: empty file"), "\(run.stderr)")
        }
    }
}

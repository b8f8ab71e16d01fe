import Foundation
import ReportExtract
import Testing

extension BatchEndToEnd {
    /// The review pages obey the rules of every other output: one page per JSON, nothing
    /// rewritten over unchanged inputs, pages of vanished inputs removed, a missing page made
    /// again, and the index rebuilt exactly when the datasets are.
    @Suite struct ReviewPagesFollowTheOutputs {
        let corpus: URL
        let out: URL

        init() throws {
            corpus = try TestCorpus.make(6, label: "review", perFolder: 3)
            out = try TestPaths.temporaryDirectory("review-out")
        }

        func run() throws -> BinaryRun {
            let run = try BinaryRun.run([corpus.path, "--out", out.path, "--quiet"])
            #expect(run.status == 0, "\(run.stderr)")
            return run
        }

        func pages() throws -> [String] {
            try OutputSnapshot.files(in: out).filter { $0.hasSuffix(".html") }.sorted()
        }

        func outputs() throws -> [String] {
            try OutputSnapshot.files(in: out).filter { $0.hasSuffix(".json") && $0 != "run.json" && !$0.hasPrefix(".") }.sorted()
        }

        @Test func onePagePerDocumentAndAnIndexLinkingThemAll() throws {
            _ = try run()
            let expected = try outputs().map { ReviewPaths.page(forOutput: $0) } + [ReviewPaths.index]
            #expect(try pages() == expected.sorted())
            let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
            for output in try outputs() {
                #expect(index.contains("href=\"\(ReviewPaths.page(forOutput: output))\""), "index lacks \(output)")
                let page = try String(contentsOf: out.appendingPathComponent(ReviewPaths.page(forOutput: output)), encoding: .utf8)
                let json = try Data(contentsOf: out.appendingPathComponent(output))
                let figures = (try JSONSerialization.jsonObject(with: json) as? [String: Any])?["figures"] as? [[String: Any]] ?? []
                #expect(!figures.isEmpty)
                for figure in figures.prefix(20) {
                    #expect(page.contains(figure["id"] as! String), "\(output): page lacks figure \(figure["id"]!)")
                }
            }
        }

        @Test func incrementalRunsKeepPagesInStep() throws {
            _ = try run()
            let indexPath = out.appendingPathComponent("index.html")
            var before = try OutputSnapshot.mtimes(of: out)

            // Nothing changed: no page, and not the index, is written again.
            _ = try run()
            var after = try OutputSnapshot.mtimes(of: out)
            for volatile in ["run.json", ".report-extract.lock"] { (before[volatile], after[volatile]) = (nil, nil) }
            #expect(after == before)

            // A page deleted by hand is made again from the JSON, the same bytes; the index stays.
            let output = try outputs()[0]
            let page = out.appendingPathComponent(ReviewPaths.page(forOutput: output))
            let bytes = try Data(contentsOf: page)
            try FileManager.default.removeItem(at: page)
            _ = try run()
            #expect(try Data(contentsOf: page) == bytes)
            #expect(try OutputSnapshot.mtimes(of: out)["index.html"] == before["index.html"])

            // An input gone: its page goes with its JSON, and the index no longer names it.
            let inputs = try OutputSnapshot.files(in: corpus).filter { $0.hasSuffix(".txt") }.sorted()
            try FileManager.default.removeItem(at: corpus.appendingPathComponent(inputs[0]))
            _ = try run()
            #expect(!FileManager.default.fileExists(atPath: page.path))
            #expect(try pages().count == 5 + 1)
            let index = try String(contentsOf: indexPath, encoding: .utf8)
            #expect(!index.contains(ReviewPaths.page(forOutput: output)))
            #expect(index.contains("5 份文档 documents"))
        }
    }
}

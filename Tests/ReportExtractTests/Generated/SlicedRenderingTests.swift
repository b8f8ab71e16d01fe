import Foundation
import Testing

@testable import ReportExtract

/// Archives hold pieces of reports (a page range, a table cut off mid-row), so every window of a
/// generated rendering must read without a trap, whatever line it starts on: a table's first
/// line may be a row's or a page's continuation, with nothing above it. A trap ends the whole
/// batch; an error names the file and the batch goes on. `.ci/run` renders the set before
/// `swift test`; locally the test is skipped unless `CI` is set.
@Suite struct SlicedRenderingTests {
    static let documentsPerLayout = 4
    static let windowStep = 9
    static let windowLines = 50

    @Test(arguments: ["pdftotext", "libreoffice", "docx2txt", "pandoc-plain", "web-flat", "tika-dom"])
    func everyWindowReadsWithoutATrap(layout: String) throws {
        let directory = ExtractorLayoutAccuracyTests.root.appendingPathComponent(layout)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
        guard !names.isEmpty else {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record("no rendering in \(directory.path): run `Tools/formgen/render_extractors.py generated/docx --out generated`")
            }
            return
        }
        let pipeline = Pipeline(rules: Corpus.rules)
        var windows = 0, read = 0
        for name in names.prefix(Self.documentsPerLayout) {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for start in stride(from: 0, to: lines.count, by: Self.windowStep) {
                let window = lines[start..<min(lines.count, start + Self.windowLines)].joined(separator: "\n") + "\n"
                windows += 1
                if (try? pipeline.run(bytes: Array(window.utf8), path: "\(name):\(start + 1)")) != nil { read += 1 }
            }
        }
        #expect(windows >= Self.documentsPerLayout)
        #expect(read == windows, "windows read: \(read) of \(windows)")
    }
}

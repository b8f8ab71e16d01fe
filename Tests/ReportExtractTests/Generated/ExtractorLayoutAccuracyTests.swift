import Foundation
import Testing

@testable import ReportExtract

/// Issue 12's gate on the generated reports as pandoc prints them (Tools/formgen
/// `render_extractors.py`, truth lines located in each rendering): table figures found ≥ 97 %,
/// labels right for ≥ 97 % of them, no high figure wrong, and every table read in a text layout
/// (pipe rows, HTML rows, ruled columns), never as Tika's. `.ci/run` renders the set before
/// `swift test`; locally the test is skipped unless `CI` is set.
@Suite struct ExtractorLayoutAccuracyTests {
    static let root = Corpus.root.appendingPathComponent("generated")

    @Test(arguments: ["pandoc-plain", "pandoc-markdown"])
    func pandocRenderings(layout: String) throws {
        let directory = Self.root.appendingPathComponent(layout)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
        if names.isEmpty {
            let message = "no rendering in \(directory.path): run `Tools/formgen/render_extractors.py generated/docx --out generated`"
            if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record(Comment(rawValue: message)) }
            return
        }
        #expect(names.count >= 50)
        let pipeline = Pipeline(rules: Corpus.rules)
        var table = AccuracyTally()
        var wrongHigh: [String] = []
        var layouts: Set<TableLayout> = []
        for name in names {
            let base = (name as NSString).deletingPathExtension
            let truthText = try String(
                contentsOf: directory.appendingPathComponent("expected/\(base).figures.tsv"), encoding: .utf8)
            let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
            let extracted = try pipeline.run(bytes: bytes, path: name)
            layouts.formUnion(extracted.segmented.tables.map(\.layout))
            let emitted = DocumentJSON(extracted).figures.map(FigureMatching.Emitted.init)
            let matching = FigureMatching(truth: try TruthFigure.parse(truthText), emitted: emitted)
            let bySource = AccuracyTally.grouped(matching, by: { $0.source ?? "-" }, spuriousGroup: \.sourceGroup)
            for (source, tally) in bySource where source == "table_cell" || source == "cell_text" || source == "table" {
                table = table + tally
            }
            for pair in matching.pairs where pair.emitted.confidence == .high && pair.truth.entry != pair.emitted.entry {
                wrongHigh.append("\(base): \(pair.emitted.entry.description) (expected \(pair.truth.entry.description))")
            }
            for figure in matching.spurious where figure.confidence == .high {
                wrongHigh.append("\(base): \(figure.entry.description) (not expected)")
            }
        }
        #expect(table.recall >= 0.97, "table figures found: \(table.found) of \(table.expected)")
        #expect(table.labelShare >= 0.97, "labels right: \(table.labelsRight) of \(table.found)")
        #expect(wrongHigh.isEmpty, "high but wrong:\n\(wrongHigh.prefix(20).joined(separator: "\n"))")
        #expect(layouts.isDisjoint(with: [.dom, .sax]), "tables read as Tika's: \(layouts)")
    }
}

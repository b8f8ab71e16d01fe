import Foundation
import Testing

@testable import ReportExtract

/// One rendering of the generated reports (`generated/LAYOUT`, Tools/formgen) run through the
/// pipeline and paired with its truth: what the accuracy gates assert on. `.ci/run` builds the
/// renderings before `swift test`; a missing one is nil, and a recorded failure under CI.
struct GeneratedSetRun {
    var documents = 0
    /// Table cells and label:number pairs in cells.
    var table = AccuracyTally()
    var all = AccuracyTally()
    /// Every figure by the template family the generator made it in (`project_sc`, `prose`…).
    var families: [String: AccuracyTally] = [:]
    /// High-confidence figures wrong in value, labels or field, or not expected at all.
    var wrongHigh: [String] = []
    var layouts: Set<TableLayout> = []
    /// Figures of tables whose rows are a guess (run together on one line, one cell per line,
    /// columns of spaces)
    /// graded above low: never allowed.
    var trustedGuesses = 0
    /// Documents with a table found but not read (`segment.unread_table`).
    var warnedDocuments = 0
    /// Expected table cells, and those printed inside a table found but not read.
    var truthTableCells = 0
    var truthTableCellsUnread = 0
    /// Expected prose figures printed inside such a table: there must be none.
    var truthProseUnread = 0

    static func run(_ directory: URL, missing hint: String) throws -> GeneratedSetRun? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
        if names.isEmpty {
            let message = "no rendering in \(directory.path): run `\(hint)`"
            if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record(Comment(rawValue: message)) }
            return nil
        }
        let pipeline = Pipeline(rules: Corpus.rules)
        var run = GeneratedSetRun(documents: names.count)
        for name in names {
            let base = (name as NSString).deletingPathExtension
            let truthText = try String(
                contentsOf: directory.appendingPathComponent("expected/\(base).figures.tsv"), encoding: .utf8)
            let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
            let extracted = try pipeline.run(bytes: bytes, path: name)
            run.layouts.formUnion(extracted.segmented.tables.map(\.layout))
            let tables = extracted.segmented.tables
            run.trustedGuesses += extracted.figures.filter { figure in
                guard let table = figure.table, table < tables.count else { return false }
                return [.flattened, .cellLines, .cellParagraphs, .spacedColumns].contains(tables[table].layout) && figure.confidence != .low
            }.count
            let emitted = DocumentJSON(extracted).figures.map(FigureMatching.Emitted.init)
            let truth = try TruthFigure.parse(truthText)
            let unread = extracted.segmented.unreadTables
            if !unread.isEmpty { run.warnedDocuments += 1 }
            for figure in truth {
                let inside = unread.contains { $0.contains(figure.entry.line) }
                if figure.source == "table_cell" {
                    run.truthTableCells += 1
                    if inside { run.truthTableCellsUnread += 1 }
                } else if figure.source == "prose", inside {
                    run.truthProseUnread += 1
                }
            }
            let matching = FigureMatching(truth: truth, emitted: emitted)
            let bySource = AccuracyTally.grouped(matching, by: { $0.source ?? "-" }, spuriousGroup: \.sourceGroup)
            for (source, tally) in bySource where source == "table_cell" || source == "cell_text" || source == "table" {
                run.table = run.table + tally
            }
            run.all = run.all + bySource.values.reduce(AccuracyTally(), +)
            let byFamily = AccuracyTally.grouped(matching, by: { $0.family ?? "-" }, spuriousGroup: { _ in "(not expected)" })
            run.families.merge(byFamily, uniquingKeysWith: +)
            for pair in matching.pairs where pair.emitted.confidence == .high && !FigureMatching.sameFigure(pair.emitted.entry, pair.truth.entry) {
                run.wrongHigh.append("\(base): \(pair.emitted.entry.description) (expected \(pair.truth.entry.description))")
            }
            for figure in matching.spurious where figure.confidence == .high {
                run.wrongHigh.append("\(base): \(figure.entry.description) (not expected)")
            }
        }
        return run
    }
}

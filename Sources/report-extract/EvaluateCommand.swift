@preconcurrency import ArgumentParser
import Foundation
import ReportExtract

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score the figures of a corpus against its expected figures.",
        discussion: """
            For every DIR/NAME.txt with a DIR/expected/NAME.figures.tsv (hand-checked for the \
            seeds, or written by Tools/formgen for generated reports), runs the extraction and \
            pairs each expected figure with the emitted figure printed at the same line with the \
            same raw text. It prints, per document (the seed corpus) or per template family and \
            source (a generated set):
              found     expected figures emitted at their place (recall)
              labels    found figures whose row and column labels are both right
              row, col, value, field: found figures right in that respect
              strict    expected figures right in all six compared columns
              precision strict / emitted
              high, high wrong: figures graded high, and those wrong in value, labels or field \
            (or not expected at all)
            With several directories (one per rendered layout), one block per directory. \
            --verbose lists the differences.
            """
    )

    @Argument(help: "Corpus directories (each with an expected/ folder).")
    var directories: [String] = ["corpus"]

    @Option(help: "Directory of rule files (default: as for extraction).")
    var rules: String?

    @Flag(help: "List missing, unexpected and mislabelled figures.")
    var verbose = false

    @Flag(help: "Group by document even when the expected files name template families.")
    var byDocument = false

    mutating func run() throws {
        let ruleSet = try RulesDirectory.load(explicit: rules).rules
        let pipeline = Pipeline(rules: ruleSet)
        for directory in directories {
            try evaluate(directory, pipeline)
        }
    }

    private func evaluate(_ directory: String, _ pipeline: Pipeline) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }.sorted()
        var byDocument: [(String, AccuracyTally)] = []
        var byFamily: [String: AccuracyTally] = [:]
        var bySource: [String: AccuracyTally] = [:]
        var namesFamilies = false
        var proseByDocument: [(String, ProseEvaluation)] = []
        var differences: [String] = []
        for name in names {
            let base = (name as NSString).deletingPathExtension
            guard let text = try? String(contentsOfFile: "\(directory)/expected/\(base).figures.tsv", encoding: .utf8) else {
                continue
            }
            let truth = try TruthFigure.parse(text)
            namesFamilies = namesFamilies || truth.contains { $0.family != nil }
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(name)")))
            let figures = DocumentJSON(try pipeline.run(bytes: bytes, path: name)).figures
            // With reviewed prose figures beside it, the figures file holds the tables alone.
            let proseText = try? String(contentsOfFile: "\(directory)/expected/\(base).prose.tsv", encoding: .utf8)
            var emitted = figures.map(FigureMatching.Emitted.init)
            if let proseText {
                let truth = try ProseEvaluation.parse(proseText)
                let prose = ProseEvaluation(truth: truth, emitted: ProseEvaluation.emitted(figures))
                proseByDocument.append((base, prose))
                emitted = emitted.filter { $0.sourceGroup != "prose" }
                if verbose { differences += Self.differences(base, prose) }
            }
            let matching = FigureMatching(truth: truth, emitted: emitted)
            let perFamily = AccuracyTally.grouped(matching, by: { $0.family ?? "-" }, spuriousGroup: { _ in "(not expected)" })
            let perSource = AccuracyTally.grouped(matching, by: \.sourceGroup, spuriousGroup: \.sourceGroup)
            byFamily.merge(perFamily, uniquingKeysWith: +)
            bySource.merge(perSource, uniquingKeysWith: +)
            byDocument.append((base, perSource.values.reduce(AccuracyTally(), +)))
            if verbose { differences += Self.differences(base, matching) }
        }
        print("== \(directory): \(byDocument.count) documents")
        let rows: [(String, AccuracyTally)] = namesFamilies && !self.byDocument
            ? byFamily.sorted { $0.key < $1.key } : byDocument
        Self.printTable(rows + [("by source:", AccuracyTally())] + bySource.sorted { $0.key < $1.key }
            + [("overall", byDocument.map(\.1).reduce(AccuracyTally(), +))])
        if !proseByDocument.isEmpty {
            print("== \(directory): prose figures against expected/*.prose.tsv")
            Self.printProse(proseByDocument + [("overall", proseByDocument.map(\.1).reduce(ProseEvaluation(), +))])
        }
        for line in differences { print(line) }
    }

    static func printProse(_ rows: [(String, ProseEvaluation)]) {
        print(["document", "expected", "found", "value", "label", "emitted", "precision", "high", "high wrong"]
            .joined(separator: "\t"))
        for (name, p) in rows {
            print([
                name, "\(p.expected)", "\(p.found) (\(percent(p.recall)))",
                percent(p.found == 0 ? 1 : Double(p.valueRight) / Double(p.found)), percent(p.labelShare),
                "\(p.emitted)", percent(p.precision), "\(p.high)", "\(p.highWrong)",
            ].joined(separator: "\t"))
        }
    }

    static func differences(_ document: String, _ prose: ProseEvaluation) -> [String] {
        func text(_ truth: ProseEvaluation.Truth) -> String {
            "\(truth.line) | \(truth.raw) | \(truth.value) | \(truth.labels.joined(separator: "|")) | \(truth.kind)"
        }
        func text(_ figure: ProseEvaluation.Emitted) -> String {
            "\(figure.line) | \(figure.raw) | \(figure.value ?? "-") | \(figure.label ?? "-")  [\(figure.confidence.rawValue)]"
        }
        var lines = prose.missing.map { "  \(document) prose missing:    \(text($0))" }
        for (truth, figure) in prose.wrong {
            lines.append("  \(document) prose wrong:      \(text(figure))")
            lines.append("  \(document)   expected:       \(text(truth))")
        }
        lines += prose.spurious.map { "  \(document) prose unexpected: \(text($0))" }
        return lines
    }

    static func printTable(_ rows: [(String, AccuracyTally)]) {
        print(["group", "expected", "found", "labels", "row", "col", "value", "field", "strict", "emitted",
               "precision", "high", "high wrong"].joined(separator: "\t"))
        for (name, t) in rows {
            guard t.expected + t.emitted > 0 else {
                print(name)
                continue
            }
            let found = t.found
            print([
                name, "\(t.expected)", "\(found) (\(percent(t.recall)))", percent(t.labelShare),
                percent(t.ratio(t.rowLabelRight, found)), percent(t.ratio(t.columnLabelRight, found)),
                percent(t.ratio(t.valueRight, found)), percent(t.ratio(t.fieldRight, found)),
                "\(t.strict) (\(percent(t.strictRecall)))", "\(t.emitted)", percent(t.precision), "\(t.high)",
                "\(t.highWrong)",
            ].joined(separator: "\t"))
        }
    }

    static func differences(_ document: String, _ matching: FigureMatching) -> [String] {
        var lines: [String] = []
        for figure in matching.missing { lines.append("  \(document) missing:    \(figure.entry.description)") }
        for pair in matching.pairs where !FigureMatching.sameFigure(pair.emitted.entry, pair.truth.entry) {
            lines.append("  \(document) wrong:      \(pair.emitted.entry.description)  [\(pair.emitted.confidence.rawValue)]")
            lines.append("  \(document)   expected: \(pair.truth.entry.description)")
        }
        for figure in matching.spurious {
            lines.append("  \(document) unexpected: \(figure.entry.description)  [\(figure.confidence.rawValue)]")
        }
        return lines
    }

    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
}

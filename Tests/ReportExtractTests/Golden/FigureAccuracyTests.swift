import Foundation
import Testing

@testable import ReportExtract

/// Recall and precision of the table figures against the hand-checked
/// `corpus/expected/*.figures.tsv`, held to `corpus/expected/accuracy-baseline.tsv`: the test fails
/// when either drops. Prose figures are scored apart (`ProseAccuracyTests`, `*.prose.tsv`).
@Suite struct FigureAccuracyTests {
    struct Baseline {
        var expected: Int
        var emitted: Int
        var matched: Int
    }

    static let baselines: [String: Baseline] = {
        let url = Corpus.expectedDirectory.appendingPathComponent("accuracy-baseline.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var result: [String: Baseline] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let cells = line.split(separator: "\t").map(String.init)
            guard cells.count == 4, let e = Int(cells[1]), let m = Int(cells[2]), let k = Int(cells[3]) else { continue }
            result[cells[0]] = Baseline(expected: e, emitted: m, matched: k)
        }
        return result
    }()

    @Test(arguments: Corpus.names)
    func recallAndPrecisionDoNotDrop(name: String) throws {
        let base = (name as NSString).deletingPathExtension
        let baseline = try #require(Self.baselines[base], "no baseline for \(base)")
        let text = try String(
            contentsOf: Corpus.expectedDirectory.appendingPathComponent("\(base).figures.tsv"), encoding: .utf8)
        let score = FigureEvaluation(
            expected: try FigureEvaluation.parse(text),
            figures: DocumentJSON(try Corpus.extracted(name)).figures.filter { $0.source != .prose })
        let differences = (score.missing.map { "missing:    \($0.description)" }
            + score.unexpected.map { "unexpected: \($0.description)" }).joined(separator: "\n")
        #expect(score.expected == baseline.expected, "expected-figures file changed: update the baseline")
        #expect(score.matched >= baseline.matched, "recall dropped:\n\(differences)")
        #expect(score.matched * baseline.emitted >= baseline.matched * score.emitted, "precision dropped:\n\(differences)")
    }

    @Test func scoringCountsLabelsAndFields() {
        let expected = [
            FigureEvaluation.Entry(line: 1, raw: "17", value: "17", field: "staff_quota", rowLabel: nil, columnLabel: "编制数")
        ]
        var figure = FigureEvaluation.Entry(line: 1, raw: "17", value: "17", field: nil, rowLabel: nil, columnLabel: "编制数")
        #expect(FigureEvaluation(expected: expected, entries: [figure]).matched == 0)
        figure.field = "staff_quota"
        let score = FigureEvaluation(expected: expected, entries: [figure, figure])
        #expect(score.matched == 1)
        #expect(score.recall == 1)
        #expect(score.precision == 0.5)
    }

    /// The generated set's truth locates a figure as the rendering printed it; a justified
    /// pdftotext line spaces its characters out (`4502.00 万 元`), which a reader may close up.
    /// Paired by line and raw text without spaces, a figure so read is found, not one miss and
    /// one stray; a different figure at the same line stays unpaired.
    @Test func figuresPairWhateverTheSpacesInTheirRawText() throws {
        let truth = try TruthFigure.parse("12\t4502.00 万 元\t4502.00\tinitial_budget\t年初预算\t-\n")
        var entry = truth[0].entry
        entry.raw = "4502.00 万元"
        let emitted = FigureMatching.Emitted(entry: entry, confidence: .high, sourceGroup: "prose")
        let matching = FigureMatching(truth: truth, emitted: [emitted])
        #expect(matching.pairs.count == 1 && matching.missing.isEmpty && matching.spurious.isEmpty)
        var other = entry
        other.raw = "4502.00 万"
        let unmatched = FigureMatching(truth: truth, emitted: [FigureMatching.Emitted(entry: other, confidence: .medium, sourceGroup: "prose")])
        #expect(unmatched.pairs.isEmpty && unmatched.missing.count == 1 && unmatched.spurious.count == 1)
    }

    /// A figure in the wrong unit is a wrong figure: 387664.62 元 (a form printing 项目资金(元))
    /// read as 万元 is ten thousand times the fund. A figure that names no unit says it does not
    /// know, and is not counted wrong for it.
    @Test func aValueInTheWrongUnitIsWrong() throws {
        let truth = try TruthFigure.parse("26\t387664.62\t387664.62\ttotal_funds\t年度资金总额\t全年预算数\t元\t-\n")
        func tally(unit: String?, scale: String?) -> AccuracyTally {
            let emitted = FigureMatching.Emitted(entry: truth[0].entry, confidence: .high, sourceGroup: "table", unit: unit, scale: scale)
            var tally = AccuracyTally()
            for pair in FigureMatching(truth: truth, emitted: [emitted]).pairs { tally.count(pair) }
            return tally
        }
        let inWan = tally(unit: "元", scale: "万")
        #expect(inWan.valueRight == 0 && inWan.strict == 0 && inWan.highWrong == 1)
        let inYuan = tally(unit: "元", scale: nil)
        #expect(inYuan.valueRight == 1 && inYuan.highWrong == 0)
        let unknown = tally(unit: nil, scale: nil)
        #expect(unknown.valueRight == 1 && unknown.highWrong == 0)
    }
}

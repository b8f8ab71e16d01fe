import Foundation
import Testing

@testable import ReportExtract

/// Prose figures against the reviewed `corpus/expected/*.prose.tsv`: recall and precision over
/// the five seeds stay at or above the issue's bar, and no figure graded high is a number the
/// expected files do not hold.
@Suite struct ProseAccuracyTests {
    func evaluation() throws -> ProseEvaluation {
        var total = ProseEvaluation()
        for name in Corpus.names {
            let base = (name as NSString).deletingPathExtension
            let text = try String(
                contentsOf: Corpus.expectedDirectory.appendingPathComponent("\(base).prose.tsv"), encoding: .utf8)
            total = total + ProseEvaluation(
                truth: try ProseEvaluation.parse(text),
                emitted: ProseEvaluation.emitted(DocumentJSON(try Corpus.extracted(name)).figures))
        }
        return total
    }

    @Test func recallAndPrecisionOnTheSeeds() throws {
        let score = try evaluation()
        let missing = score.missing.map { "\($0.line) \($0.raw) \($0.labels)" }.joined(separator: "\n")
        let stray = score.spurious.map { "\($0.line) \($0.raw) \($0.label ?? "-")" }.joined(separator: "\n")
        #expect(score.recall >= Self.recallFloor, "missing:\n\(missing)")
        #expect(score.precision >= 0.98, "unexpected:\n\(stray)")
        #expect(score.highWrong == 0)
    }

    /// The recall the seeds reach now; raise it with an improvement.
    static let recallFloor = 0.98

    @Test func pairingIgnoresSpacesAndALeadingQualifier() throws {
        let truth = try ProseEvaluation.parse("line\traw\tvalue\tscale\tunit\tqualifier\tlabel\tkind\n38\t10余件\t10\t-\t件\t余\t热线件\tcount\n")
        let right = ProseEvaluation.Emitted(line: 38, raw: "约10余件", value: "10", label: "热线件")
        #expect(ProseEvaluation(truth: truth, emitted: [right]).labelRight == 1)
        let mislabelled = ProseEvaluation.Emitted(line: 38, raw: "约10余件", value: "10", label: "热线")
        let score = ProseEvaluation(truth: truth, emitted: [mislabelled])
        #expect(score.found == 1 && score.valueRight == 1 && score.labelRight == 0)
    }
}

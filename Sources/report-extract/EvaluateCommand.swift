@preconcurrency import ArgumentParser
import Foundation
import ReportExtract

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score the figures of a corpus against its hand-checked expected figures.",
        discussion: """
            For every CORPUS/NAME.txt with a CORPUS/expected/NAME.figures.tsv, runs the extraction \
            and prints recall (expected figures found) and precision (emitted figures that are \
            right) per document and overall. A figure is right when its line, raw text, value, \
            field, row label and column label all agree. --verbose lists the differences.
            """
    )

    @Argument(help: "Corpus directory.")
    var corpus: String = "corpus"

    @Option(help: "Directory of rule files (default: as for extraction).")
    var rules: String?

    @Flag(help: "List missing and unexpected figures.")
    var verbose = false

    mutating func run() throws {
        let ruleSet = try RulesDirectory.load(explicit: rules).rules
        let pipeline = Pipeline(rules: ruleSet)
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.sorted()
        var total = (expected: 0, emitted: 0, matched: 0)
        var wrongByConfidence: [String: Int] = [:]
        var emittedByConfidence: [String: Int] = [:]
        print("document\texpected\temitted\tmatched\trecall\tprecision")
        for name in names {
            let base = (name as NSString).deletingPathExtension
            let expectedPath = "\(corpus)/expected/\(base).figures.tsv"
            guard let text = try? String(contentsOfFile: expectedPath, encoding: .utf8) else { continue }
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(corpus)/\(name)")))
            let document = try pipeline.run(bytes: bytes, path: name)
            let figures = DocumentJSON(document).figures
            let score = FigureEvaluation(expected: try FigureEvaluation.parse(text), figures: figures)
            for figure in figures { emittedByConfidence[figure.confidence.rawValue, default: 0] += 1 }
            var unexpected = score.unexpected
            for figure in figures {
                let entry = FigureEvaluation.entry(figure)
                if let index = unexpected.firstIndex(of: entry) {
                    unexpected.remove(at: index)
                    wrongByConfidence[figure.confidence.rawValue, default: 0] += 1
                }
            }
            total.expected += score.expected
            total.emitted += score.emitted
            total.matched += score.matched
            print("\(base)\t\(score.expected)\t\(score.emitted)\t\(score.matched)\t\(Self.percent(score.recall))\t\(Self.percent(score.precision))")
            if verbose {
                for entry in score.missing { print("  missing:    \(entry.description)") }
                for entry in score.unexpected { print("  unexpected: \(entry.description)") }
            }
        }
        let recall = total.expected == 0 ? 1 : Double(total.matched) / Double(total.expected)
        let precision = total.emitted == 0 ? 1 : Double(total.matched) / Double(total.emitted)
        print("overall\t\(total.expected)\t\(total.emitted)\t\(total.matched)\t\(Self.percent(recall))\t\(Self.percent(precision))")
        for confidence in ["high", "medium", "low"] {
            print("\(confidence): \(emittedByConfidence[confidence] ?? 0) emitted, \(wrongByConfidence[confidence] ?? 0) not as expected")
        }
    }

    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
}

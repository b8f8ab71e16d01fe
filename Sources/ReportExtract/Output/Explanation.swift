/// The `--explain` report for one document: each table with the kind chosen and the words that
/// scored, each figure with the field and the alias that named it, and every table, row label
/// and column label that no rule recognized — what a user needs to write the next rule.
public struct Explanation: Sendable {
    public let document: RecognizedDocument
    public let rules: RuleSet

    public init(document: RecognizedDocument, rules: RuleSet) {
        self.document = document
        self.rules = rules
    }

    public func render() -> String {
        var out = ""
        let facts = document.facts
        out += "Document: unit=\(facts.unit ?? "?") (\(facts.unitSource ?? "-")) year=\(facts.year.map(String.init) ?? "?") kind=\(facts.reportKind ?? "?")\n"
        for (table, decision) in zip(document.segmented.tables, document.tableKinds) {
            out += "\nTable \(table.index) (lines \(table.firstLine)-\(table.lastLine)) \"\(table.title ?? "untitled")\"\n"
            if let kind = decision.kind {
                out += "  kind: \(kind)\n"
            } else {
                out += "  kind: none (\(decision.reason ?? ""))\n"
            }
            for score in decision.scores.prefix(3) {
                let words = score.titleWords.map { "title:\($0)" } + (score.opening.map { ["opening:\($0)"] } ?? [])
                    + score.headerWords.map { "header:\($0)" }
                out += "    \(score.kind) \(score.points) points: \(words.joined(separator: ", "))\n"
            }
            for figure in document.figures where figure.table == table.index {
                out += "  " + describe(figure) + "\n"
            }
        }
        let prose = document.figures.filter { $0.table == nil }
        if !prose.isEmpty {
            out += "\nProse figures\n"
            for figure in prose { out += "  " + describe(figure) + "\n" }
        }
        out += "\nNot recognized by any rule\n"
        let unnamed = document.unnamedLabels
        for kind in [UnnamedLabel.Kind.table, .column, .row] {
            var seen = Set<String>()
            let labels = unnamed.filter { $0.kind == kind && seen.insert($0.text).inserted }
            guard !labels.isEmpty else { continue }
            out += "  \(kind.rawValue) labels (\(labels.count)):\n"
            for label in labels {
                out += "    line \(label.line): \(label.text)\n"
            }
        }
        return out
    }

    private func describe(_ figure: Figure) -> String {
        let value = figure.chosen.map { $0.valueString } ?? "?"
        let unit = (figure.scale?.symbol ?? "") + (figure.unit ?? "")
        let named = figure.field.map { "\($0) via '\(figure.alias ?? "")'" } ?? "unnamed"
        let place = figure.table == nil ? "line \(figure.line)" : "r\(figure.row!) c\(figure.column!) line \(figure.line)"
        let labels = "[\(figure.rowLabel ?? "-") × \(figure.columnLabel ?? "-")]"
        return "\(figure.id) \(place) \(figure.raw) → \(value)\(unit) \(named) \(labels) \(figure.confidence.rawValue)"
    }
}

/// Runs the examples written beside every rule: each `match` must be recognized by its rule and
/// each `no_match` must not. Used by `report-extract rules lint` and by the test suite.
public struct RuleExamples: Sendable {
    public let rules: RuleSet

    public init(rules: RuleSet) { self.rules = rules }

    public var count: Int {
        rules.tableKinds.reduce(0) { $0 + $1.examples.count } + rules.fields.reduce(0) { $0 + $1.examples.count }
            + rules.prosePatterns.reduce(0) { $0 + $1.examples.count }
    }

    /// One error per failing example, naming its file and line.
    public func failures() -> [RuleError] {
        tableKindFailures() + fieldFailures() + proseFailures()
    }

    private func tableKindFailures() -> [RuleError] {
        let classifier = TableClassifier(rules: rules)
        return rules.tableKinds.flatMap { kind in
            kind.examples.compactMap { example -> RuleError? in
                let decision = classifier.classify(title: example.title, labels: example.headers, opening: example.opening)
                let shown = example.title ?? example.headers.joined(separator: " | ")
                if example.shouldMatch, decision.kind != kind.id {
                    return RuleError(
                        file: kind.source.file, line: example.line, key: "examples.match",
                        message: "table kind '\(kind.id)' should match '\(shown)' but got \(decision.kind ?? "none") (\(decision.reason ?? ""))")
                }
                if !example.shouldMatch, decision.kind == kind.id {
                    return RuleError(
                        file: kind.source.file, line: example.line, key: "examples.no_match",
                        message: "table kind '\(kind.id)' should not match '\(shown)'")
                }
                return nil
            }
        }
    }

    private func fieldFailures() -> [RuleError] {
        rules.fields.flatMap { field in
            field.examples.compactMap { example -> RuleError? in
                let found = rules.field(forLabel: example.label)?.field.id
                if example.shouldMatch, found != field.id {
                    return RuleError(
                        file: field.source.file, line: example.line, key: "examples.match",
                        message: "field '\(field.id)' should name '\(example.label)' but \(found.map { "'\($0)'" } ?? "no field") does")
                }
                if !example.shouldMatch, found == field.id {
                    return RuleError(
                        file: field.source.file, line: example.line, key: "examples.no_match",
                        message: "field '\(field.id)' should not name '\(example.label)'")
                }
                return nil
            }
        }
    }

    private func proseFailures() -> [RuleError] {
        let reader = ProseFigureReader(rules: rules)
        return rules.prosePatterns.flatMap { pattern in
            pattern.examples.compactMap { example -> RuleError? in
                let matches = reader.matches(in: example.text).filter { $0.pattern == pattern.id }
                let values = matches.compactMap { $0.reading.readings.first?.valueString }
                if let expected = example.value, !values.contains(expected) {
                    return RuleError(
                        file: pattern.source.file, line: example.line, key: "examples.match",
                        message: "prose pattern '\(pattern.id)' should read \(expected) in '\(example.text)' but read \(values.isEmpty ? "nothing" : values.joined(separator: ", "))")
                }
                if example.value == nil, !matches.isEmpty {
                    return RuleError(
                        file: pattern.source.file, line: example.line, key: "examples.no_match",
                        message: "prose pattern '\(pattern.id)' should not match '\(example.text)' but read \(values.joined(separator: ", "))")
                }
                return nil
            }
        }
    }
}

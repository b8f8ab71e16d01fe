/// What running one check instance produced: its result and the candidates it chose.
struct CheckRun {
    var result: CheckResult
    /// As `Int32`: a total row's run names every row of its table, held to the last output.
    var operands: FigureIndexes { result.operands }
    var chosen: [Int: NumberValue]
    /// An equality that closes on its operands (a sum, a ratio…), not an inequality, and not one
    /// that holds only because a bound is open.
    var isIdentity: Bool

    /// Builds the run from an evaluation outcome.
    init(id: String, rule: CheckRule, operands: FigureIndexes, outcome: IdentityEvaluation.Outcome, figures: FigureStore) {
        chosen = outcome.chosen
        isIdentity = rule.kind != .partNotAbove && rule.kind != .scoreNotAboveWeight && !outcome.openEnded
        result = CheckResult(
            id: id, rule: rule.id, status: outcome.status, reason: outcome.reason,
            operands: operands,
            expected: outcome.expected, actual: outcome.actual, gap: outcome.gap,
            chose: Dictionary(uniqueKeysWithValues: outcome.chosen.map { (figures[$0.key].id, $0.value.printedText) }))
    }

    init(id: String, rule: CheckRule, operands: [Int], outcome: IdentityEvaluation.Outcome, figures: FigureStore) {
        self.init(id: id, rule: rule, operands: FigureIndexes(operands), outcome: outcome, figures: figures)
    }

    /// A check that could not be evaluated, with the reason.
    init(id: String, rule: CheckRule, operands: [Int], reason: String, figures: FigureStore) {
        self.init(id: id, rule: rule, operands: FigureIndexes(operands), reason: reason, figures: figures)
    }

    init(id: String, rule: CheckRule, operands: FigureIndexes, reason: String, figures: FigureStore) {
        self.init(
            id: id, rule: rule, operands: operands,
            outcome: IdentityEvaluation.Outcome(status: .notEvaluable, reason: reason, chosen: [:]), figures: figures)
    }
}

/// Sums an operand list's intervals into the first operand's scale (a lazy sequence, so a long
/// list is not copied into an array of intervals first).
func sum(_ intervals: some Sequence<DecimalInterval>, scale: NumberScale?) -> DecimalInterval {
    intervals.reduce(DecimalInterval(exactly: 0, scale: scale)) { $0 + $1 }
}

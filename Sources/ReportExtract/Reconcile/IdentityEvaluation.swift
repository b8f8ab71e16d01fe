import Foundation

/// Evaluates one identity over operand figures, trying every candidate reading of undecided
/// figures. The identity closes (`ok`) when the computed interval and the printed one overlap
/// (XBRL Calculations 1.1: rounding never raises a false alarm, no tolerance constant); when
/// exactly one combination of candidates closes it, that combination is chosen.
struct IdentityEvaluation {
    enum Relation {
        /// computed and printed intervals overlap.
        case equal
        /// computed ≤ printed: violated only when computed lies wholly above printed.
        case notAbove
    }

    /// What one combination of readings gives: the computed interval and the printed reading it
    /// is compared with (and whether that printed figure is exact).
    struct Comparison {
        var computed: DecimalInterval
        var printed: NumberValue
        var printedFigure: Int
        var printedIsExact: Bool
    }

    struct Outcome {
        var status: CheckResult.Status
        var reason: String?
        var expected: String?
        var actual: String?
        var gap: String?
        /// figure index → the candidate this identity chose.
        var chosen: [Int: NumberValue]
        /// The identity closed only because an interval is open-ended (`≥80`): it could not
        /// have failed, so it corroborates nothing.
        var openEnded = false
    }

    static func evaluate(
        operands: [Int], figures: [Figure], relation: Relation = .equal,
        compute: ([NumberValue]) -> Comparison?
    ) -> Outcome {
        let choices = operands.map { figures[$0].checkableReadings }
        if choices.contains(where: \.isEmpty) {
            return Outcome(status: .notEvaluable, reason: "missing_operand", chosen: [:])
        }
        guard choices.reduce(1, { $0 * $1.count }) <= 256 else {
            return Outcome(status: .notEvaluable, reason: "too_many_candidates", chosen: [:])
        }
        let combinations = product(choices)
        var closing: [([NumberValue], Comparison)] = []
        var failing: [(Comparison, IntervalComparison)] = []
        for combination in combinations {
            guard let comparison = compute(combination) else { continue }
            let verdict = judge(comparison, relation, figures)
            if verdict == .consistent {
                closing.append((combination, comparison))
            } else {
                failing.append((comparison, verdict))
            }
        }
        if let (combination, comparison) = closing.first {
            guard closing.count == 1 || sameReadings(closing.map(\.0)) else {
                return Outcome(status: .notEvaluable, reason: "ambiguous_operand", chosen: [:])
            }
            var chosen: [Int: NumberValue] = [:]
            for (position, figure) in operands.enumerated() where figures[figure].chosen == nil {
                chosen[figure] = combination[position]
            }
            let printed = figures[comparison.printedFigure].interval(comparison.printed)
            let openEnded = [comparison.computed, printed].contains { $0.lower == nil || $0.upper == nil }
            return Outcome(
                status: .ok, reason: nil, expected: comparison.computed.description,
                actual: comparison.printed.printedText, chosen: chosen, openEnded: openEnded)
        }
        guard let (comparison, verdict) = failing.first else {
            // No combination could be computed: a quotient over a denominator that may be zero.
            return Outcome(status: .notEvaluable, reason: "zero_denominator", chosen: [:])
        }
        let (reason, gap): (String, Decimal) = switch verdict {
        case .roundingOnly(let gap): ("rounding_only", gap)
        case .substantive(let gap): ("substantive", gap)
        case .consistent: ("substantive", 0)
        }
        return Outcome(
            status: .violated, reason: reason, expected: comparison.computed.description,
            actual: comparison.printed.printedText, gap: "\(gap)", chosen: [:])
    }

    /// Compares in the computed interval's scale, with the printed figure's interval built the
    /// way the figure itself knows it (a scale known only from `单位：万元` included). The miss is
    /// rounding-only when the gap is below one unit of the printed figure's last digit.
    private static func judge(_ comparison: Comparison, _ relation: Relation, _ figures: [Figure]) -> IntervalComparison {
        var printed = figures[comparison.printedFigure].interval(comparison.printed)
        if comparison.printedIsExact != figures[comparison.printedFigure].isExact {
            printed = DecimalInterval(printed: comparison.printed, exact: comparison.printedIsExact)
            printed.scale = figures[comparison.printedFigure].interval(comparison.printed).scale
        }
        if relation == .notAbove {
            printed.lower = nil
            printed.lowerIsOpen = true
        }
        guard let gap = comparison.computed.gap(to: printed) else { return .consistent }
        let shift = printed.scale.exponent - comparison.computed.scale.exponent
        let printedFigure = figures[comparison.printedFigure]
        let unit = printedFigure.effective(comparison.printed).lastDigitUnit * DecimalText.powerOfTen(shift)
        return gap < unit ? .roundingOnly(gap: gap) : .substantive(gap: gap)
    }

    private static func product(_ choices: [[NumberValue]]) -> [[NumberValue]] {
        var result: [[NumberValue]] = [[]]
        for options in choices {
            result = result.flatMap { prefix in options.map { prefix + [$0] } }
        }
        return result
    }

    private static func sameReadings(_ combinations: [[NumberValue]]) -> Bool {
        combinations.dropFirst().allSatisfy { $0 == combinations[0] }
    }
}

extension NumberValue {
    /// The value as it reads in a check report: `58.83%`, `1124.65`, `≥560`.
    var printedText: String {
        (qualifier.map { $0.rawValue } ?? "") + valueString + (isPercent ? "%" : "")
    }
}

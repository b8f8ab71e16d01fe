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

    /// At most this many combinations of candidate readings are tried; more make the check
    /// not evaluable (`too_many_candidates`), so the cost stays linear in the operand count.
    static let combinationLimit = 256

    static func evaluate(
        operands: [Int], figures: FigureStore, relation: Relation = .equal,
        compute: (Readings) -> Comparison?
    ) -> Outcome {
        evaluate(operands: FigureIndexes(operands), figures: figures, relation: relation, compute: compute)
    }

    /// - Parameter operands: as `Int32`: a long table's total row is every row of the table.
    static func evaluate(
        operands: FigureIndexes, figures: FigureStore, relation: Relation = .equal,
        compute: (Readings) -> Comparison?
    ) -> Outcome {
        // Only the operands undecided between readings vary; a combination is their picks. A
        // 合计 over 300,000 rows then costs its operand list, not copies of every reading.
        var varying: [(position: Int, count: Int)] = []
        for (position, figure) in operands.enumerated() {
            let count = figures[figure].checkableReadingCount
            if count == 0 { return Outcome(status: .notEvaluable, reason: "missing_operand", chosen: [:]) }
            if count > 1 { varying.append((position, count)) }
        }
        guard let count = combinationCount(varying.map(\.count)) else {
            return Outcome(status: .notEvaluable, reason: "too_many_candidates", chosen: [:])
        }
        // Only the first closing and the nearest failing combination are reported, and whether
        // all closing ones agree: nothing else is kept, so memory stays one combination.
        var closing: (Readings, Comparison)?
        var closingAgree = true
        var failing: (Comparison, IntervalComparison)?
        for number in 0..<count {
            let combination = Readings(operands: operands, figures: figures, picks: Self.picks(number, of: varying))
            figures.work.add(operands.count)
            guard let comparison = compute(combination) else { continue }
            let verdict = judge(comparison, relation, figures)
            if verdict == .consistent {
                if let first = closing {
                    closingAgree = closingAgree && first.0.varyingReadings == combination.varyingReadings
                } else {
                    closing = (combination, comparison)
                }
            } else if failing.map({ Self.gap(verdict) < Self.gap($0.1) }) ?? true {
                // The nearest miss is reported: the reading a reader would try (`0.958` as 95.8 %
                // misses a truncated score by 0.12, as 0.958 % by 7.9).
                failing = (comparison, verdict)
            }
        }
        if let (combination, comparison) = closing {
            guard closingAgree else {
                return Outcome(status: .notEvaluable, reason: "ambiguous_operand", chosen: [:])
            }
            var chosen: [Int: NumberValue] = [:]
            for (position, figure) in operands.enumerated() where figures[figure].chosen == nil {
                chosen[figure] = combination[position]
            }
            let printed = figures[comparison.printedFigure].interval(comparison.printed)
            // An operand open at one end (`≥90%` as a ratio's denominator) may leave a computed
            // interval closed at both, (0, 94.3], yet the check could not have failed either.
            let unboundedOperand = operands.enumerated().contains { position, figure in
                let value = combination[position]
                guard value.qualifier != nil else { return false }
                let interval = figures[figure].interval(value)
                return interval.lower == nil || interval.upper == nil
            }
            let openEnded = unboundedOperand
                || [comparison.computed, printed].contains { $0.lower == nil || $0.upper == nil }
            return Outcome(
                status: .ok, reason: nil, expected: Self.expected(comparison.computed, relation),
                actual: comparison.printed.printedText, chosen: chosen, openEnded: openEnded)
        }
        guard let (comparison, verdict) = failing else {
            // No combination could be computed: a quotient over a denominator that may be zero.
            return Outcome(status: .notEvaluable, reason: "zero_denominator", chosen: [:])
        }
        let (reason, gap): (String, Decimal) = switch verdict {
        case .roundingOnly(let gap): ("rounding_only", gap)
        case .substantive(let gap): ("substantive", gap)
        case .consistent: ("substantive", 0)
        }
        return Outcome(
            status: .violated, reason: reason, expected: Self.expected(comparison.computed, relation),
            actual: comparison.printed.printedText, gap: DecimalText.plain(gap), chosen: [:])
    }

    /// What the other operands allow the printed figure to be. Under `notAbove` that is anything
    /// from their sum up: `[4, 4]` beside a total of 178 read as a miss to two clerks (a one-part
    /// `其中`, 云南省中西医结合医院 2017), `[4, +∞)` does not.
    private static func expected(_ computed: DecimalInterval, _ relation: Relation) -> String {
        guard relation == .notAbove else { return computed.description }
        var allowed = computed
        allowed.upper = nil
        allowed.upperIsOpen = true
        return allowed.description
    }

    private static func gap(_ verdict: IntervalComparison) -> Decimal {
        switch verdict {
        case .roundingOnly(let gap), .substantive(let gap): gap
        case .consistent: 0
        }
    }

    /// One combination of readings, one per operand, read from the figures on demand: the
    /// reading each undecided operand picks, the only reading of every other one.
    struct Readings: RandomAccessCollection {
        let operands: FigureIndexes
        let figures: FigureStore
        /// Operand position → index of its reading, for the operands that vary only.
        let picks: [(position: Int, reading: Int)]

        var startIndex: Int { 0 }
        var endIndex: Int { operands.count }

        subscript(position: Int) -> NumberValue {
            let pick = picks.first { $0.position == position }?.reading ?? 0
            return figures[operands[operands.startIndex + position]].checkableReading(pick)
        }

        /// What tells two combinations apart: the readings of the operands that vary.
        var varyingReadings: [NumberValue] { picks.map { self[$0.position] } }
    }

    /// Compares in the computed interval's scale, with the printed figure's interval built the
    /// way the figure itself knows it (a scale known only from `单位：万元` included). The miss is
    /// rounding-only when the gap is below one unit of the printed figure's last digit.
    private static func judge(_ comparison: Comparison, _ relation: Relation, _ figures: FigureStore) -> IntervalComparison {
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

    /// The number of combinations, nil past `combinationLimit` (never overflowing).
    private static func combinationCount(_ counts: [Int]) -> Int? {
        var count = 1
        for options in counts {
            count *= options
            if count > combinationLimit { return nil }
        }
        return count
    }

    /// The picks of combination `number` in the order of nested loops over the operands, the
    /// last operand varying fastest (the order checks have always reported the first closing
    /// one in).
    private static func picks(_ number: Int, of varying: [(position: Int, count: Int)]) -> [(position: Int, reading: Int)] {
        var rest = number
        var picked = varying.map { (position: $0.position, reading: 0) }
        for index in varying.indices.reversed() {
            picked[index].reading = rest % varying[index].count
            rest /= varying[index].count
        }
        return picked
    }
}

extension NumberValue {
    /// The value as it reads in a check report: `58.83%`, `1124.65`, `≥560`.
    var printedText: String {
        (qualifier.map { $0.rawValue } ?? "") + valueString + (isPercent ? "%" : "")
    }
}

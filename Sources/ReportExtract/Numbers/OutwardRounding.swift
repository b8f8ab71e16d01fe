import Foundation

/// Decimal arithmetic for interval bounds that never rounds inward.
///
/// `Decimal` holds 38 significant digits. Sums and products of printed figures fit easily and are
/// exact; quotients (`10 / 17`) are not. When an operation may have been rounded, its result is
/// moved outward by one unit of its last digit (lower bounds toward −∞, upper bounds toward +∞),
/// so a computed interval always contains the exact one. Quotient bounds are then rounded outward
/// to at most 20 decimals, which keeps later sums with printed figures exact.
enum OutwardRounding {
    enum Direction {
        /// Toward −∞, for lower bounds.
        case down
        /// Toward +∞, for upper bounds.
        case up
    }

    static let quotientDecimals = 20

    static func add(_ a: Decimal, _ b: Decimal, _ direction: Direction) -> Decimal {
        if let small = DecimalText.smallSumAndDigits(a, b) {
            return sumFits(integerDigits: small.integerDigits, fractionDigits: small.fractionDigits)
                ? small.sum : nudge(small.sum, direction)
        }
        let result = a + b
        // Counted for every sum: the digit counts read significands as `UInt64`, cheaper than the
        // `Decimal` comparisons with 10^15 of the shortcut that once skipped them for amounts.
        let exact = sumFits(
            integerDigits: max(DecimalText.integerDigits(a), DecimalText.integerDigits(b)),
            fractionDigits: max(DecimalText.fractionDigits(a), DecimalText.fractionDigits(b)))
        return exact ? result : nudge(result, direction)
    }

    /// Whether a sum fits a `Decimal`'s digits, hence is exact: the integer digits of the larger
    /// operand, the fraction digits of the finer, and one for a carry.
    private static func sumFits(integerDigits: Int, fractionDigits: Int) -> Bool {
        integerDigits + fractionDigits + 1 <= DecimalText.maxDigits
    }

    static func multiply(_ a: Decimal, _ b: Decimal, _ direction: Direction) -> Decimal {
        let result = a * b
        let digits = DecimalText.significantDigits(a) + DecimalText.significantDigits(b)
        return digits <= DecimalText.maxDigits ? result : nudge(result, direction)
    }

    /// `a / b` for `b != 0`.
    static func divide(_ a: Decimal, _ b: Decimal, _ direction: Direction) -> Decimal {
        let quotient = a / b
        let exact = DecimalText.significantDigits(quotient) + DecimalText.significantDigits(b)
            <= DecimalText.maxDigits && quotient * b == a
        guard !exact else { return quotient }
        var nudged = nudge(quotient, direction)
        let places = min(quotientDecimals, max(0, 36 - DecimalText.integerDigits(nudged)))
        var rounded = Decimal()
        NSDecimalRound(&rounded, &nudged, places, direction == .down ? .down : .up)
        return rounded
    }

    /// One unit of the last digit outward: covers the rounding of a full-precision result.
    private static func nudge(_ value: Decimal, _ direction: Direction) -> Decimal {
        let unit = DecimalText.powerOfTen(value.exponent)
        return direction == .down ? value - unit : value + unit
    }
}

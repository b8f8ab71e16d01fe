import Foundation

/// The rounding interval of a printed figure, `v ∓ ½ unit of its last digit`, worked out on the
/// significand as a `UInt64`. Every operand of every check builds one; Foundation's subtraction and
/// addition cost about 3,500 instructions each, this a few hundred.
///
/// The bounds are the very `Decimal`s Foundation's `-` and `+` give: those compact their result
/// (no trailing zeros in the significand), and `v·10^k ± 5` ends in 5, so it is already compact.
/// `RoundingBoundsTests` holds the two equal in sign, exponent and significand.
extension DecimalInterval {
    /// Half a unit of the last of `decimals` printed digits, 5 × 10^−(decimals + 1), written
    /// directly: the same `Decimal` as `lastDigitUnit × 0.5` (`HalfUnitTests` holds them equal).
    static func halfUnit(decimals: Int) -> Decimal {
        Decimal(sign: .plus, exponent: -decimals - 1, significand: 5)
    }

    /// `value − halfUnit(decimals)` and `value + halfUnit(decimals)`, or nil where the shortcut does
    /// not apply (zero, more fraction digits than `decimals`, a significand past `UInt64`).
    static func roundingBounds(_ value: Decimal, decimals: Int) -> (lower: Decimal, upper: Decimal)? {
        guard !value.isZero, (0...36).contains(decimals),
            let significand = DecimalText.uint64Significand(value)
        else { return nil }
        // Digits to append to the significand to write it at the half unit's exponent.
        let shift = value.exponent + decimals + 1
        guard (1...18).contains(shift) else { return nil }
        let (scaled, overflow) = significand.multipliedReportingOverflow(by: DecimalText.uint64PowersOfTen[shift])
        guard !overflow, scaled <= UInt64.max - 5 else { return nil }
        let exponent = -decimals - 1
        // Magnitudes `|v| − ½` and `|v| + ½` (|v| ≥ 10 half units, so the first stays positive);
        // for a negative value the larger magnitude is the lower bound.
        let nearer = Decimal(sign: value.sign, exponent: exponent, significand: Decimal(scaled - 5))
        let farther = Decimal(sign: value.sign, exponent: exponent, significand: Decimal(scaled + 5))
        return value.sign == .minus ? (farther, nearer) : (nearer, farther)
    }
}

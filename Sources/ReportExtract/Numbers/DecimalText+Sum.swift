import Foundation

extension DecimalText {
    /// `a + b` worked out on `UInt64` significands aligned at the finer exponent, or nil where
    /// that does not hold the sum (a significand or an aligned one past `UInt64`, an exponent
    /// near `Decimal`'s limits) or where Foundation's sum is not a compacted one (a zero operand
    /// comes back as the other operand, a zero sum).
    ///
    /// Every operand of a sum check adds two interval bounds: Foundation's `+` costs about 3,000
    /// instructions, this a few hundred. Foundation compacts every sum it computes (trailing zeros
    /// of the significand moved into the exponent), so the same compaction here gives the very
    /// same `Decimal`; `SmallSumTests` holds sign, exponent and significand equal.
    ///
    /// Beside the sum, the digits `OutwardRounding` weighs to tell whether `a + b` is exact: the
    /// integer digits of the larger operand and the fraction digits of the finer, counted on the
    /// significands read here (reading them again cost as much as the sum).
    static func smallSumAndDigits(_ a: Decimal, _ b: Decimal) -> (sum: Decimal, integerDigits: Int, fractionDigits: Int)? {
        guard !a.isZero, !b.isZero, (-100...100).contains(a.exponent), (-100...100).contains(b.exponent),
            let x = uint64Significand(a), let y = uint64Significand(b)
        else { return nil }
        let integerDigits = max(0, decimalDigits(x) + a.exponent, decimalDigits(y) + b.exponent)
        let fractionDigits = max(0, -a.exponent, -b.exponent)
        var exponent = min(a.exponent, b.exponent)
        guard let left = aligned(x, by: a.exponent - exponent), let right = aligned(y, by: b.exponent - exponent)
        else { return nil }
        var magnitude: UInt64
        let sign: FloatingPointSign
        if a.sign == b.sign {
            let (sum, overflow) = left.addingReportingOverflow(right)
            guard !overflow else { return nil }
            (magnitude, sign) = (sum, a.sign)
        } else if left != right {
            (magnitude, sign) = left > right ? (left - right, a.sign) : (right - left, b.sign)
        } else {
            return nil
        }
        while magnitude % 10 == 0 {
            magnitude /= 10
            exponent += 1
        }
        return (Decimal(sign: sign, exponent: exponent, significand: Decimal(magnitude)), integerDigits, fractionDigits)
    }

    /// `integer × 10^shift` for a nonzero `integer` and `shift ≥ 0`, nil past `UInt64`.
    private static func aligned(_ integer: UInt64, by shift: Int) -> UInt64? {
        // Past 10^19 even 1 × 10^shift overflows.
        guard shift < uint64PowersOfTen.count else { return nil }
        let (product, overflow) = integer.multipliedReportingOverflow(by: uint64PowersOfTen[shift])
        return overflow ? nil : product
    }
}

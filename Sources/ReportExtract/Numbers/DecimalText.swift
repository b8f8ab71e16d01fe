import Foundation

/// Exact conversions between decimal digit strings and `Decimal`, without locale-dependent
/// parsers or `Double`. Foundation's `Decimal` normalizes trailing zeros away (30.00 is stored as
/// 3 × 10^1), so printed precision is always carried separately as a digit count.
enum DecimalText {
    /// Significant digits a `Decimal` holds exactly.
    static let maxDigits = 38

    /// `digits` (ASCII 0-9 only, no sign or point) × 10^−`decimals`; nil when empty, not all
    /// digits, or longer than a `Decimal` holds exactly.
    static func decimal(digits: some Collection<Unicode.Scalar>, decimals: Int, negative: Bool = false)
        -> Decimal?
    {
        let significant = digits.drop { $0 == "0" }
        guard !digits.isEmpty, significant.count <= maxDigits else { return nil }
        var significand = Decimal(0)
        var chunk: UInt64 = 0
        var chunkLength = 0
        // Accumulate 18 digits at a time in UInt64: exact, and far cheaper than a Decimal step
        // per digit.
        for scalar in significant {
            let digit = scalar.value &- 0x30
            guard digit < 10 else { return nil }
            chunk = chunk * 10 + UInt64(digit)
            chunkLength += 1
            if chunkLength == 18 {
                significand = significand * powerOfTen(18) + Decimal(chunk)
                chunk = 0
                chunkLength = 0
            }
        }
        if chunkLength > 0 { significand = significand * powerOfTen(chunkLength) + Decimal(chunk) }
        return Decimal(sign: negative ? .minus : .plus, exponent: -decimals, significand: significand)
    }

    /// 10^`exponent`, exact for any exponent a `Decimal` can hold.
    static func powerOfTen(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }

    /// `value` written with exactly `decimals` fraction digits, `-` for negatives, never in
    /// exponent notation. Extra fraction digits (only possible for computed values) are kept.
    static func string(_ value: Decimal, decimals: Int) -> String {
        // Foundation's description is plain positional notation ("0.0000015", "1000…0").
        var text = value.isZero ? "0" : plain(value)
        let pointIndex = text.firstIndex(of: ".")
        let present = pointIndex.map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
        guard present < decimals else { return text }
        if pointIndex == nil { text += "." }
        return text + String(repeating: "0", count: decimals - present)
    }

    /// `value.description` for a nonzero value: the significand's digits with the point placed
    /// by the exponent. Foundation prints a significand by dividing it by ten digit after digit,
    /// which was 3 % of a run (every figure's value is printed); a significand below 10^19 is
    /// read as a `UInt64` instead, checked exact by converting it back. `DecimalPlainTextTests`
    /// holds the two equal.
    static func plain(_ value: Decimal) -> String {
        guard !value.isNaN, !value.isZero else { return value.description }
        guard let integer = uint64Significand(value), integer < 10_000_000_000_000_000_000 else {
            return value.description
        }
        var digits = String(integer)
        let exponent = value.exponent
        if exponent > 0 {
            digits += String(repeating: "0", count: exponent)
        } else if exponent < 0 {
            let fraction = -exponent
            let count = digits.utf8.count
            if count > fraction {
                digits.insert(".", at: digits.utf8.index(digits.utf8.endIndex, offsetBy: -fraction))
            } else {
                digits = "0." + String(repeating: "0", count: fraction - count) + digits
            }
        }
        return value.sign == .minus ? "-" + digits : digits
    }

    /// `value`'s significand as a `UInt64` when it is one exactly, else nil. Converting back and
    /// testing equality is what proves it: `Decimal`'s `<` (the bound test this replaced) costs
    /// as much as the rest of a printing, and an out-of-range significand never converts back.
    /// `DecimalSignificandTests` holds it against the significand's digits.
    static func uint64Significand(_ value: Decimal) -> UInt64? {
        let significand = value.significand
        let integer = NSDecimalNumber(decimal: significand).uint64Value
        return Decimal(integer) == significand ? integer : nil
    }

    /// Digits after the point in `value`'s shortest form (0 for integers).
    static func fractionDigits(_ value: Decimal) -> Int {
        max(0, -value.exponent)
    }

    /// Number of significant digits in `value`'s significand.
    static func significantDigits(_ value: Decimal) -> Int {
        guard !value.isZero else { return 1 }
        // A significand that is a `UInt64` (every printed figure's, most sums') is counted as an
        // integer; the search below costs a `Decimal` comparison per step.
        if let integer = uint64Significand(value) { return decimalDigits(integer) }
        // Where the significand falls among the powers of ten (a binary search of comparisons):
        // printing it to count the digits was most of the checks' interval arithmetic.
        let significand = value.significand.magnitude
        var low = 1, high = tenPowers.count - 1  // digits in low...high
        while low < high {
            let middle = (low + high) / 2
            if significand < tenPowers[middle] { high = middle } else { low = middle + 1 }
        }
        // Past 10^38 the significand (below 2^128 < 10^39) has 39 digits: printing it to count
        // them took 100,000 instructions, a quotient's bound in every ratio check.
        return significand < tenPowers[low] ? low : maxDigits + 1
    }

    /// Digits of `integer` written in decimal (1 for 0).
    static func decimalDigits(_ integer: UInt64) -> Int {
        var count = 1
        var rest = integer
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }

    /// 10^0 … 10^38: a significand below 10^k has at most k digits.
    private static let tenPowers = (0...maxDigits).map(powerOfTen)

    /// 10^0 … 10^19, every power of ten a `UInt64` holds: scaling a significand by one lookup
    /// instead of a multiplication per digit.
    static let uint64PowersOfTen: [UInt64] = (0...19).map { (0..<$0).reduce(1) { value, _ in value * 10 } }

    /// The count as the digits printed (the search above must agree with it; a test holds them
    /// equal).
    static func printedDigits(_ significand: Decimal) -> Int {
        significand.description.count
    }

    /// Digits before the point (0 for |value| < 1).
    static func integerDigits(_ value: Decimal) -> Int {
        max(0, significantDigits(value) + value.exponent)
    }
}

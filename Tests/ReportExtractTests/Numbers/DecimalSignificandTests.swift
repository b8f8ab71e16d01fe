import Foundation
import Testing

@testable import ReportExtract

/// `DecimalText.uint64Significand` reads a significand as a `UInt64` by converting it and back;
/// it must give the significand's own digits whenever they fit, and nil past `UInt64.max`. The
/// interval text built on it must read as the one `Decimal.description` printed.
@Suite struct DecimalSignificandTests {
    @Test func edgesOfUInt64() {
        for text in ["1", "9", "10", "18446744073709551615", "9999999999999999999", "10000000000000000000"] {
            let value = Decimal(string: text)!
            #expect(DecimalText.uint64Significand(value).map(String.init) == value.significand.description, "\(text)")
        }
        for text in ["18446744073709551616", "18446744073709551617", "36893488147419103232",
            "99999999999999999999999999999999999999", "340282366920938463463374607431768211455"]
        {
            #expect(DecimalText.uint64Significand(Decimal(string: text)!) == nil, "\(text)")
        }
        #expect(DecimalText.uint64Significand(Decimal(string: "-12345.678")!) == 12_345_678)
        #expect(DecimalText.uint64Significand(Decimal(1) / Decimal(3)) == nil)
    }

    @Test func randomSignificandsAgreeWithTheirDigits() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<20000 {
            let length = Int.random(in: 1...38, using: &random)
            let text = String((0..<length).map { _ in "0123456789".randomElement(using: &random)! })
            let value = Decimal(
                sign: Bool.random(using: &random) ? .minus : .plus, exponent: Int.random(in: -20...10, using: &random),
                significand: Decimal(string: text)!)
            guard !value.isZero else { continue }
            let digits = value.significand.magnitude.description
            let fits = digits.count < 20 || (digits.count == 20 && digits <= "18446744073709551615")
            #expect(DecimalText.uint64Significand(value).map(String.init) == (fits ? digits : nil), "\(value)")
        }
    }

    @Test func intervalTextIsThePrintedBounds() {
        var random = SystemRandomNumberGenerator()
        var intervals: [DecimalInterval] = [
            DecimalInterval(lower: 0, upper: 0), DecimalInterval(lower: nil, upper: 5, upperIsOpen: true),
            DecimalInterval(lower: Decimal(string: "-0.005")!, upper: nil, lowerIsOpen: true, scale: .wan),
            DecimalInterval(exactly: 1) / DecimalInterval(exactly: 3) ?? DecimalInterval(exactly: 0),
        ]
        for _ in 0..<5000 {
            let low = Decimal(
                sign: Bool.random(using: &random) ? .minus : .plus, exponent: Int.random(in: -22...6, using: &random),
                significand: Decimal(UInt64.random(in: 0...UInt64.max, using: &random) >> UInt64.random(in: 0...63, using: &random)))
            let width = Decimal(sign: .plus, exponent: Int.random(in: -22...2, using: &random), significand: 5)
            intervals.append(DecimalInterval(lower: low, upper: low + width, scale: Bool.random(using: &random) ? .yi : nil))
        }
        for interval in intervals {
            let low = interval.lower.map { "\(interval.lowerIsOpen ? "(" : "[")\($0)" } ?? "(-∞"
            let high = interval.upper.map { "\($0)\(interval.upperIsOpen ? ")" : "]")" } ?? "+∞)"
            let described = "\(low), \(high)" + (interval.scale.map { " \($0.symbol)" } ?? "")
            #expect(interval.description == described)
        }
    }
}

/// `DecimalInterval.halfUnit` writes half a unit of the last digit directly; it must be the very
/// `Decimal` the product gave (same sign, exponent and significand), not just an equal value, or
/// the bounds built from it could print differently.
@Suite struct HalfUnitTests {
    @Test func halfUnitIsTheProduct() {
        for decimals in -10...60 {
            let product = DecimalText.powerOfTen(-decimals) * Decimal(sign: .plus, exponent: -1, significand: 5)
            let direct = DecimalInterval.halfUnit(decimals: decimals)
            #expect(direct == product, "\(decimals)")
            #expect(direct.exponent == product.exponent && direct.sign == product.sign, "\(decimals)")
            #expect(direct.significand.description == product.significand.description, "\(decimals)")
            #expect(direct.description == product.description, "\(decimals)")
        }
    }
}

/// `DecimalInterval.roundingBounds` works out `v ∓ ½ unit` on a `UInt64`; its bounds must be the
/// `Decimal`s Foundation's `-` and `+` give (sign, exponent and significand), on values of every
/// size around `UInt64`'s range, both signs, and printed with more decimals than they hold.
@Suite struct RoundingBoundsTests {
    func same(_ a: Decimal, _ b: Decimal) -> Bool {
        a == b && a.sign == b.sign && a.exponent == b.exponent
            && a.significand.description == b.significand.description && a.description == b.description
    }

    @Test func boundsAreFoundationsSumAndDifference() {
        var random = SystemRandomNumberGenerator()
        var cases: [(Decimal, Int)] = [(1, 0), (-1, 0), (Decimal(string: "1124.65")!, 2), (Decimal(string: "30.00")!, 2),
            (Decimal(string: "18446744073709551615")!, 0), (Decimal(string: "1844674407370955161")!, 1),
            (Decimal(string: "-0.001")!, 3), (Decimal(string: "0.001")!, 5), (7, 40)]
        for _ in 0..<20000 {
            let integer = UInt64.random(in: 1...UInt64.max, using: &random) >> UInt64.random(in: 0...63, using: &random)
            let decimals = Int.random(in: 0...20, using: &random)
            let value = Decimal(
                sign: Bool.random(using: &random) ? .minus : .plus, exponent: -decimals + Int.random(in: 0...3, using: &random),
                significand: Decimal(integer))
            cases.append((value, decimals))
        }
        var checked = 0
        for (value, decimals) in cases {
            guard let bounds = DecimalInterval.roundingBounds(value, decimals: decimals) else { continue }
            let half = DecimalText.powerOfTen(-decimals) * Decimal(sign: .plus, exponent: -1, significand: 5)
            #expect(same(bounds.lower, value - half), "\(value) \(decimals)")
            #expect(same(bounds.upper, value + half), "\(value) \(decimals)")
            checked += 1
        }
        #expect(checked > 15000)
        #expect(DecimalInterval.roundingBounds(0, decimals: 2) == nil)
        #expect(DecimalInterval.roundingBounds(Decimal(string: "0.125")!, decimals: 2) == nil)
    }
}

/// `DecimalText.smallSumAndDigits` adds on `UInt64` significands; its sum must be the `Decimal`
/// Foundation's `+` gives (sign, exponent and significand), for both signs, exponents apart,
/// sums that carry, cancel to trailing zeros, or leave `UInt64`.
@Suite struct SmallSumTests {
    func same(_ a: Decimal, _ b: Decimal) -> Bool {
        a == b && a.sign == b.sign && a.exponent == b.exponent
            && a.significand.description == b.significand.description && a.description == b.description
    }

    func randomValue(_ random: inout SystemRandomNumberGenerator) -> Decimal {
        let integer = UInt64.random(in: 0...UInt64.max, using: &random) >> UInt64.random(in: 0...63, using: &random)
        let zeros = UInt64([1, 10, 100, 1000][Int.random(in: 0...3, using: &random)])
        let significand = integer / zeros * zeros  // trailing zeros now and then
        return Decimal(
            sign: Bool.random(using: &random) ? .minus : .plus, exponent: Int.random(in: -22...8, using: &random),
            significand: Decimal(significand))
    }

    /// The sum is Foundation's; the digits beside it are those `OutwardRounding` counts on the
    /// operands.
    @Test func sumIsFoundationsSumAndDigitsAreTheOperands() {
        var random = SystemRandomNumberGenerator()
        var pairs: [(Decimal, Decimal)] = [
            (Decimal(string: "1124.645")!, Decimal(string: "0.005")!), (Decimal(string: "0.5")!, Decimal(string: "-0.5")!),
            (Decimal(string: "99.995")!, Decimal(string: "0.005")!), (Decimal(string: "18446744073709551615")!, 1),
            (Decimal(string: "-54.455")!, Decimal(string: "1070.185")!), (1, Decimal(string: "1E-30")!),
            // 1 aligned by 10^19, the last power of ten a `UInt64` holds.
            (1, Decimal(string: "1E-19")!),
        ]
        for _ in 0..<30000 { pairs.append((randomValue(&random), randomValue(&random))) }
        var summed = 0
        for (a, b) in pairs {
            guard let small = DecimalText.smallSumAndDigits(a, b) else { continue }
            #expect(same(small.sum, a + b), "\(a) + \(b)")
            #expect(small.integerDigits == max(DecimalText.integerDigits(a), DecimalText.integerDigits(b)), "\(a) + \(b)")
            #expect(small.fractionDigits == max(DecimalText.fractionDigits(a), DecimalText.fractionDigits(b)), "\(a) + \(b)")
            summed += 1
        }
        #expect(summed > 10000)
        #expect(DecimalText.smallSumAndDigits(0, 5) == nil)
        #expect(DecimalText.smallSumAndDigits(1, Decimal(string: "1E-19")!) != nil)
        #expect(DecimalText.smallSumAndDigits(1, Decimal(string: "1E-20")!) == nil)
        #expect(DecimalText.smallSumAndDigits(Decimal(string: "0.5")!, Decimal(string: "-0.5")!) == nil)
    }
}

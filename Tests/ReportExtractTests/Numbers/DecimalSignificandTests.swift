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

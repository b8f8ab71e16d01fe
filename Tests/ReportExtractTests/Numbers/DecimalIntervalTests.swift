import Foundation
import Testing

@testable import ReportExtract

@Suite("DecimalInterval")
struct DecimalIntervalTests {
    let parser = NumberParser()

    /// A printed cell as a figure; the tests only use cells that parse (or repair) to one value.
    func figure(_ text: String) throws -> NumberValue {
        try #require(parser.parse(text).readings.first, "\(text) does not parse")
    }

    func rounded(_ text: String) throws -> DecimalInterval {
        DecimalInterval(printed: try figure(text), exact: false)
    }

    func exact(_ text: String) throws -> DecimalInterval {
        DecimalInterval(printed: try figure(text), exact: true)
    }

    func decimal(_ text: String) -> Decimal { Decimal(string: text)! }

    /// Ratio of exact counts in percent points.
    func percent(_ numerator: String, _ denominator: String) throws -> DecimalInterval {
        let ratio = try #require(try exact(numerator) / exact(denominator))
        return ratio.scaled(by: 100)
    }

    @Test func printedValueIsItsRoundingInterval() throws {
        #expect(try rounded("1124.65") == DecimalInterval(lower: decimal("1124.645"), upper: decimal("1124.655")))
        #expect(try rounded("17") == DecimalInterval(lower: decimal("16.5"), upper: decimal("17.5")))
        #expect(try exact("17") == DecimalInterval(exactly: 17))
        #expect(try rounded("0.92亿元") == DecimalInterval(lower: decimal("0.915"), upper: decimal("0.925"), scale: .yi))
    }

    @Test func qualifiersGiveHalfOpenIntervals() throws {
        #expect(try rounded("≥560万") == DecimalInterval(lower: 560, upper: nil, scale: .wan))
        #expect(try rounded(">3") == DecimalInterval(lower: 3, upper: nil, lowerIsOpen: true))
        #expect(try rounded("10余件") == DecimalInterval(lower: 10, upper: nil, lowerIsOpen: true))
        #expect(try rounded("≤4小时") == DecimalInterval(lower: nil, upper: 4))
        #expect(try rounded("95%以上") == DecimalInterval(lower: 95, upper: nil))
        #expect(try rounded("<1%") == DecimalInterval(lower: nil, upper: 1, upperIsOpen: true))
        // 约 widens by 5 % of the value beyond rounding: 2.68 ± (0.005 + 0.134).
        #expect(
            try rounded("约2.68万平方米")
                == DecimalInterval(lower: decimal("2.541"), upper: decimal("2.819"), scale: .wan))
        // 约10余件: the lower bound uses the widened value and is closed.
        #expect(try exact("约10余件") == DecimalInterval(lower: decimal("9.5"), upper: nil))
    }

    @Test func sumOfRoundedItemsMatchesTheRepairedTotal() throws {
        // 支出总额 = 基本支出 + 项目支出, with the total printed as 1124..65.
        let sum = try rounded("54.46") + rounded("1070.19")
        #expect(sum == DecimalInterval(lower: decimal("1124.64"), upper: decimal("1124.66")))
        #expect(sum.overlaps(try rounded("1124..65")))
        #expect(sum.compare(toPrinted: try figure("1124..65")) == .consistent)
    }

    @Test func mixedPrecisionSum() throws {
        let sum = try rounded("54.6") + rounded("44.64")
        #expect(sum == DecimalInterval(lower: decimal("99.185"), upper: decimal("99.295")))
        #expect(sum.overlaps(try rounded("99.24")))
        #expect(try (rounded("1048.46") + rounded("21.73")).overlaps(rounded("1070.19")))
        #expect(try (rounded("73.81") + rounded("25.43")).overlaps(rounded("99.24")))
    }

    @Test func aChangedTotalNoLongerOverlaps() throws {
        // A two-item sum of 2-decimal figures is 0.02 wide, so one unit off still overlaps at the
        // edge; two units off do not.
        let sum = try rounded("54.46") + rounded("1070.19")
        #expect(sum.overlaps(try rounded("1124.66")))
        #expect(!sum.overlaps(try rounded("1124.67")))
        #expect(sum.compare(toPrinted: try figure("1124.67")) == .roundingOnly(gap: decimal("0.005")))
        // Exact counts and a ratio: one unit of the last digit is enough.
        let counts = try exact("13") + exact("4")
        #expect(counts.overlaps(try exact("17")))
        #expect(!counts.overlaps(try exact("18")))
        #expect(!(try percent("13", "14")).overlaps(try rounded("92.87%")))
        #expect(!(try percent("13", "14")).overlaps(try rounded("92.85%")))
    }

    @Test func controlRateOfExactCounts() throws {
        #expect(try percent("13", "14").compare(toPrinted: figure("92.86%")) == .consistent)
        #expect(try percent("10", "17").compare(toPrinted: figure("58.82%")) == .consistent)
        #expect(try percent("57", "51").overlaps(rounded("111.76%")))
    }

    @Test func roundingOnlyMiss() throws {
        // 10 / 17 = 58.8235…%, printed 58.83% = [58.825, 58.835]: misses by 0.0015 points.
        let computed = try percent("10", "17")
        guard case .roundingOnly(let gap) = computed.compare(toPrinted: try figure("58.83%")) else {
            Issue.record("10/17 vs 58.83% should be a rounding-only miss")
            return
        }
        #expect(gap > decimal("0.0014") && gap < decimal("0.0015"))
        #expect(!computed.overlaps(try rounded("58.83%")))
    }

    @Test func substantiveMiss() throws {
        // 29 / 18 = 161.11%, printed 177.78% (= 32 / 18).
        let comparison = try percent("29", "18").compare(toPrinted: figure("177.78%"))
        guard case .substantive(let gap) = comparison else {
            Issue.record("29/18 vs 177.78% should be substantive, got \(comparison)")
            return
        }
        #expect(gap > 16 && gap < 17)
        #expect(try percent("32", "18").compare(toPrinted: figure("177.78%")) == .consistent)
    }

    @Test func ratioOfRoundedAmounts() throws {
        // 执行率 = 全年执行数 / 全年预算数 = 1403.23 / 1764.12 vs 79.54%.
        let ratio = try #require(try rounded("1403.23") / rounded("1764.12"))
        let percent = ratio.scaled(by: 100)
        #expect(percent.overlaps(try rounded("79.54%")))
        #expect(!percent.overlaps(try rounded("79.56%")))
        // Outward rounding: the exact quotient bounds lie inside.
        let low = try #require(percent.lower)
        let high = try #require(percent.upper)
        #expect(low * decimal("1764.125") <= decimal("140322.5"))
        #expect(high * decimal("1764.115") >= decimal("140323.5"))
    }

    @Test func scalesConvertExactly() throws {
        let yi = try rounded("0.92亿元")
        #expect(yi.overlaps(try rounded("9200万元")))
        #expect(yi.converted(to: .wan) == DecimalInterval(lower: 9150, upper: 9250, scale: .wan))
        #expect(try (rounded("0.92亿元") + rounded("100万元"))
            == DecimalInterval(lower: decimal("0.92495"), upper: decimal("0.93505"), scale: .yi))
        #expect(yi.gap(to: try rounded("9300万元")) == decimal("0.00495"))
    }

    @Test func subtractionAndWeights() throws {
        let difference = try rounded("99.24") - rounded("54.6")
        #expect(difference == DecimalInterval(lower: decimal("44.585"), upper: decimal("44.695")))
        #expect(try rounded("2.5").scaled(by: -2) == DecimalInterval(lower: decimal("-5.1"), upper: decimal("-4.9")))
    }

    @Test func productAndDivisionGuards() throws {
        let product = try #require(try rounded("2.5") * exact("4"))
        #expect(product == DecimalInterval(lower: decimal("9.8"), upper: decimal("10.2")))
        #expect(try rounded("-1") * exact("4") == nil)
        #expect(try rounded("5") / DecimalInterval(exactly: 0) == nil)
        #expect(try rounded("5") / rounded("0.0") == nil)
        // An open zero end divides into an unbounded ratio.
        let ratio = try #require(try exact("5") / rounded(">0"))
        #expect(ratio.upper == nil)
        #expect(ratio.lower == 0 && ratio.lowerIsOpen)
    }

    @Test func openEndsDoNotOverlapWhenTheyOnlyTouch() {
        let low = DecimalInterval(lower: 0, upper: 1, upperIsOpen: true)
        let high = DecimalInterval(lower: 1, upper: 2)
        #expect(!low.overlaps(high))
        #expect(low.gap(to: high) == 0)
        #expect(DecimalInterval(lower: 0, upper: 1).overlaps(high))
        #expect(DecimalInterval(lower: nil, upper: nil).overlaps(high))
    }

    @Test func outwardRoundingKeepsTheExactQuotientInside() {
        let third = DecimalInterval(exactly: 1) / DecimalInterval(exactly: 3)
        guard let third, let low = third.lower, let high = third.upper else {
            Issue.record("1/3 should be bounded")
            return
        }
        #expect(low * 3 < 1 && high * 3 > 1)
        #expect(DecimalText.fractionDigits(low) <= OutwardRounding.quotientDecimals)
        #expect(DecimalInterval(exactly: 10) / DecimalInterval(exactly: 4) == DecimalInterval(exactly: decimal("2.5")))
    }
}

/// The digit count the interval arithmetic decides exactness with: searched among the powers of
/// ten, it must equal the count of the printed significand.
@Suite struct SignificantDigitsTests {
    @Test func searchAgreesWithThePrintedCount() {
        var values: [Decimal] = [1, 9, 10, 99, 100, 0.5, 0.05, 123.45, -7, -1000]
        for digits in 1...DecimalText.maxDigits {
            let nines = String(repeating: "9", count: digits)
            let power = "1" + String(repeating: "0", count: digits - 1)
            for text in [nines, power] {
                values.append(DecimalText.decimal(digits: text.unicodeScalars, decimals: 0)!)
                values.append(DecimalText.decimal(digits: text.unicodeScalars, decimals: digits / 2, negative: true)!)
            }
        }
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let length = Int.random(in: 1...DecimalText.maxDigits, using: &random)
            let text = String((0..<length).map { _ in "0123456789".randomElement(using: &random)! })
            if let value = DecimalText.decimal(digits: text.unicodeScalars, decimals: Int.random(in: 0...20, using: &random)) {
                values.append(value)
            }
        }
        values.append(Decimal(1) / Decimal(3))  // a quotient's full significand
        // Significands of 39 digits, past the table (10^38 up to 2^128 − 1), and quotients.
        for text in ["340282366920938463463374607431768211455", "100000000000000000000000000000000000001",
            "100000000000000000000000000000000000000"]
        {
            values.append(Decimal(string: text)!)
        }
        for (numerator, denominator) in [(2, 3), (10, 17), (29, 18), (140_323, 176_412), (7, 9)] {
            values.append(Decimal(numerator) / Decimal(denominator))
        }
        for value in values where !value.isZero {
            #expect(
                DecimalText.significantDigits(value) == DecimalText.printedDigits(value.significand.magnitude),
                "\(value)")
        }
        #expect(DecimalText.significantDigits(0) == 1)
    }
}

/// The plain printing of a value against Foundation's description, on significands of every
/// length (past the `UInt64` ones too), trailing zeros, both signs and exponents on both sides
/// of the point, sums included (their significands are not compacted).
@Suite struct DecimalPlainTextTests {
    @Test func plainIsTheDescription() {
        var random = SystemRandomNumberGenerator()
        var values: [Decimal] = [1, -1, 10, 0.5, -0.05, 123.45, 1000, Decimal(1) / Decimal(3)]
        for _ in 0..<20000 {
            let length = Int.random(in: 1...24, using: &random)
            let text = String((0..<length).map { _ in "0123456789".randomElement(using: &random)! })
                + String(repeating: "0", count: Int.random(in: 0...3, using: &random))
            guard let significand = Decimal(string: text) else { continue }
            var value = Decimal(
                sign: Bool.random(using: &random) ? .minus : .plus, exponent: Int.random(in: -25...12, using: &random),
                significand: significand)
            if Int.random(in: 0..<4, using: &random) == 0 {
                value += Decimal(sign: .plus, exponent: -Int.random(in: 0...6, using: &random), significand: Decimal(Int.random(in: 0...999, using: &random)))
            }
            values.append(value)
        }
        for text in ["18446744073709551615", "18446744073709551616", "9999999999999999999", "10000000000000000000"] {
            values.append(Decimal(string: text)!)
        }
        var differing: [String] = []
        for value in values where !value.isZero && DecimalText.plain(value) != value.description {
            differing.append("\(value.description) → \(DecimalText.plain(value))")
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        #expect(DecimalText.string(Decimal(string: "0.000")!, decimals: 2) == "0.00")
    }
}

import Foundation
import Testing

@testable import ReportExtract

@Suite("ChineseNumeral")
struct ChineseNumeralTests {
    /// Full value (mantissa × scale) of a numeral, or nil when it is rejected.
    static func fullValue(_ text: String) -> Decimal? {
        guard let result = ChineseNumeral.parse(text.scalarArray[...]) else { return nil }
        return result.value * (result.scale?.multiplier ?? 1)
    }

    static let examples: [(String, String)] = [
        ("一", "1"), ("十", "10"), ("十五", "15"), ("一十五", "15"), ("二十", "20"), ("一百〇五", "105"),
        ("一千二百三十四", "1234"), ("一千零五", "1005"), ("一千零十", "1010"), ("两千", "2000"),
        ("二千零二十三", "2023"), ("二千〇二十三", "2023"), ("三百五十万", "3500000"), ("一万", "10000"),
        ("十二万三千", "123000"), ("一亿二千万", "120000000"), ("一万亿", "1000000000000"),
        ("壹仟贰佰叁拾肆", "1234"), ("壹仟贰佰", "1200"), ("叁佰伍拾萬", "3500000"), ("兩千", "2000"),
        ("廿", "20"), ("廿五", "25"), ("卅", "30"), ("五点五", "5.5"), ("零点零五", "0.05"),
        ("一千二百三十四点五六", "1234.56"), ("三点五万", "35000"), ("二〇二三", "2023"), ("二○二三", "2023"),
        ("一七二零", "1720"), ("三万五", "35000"), ("一千二", "1200"), ("两百五", "250"), ("一亿二", "120000000"),
        ("13万2", "132000"), ("13万2500", "132500"), ("十亿3000万", "1030000000"), ("百", "100"),
    ]

    @Test(arguments: examples)
    func value(_ text: String, _ expected: String) {
        #expect(Self.fullValue(text) == Decimal(string: expected))
    }

    static let rejected: [String] = [
        "万", "亿", "三五", "三五万", "百千", "一万二万", "30百", "一千二点五", "点五", "三点", "13万25000",
    ]

    @Test(arguments: rejected)
    func rejects(_ text: String) {
        #expect(ChineseNumeral.parse(text.scalarArray[...]) == nil)
    }

    @Test func trailingWanOrYiIsTheScale() throws {
        let wan = try #require(ChineseNumeral.parse("一亿二千万".scalarArray[...]))
        #expect(wan.scale == .wan)
        #expect(wan.value == 12000)
        let yi = try #require(ChineseNumeral.parse("三点五亿".scalarArray[...]))
        #expect(yi.scale == .yi)
        #expect(yi.value == Decimal(string: "3.5"))
        #expect(yi.decimals == 1)
        // 千 is an ordinary numeral unit in Chinese numerals, not split off as a scale.
        #expect(try #require(ChineseNumeral.parse("两千".scalarArray[...])).scale == nil)
    }

    /// ICU's spellout parser (locale zh) as an independent oracle on the forms it knows.
    @Test(arguments: [
        "一千二百三十四", "三百五十万", "二千零二十三", "二〇二三", "十五", "一十五", "两千", "一万", "五点五",
        "十二万三千", "一亿二千万", "零点零五", "一千二百三十四点五六", "壹仟贰佰叁拾肆", "一百〇五",
    ])
    func agreesWithICU(_ text: String) throws {
        let icu = try #require(ICU.parseChineseNumeral(text))
        #expect(Self.fullValue(text) == Decimal(string: icu))
    }
}

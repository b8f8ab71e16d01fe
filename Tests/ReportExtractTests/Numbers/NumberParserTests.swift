import Foundation
import Testing

@testable import ReportExtract

/// What a clean cell must read as. `value` is the canonical string, so precision is checked too.
struct CleanExample: Sendable, CustomTestStringConvertible {
    var text: String
    var value: String
    var decimals: Int
    var scale: NumberScale? = nil
    var unit: String? = nil
    var qualifiers: [Qualifier] = []
    var percent = false
    var repairs: [RepairKind] = []

    var testDescription: String { text }
}

@Suite("NumberParser: whole cells")
struct NumberParserTests {
    let parser = NumberParser()

    static let clean: [CleanExample] = [
        // Table cells as printed in the corpus.
        .init(text: "14,534.54", value: "14534.54", decimals: 2, repairs: [.thousandsSeparator]),
        .init(text: "11,492.7", value: "11492.7", decimals: 1, repairs: [.thousandsSeparator]),
        .init(text: "4,402", value: "4402", decimals: 0, repairs: [.thousandsSeparator]),
        .init(text: "30.00", value: "30.00", decimals: 2),
        .init(text: "0.00", value: "0.00", decimals: 2),
        .init(text: "　54.6", value: "54.6", decimals: 1),
        .init(text: "4.96　", value: "4.96", decimals: 2),
        .init(text: "99.97%", value: "99.97", decimals: 2, percent: true),
        .init(text: "100%", value: "100", decimals: 0, percent: true),
        .init(text: "　58.83%", value: "58.83", decimals: 2, percent: true),
        .init(text: "≥560万", value: "560", decimals: 0, scale: .wan, qualifiers: [.atLeast]),
        .init(text: "约2.68万平方米", value: "2.68", decimals: 2, scale: .wan, unit: "平方米", qualifiers: [.about]),
        .init(text: "≤4小时", value: "4", decimals: 0, unit: "小时", qualifiers: [.atMost]),
        .init(text: "≥6601户", value: "6601", decimals: 0, unit: "户", qualifiers: [.atLeast]),
        .init(text: "≥95%", value: "95", decimals: 0, qualifiers: [.atLeast], percent: true),
        .init(text: "95%以上", value: "95", decimals: 0, qualifiers: [.orMore], percent: true),
        .init(text: "≤1%", value: "1", decimals: 0, qualifiers: [.atMost], percent: true),
        .init(text: "≤870.34万元", value: "870.34", decimals: 2, scale: .wan, unit: "元", qualifiers: [.atMost]),
        .init(text: "50处", value: "50", decimals: 0, unit: "处"),
        .init(text: "1000万元", value: "1000", decimals: 0, scale: .wan, unit: "元"),
        .init(text: "916.60万元", value: "916.60", decimals: 2, scale: .wan, unit: "元"),
        .init(text: "0.92亿元", value: "0.92", decimals: 2, scale: .yi, unit: "元"),
        .init(text: "1.21万亿", value: "1.21", decimals: 2, scale: .wanYi),
        .init(text: "3.5万亿元", value: "3.5", decimals: 1, scale: .wanYi, unit: "元"),
        .init(text: "117.1万㎡", value: "117.1", decimals: 1, scale: .wan, unit: "㎡"),
        .init(text: "5,706.39 万元", value: "5706.39", decimals: 2, scale: .wan, unit: "元",
              repairs: [.thousandsSeparator, .spacedUnit]),
        .init(text: "4,402 万元", value: "4402", decimals: 0, scale: .wan, unit: "元",
              repairs: [.thousandsSeparator, .spacedUnit]),
        .init(text: "3个月", value: "3", decimals: 0, unit: "个月"),
        .init(text: "10分", value: "10", decimals: 0, unit: "分"),
        .init(text: "10份", value: "10", decimals: 0, unit: "份"),
        .init(text: "155份", value: "155", decimals: 0, unit: "份"),
        .init(text: "≥2256次", value: "2256", decimals: 0, unit: "次", qualifiers: [.atLeast]),
        .init(text: "约10余件", value: "10", decimals: 0, unit: "件", qualifiers: [.about, .plus]),
        .init(text: "500余人次", value: "500", decimals: 0, unit: "人次", qualifiers: [.plus]),
        .init(text: "100多万元", value: "100", decimals: 0, scale: .wan, unit: "元", qualifiers: [.plus]),
        .init(text: "不低于90%", value: "90", decimals: 0, qualifiers: [.atLeast], percent: true),
        .init(text: "不超过5万元", value: "5", decimals: 0, scale: .wan, unit: "元", qualifiers: [.atMost]),
        .init(text: "超过3次", value: "3", decimals: 0, unit: "次", qualifiers: [.greaterThan]),
        .init(text: "631.63km2", value: "631.63", decimals: 2, unit: "km2"),
        .init(text: "19.69 km²", value: "19.69", decimals: 2, unit: "km²", repairs: [.spacedUnit]),
        .init(text: "突破5000亿元", value: "5000", decimals: 0, scale: .yi, unit: "元", qualifiers: [.greaterThan]),
        .init(text: "4小时以内", value: "4", decimals: 0, unit: "小时", qualifiers: [.atMost]),
        .init(text: "100人左右", value: "100", decimals: 0, unit: "人", qualifiers: [.around]),
        // Synonyms map onto the canonical qualifiers.
        .init(text: "≧90%", value: "90", decimals: 0, qualifiers: [.atLeast], percent: true),
        .init(text: "至少3次", value: "3", decimals: 0, unit: "次", qualifiers: [.atLeast]),
        .init(text: "≦2次", value: "2", decimals: 0, unit: "次", qualifiers: [.atMost]),
        .init(text: "最多2次", value: "2", decimals: 0, unit: "次", qualifiers: [.atMost]),
        .init(text: "不高于5%", value: "5", decimals: 0, qualifiers: [.atMost], percent: true),
        .init(text: "高于80%", value: "80", decimals: 0, qualifiers: [.greaterThan], percent: true),
        .init(text: "低于5%", value: "5", decimals: 0, qualifiers: [.lessThan], percent: true),
        .init(text: "不足10人", value: "10", decimals: 0, unit: "人", qualifiers: [.lessThan]),
        .init(text: "不满18人", value: "18", decimals: 0, unit: "人", qualifiers: [.lessThan]),
        .init(text: "大约100人", value: "100", decimals: 0, unit: "人", qualifiers: [.about]),
        .init(text: "近100人", value: "100", decimals: 0, unit: "人", qualifiers: [.about]),
        .init(text: "10多个", value: "10", decimals: 0, unit: "个", qualifiers: [.plus]),
        .init(text: "≥ 95 %", value: "95", decimals: 0, qualifiers: [.atLeast], percent: true,
              repairs: [.spacedUnit]),
        .init(text: "3.5万", value: "3.5", decimals: 1, scale: .wan),
        .init(text: "5千米", value: "5", decimals: 0, unit: "千米"),
        .init(text: "5千元", value: "5", decimals: 0, scale: .qian, unit: "元"),
        .init(text: "800元/月", value: "800", decimals: 0, unit: "元/月"),
        .init(text: "6000元/生", value: "6000", decimals: 0, unit: "元/生"),
        .init(text: "-5.3", value: "-5.3", decimals: 1),
        .init(text: "-0.50%", value: "-0.50", decimals: 2, percent: true),
        .init(text: "3年", value: "3", decimals: 0, unit: "年"),
        .init(text: "2023", value: "2023", decimals: 0),
        .init(text: "1,234,567.891", value: "1234567.891", decimals: 3, repairs: [.thousandsSeparator]),
        // Chinese numerals as whole cells; a trailing 万/亿 is kept as the scale.
        .init(text: "一千二百三十四", value: "1234", decimals: 0),
        .init(text: "三百五十万", value: "350", decimals: 0, scale: .wan),
        .init(text: "两千", value: "2000", decimals: 0),
        .init(text: "壹仟贰佰", value: "1200", decimals: 0),
        .init(text: "百分之九十八", value: "98", decimals: 0, percent: true),
        .init(text: "百分之九十八点五", value: "98.5", decimals: 1, percent: true),
        .init(text: "三万五", value: "35000", decimals: 0),
        .init(text: "13万2", value: "132000", decimals: 0),
        .init(text: "十亿3000万", value: "103000", decimals: 0, scale: .wan),
        .init(text: "三百五十万元", value: "350", decimals: 0, scale: .wan, unit: "元"),
        .init(text: "约三百人", value: "300", decimals: 0, unit: "人", qualifiers: [.about]),
        .init(text: "二〇二三", value: "2023", decimals: 0),
        .init(text: "负五", value: "-5", decimals: 0),
        // Cells of unseen templates that used to be dropped (issue 9).
        .init(text: "≤0.9‰", value: "0.9", decimals: 1, unit: "‰", qualifiers: [.atMost]),
        .init(text: "0.12‰", value: "0.12", decimals: 2, unit: "‰"),
        .init(text: "≤500元/亩", value: "500", decimals: 0, unit: "元/亩", qualifiers: [.atMost]),
        .init(text: "20场次", value: "20", decimals: 0, unit: "场次"),
        .init(text: "5000余人", value: "5000", decimals: 0, unit: "人", qualifiers: [.plus]),
        .init(text: "1.2万亩", value: "1.2", decimals: 1, scale: .wan, unit: "亩"),
        .init(text: "3次/年", value: "3", decimals: 0, unit: "次/年"),
        .init(text: "=100%", value: "100", decimals: 0, percent: true),
        .init(text: "大于等于90%", value: "90", decimals: 0, qualifiers: [.atLeast], percent: true),
    ]

    /// A number followed by a short word the unit lexicon does not know is still a figure, its
    /// unit kept as printed and flagged; calendar words and years stay text.
    @Test func unknownUnitIsKeptAndFlagged() throws {
        for (text, unit) in [("12座次", "座次"), ("10件套", "件套"), ("3栋楼", "栋楼")] {
            let value = try #require(parser.parse(text).value, "\(text)")
            #expect(value.unit == unit)
            #expect(value.unitIsUnknown)
        }
        for text in ["2023年度", "3级", "12月", "5日前", "100%完成", "一般"] {
            #expect(parser.parse(text) == .text, "\(text)")
        }
    }

    /// 岳阳县's 2022 申报表 (a clerk's reading): `年度资金总额` | `854万（高标准农田建设400万元，…）`,
    /// the figure and its breakdown in parentheses; the cell was read as a label, the fund lost.
    @Test func aFigureBeforeANoteInParentheses() throws {
        for text in ["854万（高标准农田建设400万元，示范建设295万元，畅通工程159万元）", "854万(高标准农田建设400万元)"] {
            let value = try #require(parser.parse(text).value, "\(text)")
            #expect(value.valueString == "854" && value.scale == .wan)
            #expect(parser.parseInGeneral(text) == parser.parse(text))
        }
        // A number in the parentheses first, or more after them: no note on one figure.
        for text in ["100（98）", "854万（400万元）", "854万（高标准）元", "854万854万（高标准）"] {
            #expect(parser.parse(text).value == nil, "\(text)")
        }
    }

    @Test func trailingPointIsARepairNotText() throws {
        guard case .candidates(let values) = parser.parse("7.50.") else {
            Issue.record("7.50. should give a candidate")
            return
        }
        #expect(values.map(\.valueString) == ["7.50"])
        #expect(values[0].repairs == [NumberRepair(kind: .trailingPoint, from: "7.50.", to: "7.50")])
    }

    @Test func strayDigitAfterAPercentKeepsBothReadings() throws {
        guard case .candidates(let values) = parser.parse("10.77%7") else {
            Issue.record("10.77%7 must never be a clean value")
            return
        }
        #expect(values.map(\.valueString) == ["10.77", "10.777"])
    }

    @Test(arguments: clean)
    func cleanCell(_ example: CleanExample) throws {
        let reading = parser.parse(example.text)
        let value = try #require(reading.value, "\(reading)")
        #expect(value.valueString == example.value)
        #expect(value.decimals == example.decimals)
        #expect(value.scale == example.scale)
        #expect(value.unit == example.unit)
        #expect(value.qualifiers == example.qualifiers)
        #expect(value.isPercent == example.percent)
        #expect(value.repairs.map(\.kind) == example.repairs)
        #expect(value.raw == example.text.trimmingCharacters(in: .whitespaces.union(["\u{3000}"])))
    }

    static let absent: [(String, String)] = [
        ("", ""), ("　", ""), ("  \t", ""), ("——", "——"), ("—", "—"), ("-", "-"), ("/", "/"),
        ("无", "无"), ("……", "……"), ("...", "..."), ("不适用", "不适用"), (" —— ", "——"),
    ]

    @Test(arguments: absent)
    func absentCell(_ text: String, _ marker: String) {
        #expect(parser.parse(text) == .absent(marker))
    }

    static let text: [String] = [
        "长期", "效果明显", "指标1：", "2023年12月份", "2024年12月之前", "2023-9-18", "2023年", "二〇二三年",
        "二○二三年", "第三", "15973703536", "统一", "满意度达90%上", "达到100%", "100，200", "1，234.5",
        "（50分）", "产出指标（40分）", "12月", "2023.9.18", "1.2.3.4", "三五万", "万", "3-5万", "1,23",
        "2024年 4 月 15 日", "单位：万元", "一级指标", "54.6 44.64", "0737-1234567", ".",
    ]

    @Test(arguments: text)
    func textCell(_ text: String) {
        #expect(parser.parse(text) == .text)
    }

    @Test func doublePointIsAnUnconfirmedCandidate() throws {
        // `3,.83` (a clerk's reading of stop 67: read as 83), `3.,83`: a comma beside the point.
        for (text, expected) in [("1124..65", "1124.65"), ("3243..37", "3243.37"), ("3,.83", "3.83"), ("3.,83", "3.83")] {
            guard case .candidates(let values) = parser.parse(text) else {
                Issue.record("\(text) should give candidates")
                continue
            }
            #expect(values.map(\.valueString) == [expected])
            #expect(values[0].decimals == 2)
            #expect(values[0].repairs == [NumberRepair(kind: .doublePoint, from: text, to: expected)])
        }
    }

    @Test func digitAfterPercentKeepsBothReadings() throws {
        guard case .candidates(let values) = parser.parse("98%1") else {
            Issue.record("98%1 must never be a clean value")
            return
        }
        #expect(values.map(\.valueString) == ["98", "98.1"])
        #expect(values.allSatisfy { $0.isPercent })
        #expect(values.map { $0.repairs.map(\.to) } == [["98%"], ["98.1%"]])
        #expect(values.allSatisfy { $0.repairs.map(\.kind) == [.digitAfterPercent] })
    }

    @Test func twoPointsGiveBothReadings() {
        guard case .candidates(let values) = parser.parse("415.75.795") else {
            Issue.record("415.75.795 should give candidates")
            return
        }
        #expect(values.map(\.valueString) == ["41575.795", "415.75795"])
        #expect(values.allSatisfy { $0.repairs.map(\.kind) == [.twoPoints] })
    }

    @Test func fenForScoreOnlyInAScoreColumn() {
        let score = NumberContext(isScoreColumn: true)
        guard case .candidates(let values) = parser.parse("10份", context: score) else {
            Issue.record("10份 in a score column should be a repaired candidate")
            return
        }
        #expect(values.count == 1)
        #expect(values[0].valueString == "10")
        #expect(values[0].unit == "分")
        #expect(values[0].repairs == [NumberRepair(kind: .fenForScore, from: "10份", to: "10分")])
        // In a score column 10分 is simply a score, and outside one 份 is a unit.
        #expect(parser.parse("10分", context: score).value?.unit == "分")
        #expect(parser.parse("10份").value?.unit == "份")
    }

    @Test func letterForDigitOnlyWithoutAPoint() {
        guard case .candidates(let values) = parser.parse("1O5") else {
            Issue.record("1O5 should give a candidate")
            return
        }
        #expect(values.map(\.valueString) == ["105"])
        #expect(values[0].repairs == [NumberRepair(kind: .letterForDigit, from: "1O5", to: "105")])
        #expect(parser.parse("1O5.25") == .text)
        #expect(parser.parse("1.O5") == .text)
    }

    /// A capital O closing a whole number is a zero (`92O`); a letter l or I there may be a unit
    /// (`5l`), and an O before more letters or a point is not a digit.
    @Test func letterOClosingAWholeNumber() {
        for (raw, value) in [("92O", "920"), ("10O", "100"), ("33O人", "330")] {
            guard case .candidates(let values) = parser.parse(raw) else {
                Issue.record("\(raw) should give a candidate")
                continue
            }
            #expect(values.map(\.valueString) == [value], "\(raw)")
            #expect(values.first?.repairs.map(\.kind) == [.letterForDigit], "\(raw)")
        }
        for raw in ["5l", "92OK", "9.2O", "92O.5"] {
            #expect(!parser.parse(raw).readings.contains { $0.repairs.contains { $0.kind == .letterForDigit } }, "\(raw)")
        }
    }

    @Test func scaledValueMultipliesOut() throws {
        let value = try #require(parser.parse("0.92亿元").value)
        #expect(value.scaledValue == Decimal(92_000_000))
        #expect(try #require(parser.parse("1000万元").value).scaledValue == Decimal(10_000_000))
        #expect(try #require(parser.parse("1.21万亿").value).scaledValue == Decimal(1_210_000_000_000))
    }

    @Test func qualifierPrefersTheBound() throws {
        let value = try #require(parser.parse("约10余件").value)
        #expect(value.qualifier == .plus)
        #expect(try #require(parser.parse("约2.68万平方米").value).qualifier == .about)
    }
}

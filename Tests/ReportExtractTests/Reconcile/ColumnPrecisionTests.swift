import Foundation
import Testing

@testable import ReportExtract

/// A bare integer is read at its column's precision (issue 15): a clerk who prints `0.56` and
/// `1894.22` writes `0` for nothing and `1` for one.
@Suite struct ColumnPrecisionTests {
    static func run(_ text: String) throws -> ExtractedDocument {
        let bytes = Array(text.replacingOccurrences(of: "→", with: "\t").utf8)
        return try Pipeline(rules: Corpus.rules).run(bytes: bytes, path: "test.txt")
    }

    static func figure(_ document: ExtractedDocument, _ row: String, _ column: String) throws -> Figure {
        try #require(document.figures.first { $0.rowLabel == row && $0.columnLabel == column })
    }

    /// Two amount columns: one mixing one and two decimals with a bare `100`, one of integers only.
    static let table = """
        2023年度部门整体支出绩效评价基础数据表
        →经费控制情况（万元）
        →2022年预算数
        →2023年预算数

        →支出总额
        →100
        →56

        →基本支出
        →54.6
        →12

        →项目支出
        →45.40
        →44


        """

    @Test func seed001ThreePublicBudgetIsASubstantiveViolation() throws {
        let document = try Corpus.extracted("001_a2c5c2f5df1e7fe7.txt")
        let check = try #require(document.reconciled.checks.first { $0.id == "three_public_total@t0.c2" })
        #expect(check.status == .violated)
        #expect(check.reason == "substantive")
        for id in check.figureIDs(in: document.figures) {
            let figure = try #require(document.figures.first { $0.id == id })
            #expect(figure.confidence != .high, "\(id) \(figure.raw)")
        }
        // 公务接待 `1` in a column that prints 352.8: one, read at one decimal.
        let reception = try #require(document.figures.first { $0.id == "t0.r9.c2" })
        #expect(reception.decimalsSource == .column)
        #expect(reception.interval(reception.chosen!).description == "[0.95, 1.05] 万")
        let zero = try #require(document.figures.first { $0.id == "t0.r4.c2" })
        #expect(zero.decimalsSource == .exactZero)
        #expect(zero.interval(zero.chosen!).description == "[0, 0] 万")
    }

    @Test func decimalsPrintedInTheColumnStand() throws {
        let document = try Self.run(Self.table)
        let basic = try Self.figure(document, "基本支出", "2022年预算数")
        #expect(basic.decimalsSource == .printed)
        #expect(basic.interval(basic.chosen!).description == "[54.55, 54.65] 万")
        let total = try Self.figure(document, "支出总额", "2022年预算数")
        #expect(total.decimalsSource == .column)
        #expect(total.inferredDecimals == 1)  // one- and two-decimal figures tie: the wider reading
        #expect(total.interval(total.chosen!).description == "[99.95, 100.05] 万")
    }

    @Test func aColumnWithoutDecimalsKeepsIntegerIntervals() throws {
        let document = try Self.run(Self.table)
        for row in ["支出总额", "基本支出", "项目支出"] {
            let figure = try Self.figure(document, row, "2023年预算数")
            #expect(figure.decimalsSource == .printed)
            #expect(figure.inferredDecimals == nil)
        }
        let total = try Self.figure(document, "支出总额", "2023年预算数")
        #expect(total.interval(total.chosen!).description == "[55.5, 56.5] 万")
    }

    @Test func countsAndWeightsStayExactAndPercentagesKeepTheirDigits() {
        #expect(PrecisionInference.usualDecimals([2, 2, 1, 0, 0]) == 2)
        #expect(PrecisionInference.usualDecimals([0, 0]) == nil)
        #expect(PrecisionInference.usualDecimals([1, 2]) == 1)
    }

    @Test func theJSONSaysWhereTheDigitsCameFrom() throws {
        let document = try Self.run(Self.table)
        let json = String(decoding: DocumentJSON(document).encoded(), as: UTF8.self)
        #expect(json.contains("\"decimals_source\" : \"column\""))
        #expect(json.contains("\"decimals_source\" : \"printed\""))
    }

    /// 鄂州 2022's 绩效目标表 (a clerk's reading): no unit line, no field but 合计; `191` and `99`
    /// over `372.88` were read at ±0.5, and a 合计 printed 0.10 over its rows' 662.88 closed.
    @Test func unnamedCellsTakeTheirAmountColumnsDigits() throws {
        let document = try Self.run("""
            鄂州市2022年市直部门预算项目支出绩效目标表
            →项目名称
            →滨湖大胆办公大楼运行保障
            →项目类别
            →本级支出项目
            →项目性质
            →持续性项目

            →立项依据
            →市机关事务服务中心三定方案

            →项目预算
            →成本构成
            →金额
            →测算(公式)依据
            →2020年实际执行数
            →2021年实际执行数

            →
            →保安服务费
            →191
            →依据招标文件
            →191
            →191

            →
            →保洁服务费
            →99
            →依据招标文件
            →99
            →99

            →
            →水电气、维修维护费
            →524
            →根据三定方案,各项费用据实结算
            →372.88
            →504.55

            →
            →合计
            →814
            →
            →662.98
            →794.55

            """)
        let checks = Dictionary(uniqueKeysWithValues: document.reconciled.checks.map { ($0.id, $0.status) })
        #expect(checks["breakdown_total_row@t0.c4"] == .violated)
        // A column of integers alone keeps their ±0.5.
        #expect(checks["breakdown_total_row@t0.c2"] == .ok)
        #expect(try Self.figure(document, "保安服务费", "2020年实际执行数").decimalsSource == .column)
    }
}

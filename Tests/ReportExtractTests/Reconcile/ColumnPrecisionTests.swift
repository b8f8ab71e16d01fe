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
}

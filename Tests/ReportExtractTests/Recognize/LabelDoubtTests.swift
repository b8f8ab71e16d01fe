import Foundation
import Testing

@testable import ReportExtract

/// Labels in doubt keep a figure at medium however its value checks out.
@Suite struct LabelDoubtTests {
    /// A row naming an amount under a column naming a count (seed 690113, Tika SAX, with its
    /// 经费控制情况 header taken out, as the row joiner once lost it by joining it to the row under
    /// it: the staff header then names the amounts): the column sums close, the field is still
    /// wrong.
    @Test func anAmountRowUnderACountColumnIsNotHigh() throws {
        let name = "gen_690113-sax-without-funds-header.txt"
        let url = Corpus.root.appendingPathComponent("Tests/Fixtures/confidence/\(name)")
        let document = try Pipeline(rules: Corpus.rules).run(bytes: [UInt8](try Data(contentsOf: url)), path: name)
        let figure = document.figures.first { $0.line == 58 && $0.raw == "521.29" }
        #expect(figure?.rowLabel == "项目支出:")
        #expect(figure?.confidence == .medium)
        #expect(figure?.reasons.contains(LabelDoubt.fieldsDisagree) == true)
        // The staff row itself keeps its grade.
        let staff = document.figures.first { $0.line == 47 && $0.raw == "69" }
        #expect(staff?.field == "staff_quota")
        #expect(staff?.confidence == .high)
    }

    /// 九亭's 2020 财政项目支出绩效自评表 (a clerk's reading): amounts printed in 元 under a
    /// `项目资金(万元)` header. Read at the header's 万, a town's project held 1.45万亿元; the row's
    /// execution rate closes whatever the scale, so it graded them high. A figure that prints its
    /// own 万 is its own word, and a smaller amount stays high.
    @Test func anAmountItsColumnsScaleMakesImplausibleIsNotHigh() throws {
        func form(_ amount: String) throws -> [Figure] {
            let text = """
                财政项目支出绩效自评表

                →项目资金(万元)
                →年初预算数
                →全年预算数
                →全年执行数
                →分值
                →执行率
                →得分

                →年度资金总额
                →\(amount)
                →\(amount)
                →\(amount)
                →10
                →100.0%
                →10


                """
            return try Pipeline(rules: Corpus.rules).run(
                bytes: Array(text.replacingOccurrences(of: "→", with: "\t").utf8), path: "jiuting.txt").figures
        }
        let misread = try form("145000000.00").filter { $0.field == "total_funds" }
        #expect(misread.count == 3)
        #expect(misread.allSatisfy { $0.reasons.contains(LabelDoubt.scaleDoubt) && $0.confidence != .high })
        let plausible = try form("14500.00").filter { $0.field == "total_funds" && $0.columnLabel == "全年执行数" }
        #expect(plausible.first?.confidence == .high)
        #expect(plausible.first?.reasons.contains(LabelDoubt.scaleDoubt) == false)
        let printed = try form("145000000.00万元").filter { $0.field == "total_funds" && $0.columnLabel == "全年执行数" }
        #expect(printed.first?.reasons.contains(LabelDoubt.scaleDoubt) == false)
    }

    private func figures(_ name: String) throws -> [Figure] {
        let url = Corpus.root.appendingPathComponent("Tests/Fixtures/confidence/\(name)")
        return try Pipeline(rules: Corpus.rules).run(bytes: [UInt8](try Data(contentsOf: url)), path: name).figures
    }

    /// A form's indicator rows read under its funds header (seed 730142 in Tika's content-control
    /// layout, the indicator header lost): `100%` under 全年执行数 and `99.3%` under 分值 print
    /// units their fields never carry, and the checks that close on them (得分 ≤ 分值, the budget
    /// line's 得分) corroborate nothing, so the row's 8 and 7.5 are not high either.
    @Test func aPercentageUnderAnAmountOrAWeightIsNotHigh() throws {
        let row = try figures("gen_730142-sdt.txt").filter { $0.line == 128 }
        let percent = row.first { $0.raw == "99.3%" }
        #expect(percent?.field == "weight")
        #expect(percent?.reasons.contains(LabelDoubt.unitDisagrees) == true)
        #expect(row.first { $0.raw == "100%" }?.reasons.contains(LabelDoubt.unitDisagrees) == true)
        #expect(row.count == 4)
        #expect(row.allSatisfy { $0.confidence != .high })
    }

    /// The figures of one row (年度资金总额's 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分)
    /// under no column label, all taking the row's field, in a table read with no header (seed 730080, content-control layout): their sums
    /// close column by column, but which is which is unknown.
    @Test func figuresOfOneRowUnderNoColumnAreNotHigh() throws {
        let row = try figures("gen_730080-sdt.txt").filter { $0.line == 75 && $0.field == "total_funds" }
        #expect(row.map(\.raw) == ["4348.40万元", "5218.08万元", "5035.45万元", "10", "96.50%", "9.65"])
        #expect(row.allSatisfy { $0.columnLabel == nil && $0.confidence == .medium })
        #expect(row.allSatisfy { $0.reasons.contains(LabelDoubt.columnMissing) })
    }

    @Test(arguments: [
        ("project_expenditure", "staff_quota", true), ("staff_actual", "final_accounts", false),
        ("staffing_block", "staff_quota", false), ("basic_expenditure", "budget", false),
        ("car_purchase", "staff_actual", true),
    ])
    func moneyAgainstHeadsIsInDoubt(row: String, column: String, doubt: Bool) {
        let rules = Corpus.rules
        #expect(LabelDoubt.fieldsDisagree(row: rules.field(id: row), column: rules.field(id: column)) == doubt)
    }
}

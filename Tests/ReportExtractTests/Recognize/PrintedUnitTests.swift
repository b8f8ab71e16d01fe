import Foundation
import Testing

@testable import ReportExtract

/// A money unit the form prints beats its field's usual one.
@Suite struct PrintedUnitTests {
    /// 永德县明朗中学's 2022 project form (a real page, typed as Tika prints it): its funds are in
    /// 元 (`项目资金` ¶ `(元)` over the funds rows); 387664.62 came out 387664.62万元, high, ten
    /// thousand times the fund.
    func funds(_ edit: (String) -> String = { $0 }) throws -> [Figure] {
        let name = "yongde-yuan-form.txt"
        let url = Corpus.root.appendingPathComponent("Tests/Fixtures/units/\(name)")
        let text = edit(try String(contentsOf: url, encoding: .utf8))
        return try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: name).figures
            .filter { $0.raw == "387664.62" }
    }

    @Test func aBlockPrintedInYuanIsInYuan() throws {
        let figures = try funds()
        #expect(figures.count == 4)
        #expect(figures.map(\.field) == ["total_funds", "total_funds", "current_appropriation", "current_appropriation"])
        #expect(figures.allSatisfy { $0.scale == nil && $0.unit == "元" && $0.unitSource == "block" })
    }

    @Test func aColumnOrATablePrintedInYuanIsInYuan() throws {
        let column = try funds { $0.replacingOccurrences(of: "\t全年预算数\n", with: "\t全年预算数（元）\n") }
        #expect(column.first?.unit == "元")
        #expect(column.first?.scale == nil)
        let table = try funds {
            $0.replacingOccurrences(of: "\t项目资金\n（元）\n", with: "\t项目资金\n")
                .replacingOccurrences(of: "自评表\n", with: "自评表\n单位：元\n")
        }
        #expect(table.map(\.unit) == ["元", "元", "元", "元"])
        #expect(table.allSatisfy { $0.scale == nil })
    }

    /// Printed 万元 over a 万元 field changes nothing, not even where the unit is said to come from.
    @Test func theUsualUnitPrintedKeepsItsSource() throws {
        let figures = try funds { $0.replacingOccurrences(of: "（元）\n", with: "（万元）\n") }
        #expect(figures.allSatisfy { $0.scale == .wan && $0.unit == "元" && $0.unitSource == "field" })
    }

    /// The Hunan and Shaanxi 绩效目标申报表 print the unit in the row group's label merged down its
    /// rows (`资金情况（万元）` | 年度资金总额： | 854; a clerk's probes of 岳阳县 2022 and 清涧县 2021):
    /// the amounts had no unit, in 元 or 万元 alike.
    @Test(arguments: [("（万元）", NumberScale.wan), ("（元）", nil)] as [(String, NumberScale?)])
    func aRowGroupsLabelPrintsItsUnit(printed: String, scale: NumberScale?) throws {
        let text = "→项目名称→2021年交通局果园路\n\n→资金情况\(printed)→年度资金总额：→500\n\n→→其中：财政拨款→500\n\n"
        let bytes = Array(text.replacingOccurrences(of: "→", with: "\t").utf8)
        let figures = try Pipeline(rules: Corpus.rules).run(bytes: bytes, path: "qingjian.txt").figures.filter { $0.raw == "500" }
        #expect(figures.count == 2)
        #expect(figures.allSatisfy { $0.unit == "元" && $0.scale == scale && $0.unitSource == "block" })
    }

    /// 忠县金声乡 2022 (a clerk's reading): `每公斤售价5元`, `每亩4000元` are prices, not money
    /// spent; they were plain 元 amounts beside the 12万元 they add up to.
    @Test func anAmountPerUnitIsAPrice() throws {
        let text = "每公斤售价5元，扣除土地租金、生产、劳务等费用成本每亩4000元，计12万元。\n"
        let figures = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "zhongxian.txt").figures
        #expect(figures.map(\.unit) == ["元/公斤", "元/亩", "元"])
        #expect(figures.map(\.scale) == [nil, nil, .wan])
    }

    /// 烈山区's 2023 三公 预算表 (a clerk's reading of stop 67) prints its unit in parentheses on
    /// its own line: taken for the title, the table had no unit and its 元 amounts came out in the
    /// field's 万元 (4441600 as 444亿), and with no title no kind, so no sum was checked.
    @Test func aUnitLineInParenthesesIsTheTablesUnit() throws {
        let rows = [("合  计", "4441600"), ("因公出国(境)费", "17000"), ("公务接待费", "1964800"), ("公务用车购置及运行费", "2459800")]
        let table = rows.map { "\t\($0.0)\n\t\($0.1)\n" }.joined(separator: "\n")
        for unitLine in ["(单位:元)", "（单位：元）"] {
            let text = "一、2023年区本级“三公”经费预算表\n\n\(unitLine)\n\n\t项  目\n\t预 算 数\n\n" + table
            let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "lieshan.txt").reconciled
            #expect(document.recognized.segmented.tables.first?.unit == "元")
            #expect(document.figures.allSatisfy { $0.tableKind == "budget_breakdown" })
            #expect(document.figures.map(\.unit) == ["元", "元", "元", "元"])
            #expect(document.figures.allSatisfy { $0.scale == nil && $0.confidence == .high })
        }
        #expect(CellText.declaredUnit("(单位:万元)") == "万元")
        #expect(CellText.declaredUnit("()") == nil)
    }

    /// `部门` is a word, not 部 (马坪 2022's form, a clerk's reading of stop 67: `申报日期: 2022 部门` was
    /// 2022 部); `km2` a square kilometre (巴州, stop 68: an area read as a length).
    @Test func wordsAUnitStartsAreNoUnit() throws {
        let text = "项目单位:马坪镇中心中学 申报日期: 2022 部门预算项目。水土流失面积631.63km2,治理19.69 km²。\n"
        let figures = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "maping.txt").figures
        #expect(!figures.contains { $0.unit == "部" })
        #expect(figures.map(\.unit) == ["km2", "km²"])
    }

    /// 湘湖's 2024 专项债券 评价表 (a clerk's reading of stop 67) declares its unit at the end of
    /// its title line: its 2.62 亿元 of bonds came out with no unit.
    @Test func aUnitAtTheEndOfTheTitleLineIsTheTablesUnit() throws {
        for title in ["2024年新增地方政府专项债券项目绩效评价表(单位:亿元)", "2024年新增地方政府专项债券项目绩效评价表  单位:亿元"] {
            let text = "\(title)\n\n\n\t序号\n\t项目名称\n\t债券规模\n\n\t1\n\t城中村改造安置房项目\n\t2.62\n\n"
            let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "xianghu.txt").reconciled
            #expect(document.recognized.segmented.tables.first?.unit == "亿元", "\(title)")
            #expect(document.figures.filter { $0.raw == "2.62" }.map { ($0.scale?.symbol ?? "") + ($0.unit ?? "") } == ["亿元"])
        }
        #expect(CellText.trailingDeclaredUnit("项目绩效评价表(2024年度)") == nil)
        #expect(CellText.trailingDeclaredUnit("(单位:万元)") == nil)
    }

    /// 濮阳's 2023 收入 table (a clerk's reading of stop 67): under `单位:万元`, columns headed
    /// `增幅%` and `税收比重%` hold rates, not 万元; so does one across a money row (基本支出).
    @Test func aColumnHeadedWithAPercentSignHoldsRates() throws {
        let text = "单位:万元\n\n\t单位名称\n\t一般公共预算收入\n\t税收比重%\n\n\t\n\t累计\n\t增幅%\n\t\n\n"
            + "\t濮阳市\n\t234267\n\t-10.9\n\t70.9\n\n\t基本支出\n\t166097\n\t-8.2\n\t\n"
        let figures = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "puyang.txt").figures
        #expect(figures.map(\.raw) == ["234267", "-10.9", "70.9", "166097", "-8.2"])
        #expect(figures.map(\.unit) == ["元", "%", "%", "元", "%"])
        #expect(figures.map(\.scale) == [.wan, nil, nil, .wan, nil])
    }
}

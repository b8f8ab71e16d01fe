import Testing

@testable import ReportExtract

/// A web page's table flattened a row per line (as county sites publish Sichuan's project form;
/// the layout is the form's, the numbers made up): a cell merged down over later rows is written
/// only in its first row, and those rows end in one `|` of padding per missing cell.
@Suite struct CoveredCellsTests {
    static let page = """
        部门预算项目支出绩效自评表（2023年度） ||||||||||
        2.项目实施内容及过程概述 | 按计划实施，资金按进度支付。 ||||||||||
        预算执行情况（10分） | 年度预算数（万元） | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | ||
        总额 | 100.00 | 120.00 | 108.00 | 90.00% | 10 | 9 | 资金按进度拨付 | |||
        其中：财政资金 | 80.00 | 100.00 | 90.00 | 90.00% | / | / | ||||
        单位资金 | 20.00 | 20.00 | 18.00 | 90.00% | / | / | ||||
        其他资金 | | | | | / | / | ||||
        绩效指标（90分） | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |
        产出指标 | 数量指标 | 培训人数 | ≥ | 100 | 人次 | 120 | 50 | 50 | ||
        质量指标 | 合格率 | ≥ | 95 | % | 96 | 20 | 20 | |||
        满意度 | ≥ | 90 | % | 92 | 20 | 19 | ||||
        合计 | 100 | 98 | |||||||||

        """

    @Test func rowsGetBackTheCellsMergedDownOverThem() {
        let document = Corpus.segment(Self.page)
        #expect(document.tables.count == 1)
        #expect(document.tables[0].layout == .pipeCoveredCells)
        let rows = document.cellTexts(table: 0)
        // The side label's cell back in front, the room the 原因 cell spans after.
        #expect(rows.contains(["", "总额", "100.00", "120.00", "108.00", "90.00%", "10", "9", "资金按进度拨付", ""]))
        // 一级指标 merged down too: two cells back, then filled down from the row above.
        #expect(rows.contains(["", "产出指标", "质量指标", "合格率", "≥", "95", "%", "96", "20", "20", ""]))
        // 一级 and 二级 merged down: three back.
        #expect(rows.contains(["", "产出指标", "质量指标", "满意度", "≥", "90", "%", "92", "20", "19", ""]))
        // A total row is narrow because its label spans the label columns: left as it is.
        #expect(rows.contains(["合计", "100", "98", ""]))
        #expect(document.diagnostics.contains { $0.code == "segment.covered_cells" })
    }

    @Test func figuresAreLabelledAsTheFormPrintsThemAndNeverHigh() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.page.utf8), path: "page.txt")
        let byRaw = Dictionary(grouping: document.figures, by: \.raw)
        let executed = try #require(byRaw["108.00"]?.first)
        #expect(executed.rowLabel == "总额")
        #expect(executed.columnLabel == "预算执行数")
        #expect(executed.field == "total_funds")
        let actual = try #require(byRaw["92"]?.first)
        #expect(actual.rowLabel == "满意度")
        #expect(actual.columnLabel == "完成值")
        #expect(actual.field == "actual")
        // Their checks close, yet the rows' alignment was a judgement: medium at most.
        #expect(document.reconciled.checks.contains { $0.id == "project_funds_total@t0.c4" && $0.status == .ok })
        #expect(document.figures.allSatisfy { $0.confidence != .high })
        #expect(executed.reasons.contains("layout:covered_cells"))
    }

    /// A header's second row lacks the cells merged down beside its labels. Under a first row
    /// with a cell spanning columns (`2023年`) its labels go over the body's numbers; under a first
    /// row as wide as the table, over the labels they finish (`年初` `全年` ¶ `预算数` `执行数`).
    @Test(arguments: [
        ("项目名称 | 2023年 ||\n预算数 | 决算数 ||\n公务接待费 | 7.59 | 7.21 |\n", ["项目名称", "2023年预算数", "2023年决算数"]),
        ("年度预算申请（万元） | | 年初 | 全年 | 全年 | 分值 | 执行率 | 得分 ||||\n| 预算数 | 预算数 | 执行数 ||||||||\n"
            + "年度资金总额 | 100 | 120 | 110 | 10 | 91.67% | 9.17 |||||\n",
         ["年度预算申请(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
        // `一级指标` is a label of its own, `年度` / `实际` wait for `指标值` / `完成值`.
        ("绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度 | 实际 | 分值 | 得分 |\n| 指标值 | 完成值 ||||||\n"
            + "产出指标 | 数量指标 | 培训人数 | 100 | 120 | 50 | 50 ||\n",
         ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]),
    ])
    func secondHeaderRowGoesOverTheColumnsItNames(_ page: String, _ labels: [String]) {
        let document = Corpus.segment("某表\n" + page + "\n后文\n")
        #expect(document.tables.first?.headers.first?.labels == labels)
    }

    /// No row of the block is whole (the side label is merged down over all of them), so the
    /// page's padding, to the widest row, does not show the missing cell: the rows still get it
    /// back, laid out on the header whose 年度指标值 spans its second row's three labels.
    @Test func rowsOfABlockWithoutAWholeRowGetTheirCellsBackToo() throws {
        let page = """
            某表
            绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 年度指标值 | 实际完成值 | 分值 | 得分 ||
            指标方向 | 指标值 | 度量单位 ||||||||
            产出指标 | 数量指标 | 培训人数 | 正向指标 | ≥ | 100 | 人次 | 120 | 50 | 50 |
            质量指标 | 合格率 | 正向指标 | ≥ | 95 | % | 96 | 50 | 50 ||

            后文
            """
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(page.utf8), path: "page.txt")
        let read = document.figures.map { [$0.raw, $0.rowLabel ?? "-", $0.columnLabel ?? "-", $0.field ?? "-"] }
        #expect(read == [
            ["100", "培训人数", "年度指标值", "target"], ["120", "培训人数", "实际完成值", "actual"],
            ["50", "培训人数", "分值", "weight"], ["50", "培训人数", "得分", "score"],
            ["95", "合格率", "年度指标值", "target"], ["96", "合格率", "实际完成值", "actual"],
            ["50", "合格率", "分值", "weight"], ["50", "合格率", "得分", "score"],
        ])
    }

    /// A markdown pipe table opens every row with a bar and pads nothing: untouched.
    @Test func markdownRowsAreLeftAsTheyAre() {
        let document = Corpus.segment("""
            | 项目 | 预算数 | 决算数 |
            |------|-------:|:------:|
            | 合计 | 47.48 | 37.99 |
            | 公务接待费 | 7.59 | 7.21 |

            """)
        #expect(document.tables[0].layout == .pipe)
        #expect(document.cellTexts(table: 0) == [["项目", "预算数", "决算数"], ["合计", "47.48", "37.99"], ["公务接待费", "7.59", "7.21"]])
    }

    /// A sentence ends no header label: the text row above a header is not stacked onto it.
    @Test func aTextRowAboveTheHeaderIsNotPartOfIt() {
        let document = Corpus.segment(Self.page)
        #expect(document.tables[0].headers.first?.labels.prefix(3) == ["预算执行情况(10分)", "年度预算数(万元)", "年初预算"])
    }
}

import Foundation
import Testing

@testable import ReportExtract

/// Whole generated reports whose rows were cut wrong, then made high by a check that closed on
/// the values (`Tests/Fixtures/rows/README.md`). Each expectation is the figure as formgen's
/// truth gives it; each failed before the change named.
@Suite struct RowCuttingTests {
    static func figure(_ file: String, line: Int, raw: String) throws -> Figure? {
        let url = Corpus.root.appendingPathComponent("Tests/Fixtures/rows/\(file)")
        let document = try Pipeline(rules: Corpus.rules).run(bytes: [UInt8](try Data(contentsOf: url)), path: file)
        return document.figures.first { $0.line == line && $0.raw == raw }
    }

    /// Tika DOM (寿县's 2023 自评表, a clerk's reading): a 序号 column beside a 一级指标 merged down,
    /// so rows after the first open `→2` `→` `→质量指标`: a 序号 before an empty cell opened no
    /// row, and the whole table was one row, every figure without its labels.
    @Test func aSerialBeforeAMergedDownCellOpensARow() throws {
        let text = """
            2023年度部门整体支出绩效评价自评表
            →序号
            →一级指标
            →二级指标
            →指标分值
            →得分

            →1
            →产出指标
            →数量指标
            →3
            →3

            →2
            →
            →质量指标
            →3
            →3

            →3
            →
            →时效指标
            →4
            →4


            """
        let document = try Pipeline(rules: Corpus.rules).run(
            bytes: Array(text.replacingOccurrences(of: "→", with: "\t").utf8), path: "shouxian.txt")
        // 指标分值 names the weights, and 部门整体支出绩效评价自评表 the form (neither did).
        let weights = document.figures.filter { $0.field == "weight" }
        #expect(weights.allSatisfy { $0.tableKind == "overall_self_evaluation" })
        #expect(weights.map(\.rowLabel) == ["数量指标", "质量指标", "时效指标"])
        #expect(weights.map(\.rowPath) == [["产出指标", "数量指标"], ["产出指标", "质量指标"], ["产出指标", "时效指标"]])
    }

    /// Tika DOM: a table whose last cell is empty, then a sentence led by one space
    /// (` 下一步将进一步加强预算绩效管理，…。`) ends the table; it was read as an indented paragraph
    /// of the empty cell, and the next table (固定资产使用情况表) ran on inside it without its
    /// first header row (`账面数`).
    @Test func aSentenceAfterAnEmptyLastCellEndsTheTable() throws {
        let figure = try Self.figure("gen_090024-dom.txt", line: 70, raw: "2025")
        #expect(figure?.field == "asset_quantity")
        #expect(figure?.rowLabel == "合计")
        #expect(figure?.columnLabel == "账面数数量")
    }

    /// Tika DOM: a `合计` row narrower than the rows above it, its last cell empty, two blank
    /// lines, then a sentence of the text (`绩效自评结果将在政府门户网站公开，接受社会监督。`), the next
    /// table's title and its rows (fresh seed 170142, lines 49–58): the sentence was read as a
    /// paragraph of the empty cell, so 固定资产使用情况表 ran on inside 重点项目完成情况表 and its
    /// first header row (`账面数`) was a body row: `原值`, not `账面数原值`.
    @Test func aSentenceAfterTwoBlankLinesEndsTheTable() throws {
        let planned = try Self.figure("gen_170142-dom.txt", line: 50, raw: "5543.73")
        #expect(planned?.rowLabel == "合计")
        let original = try Self.figure("gen_170142-dom.txt", line: 68, raw: "765.64")
        #expect(original?.table != planned?.table)
        #expect(original?.field == "asset_original_value")
        #expect(original?.rowLabel == "合计")
        #expect(original?.columnLabel == "账面数原值")
    }

    /// Tika DOM: `→6` `→6` ¶ blank ¶ `→` ¶ blank ¶ `→→→年度计划申报完成时间…`: the bare cell is
    /// the 9th of the row before (9 is the table's usual width), not the first of a 10-cell row
    /// that shifted 分值 under 自评得分.
    @Test func aBareCellEndsTheRowBeforeWhenThatMakesTheUsualWidth() throws {
        let figure = try Self.figure("gen_090115-dom.txt", line: 298, raw: "6")
        #expect(figure?.field == "weight")
        #expect(figure?.rowLabel == "年度计划申报完成时间")
        #expect(figure?.columnLabel == "分值")
    }

    /// Tika SAX: a `……` row (the items a form leaves out) is a row of its own; read as a
    /// 偏差原因 dash it pulled the `0.00` before it out of `2、商品和服务支出`, whose 预算数 then
    /// stood under 决算数.
    @Test func anEllipsisRowIsARowOfItsOwn() throws {
        let figure = try Self.figure("gen_090195-sax.txt", line: 109, raw: "１４９２．７０")
        #expect(figure?.field == "goods_services")
        #expect(figure?.columnLabel == "2024年预算数")
    }

    /// Tika DOM (施甸's 项目支出绩效自评表, a clerk's reading): a block's caption with its score
    /// (`年度绩效目标1 (80分)`) between the budget line and the indicator header was joined to the
    /// budget line as its sixth cell, the width of the indicator rows: the line lost its header,
    /// its 2.9 read as 万元, and `total_score` was violated (71.7 printed, 2.9 + 8.0 + … = 71.7).
    @Test func aWeightedCaptionLeadsTheBlockAfterIt() throws {
        let text = ShidianForm.budgetLine + """

            →年度绩效目标1 (80分)

            →一级指标
            →二级指标
            →三级指标
            →年初目标值(A)
            →实际完成值(B)
            →得分

            →产出指标
            →数量指标
            →扶持发展新型农业经营主体 (个)
            →15
            →6
            →8.0

            →总分
            →10.9


            """
        let document = try Pipeline(rules: Corpus.rules).run(
            bytes: Array(text.replacingOccurrences(of: "→", with: "\t").utf8), path: "shidian.txt")
        let score = document.figures.first { $0.raw == "2.9" }
        #expect(score?.field == "score")
        #expect(score?.unit == "分")
        #expect(score?.columnLabel == "得分 (20分*执行率)")
        #expect(document.figures.first { $0.raw == "650" }?.field == "budget")
        #expect(document.reconciled.checks.first { $0.rule == "total_score" }?.status == .ok)
    }

    /// Text copied from web pages ends a table with one blank line. 九亭's 2020 forms (a clerk's
    /// reading): the second form's title after the first form's last row ran on as that row's
    /// cell, the second form inside the first, and `project_funds_total` added one form's
    /// 年度资金总额 to the other's 其中 rows (violated, 160 expected). 重庆 2024's 三公 table: the page's
    /// `扫一扫在手机打开当前页` after the last amount took the 0.7 with it.
    @Test func aTitleOrAPagesTextAfterOneBlankEndsTheTable() throws {
        func form(_ name: String, _ amount: String) -> String {
            """
            财政项目支出绩效自评表

            →项目名称
            →\(name)

            →项目资金(万元)
            →全年预算数
            →全年执行数

            →年度资金总额
            →\(amount)
            →\(amount)

            →其中:当年财政拨款
            →\(amount)
            →\(amount)

            →其他资金
            →0.00
            →0.00


            """
        }
        let text = form("城镇建设管理", "120.00") + form("动迁安置", "40.00") + "\n"
        let document = try Pipeline(rules: Corpus.rules).run(
            bytes: Array(text.replacingOccurrences(of: "→", with: "\t").utf8), path: "jiuting.txt")
        let funds = document.reconciled.checks.filter { $0.rule == "project_funds_total" }
        #expect(!funds.isEmpty)
        #expect(funds.allSatisfy { $0.status == .ok }, "\(funds.map { ($0.id, $0.status) })")
        #expect(Set(document.figures.compactMap(\.table)) == [0, 1])
        let page = "2024年市级“三公”经费预算表\n\n单位:亿元\n\n→支出\n→预算数\n\n→合计\n→6.08\n\n→因公出国(境)费\n→0.66\n\n→公务接待费\n→0.7\n\n扫一扫在手机打开当前页\n"
        let threePublic = try Pipeline(rules: Corpus.rules).run(
            bytes: Array(page.replacingOccurrences(of: "→", with: "\t").utf8), path: "chongqing.txt")
        let reception = threePublic.figures.first { $0.rowLabel == "公务接待费" }
        #expect(reception?.raw == "0.7")
        #expect(reception?.columnLabel == "预算数")
    }

    /// Tika DOM: a 三公 table opens with its caption as a row of one cell
    /// (`2023年“三公”经费支出明细`), then a group header one cell short of the width (`项  目 |
    /// 2023年 | 执行率` over ` | 预算数 | 决算数 | `). Caption and header row add up to the usual
    /// width, so they were read as one row: 预算数 stood under `项  目`, 决算数 under `2023年`.
    /// Fresh seed 210049 (four columns) and 210054 (three: the year was lost).
    @Test func aCaptionRowNamingAListStandsAlone() throws {
        let budget = try Self.figure("gen_210049-dom.txt", line: 30, raw: "35.93")
        #expect(budget?.field == "budget")
        #expect(budget?.columnLabel == "2023年预算数")
        let spent = try Self.figure("gen_210049-dom.txt", line: 31, raw: "29.73")
        #expect(spent?.columnLabel == "2023年决算数")
        let rate = try Self.figure("gen_210049-dom.txt", line: 32, raw: "82.74%")
        #expect(rate?.columnLabel == "执行率")
        let narrower = try Self.figure("gen_210054-dom.txt", line: 77, raw: "27.8")
        #expect(narrower?.rowLabel == "合计")
        #expect(narrower?.columnLabel == "2023年预算数")
    }
    /// Tika DOM: a `合计` row ending in an empty cell, then the report's next section heading,
    /// after two blank lines (fresh seed 210013) or led by one space (210035): the heading and
    /// every paragraph after it up to the next table were read as paragraphs of the empty cell,
    /// so the section's prose figures were lost and the next table ran on inside this one.
    @Test func aSectionHeadingAfterAnEmptyLastCellEndsTheTable() throws {
        let planned = try Self.figure("gen_210013-dom.txt", line: 161, raw: "9695.7")
        #expect(planned?.rowLabel == "合计")
        #expect(planned?.columnLabel == "计划投资(万元)")
        let rate = try Self.figure("gen_210013-dom.txt", line: 168, raw: "88.60%")
        #expect(rate?.source == .prose)
        #expect(rate?.field == "execution_rate")
        let total = try Self.figure("gen_210035-dom.txt", line: 68, raw: "26647.77")
        #expect(total?.columnLabel == "计划投资(万元)")
        let score = try Self.figure("gen_210035-dom.txt", line: 74, raw: "99.23分")
        #expect(score?.source == .prose)
        #expect(score?.field == "total_score")
    }
    /// Tika DOM: ` | 上年结转资金 | 1111.16万元 | … | 不适用` (不适用 merged over three columns), then
    /// ` | 其他资金 | 1756.19万元 | …` cut by an empty paragraph: both runs open as body rows do, so
    /// they are two rows, though their widths add up to one the table's rows sometimes have (fresh
    /// seed 210090; 其他资金's figures were labelled 上年结转资金, without a column label).
    @Test func twoRunsThatEachOpenABodyRowAreTwoRows() throws {
        let carried = try Self.figure("gen_210090-dom.txt", line: 178, raw: "１１１１．１６万元")
        #expect(carried?.rowLabel == "上年结转资金")
        #expect(carried?.columnLabel == "年初预算数")
        let other = try Self.figure("gen_210090-dom.txt", line: 186, raw: "1756.19万元")
        #expect(other?.field == "other_funds")
        #expect(other?.rowLabel == "其他资金")
        #expect(other?.columnLabel == "年初预算数")
    }

    /// Tika SAX: a 序号 that is its cell's later paragraph (`→` ¶ `5` ¶ `→步梯增装电梯→1972→…`)
    /// stands alone in its run; it opens a row when the grammar ties the label-led run after it
    /// as the next cell (fresh seed 250021: rows 4 to 6 were one row of 15 cells, unlabelled). A
    /// lone `→13` tied to the next row by an empty paragraph only stays the 得分 of its row
    /// (250115).
    @Test func aSerialNumberInALaterParagraphOpensARow() throws {
        let planned = try Self.figure("gen_250021-sax.txt", line: 18, raw: "2060.94")
        #expect(planned?.rowLabel == "人居环境整治")
        #expect(planned?.columnLabel == "计划投资(万元)")
        let next = try Self.figure("gen_250021-sax.txt", line: 21, raw: "1972")
        #expect(next?.rowLabel == "步梯增装电梯")
        #expect(next?.columnLabel == "计划投资(万元)")
        let score = try Self.figure("gen_250115-sax.txt", line: 202, raw: "13")
        #expect(score?.field == "score")
        #expect(score?.rowLabel == "政策知晓率")
        #expect(score?.columnLabel == "得分")
    }

    /// Tika DOM: two indicator rows, each one cell wider than the table (a second paragraph of
    /// 偏差原因 led by a TAB) and each cut by an empty paragraph: a row far wider than any usual
    /// row costs the more the wider it is, so they are two rows, not one of 24 cells whose
    /// figures took 正向指标 as their row label (fresh seed 210134).
    @Test func aRowFarWiderThanUsualIsSeveralRows() throws {
        let target = try Self.figure("gen_210134-dom.txt", line: 349, raw: "４６")
        #expect(target?.field == "target")
        #expect(target?.rowLabel == "维修处数")
        #expect(target?.columnLabel == "指标值")
        let next = try Self.figure("gen_210134-dom.txt", line: 363, raw: "100")
        #expect(next?.rowLabel == "资金使用合规率")
        #expect(next?.columnLabel == "指标值")
    }

    /// Tika DOM: ` | | | 项目持续发挥效益年限 | 5年` ¶ blank ¶ `5年 | 9 | 9`: `5年` (a span of years,
    /// not a calendar year) is a value, so the run after the empty paragraph cannot open a row
    /// and the two halves are one (fresh seed 210164; its figures had no labels).
    @Test func aSpanOfYearsIsAValue() throws {
        let actual = try Self.figure("gen_210164-dom.txt", line: 372, raw: "5年")
        #expect(actual?.field == "actual")
        #expect(actual?.rowLabel == "项目持续发挥效益年限")
        #expect(actual?.columnLabel == "实际完成值")
        let score = try Self.figure("gen_210164-dom.txt", line: 375, raw: "9")
        #expect(score?.field == "score")
        #expect(score?.columnLabel == "得分")
    }

    /// Tika SAX: `→合计→10,240.38`, two blank lines (the table's end and an empty paragraph of
    /// the text), then `六、部门整体支出绩效情况` (seed 410038). The grammar reads two blank lines
    /// after a TAB line as an empty later paragraph, so the section was read as paragraphs of the
    /// 合计 cell up to the next table: the total and the section's prose figures were lost.
    @Test func aSAXSectionHeadingAfterAFigureEndsTheTable() throws {
        let total = try Self.figure("gen_410038-sax.txt", line: 25, raw: "10,240.38")
        #expect(total?.field == "expenditure_amount")
        #expect(total?.rowLabel == "合计")
        let rate = try Self.figure("gen_410038-sax.txt", line: 30, raw: "87.51%")
        #expect(rate?.source == .prose)
        #expect(rate?.field == "execution_rate")
    }

    /// Tika SAX: the same after `→公务接待费→6.9→6.6` with a sentence of the text
    /// (`对照年初绩效目标，…。`, seed 410071): the 决算数 was lost and the next table
    /// (重点工作任务完成情况表) read on inside the 三公 table.
    @Test func aSAXSentenceAfterAFigureEndsTheTable() throws {
        let spent = try Self.figure("gen_410071-sax.txt", line: 70, raw: "6.6")
        #expect(spent?.field == "reception")
        #expect(spent?.columnLabel == "2023年决算数")
        let done = try Self.figure("gen_410071-sax.txt", line: 76, raw: "17户")
        #expect(done?.rowLabel == "入户走访")
        #expect(done?.columnLabel == "完成情况")
        #expect(done?.table != spent?.table)
    }

    /// Tika SAX: `→市级预算部门（单位）名称→` ¶ `赫山区民政局`, one blank line, then the budget
    /// block's header (seed 370140). A later paragraph and one blank line end a row, but joining
    /// there cost 1 where a first paragraph's line end costs 1.5, so the name row (2 cells) and
    /// the header (8) were joined into the indicator rows' width (10), and the block's figures
    /// lost their column labels.
    @Test func aLaterParagraphAndABlankLineEndTheRow() throws {
        let planned = try Self.figure("gen_370140-sax.txt", line: 119, raw: "3136.1")
        #expect(planned?.field == "total_funds")
        #expect(planned?.columnLabel == "年初预算数")
        let score = try Self.figure("gen_370140-sax.txt", line: 125, raw: "9.78")
        #expect(score?.field == "score")
        #expect(score?.columnLabel == "得分")
    }

    /// Tika DOM: `市级预算部门（单位）名称 | 安化县林业局`, a blank line, then the budget block's header
    /// (`年度预算申请（万元）| | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分`, seed
    /// 410225). Two rows of labels cost 2 to join, as much as the name row's odd width (2) and the
    /// header's (8) cost apart, and joined they made the indicator rows' width (10): the tie went
    /// to one row, and the block's figures lost their column labels. A run naming three columns
    /// after a form's name row (at most four cells, naming at most one column) opens the header.
    @Test func aHeaderAfterAFormsNameRowIsARowOfItsOwn() throws {
        let planned = try Self.figure("gen_410225-dom.txt", line: 218, raw: "122.93")
        #expect(planned?.field == "total_funds")
        #expect(planned?.columnLabel == "年初预算数")
        let adjusted = try Self.figure("gen_410225-dom.txt", line: 219, raw: "120.47万元")
        #expect(adjusted?.columnLabel == "全年预算数")
    }

    /// Tika SAX: the 楼堂馆所控制情况 block of a 基础数据表 is 7 cells wide where the table's rows
    /// are 4; empty paragraphs break its header into pieces the grammar ties and its value row
    /// into pieces only the first of which can open a row (seeds 410031 and 490029). The header
    /// was read as rows of 3 and 4 (or not at all) and its figures under the wrong columns or none.
    @Test func aWideBlockBrokenByEmptyParagraphsIsOneRow() throws {
        let area = try Self.figure("gen_410031-sax.txt", line: 126, raw: "2806")
        #expect(area?.field == "approved_area")
        #expect(area?.rowLabel == "楼堂馆所控制情况(2021年完工项目)")
        #expect(area?.columnLabel == "批复规模(㎡)")
        let rate = try Self.figure("gen_410031-sax.txt", line: 127, raw: "89.00%")
        #expect(rate?.field == "investment_control_rate")
        let approved = try Self.figure("gen_490029-sax.txt", line: 103, raw: "3262")
        #expect(approved?.field == "approved_area")
        #expect(approved?.columnLabel == "批复规模(㎡)")
        let control = try Self.figure("gen_490029-sax.txt", line: 107, raw: "100.00%")
        #expect(control?.field == "investment_control_rate")
        #expect(control?.columnLabel == "投资概算控制率")
    }

    /// Tika SAX: a table of 5 columns whose header and second row are each broken in two
    /// (`→采购项目→预算金额→实际采购金额→` ¶ ¶ `节约资金` ¶ `→节约率`; seed 490173): no width
    /// repeated, its two body rows were read as one of 10 and the header as a body row.
    @Test func aHeaderBrokenInPiecesGivesTheRowsTheirWidth() throws {
        let budget = try Self.figure("gen_490173-sax.txt", line: 25, raw: "289.94")
        #expect(budget?.rowLabel == "物业服务")
        #expect(budget?.columnLabel == "预算金额")
        let rate = try Self.figure("gen_490173-sax.txt", line: 28, raw: "9.0%")
        #expect(rate?.rowLabel == "物业服务")
        #expect(rate?.columnLabel == "节约率")
    }

    /// Tika SAX: a 偏差原因 cell's third paragraph typed after a tab stop comes one blank line
    /// under its second (`部分资金未及时拨付…` ¶ ¶ `→下一步将加强跟踪问效。`, seed 490081). It was
    /// read as a one-cell row that the total row under it then joined: `合计得分`'s figures went
    /// under the sentence as their row label.
    @Test func aTabLedParagraphAfterALaterParagraphStaysInItsCell() throws {
        let weight = try Self.figure("gen_490081-sax.txt", line: 203, raw: "100")
        #expect(weight?.rowLabel == "合计得分")
        #expect(weight?.columnLabel == "分值")
        let total = try Self.figure("gen_490081-sax.txt", line: 205, raw: "97.25")
        #expect(total?.field == "total_score")
        #expect(total?.rowLabel == "合计得分")
    }

    /// Tika SAX: an empty paragraph ends the 三级指标 cell (`受益群众` ¶ `→≥→1800→人→1918人`,
    /// seed 530009), and the run after it starts with the comparison: taken for a row's start,
    /// it cut the indicator row in two, its figures under no column. A comparison stands before
    /// its value and opens no row.
    @Test func aComparisonOpensNoRow() throws {
        let target = try Self.figure("gen_530009-sax.txt", line: 188, raw: "1800")
        #expect(target?.field == "target")
        #expect(target?.rowLabel == "受益群众")
        #expect(target?.columnLabel == "指标值")
        let weight = try Self.figure("gen_530009-sax.txt", line: 189, raw: "5")
        #expect(weight?.columnLabel == "权重")
    }

    /// A funds row whose last amount ends in an empty paragraph (`→942.47` ¶ blank ¶ `→` `→　　`
    /// `→`: Tika DOM, seed 130209; SAX, seed 50121): the blank 分值, 执行率 and 得分 after it were
    /// priced as the next block's header, so the row stayed cut, the block read without its
    /// header and its amounts under no column.
    @Test func blankCellsAfterAnAmountEndItsRow() throws {
        let planned = try Self.figure("gen_130209-dom.txt", line: 485, raw: "1047.19")
        #expect(planned?.field == "current_appropriation")
        #expect(planned?.columnLabel == "年初预算数")
        let sax = try Self.figure("gen_050121-sax.txt", line: 161, raw: "697.02")
        #expect(sax?.columnLabel == "全年预算数")
    }

    /// Tika SAX: an indicator row's empty last cell on a line of its own after its 得分 (`→5→5` ¶
    /// `→` ¶ `→→→数量指标…`, an empty paragraph Tika ended without starting; seed 90109). As a row
    /// of its own the bare cell cost less than joining it, so the header's last cell (偏差原因…)
    /// went onto the first body row instead, and every indicator figure of the table lost its
    /// column. One empty cell is no row.
    @Test func aBareEmptyCellIsNoRowOfItsOwn() throws {
        let target = try Self.figure("gen_090109-sax.txt", line: 109, raw: "≥7.99万平方米")
        #expect(target?.field == "target")
        #expect(target?.rowLabel == "新增绿化面积")
        #expect(target?.columnLabel == "年度指标值")
        let weight = try Self.figure("gen_090109-sax.txt", line: 111, raw: "6")
        #expect(weight?.columnLabel == "分值")
    }

    /// Tika SAX: a 固定资产 row whose label, numbered as a heading is (`（二）通用设备（个、台、辆等）`),
    /// follows its empty first paragraph two blank lines down, the row resuming on the next line
    /// with its figures (`→361→147.29`; seed 170208). Taken for a section heading after the
    /// table, it ended the table: the rest of it read as a table without a header.
    @Test func aRowLabelNumberedAsAHeadingKeepsTheTableGoing() throws {
        let quantity = try Self.figure("gen_170208-sax.txt", line: 70, raw: "361")
        #expect(quantity?.field == "asset_quantity")
        #expect(quantity?.rowLabel == "(二)通用设备(个、台、辆等)")
        #expect(quantity?.columnLabel == "账面数数量")
        let cars = try Self.figure("gen_170208-sax.txt", line: 73, raw: "180")
        #expect(cars?.columnLabel == "账面数数量")
    }

    /// Tika SAX: an indicator table's header broken where its cells' later paragraphs end
    /// (`→一级指标→二级指标→三级指标→` ¶ `年度指标值` ¶ `→` ¶ `实际完成值` ¶ `→` ¶ ¶ `分值` ¶
    /// `→得分`; seed 610007). The whole row is 7 cells, a width no body row has (年度指标值 spans
    /// 运算符, 指标值 and 度量单位), while its pieces of 4 and 3 matched other blocks' widths: read
    /// as two header rows, the sub-header row (`→→→→运算符→指标值→度量单位`) became a body row and
    /// the indicator figures lost their columns.
    @Test func aHeaderBrokenAfterLaterParagraphsIsOneRow() throws {
        let target = try Self.figure("gen_610007-sax.txt", line: 161, raw: "17")
        #expect(target?.field == "target")
        #expect(target?.columnLabel == "年度指标值")
        let weight = try Self.figure("gen_610007-sax.txt", line: 161, raw: "4")
        #expect(weight?.field == "weight")
        let score = try Self.figure("gen_610007-sax.txt", line: 163, raw: "4")
        #expect(score?.field == "score")
        #expect(score?.rowLabel == "开展宣传活动")
    }

    /// The same in a 基础数据表 (seed 650194): `→财政供养人员情况` ¶ `（人）` ¶ `→编制数→2022年实际在职
    /// 人数→控制率` is one header row of 4, as the staff row under it is; its pieces of 1 and 3
    /// were kept apart and the staff figures lost their row label.
    @Test func aHeaderRowsLabelCellWithALaterParagraphStaysOnItsRow() throws {
        let quota = try Self.figure("gen_650194-sax.txt", line: 68, raw: "１８")
        #expect(quota?.field == "staff_quota")
        #expect(quota?.rowLabel == "财政供养人员情况(人)")
        #expect(quota?.columnLabel == "编制数")
    }

    /// Tika SAX: a 支出明细表's section row (`→` ¶ ¶ ¶ `一、项目支出`: a cell's later paragraph)
    /// is followed by a blank line, the row's end, then the items (`→1→品质小区改造→` ¶ `40.23`;
    /// seed 650127). Taken for a section heading after the table, it ended the table: the items
    /// read as a new table without a header, their amounts unlabelled.
    @Test func aSectionRowBeforeNumberedItemsKeepsTheTableGoing() throws {
        let amount = try Self.figure("gen_650127-sax.txt", line: 31, raw: "40.23")
        #expect(amount?.field == "expenditure_amount")
        #expect(amount?.rowLabel == "品质小区改造")
        #expect(amount?.columnLabel == "支出金额")
    }

    /// The same for a 固定资产 row label numbered as a heading whose row resumes with placeholders
    /// (`（四）文物和陈列品（个、件等）` ¶ `→—→—→—→—`; seed 650072): no table starts with a dash.
    @Test func aRowLabelNumberedAsAHeadingBeforePlaceholdersKeepsTheTableGoing() throws {
        let quantity = try Self.figure("gen_650072-sax.txt", line: 119, raw: "189")
        #expect(quantity?.field == "asset_quantity")
        #expect(quantity?.rowLabel == "(五)无形资产")
        #expect(quantity?.columnLabel == "账面数数量")
    }

    /// Tika DOM: two funds rows of 6 (不适用 merged over 分值, 执行率 and 得分), each broken by its
    /// amount's empty paragraph (`→ →上年结转资金 →106.15万元` ¶ ¶ `→148.61万元 →138.95 →不适用` ¶ ¶
    /// `→ →其他资金：→4009.84万元 …`; seed 610178): as one row of 12 they cost less than apart,
    /// though each opens as a body row does, and 其他资金's amounts went to 上年结转资金.
    @Test func twoRowsOpeningAsBodyRowsStayTwoWithRunsBetween() throws {
        let carryover = try Self.figure("gen_610178-dom.txt", line: 812, raw: "106.15万元")
        #expect(carryover?.field == "carryover")
        #expect(carryover?.columnLabel == "年初预算数")
        let other = try Self.figure("gen_610178-dom.txt", line: 820, raw: "4009.84万元")
        #expect(other?.field == "other_funds")
        #expect(other?.rowLabel == "其他资金:")
        #expect(other?.columnLabel == "年初预算数")
    }

    /// Tika SAX: a mistyped percentage (`100.00%5`, a stray digit after the sign) after an
    /// amount's later paragraph (`→1→步梯增装电梯→2380..8` ¶ `→2380.8` ¶ `→100.00%5`; seed 650000)
    /// is no value to the layout test, so it opened a row of its own and the item's row lost
    /// its header: a number and a percent sign open no row, whatever follows.
    @Test func aMistypedPercentageOpensNoRow() throws {
        let spent = try Self.figure("gen_650000-sax.txt", line: 30, raw: "2380.8")
        #expect(spent?.field == "expenditure_amount")
        #expect(spent?.rowLabel == "步梯增装电梯")
        #expect(spent?.columnLabel == "支出数")
        let rate = try Self.figure("gen_650000-sax.txt", line: 31, raw: "100.00%5")
        #expect(rate?.columnLabel == "执行率")
    }

    @Test(arguments: [("99%2", false), ("100.00%5", false), (" 8‰3", false), ("2021年老旧小区改造", true), ("5G基站建设", true)])
    func whatOpensARow(first: String, opens: Bool) {
        let run = RowDraft(cells: [CellDraft(text: first, raw: first, line: 1), CellDraft(text: "10", raw: "10", line: 1)])
        #expect(RowJoiner.canOpenRow(run) == opens)
    }

    /// Tika SAX, the same again with the row's first figure in its cell's second paragraph, the
    /// first one a bookmark Word left empty (`（五）无形资产` ¶ `→[bookmark: _Hlk128658461]` ¶ `180`;
    /// seed 210072).
    @Test func aRowLabelNumberedAsAHeadingBeforeAnEmptyParagraphKeepsTheTableGoing() throws {
        let quantity = try Self.figure("gen_210072-sax.txt", line: 50, raw: "180")
        #expect(quantity?.field == "asset_quantity")
        #expect(quantity?.rowLabel == "(五)无形资产")
        #expect(quantity?.columnLabel == "账面数数量")
    }

    /// Tika DOM: a funds row whose last amount ends in an empty paragraph, its blank 分值 and 执行率
    /// and its `——` 得分 then a run of 3 after a run of 5 (`→4385.75万元` ¶ ¶ `→` `→` `→——`; seed
    /// 530002). Both widths occur elsewhere in the table (goals rows of 3, an indicator row broken
    /// the same way), so apart they cost less than the 8 of the funds rows, and the funds block
    /// lost its header. Blanks and placeholders after values now join at no price.
    @Test func blankCellsAfterAnAmountJoinTheirRowWhateverTheWidths() throws {
        let current = try Self.figure("gen_530002-dom.txt", line: 413, raw: "3327.73万元")
        #expect(current?.field == "current_appropriation")
        #expect(current?.columnLabel == "年初预算数")
        let carryover = try Self.figure("gen_530002-dom.txt", line: 423, raw: "316.01万元")
        #expect(carryover?.columnLabel == "年初预算数")
    }

    /// Tika SAX: a header broken over later paragraphs (`→经费控制情况(万元)→` ¶ ¶ `2023年` ¶ ¶
    /// `决算数` ¶ `→2024年` ¶ `预算数` …) and the first row under it (`→` ¶ ¶ `支出总额` ¶
    /// `→552.57→1,393.98→4,061.54`), every piece tied to the next and the two together a width the
    /// table has (seed 690113): read as one body row, the staff header above named the amounts
    /// under it, 10 of them graded high. A row holding pieces that name three columns and a piece
    /// of values is a header and a row; the SAX joiner reads the header words for it too.
    @Test func aHeaderBrokenOverParagraphsStaysApartFromItsFirstRow() throws {
        let total = try Self.figure("gen_690113-sax.txt", line: 60, raw: "552.57")
        #expect(total?.field == "total_expenditure")
        #expect(total?.columnLabel == "2023年决算数")
        let project = try Self.figure("gen_690113-sax.txt", line: 67, raw: "521.29")
        #expect(project?.field == "project_expenditure")
        #expect(project?.rowLabel == "项目支出:")
    }

    /// Tika SAX: an ellipsis row typed with full stops, in its first cell's second paragraph
    /// (`→` ¶ ¶ `......` ¶ `→→→`; seed 690025, made after this stop's fixes and scored before
    /// it was read): a one-cell run of a placeholder opens no row unless it is an ellipsis, and
    /// only `…` was one, so it joined the 运行维护经费 row above and that row lost its columns.
    @Test func anEllipsisOfFullStopsIsARowOfItsOwn() throws {
        let funds = try Self.figure("gen_690025-sax.txt", line: 60, raw: "208.11")
        #expect(funds?.field == "operation_funds")
        #expect(funds?.columnLabel == "2021年决算数")
    }

    /// Tika SAX: two 政府采购 rows with an empty paragraph between them, the second broken over
    /// its cells' later paragraphs (`→信息化设备→457.2→457.2→0.0→0.0%` ¶ ¶ `→印刷服务→` ¶ ¶ `149.6`
    /// ¶ `→121.2→28.4→` ¶ ¶ `19.00%`; seed 090106): read as one row of 10, the second item's
    /// figures under no column. Two runs that each open as an item row (a label, then a value)
    /// are two rows.
    @Test func twoRunsOpeningAsItemRowsAreTwoRows() throws {
        let budget = try Self.figure("gen_090106-sax.txt", line: 30, raw: "149.6")
        #expect(budget?.rowLabel == "印刷服务")
        #expect(budget?.columnLabel == "预算金额")
        let saved = try Self.figure("gen_090106-sax.txt", line: 31, raw: "28.4")
        #expect(saved?.columnLabel == "节约资金")
    }

    /// Tika DOM: indicator rows whose 得分 ends in an empty paragraph, their empty last cell then
    /// alone between blank lines (`→　7` ¶ `→7` ¶ blank ¶ `→` ¶ blank ¶ `→` ¶ `→质量指标…`; seed
    /// 730185). Both readings make rows of a width the table has (10 + 1 and 1 + 10); the form's
    /// most common rows are its 3-cell budget lines, so nothing settled the tie and the lone cell
    /// opened the next row, its 分值 then read as 得分 (high). The rows nearby (11 cells) settle it.
    @Test func anEmptyLastCellAfterAnEmptyParagraphEndsItsRowWhereTheRowsNearbySaySo() throws {
        let target = try Self.figure("gen_730185-dom.txt", line: 361, raw: "95")
        #expect(target?.rowLabel == "数据录入准确率")
        #expect(target?.columnLabel == "指标值")
        let weight = try Self.figure("gen_730185-dom.txt", line: 364, raw: "7")
        #expect(weight?.field == "weight")
        #expect(weight?.columnLabel == "分值")
        let score = try Self.figure("gen_730185-dom.txt", line: 365, raw: "7")
        #expect(score?.field == "score")
        let next = try Self.figure("gen_730185-dom.txt", line: 376, raw: "0.8")
        #expect(next?.rowLabel == "软件系统故障率")
        #expect(next?.columnLabel == "实际完成值")
    }

    /// Tika DOM: a 合计 row's 完成率 blanked with a full-width space, alone after a blank line
    /// (`→合计` `→18008.41` `→16995.06` ¶ blank ¶ `→　`; seed 770015): an empty cell alone is no
    /// row, and neither is a cell of spaces. Left apart, the row's three cells sat one column to
    /// the right (the 计划投资 under 完成投资).
    @Test func aCellOfSpacesAloneIsNoRow() throws {
        let planned = try Self.figure("gen_770015-dom.txt", line: 108, raw: "18008.41")
        #expect(planned?.rowLabel == "合计")
        #expect(planned?.columnLabel == "计划投资(万元)")
        let done = try Self.figure("gen_770015-dom.txt", line: 109, raw: "16995.06")
        #expect(done?.columnLabel == "完成投资(万元)")
    }

    /// Tika DOM: an indicator row's 分值 ends in an empty paragraph, then its 得分 and 偏差原因
    /// (`→10` ¶ blank ¶ `→9` ¶ `→个别项目验收延迟，已督促整改`; seed 770095): a small number before a
    /// label opens a row as its 序号, and the remark counted as a label, so the two cells stood as
    /// a row with no header. A 序号 is followed by a name, never by a sentence.
    @Test func aNumberBeforeARemarkOpensNoRow() throws {
        let score = try Self.figure("gen_770095-dom.txt", line: 521, raw: "9")
        #expect(score?.field == "score")
        #expect(score?.rowLabel == "维护小区绿化环境")
        let run = RowDraft(cells: [CellDraft(text: "27", raw: "27", line: 1), CellDraft(text: "完成率81%，未达到年度目标", raw: "", line: 1)])
        #expect(!RowJoiner.canOpenRow(run))
    }

    /// Tika SAX: a funds row broken after its second amount (`→→年度资金总额→2298.42万元→2413.34万元`
    /// ¶ `→2413.34万元→10→100%→10`; seed 810176). Joined or apart the rows cost the same, 6.6; summed
    /// in binary the joined reading came to 6.6000000000000005, so the tie rule (the longer last
    /// row wins) never ran.
    @Test func costsEqualWithinRoundingAreATie() throws {
        let initial = try Self.figure("gen_810176-sax.txt", line: 38, raw: "2298.42万元")
        #expect(initial?.columnLabel == "年初预算数")
        let spent = try Self.figure("gen_810176-sax.txt", line: 39, raw: "2413.34万元")
        #expect(spent?.rowLabel == "年度资金总额")
        #expect(spent?.columnLabel == "全年执行数")
    }

    /// The width most repeated near a run, the wider on a tie, the window sliding run by run.
    @Test func nearbyWidthsFollowTheRunsAroundEachRun() {
        let widths = [3, 3, 3, 3, 11, 11, 1, 11, 11, 11]
        var nearby = NearbyWidths(typical: [3, 11], runCount: widths.count, reach: 2) { widths[$0] }
        let usual = widths.indices.map { nearby.usual(at: $0) }
        #expect(usual == [3, 3, 3, 3, 11, 11, 11, 11, 11, 11])
    }

    /// Headings numbered in Chinese numerals are the report's outline; items numbered in digits,
    /// and labels that merely hold a numeral, are not.
    @Test func sectionHeadingsAreNumberedInChineseNumerals() {
        for heading in ["三、绩效目标完成情况", " 十二、其他", "（二）项目支出情况", "(四)存在的问题"] {
            #expect(CellText.isSectionHeading(heading), "\(heading)")
        }
        for text in ["1、供热补贴", "一般公共预算", "十分满意", "(1)公务用车购置费", "（一百）", "三公经费", "一二三四、"] {
            #expect(!CellText.isSectionHeading(text), "\(text)")
        }
    }
}

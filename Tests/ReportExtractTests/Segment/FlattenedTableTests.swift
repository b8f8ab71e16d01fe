import Testing

@testable import ReportExtract

/// Tables run together on one line, cells parted by single spaces and empty cells gone, as web
/// pages show a `.doc` and as `Tools/formgen/render_web.py`'s `web-flat` rendering prints the
/// generated forms. Every figure stays low (`layout:flattened`); the labels are the reader's
/// best guess, pinned here on the shapes the generated set showed.
@Suite struct FlattenedTableTests {
    private func tableFigures(_ text: String) throws -> [Figure] {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "flat.txt")
        #expect(document.segmented.tables.allSatisfy { $0.layout == .flattened })
        let figures = document.figures.filter { $0.table != nil }
        #expect(figures.allSatisfy { $0.confidence == .low && $0.reasons.contains("layout:flattened") })
        return figures
    }

    private func labels(_ figures: [Figure]) -> [String] {
        figures.map { "\($0.rowLabel ?? "-")|\($0.columnLabel ?? "-")|\($0.raw)" }
    }

    /// A project form as a real county page shows it: the form's cells with sentences among them
    /// (the goals), the budget rows narrower than their header where cells were empty.
    @Test func aProjectFormWithSentencesInItsCells() throws {
        let figures = try tableFigures(
            "附件: 项目支出绩效自评表 (2022年度) 项目名称 委托业务项目 主管部门 池州市贵池区棠溪镇人民政府 "
                + "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 90 90 89.97 10 99.97% 10 "
                + "其中:本年财政拨款 90 90 89.97 年度总体目标 预期目标 实际完成情况 本项目共申请预算资金90万元，用于预算编制、审计。"
                + " 本项目共完成预算资金89.97万元。\n")
        #expect(labels(figures).prefix(9) == [
            "年度资金总额:|年初预算数|90", "年度资金总额:|全年预算数|90", "年度资金总额:|全年执行数|89.97",
            "年度资金总额:|分值|10", "年度资金总额:|执行率|99.97%", "年度资金总额:|得分|10",
            "其中:本年财政拨款|年初预算数|90", "其中:本年财政拨款|全年预算数|90", "其中:本年财政拨款|全年执行数|89.97",
        ])
    }

    /// Report 1000's project form (`web-flat`, line 44): the budget rows, the goals, then the
    /// indicators, whose last column 未完成原因分析 is the generated forms' name for
    /// 偏差原因分析及改进措施. Known as a header word and a text column, it ends the header
    /// (before, the first indicator's numbers stood under no column, named `正向指标`).
    @Test func anIndicatorTableEndingInNotStartedReasons() throws {
        let figures = try tableFigures(
            "项目资金(万元) 年初 全年 全年 分值 执行率 自评得分 预算数 预算数 执行数 其中：本年财政拨款 450.7 419..2 394.9 —— —— —— "
                + "上年结转资金 2,096.6 1,949.9 1,836.8 —— 其他资金： 2,197.3 2,043.5 1,925.0 —— "
                + "年度资金总额 4,744.6 4,412.5 4,156.6 10 94.2% 9.42分 年度总体目标 预期目标 实际完成情况 "
                + "1.完成补贴发放2862户，资金支出4412.51万元，群众满意度达到95%以上。2.加强资金管理，确保专款专用。 "
                + "实际完成1697户，资金支出4156.58万元，满意度96%。 "
                + "一级指标 二级指标 三级指标 指标性质 指标方向 指标值 计量单位 实际完成值 分值 自评得分 未完成原因分析 "
                + "产出指标（50分） 数量指标 高标准农田建设面积 正向指标 ＝ 6.56 万亩 6.43万亩 5分 4.5 完成率89%，未达到年度目标 "
                + "受益群众 正向指标 ≥ 4600 人 4617 5 5\n")
        let indicators = labels(figures).filter { $0.hasPrefix("高标准农田建设面积|") }
        #expect(indicators == [
            "高标准农田建设面积|指标值|6.56", "高标准农田建设面积|实际完成值|6.43万亩",
            "高标准农田建设面积|分值|5分", "高标准农田建设面积|自评得分|4.5",
        ])
    }

    /// `2024年` over `预算数 决算数`, `执行率` merged down beside it; `项  目` spaced out to fill its cell.
    @Test func aYearOverTheColumnsOfTheSecondHeaderRow() throws {
        let figures = try tableFigures(
            "项  目 2024年 执行率 预算数 决算数 “三公”经费合计 29.62 24.68 83.32% 因公出国（境）费 4.32 3.46 80.09%\n")
        #expect(labels(figures) == [
            "“三公”经费合计|2024年预算数|29.62", "“三公”经费合计|2024年决算数|24.68", "“三公”经费合计|执行率|83.32%",
            "因公出国(境)费|2024年预算数|4.32", "因公出国(境)费|2024年决算数|3.46", "因公出国(境)费|执行率|80.09%",
        ])
    }

    /// Word's split header cells: `年初 全年 全年` in the first row, `预算数 预算数 执行数` below.
    @Test func splitHeaderCellsStacked() throws {
        let figures = try tableFigures(
            "预算部门 芦淞区民政局 年度预算申请（万元） 年初 全年 全年 分值 执行率 得分 预算数 预算数 执行数 "
                + "年度资金总额： 4613.0万元 6043.0万元 5716.7万元 10 95% 9.5\n")
        #expect(labels(figures).prefix(3) == [
            "年度资金总额:|年初预算数|4613.0万元", "年度资金总额:|全年预算数|6043.0万元", "年度资金总额:|全年执行数|5716.7万元",
        ])
    }

    /// A 序号 printed before each row's label belongs to that row, not to the numbers before it.
    @Test func aRowNumberStartsItsRow() throws {
        let figures = try tableFigures(
            "2021年度部门支出预算安排情况 序号 科目名称 预算数 支出数 执行率 1 老旧小区改造 961.7 866.4 90.1% "
                + "2 垃圾转运站运行 2998.3 2418.0 80.65% 合计 3960.0 3284.4 82.94%\n")
        let amounts = figures.filter { $0.raw.contains(".") }
        #expect(labels(amounts) == [
            "老旧小区改造|预算数|961.7", "老旧小区改造|支出数|866.4", "老旧小区改造|执行率|90.1%",
            "垃圾转运站运行|预算数|2998.3", "垃圾转运站运行|支出数|2418.0", "垃圾转运站运行|执行率|80.65%",
            "合计|预算数|3960.0", "合计|支出数|3284.4", "合计|执行率|82.94%",
        ])
    }

    /// A second block's header in the middle of the line (`经费控制情况（万元） 2023年 预算数 决算数`).
    @Test func aHeaderInTheMiddleOfTheLine() throws {
        let figures = try tableFigures(
            "财政供养人员情况(人) 编制数 2023年实际在职人数 控制率 24 23 95.83% 经费控制情况（万元） 2023年 预算数 决算数 "
                + "“三公”经费 18.1 7.0 其中:公车购置 0.0 0.0\n")
        #expect(labels(figures).suffix(4) == [
            "“三公”经费|2023年预算数|18.1", "“三公”经费|2023年决算数|7.0",
            "其中:公车购置|2023年预算数|0.0", "其中:公车购置|2023年决算数|0.0",
        ])
    }

    /// Indicator rows lose their merged 一级/二级指标 cells and their empty last cells: numbers go
    /// under the columns that hold numbers, labels under the label columns.
    @Test func indicatorRowsLaidOutByKind() throws {
        let figures = try tableFigures(
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
                + "产出指标 数量指标 检查次数 ≥50次 52 8 8 质量指标 合格率 ≥95% 96% 8 7 时效指标 完成及时率 100% 100% 4 4\n")
        let scores = figures.filter { $0.columnLabel == "分值" || $0.columnLabel == "得分" }.map { "\($0.rowLabel ?? "-")|\($0.raw)" }
        #expect(scores == ["检查次数|8", "检查次数|8", "合格率|8", "合格率|7", "完成及时率|4", "完成及时率|4"])
    }

    /// The indicator block's second header row (`运算符 指标值 计量单位` under `年度指标值`) run on
    /// after the first, a header cell in three paragraphs (`偏差原因 分析及 改进措施`), and the
    /// 指标性质 column holding `正向指标`, not a name: each row's name is its 三级指标.
    @Test func aGroupOfSubColumnsAndAnIndicatorsNature() throws {
        let figures = try tableFigures(
            "一级指标 二级指标 三级指标 指标性质 年度指标值 全年实际值 分值 得分 偏差原因 分析及 改进措施 运算符 指标值 计量单位 "
                + "产出指标 数量指标 消防安全检查 正向指标 ≥ 1481 次 1444次 6 5.5 部分资金未及时拨付，将加强资金调度 "
                + "维修小区数 正向指标 ≈ 38 个 38 4 4 无\n")
        #expect(labels(figures) == [
            "消防安全检查|年度指标值|1481", "消防安全检查|全年实际值|1444次", "消防安全检查|分值|6", "消防安全检查|得分|5.5",
            "维修小区数|年度指标值|38", "维修小区数|全年实际值|38", "维修小区数|分值|4", "维修小区数|得分|4",
        ])
    }

    /// A qualitative indicator's values are words (`/` for its target, `效果明显` done): the word
    /// after the placeholder goes on with its row, whose numbers follow; a total row's name stays
    /// under the names however few its cells.
    @Test func wordValuesStayInTheirRowAndTotalsUnderTheNames() throws {
        let figures = try tableFigures(
            "一级指标 二级指标 三级指标 指标性质 年度指标值 实际完成值 分值 得分 "
                + "产出指标 数量指标 受益群众 正向指标 1600人 1700人 3 3 "
                + "长效管护机制 定性指标 / 效果明显 5 4.5 总分 100 95.5\n")
        #expect(labels(figures).filter { !$0.hasPrefix("受益群众") } == [
            "长效管护机制|分值|5", "长效管护机制|得分|4.5", "总分|分值|100", "总分|得分|95.5",
        ])
    }

    /// Under a side label merged down the block (`绩效指标`) no row prints anything; a row's
    /// target and result in words (`逐步完善`, `效果明显`) take the value columns, not the names.
    @Test func aSideLabelColumnAndValuesInWords() throws {
        let figures = try tableFigures(
            "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 自评得分 "
                + "产出指标(50分) 数量指标 受益群众 7300余人 6962人 10 9.5 "
                + "产出指标(50分) 时效指标 年度计划申报完成时间 逐步完善 效果明显 10 10\n")
        #expect(labels(figures) == [
            "受益群众|年度指标值|7300余人", "受益群众|实际完成值|6962人", "受益群众|分值|10", "受益群众|自评得分|9.5",
            "年度计划申报完成时间|分值|10", "年度计划申报完成时间|自评得分|10",
        ])
    }

    /// A qualitative indicator's target and result in the rules' value words (`按时完成` twice) go
    /// under the value columns, not the names, even where the row's names leave columns free.
    @Test func valueWordsGoUnderTheValues() throws {
        let figures = try tableFigures(
            "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
                + "产出指标 数量指标 受益群众 7300余人 6962人 10 9.5 无 "
                + "时效指标 年度计划申报完成时间 按时完成 按时完成 5 5 —\n")
        #expect(labels(figures).suffix(2) == ["年度计划申报完成时间|分值|5", "年度计划申报完成时间|得分|5"])
    }

    /// A `.doc` shown as text prints its properties first, numbers among them: the table starts at
    /// the first run of labels that holds its header, not at the line's first value.
    @Test func propertiesBeforeTheTable() throws {
        let figures = try tableFigures(
            "张三 zlnb210061 1 2019-05-22T04:56:35Z 15.00 9300 22370 0 0 False 附件: 项目支出绩效自评表 (2022年度) "
                + "项目名称 委托业务项目 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
                + "年度资金总额: 90 90 89.97 10 99.97% 10 其中:本年财政拨款 90 89.974 89.974\n")
        #expect(labels(figures).prefix(4) == [
            "年度资金总额:|年初预算数|90", "年度资金总额:|全年预算数|90", "年度资金总额:|全年执行数|89.97", "年度资金总额:|分值|10",
        ])
        #expect(!figures.contains { $0.raw == "15.00" || $0.raw == "9300" })
    }

    /// A table's title right before it says a header follows, whatever its words (no rule knows
    /// `工作任务` or `计划目标`).
    @Test func aTitleBeforeAHeaderOfUnknownWords() throws {
        let figures = try tableFigures(
            "2024年度重点工作任务完成情况表 工作任务 计划目标 完成情况 完成率 宣传活动 ≥1018场次 ≥1103场次 108.35% "
                + "开展培训 852人次 981人次 115%\n")
        #expect(labels(figures) == [
            "宣传活动|计划目标|≥1018场次", "宣传活动|完成情况|≥1103场次", "宣传活动|完成率|108.35%",
            "开展培训|计划目标|852人次", "开展培训|完成情况|981人次", "开展培训|完成率|115%",
        ])
    }

    /// A value with its qualifier in words (`不低于279万元`, `1600余人`) is a value, not a name.
    @Test func qualifiedValuesAreValues() {
        #expect(FlattenedTableReader.isValue("不低于279万元"))
        #expect(FlattenedTableReader.isValue("1600余人"))
        #expect(FlattenedTableReader.isValue("≥95%"))
        #expect(!FlattenedTableReader.isValue("2021年"))
        #expect(!FlattenedTableReader.isValue("指标3:"))
        #expect(!FlattenedTableReader.isValue("社会效益指标"))
    }

    /// Prose lines and `pdftotext -layout` columns are not tables run together.
    @Test func proseAndWideColumnsAreNotFlattenedTables() {
        let document = Corpus.segment("""
            2021年度部门整体支出年初预算数 6598.05 万元，其中基本支出 1610.96 万元、项目支出 4987.09 万元。
              项目           预算数        决算数        执行率
              合计           47.48         37.99         80%
            """)
        #expect(!document.tables.contains { $0.layout == .flattened })
    }
}

import Foundation
import Testing

@testable import ReportExtract

/// One test per failure family issue 9 saw on real reports of other counties and years, each in
/// Tika's DOM layout (a cell per TAB line, rows ended by a blank line) and SAX layout (a row per
/// line). Inputs write TABs as `→`.
@Suite struct UnseenTemplateTests {
    static func run(_ text: String) throws -> ExtractedDocument {
        let bytes = Array(text.replacingOccurrences(of: "→", with: "\t").utf8)
        return try Pipeline(rules: Corpus.rules).run(bytes: bytes, path: "test.txt")
    }

    static func figure(_ document: ExtractedDocument, _ raw: String) throws -> Figure {
        try #require(document.figures.first { $0.raw == raw }, "no figure \(raw)")
    }

    /// DOM text for rows of cells (a blank line after each row, one more after the table).
    static func dom(_ rows: [[String]]) -> String {
        rows.map { row in row.map { "→" + $0 + "\n" }.joined() + "\n" }.joined() + "\n"
    }

    /// SAX text for rows of cells (a line per row, one blank line after the table).
    static func sax(_ rows: [[String]]) -> String {
        rows.map { row in row.map { "→" + $0 }.joined() + "\n" }.joined() + "\n"
    }

    static func both(_ rows: [[String]], before: String = "", after: String = "后文。\n") -> [String] {
        [before + dom(rows) + after, before + sax(rows) + after]
    }

    // MARK: - Operator, 指标性质 and 度量单位 columns

    static let operatorTable: [[String]] = [
        ["一级指标", "二级指标", "三级指标", "指标性质", "运算符", "指标值", "度量单位", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "消防安全检查", "正向指标", "≥", "1481", "次", "1444次", "6", "5.5"],
        ["", "", "维修验收合格率", "正向指标", "大于等于", "95", "%", "91.6", "6", "5.5"],
    ]

    @Test(arguments: both(operatorTable))
    func rowLabelComesFromTheIndicatorColumnNotTheOperator(text: String) throws {
        let document = try Self.run(text)
        let target = try Self.figure(document, "1481")
        #expect(target.rowLabel == "消防安全检查")
        #expect(target.columnLabel == "指标值")
        #expect(target.field == "target")
        #expect(target.chosen?.qualifier == .atLeast)  // from the 运算符 column
        #expect(target.unit == "次")  // from the 度量单位 column
        let rate = try Self.figure(document, "95")
        #expect(rate.rowLabel == "维修验收合格率")
        #expect(rate.chosen?.qualifier == .atLeast)
        #expect(rate.unit == "%")
        #expect(try Self.figure(document, "91.6").unit == "%")
        #expect(document.figures.allSatisfy { $0.rowLabel != "≥" && $0.rowLabel != "正向指标" && $0.rowLabel != "大于等于" })
    }

    // MARK: - Headers: group spans, split over rows, empty first cell, title row, text row

    /// 年度指标值 merged over three sub-columns; the other header cells merged down (empty below).
    static let groupHeader: [[String]] = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["", "", "", "运算符", "指标值", "度量单位", "", "", ""],
        ["产出指标", "数量指标", "维修小区数", "≥", "38", "个", "40", "4", "4"],
    ]

    @Test(arguments: both(groupHeader))
    func groupHeaderOverThreeSubColumns(text: String) throws {
        let document = try Self.run(text)
        let target = try Self.figure(document, "38")
        #expect(target.columnLabel == "年度指标值")
        #expect(target.field == "target")
        #expect(try Self.figure(document, "40").columnLabel == "实际完成值")
        #expect(try Self.figure(document, "4").columnLabel == "分值")
    }

    /// A title row spanning the table, then a year header over 预算数 / 决算数 whose first cell is
    /// merged down (empty in the second row).
    static let yearGroups: [[String]] = [
        ["2023年度部门整体支出绩效评价基础数据表"],
        ["经费控制情况（万元）", "2022年", "2023年"],
        ["", "决算数", "预算数", "决算数"],
        ["支出总额", "1,124.65", "99.24", "98.10"],
        ["基本支出", "54.46", "54.60", "53.46"],
    ]

    @Test(arguments: both(yearGroups))
    func yearHeaderSpansItsColumnsUnderATitleRow(text: String) throws {
        let document = try Self.run(text)
        #expect(document.segmented.tables.first?.title == "2023年度部门整体支出绩效评价基础数据表")
        #expect(try Self.figure(document, "1,124.65").columnLabel == "2022年决算数")
        #expect(try Self.figure(document, "99.24").columnLabel == "2023年预算数")
        #expect(try Self.figure(document, "98.10").columnLabel == "2023年决算数")
        #expect(try Self.figure(document, "99.24").field == "total_expenditure")
    }

    /// The year a form prints under its title, a paragraph of its own (棠溪镇's 2022 form, read by a
    /// clerk: `项目支出绩效自评表` ¶ `(2022年度)`), was taken for the title: the form's kind tied,
    /// and its checks never ran (年度资金总额 0 over a 本年财政拨款 of 90 went unflagged).
    static let fundsUnderAYearLine: [[String]] = [
        ["项目名称", "委托业务项目"],
        ["项目资金 (万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额:", "0", "0", "0", "10", "0", "0"],
        ["", "其中:本年财政拨款", "90", "89.974", "89.974", "", "", ""],
    ]

    @Test(arguments: both(fundsUnderAYearLine, before: "附件:\n项目支出绩效自评表\n(2022年度)\n"))
    func aYearUnderTheTitleIsPartOfIt(text: String) throws {
        let document = try Self.run(text)
        #expect(document.segmented.tables.first?.title == "项目支出绩效自评表(2022年度)")
        #expect(document.recognized.tableKinds.first?.kind == "project_self_evaluation")
        let funds = document.reconciled.checks.filter { $0.rule == "project_funds_total" }
        #expect(!funds.isEmpty && funds.allSatisfy { $0.status == .violated })
    }

    /// A header split word by word over two rows, and a header row whose first cell is empty.
    static let splitHeader: [[String]] = [
        ["", "年初", "全年", "全年", "分值", "执行率", "得分"],
        ["", "预算数", "预算数", "执行数", "", "", ""],
        ["年度资金总额", "81.49", "99.24", "99.24", "10", "100%", "10"],
    ]

    @Test(arguments: both(splitHeader))
    func headerSplitOverTwoRowsWithAnEmptyFirstCell(text: String) throws {
        let document = try Self.run(text)
        let budget = try #require(document.figures.first { $0.raw == "99.24" })
        #expect(budget.columnLabel == "全年预算数")
        #expect(try Self.figure(document, "81.49").columnLabel == "年初预算数")
        #expect(try Self.figure(document, "100%").columnLabel == "执行率")
    }

    /// A header followed by a row with no number: the header is still the header.
    static let textRowAfterHeader: [[String]] = [
        ["项目", "预算数", "决算数"],
        ["一、基本支出", "", ""],
        ["人员经费", "120.50", "118.20"],
        ["公用经费", "30.10", "29.80"],
    ]

    @Test(arguments: both(textRowAfterHeader))
    func headerFollowedByATextOnlyRow(text: String) throws {
        let document = try Self.run(text)
        let figure = try Self.figure(document, "118.20")
        #expect(figure.columnLabel == "决算数")
        #expect(figure.rowLabel == "人员经费")
    }

    // MARK: - A row-group label printed once

    static let staffing: [[String]] = [
        ["财政供养人员情况（人）", "编制数", "2023年实际在职人数", "控制率"],
        ["", "17", "10", "58.82%"],
    ]

    @Test(arguments: both(staffing))
    func groupLabelPrintedOnceNamesItsValueRow(text: String) throws {
        let document = try Self.run(text)
        for raw in ["17", "10", "58.82%"] {
            #expect(try Self.figure(document, raw).rowLabel == "财政供养人员情况(人)")
        }
        #expect(try Self.figure(document, "17").columnLabel == "编制数")
    }

    /// The project form's funds block: `项目资金（万元）` heads the side label and the rows' names
    /// in one cell spanning both, so each row has a cell more than the header has labels (as
    /// Tika, pandoc and pdftotext's columns all print it). Aligned from the right, the numbers
    /// keep their columns (before: none, and 10 / 85.4% / 8.54 read as total funds).
    static let sideLabelUnderTheHeadersFirstCell: [[String]] = [
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["项目资金（万元）", "年度资金总额", "3381.67", "3787.47", "3234.50", "10", "85.4%", "8.54"],
    ]

    @Test(arguments: both(sideLabelUnderTheHeadersFirstCell))
    func aRowWiderThanItsHeaderByLabelsKeepsItsNumbersColumns(text: String) throws {
        let document = try Self.run(text)
        for (raw, column) in [("3381.67", "年初预算数"), ("3234.50", "全年执行数"), ("10", "分值"), ("85.4%", "执行率"), ("8.54", "得分")] {
            let figure = try Self.figure(document, raw)
            #expect(figure.columnLabel == column)
            #expect(figure.rowLabel == "年度资金总额")
        }
        #expect(try Self.figure(document, "8.54").field == "score")
    }

    // MARK: - A table nested in a cell

    /// Tika writes the inner table inline in the outer cell: the outer row grows by the inner
    /// header, the inner rows follow.
    static let nested = """
        →年度总体目标
        →预期目标
        →实际完成情况

        →
        →完成改造任务953户。
        →实际完成1550户。
        →指标
        →计划
        →完成

        →培训人次
        →408
        →420



        后文。

        """

    @Test func tableNestedInACell() throws {
        let document = try Self.run(Self.nested)
        let tables = document.segmented.tables
        #expect(tables.count == 2)
        #expect(tables[1].nestedIn == NestedPlace(table: 0, row: 1, column: 2))
        let planned = try Self.figure(document, "408")
        #expect((planned.rowLabel, planned.columnLabel) == ("培训人次", "计划"))
        #expect(try Self.figure(document, "420").columnLabel == "完成")
    }

    // MARK: - Tables no rule names

    static let unknownKind: [[String]] = [
        ["重点项目完成情况表"],
        ["项目名称", "计划投资（万元）", "完成投资（万元）", "完成率"],
        ["老旧小区改造", "1200.00", "1150.50", "95.88%"],
        ["背街小巷整治", "800.00", "812.30", "101.54%"],
    ]

    @Test(arguments: both(unknownKind))
    func tableOfNoKnownKindStillLabelsItsFigures(text: String) throws {
        let document = try Self.run(text)
        #expect(document.recognized.tableKinds.first?.kind == nil)
        let figure = try Self.figure(document, "1150.50")
        #expect((figure.rowLabel, figure.columnLabel) == ("老旧小区改造", "完成投资(万元)"))
        #expect(figure.tableKind == nil)
        #expect(try Self.figure(document, "101.54%").rowLabel == "背街小巷整治")
    }

    // MARK: - Cells that used to be dropped

    static let droppedCells: [[String]] = [
        ["三级指标", "年度指标值", "实际完成值"],
        ["火灾事故发生率", "≤0.9‰", "0.12‰"],
        ["亩均补助标准", "≤500元/亩", "480元/亩"],
        ["宣传活动", "20场次", "22场次"],
        ["受益群众", "5000余人", "5210人"],
    ]

    @Test(arguments: both(droppedCells))
    func perMilleCompoundAndCountUnitsAreFigures(text: String) throws {
        let document = try Self.run(text)
        #expect(try Self.figure(document, "≤0.9‰").unit == "‰")
        #expect(try Self.figure(document, "≤500元/亩").unit == "元/亩")
        #expect(try Self.figure(document, "20场次").unit == "场次")
        #expect(try Self.figure(document, "5000余人").chosen?.qualifier == .plus)
        #expect(try Self.figure(document, "0.12‰").rowLabel == "火灾事故发生率")
    }

    // MARK: - SAX: Word's empty paragraphs without properties

    /// Tika's SAX handler ends a `<w:p/>` without starting it and starts a paragraph at the next
    /// element, so a cell that opens with an empty paragraph breaks its row over blank lines.
    static let saxEmptyParagraphs = """
        →一级指标→二级指标→三级指标→年度指标值→实际完成值→分值→得分
        →产出指标→数量指标→维修处数→44处→44处→6→6
        →→→

        受益群众
        →≥4600人→4617人→5→5

        后文。

        """

    @Test func saxCellOpeningWithAnEmptyParagraph() throws {
        let document = try Self.run(Self.saxEmptyParagraphs)
        #expect(document.segmented.tables.count == 1)
        let figure = try Self.figure(document, "4617人")
        #expect((figure.rowLabel, figure.columnLabel) == ("受益群众", "实际完成值"))
    }

    // MARK: - A form's label | value pairs

    /// Hunan's 部门整体支出绩效评价自评报告 opens with 部门(单位)基本概况, pairs of label and value
    /// on each row (岳阳, 2018, as the county's page prints it). Each value is named by the label
    /// before it, not by the row's first cell; a phone number is no figure.
    static let basicFacts: [[String]] = [
        ["联系人", "吴俊", "联络电话", "8690022"],
        ["人员编制", "21", "实有人数", "19"],
        ["职能职责概述", "负责全市数字化城市管理监督、指挥、调度和协调工作。"],
    ]

    @Test(arguments: both(basicFacts, before: "一、部门(单位)基本概况\n"))
    func eachValueOfAFormsPairsIsNamedByTheLabelBeforeIt(text: String) throws {
        let document = try Self.run(text)
        let quota = try Self.figure(document, "21")
        #expect(quota.rowLabel == "人员编制")
        #expect(quota.field == "staff_quota")
        let actual = try Self.figure(document, "19")
        #expect(actual.rowLabel == "实有人数")
        #expect(actual.field == "staff_actual")
        #expect(!document.figures.contains { $0.raw == "8690022" })
    }

    /// A label ending in a code's or a phone's word names no quantity; an expense that merely
    /// mentions one does.
    @Test func codeLabelsAreToldByTheirLastWord() {
        for label in ["联络电话", "联系电话：", "预算编码", "统一社会信用代码", "手机"] {
            #expect(FormPairs.namesCode(label), "\(label)")
        }
        for label in ["电话费", "邮电费", "编码工作经费", "人员编制", "合计"] {
            #expect(!FormPairs.namesCode(label), "\(label)")
        }
    }
}

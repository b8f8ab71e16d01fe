import Testing

@testable import ReportExtract

/// Each trap of Tika's DOM table grammar (notes/tika-text-layout.md §3, §4, §6, §11), on small
/// texts shaped exactly like the seeds (TAB written as →).
@Suite struct DOMGrammarTests {
    @Test func plainRowsAndEmptyCell() {
        let document = Corpus.segment("""
            →财政供养人员情况(人)
            →编制数
            →2023年实际在职人数
            →控制率

            →
            →14
            →13
            →92.86%


            """)
        #expect(document.cellTexts(table: 0) == [["财政供养人员情况(人)", "编制数", "2023年实际在职人数", "控制率"], ["", "14", "13", "92.86%"]])
        #expect(document.tables[0].rows[1].cells[0].firstLine == 6)
        #expect(document.tables[0].headers.map(\.rows) == [[0]])
    }

    @Test func multiParagraphCellJoinsWithoutSpaceButKeepsParagraphs() {
        let document = Corpus.segment("→一级指标\n→年度\n指标值\n→实际完成值\n\n→产出指标\n→20\n→20\n\n")
        let cell = document.tables[0].rows[0].cells[1]
        #expect(cell.text == "年度指标值")
        #expect(cell.paragraphs == ["年度", "指标值"])
        #expect((cell.firstLine, cell.lastLine) == (2, 3))
    }

    /// Text copied cell by cell from web pages (江西财经大学, 上海嘉定区, stop 62's clerks) ends a
    /// table with one blank line: every paragraph after it became the last cell's, a whole 三公
    /// section lost without a word. Report text running on past three paragraphs with no row or
    /// table end is the report's; a cell's later paragraphs before the next row stay the cell's.
    @Test func reportTextAfterOneBlankRunningOnEndsTheTable() {
        let document = Corpus.segment("""
            →项目
            →金额

            →合计
            →90,183

            (二)支出情况

            2014-2017年学校总支出合计350,218万元,见表二。

            近四年支出较前四年累计增加100,720万元,增长40.37%。


            """)
        #expect(document.cellTexts(table: 0) == [["项目", "金额"], ["合计", "90,183"]])
        #expect(document.paragraphs.map(\.text).first == "(二)支出情况")
        #expect(document.diagnostics.map(\.code) == ["segment.table_end_one_blank"])
        let cell = Corpus.segment("→项目\n→说明\n\n→合计\n→资金已拨付到位，项目按期完工。\n\n绩效目标全部完成，群众满意。\n\n→其他\n→无\n\n\n")
        #expect(cell.cellTexts(table: 0).count == 3)
        #expect(cell.diagnostics.isEmpty)
    }

    /// 六安市工商联 2021 (a clerk's reading of stop 65): the web page's last 三公 row printed one
    /// cell, `→公务用车购置费`, narrower than the rows above, and the whole 三公 section after it
    /// (1.8 / 1.52 / 84 %) was read as that cell's paragraphs. No TAB line follows: the row is
    /// finished. A narrower row whose text is followed by more rows keeps its paragraphs.
    @Test func reportTextAfterANarrowLastRowEndsTheTable() {
        let document = Corpus.segment("""
            →项目
            →预算数
            →决算数

            →公务接待费
            →1.8
            →1.52

            →公务用车购置费

            六安市工商业联合会2021年度“三公”经费支出预算为1.8万元,支出决算为1.52万元,完成预算的84%。

            其中:公务接待费支出决算1.52万元,占100%。

            2021年接待8批次,160人次。

            """)
        #expect(document.cellTexts(table: 0) == [["项目", "预算数", "决算数"], ["公务接待费", "1.8", "1.52"], ["公务用车购置费"]])
        #expect(document.paragraphs.count == 3)
        let cell = Corpus.segment("→项目\n→预算数\n→说明\n\n→合计\n→3\n→资金已拨付到位。\n\n→备注\n\n项目按期完工，群众满意，绩效目标全部完成。\n\n另有两项工作延期。\n\n下一步将加强管理。\n\n→其他\n→1\n→无\n\n\n")
        #expect(cell.cellTexts(table: 0).count == 4)
    }

    @Test func numbersInSeparateParagraphsNeverFuse() {
        let document = Corpus.segment("→a\n→54.6\n44.64\n\n→b\n→1\n\n")
        #expect(document.tables[0].rows[0].cells[1].text == "54.6 44.64")
    }

    /// 上海市普陀区体育事业管理中心's 2022 forms (a clerk's reading): a narrower 总分 row ends in an
    /// empty cell, then two blank lines, a page mark `-1-` and the next form's title. The mark was
    /// read as the empty cell's text, and the next form became rows of this one (its funds
    /// checked against this form's, its figures high under this project's name).
    @Test func aPageMarkBeforeTheNextFormsTitleEndsTheTable() {
        let document = Corpus.segment("""
            →一级指标
            →二级指标
            →分值
            →得分
            →偏差原因

            →产出指标
            →数量指标
            →50
            →48
            →无

            →总分
            →100
            →98.62
            →


            -1-
            财政项目支出绩效自评表
            （2022年度）
            →项目名称
            →援滇对口支援及结对帮扶经费

            """)
        #expect(document.tables.count == 2)
        #expect(document.cellTexts(table: 0).last == ["总分", "100", "98.62", ""])
    }

    @Test func emptyTrailingParagraphInsideACell() {
        // `→绩 效 指 标 ¶` then the rest of the row: the blank is the cell's last paragraph,
        // because the row is still narrower than the row before it.
        let document = Corpus.segment("""
            →年度总体目标
            →预期目标
            →实际完成情况

            →绩
            效
            指
            标

            →一级指标
            →二级指标

            """)
        #expect(document.cellTexts(table: 0) == [["年度总体目标", "预期目标", "实际完成情况"], ["绩效指标", "一级指标", "二级指标"]])
        #expect(document.diagnostics.map(\.code) == ["segment.judged_in_cell_blank"])
    }

    @Test func blankBetweenParagraphsOfOneCell() {
        // seed 000 lines 255-258: `→产出指标` `¶` `（50分）` is one cell.
        let document = Corpus.segment("→a\n→b\n→c\n\n→\n→产出指标\n\n（50分）\n→数量指标\n\n")
        #expect(document.cellTexts(table: 0)[1] == ["", "产出指标(50分)", "数量指标"])
    }

    @Test func bareTabThenBlankLinesThenText() {
        // seed 002 lines 531-537: a bookmark cell, then `→` `¶` `¶` `¶` `产出指标` `(50分)`.
        let document = Corpus.segment("""
            →绩效指标
            →一级指标
            →二级指标

            →[bookmark: _Hlk167871273]
            →



            产出指标
            (50分)
            →数量指标


            """)
        let rows = document.tables[0].rows
        #expect(rows.count == 2)
        #expect(rows[1].cells.map(\.text) == ["绩效指标", "产出指标(50分)", "数量指标"])
        #expect(rows[1].cells[0].filledFrom == 0)
        #expect((rows[1].cells[1].firstLine, rows[1].cells[1].lastLine) == (6, 11))
        #expect(document.markers.map(\.name) == ["_Hlk167871273"])
    }

    @Test func verticallyMergedLabelColumnsAreFilledDownWithTheirSource() {
        let document = Corpus.segment("""
            →绩效指标
            →一级指标
            →二级指标
            →三级指标
            →分值

            →
            →产出指标
            →数量指标
            →指标1
            →20

            →
            →
            →
            →指标2
            →10

            →
            →
            →质量指标
            →指标3
            →5

            →总分
            →
            →
            →
            →35


            """)
        let rows = document.tables[0].rows
        #expect(rows[2].cells.map(\.text) == ["绩效指标", "产出指标", "数量指标", "指标2", "10"])
        #expect(rows[2].cells.map(\.filledFrom) == [0, 1, 1, nil, nil])
        #expect(rows[3].cells.map(\.text) == ["绩效指标", "产出指标", "质量指标", "指标3", "5"])
        #expect(rows[3].cells.map(\.filledFrom) == [0, 1, nil, nil, nil])
        // The total row goes on with no label, so nothing is filled into it.
        #expect(rows[4].cells.map(\.text) == ["总分", "", "", "", "35"])
    }

    @Test func horizontallyMergedRowHasFewerCellsAndKeepsItsBlock() {
        let document = Corpus.segment("""
            →绩效指标
            →一级指标
            →二级指标
            →三级指标
            →分值

            →
            →成本指标
            →经济成本指标
            →基本支出成本控制
            →10

            →
            →
            →社会成本指标
            →不适用

            """)
        let rows = document.tables[0].rows
        #expect(rows[2].cells.map(\.text) == ["绩效指标", "成本指标", "社会成本指标", "不适用"])
        #expect(rows[2].header == 0)
        #expect(document.tables[0].columnCount == 5)
    }

    @Test func bodyParagraphThatStartsWithATabStop() {
        let document = Corpus.segment("""
            前言
            →一、部门概况
            本单位是公益一类事业单位，内设机构三个。
            主要职责是住房保障。
            第二段。
            第三段。
            第四段。
            第五段。
            第六段。
            """)
        #expect(document.tables.isEmpty)
        #expect(document.paragraphs.map(\.text).prefix(2) == ["前言", "一、部门概况"])
        #expect(document.diagnostics.map(\.code) == ["segment.tab_led_paragraph"])
    }

    @Test func tableEndsWithoutBlankWhenTheNextLineIsLedByASpace() {
        let document = Corpus.segment("→总分\n→100\n→98\n 附件 3\n2023年度项目支出绩效自评表\n→项目支出名称\n→业务工作经费\n\n")
        #expect(document.tables.count == 2)
        #expect(document.paragraphs.map(\.text) == ["附件 3", "2023年度项目支出绩效自评表"])
        #expect(document.tables[1].title == "2023年度项目支出绩效自评表")
    }

    /// After an empty last cell a space-led line may be an indented paragraph of that cell; an
    /// attachment heading is not (` 附件4`, then the next form's title row): the table ends, as
    /// it does before a sentence. Read as one cell, the two forms ran together and their checks
    /// compared the one form's rows with the other's (generated set, Tika DOM: 450–740 more
    /// figures high per 240 documents).
    @Test func attachmentHeadingAfterAnEmptyLastCellEndsTheTable() {
        let document = Corpus.segment(
            "→总分\n→100\n→98\n→\n 附件4\n→部门预算项目支出绩效自评表(2024年度)\n\n→项目名称\n→某项目\n\n")
        #expect(document.tables.count == 2)
        #expect(document.paragraphs.map(\.text) == ["附件4"])
        #expect(document.tables[1].title == "部门预算项目支出绩效自评表(2024年度)")
    }

    @Test func nextTableLedByASpaceStartsANewTable() {
        let document = Corpus.segment("→说明:略\n\n→填表人:肖宏\n →2023年度项目支出绩效自评表\n\n→项目支\n→保障性住房维护管理费用\n\n")
        #expect(document.tables.count == 2)
        #expect(document.tables[1].title == "2023年度项目支出绩效自评表")
        #expect(document.tables[1].rows[0].role == .title)
    }

    @Test func unitParagraphAboveATable() {
        let document = Corpus.segment("固定资产情况表\n单位：万元\n→类别\n→原值\n\n→合计\n→358.78\n\n\n")
        #expect(document.tables[0].title == "固定资产情况表")
        #expect(document.tables[0].unit == "万元")
    }

    /// An indicator row whose 年度指标值 cell ends in an empty paragraph (`→≤1200元/户` ¶ blank),
    /// then its 实际完成值 in a unit outside the short list (`元/户`, `‰`, `万亩`): the second
    /// half starts with a value, so it continues the row instead of making the first half a
    /// header of its own (held out: labels 99.1 % → 99.5 % on the Tika DOM set).
    @Test(arguments: [("≤1200元/户", "1190元/户"), ("≤0.9‰", "0.08‰"), ("约3.9万亩", "3.8万亩")])
    func valueWithAnyKnownUnitContinuesTheRow(_ target: String, _ actual: String) {
        let document = Corpus.segment("""
            →一级指标
            →二级指标
            →三级指标
            →年度指标值
            →实际完成值
            →分值
            →得分
            →偏差原因

            →产出指标
            →数量指标
            →维修户数
            →100户
            →98户
            →5
            →4.5
            →无

            →产出指标
            →成本指标
            →户均补贴标准
            →\(target)

            →\(actual)
            →6
            →6
            →—

            →产出指标
            →时效指标
            →完成时间
            →12月
            →11月
            →5
            →5
            →无


            """)
        #expect(document.tables[0].headers.map(\.rows) == [[0]])
        #expect(document.cellTexts(table: 0)[2] == ["产出指标", "成本指标", "户均补贴标准", target, actual, "6", "6", "—"])
    }

    /// Tika 4's SAX layout: `→` ¶ blank ¶ `—` is a 偏差原因 cell that starts with empty
    /// paragraphs; it belongs to the row before, not to the start of the next one (which it
    /// shifted by a column, its 分值 then read as 得分 and made high by the total-score check).
    @Test func lonePlaceholderEndsTheRowBefore() {
        let document = Corpus.segment("""
            →一级指标→三级指标→分值→得分→偏差原因
            →产出指标→维修户数→5→5→无
            →效益指标→绿化环境→2→2
            →

            —

            →效益指标→处理率→5→5→无
            →满意度指标→满意度→4→4→无

            正文。
            """)
        #expect(document.cellTexts(table: 0) == [
            ["一级指标", "三级指标", "分值", "得分", "偏差原因"], ["产出指标", "维修户数", "5", "5", "无"],
            ["效益指标", "绿化环境", "2", "2", "—"], ["效益指标", "处理率", "5", "5", "无"], ["满意度指标", "满意度", "4", "4", "无"],
        ])
    }

    @Test(arguments: ["0.08‰", "3.8万亩", "1190元/户", "12公里", "47.48", "92.86%", "10分", "5年", "10年"])
    func valuesWithUnits(_ text: String) {
        #expect(CellText.looksLikeValue(text))
    }

    @Test(arguments: ["2023年", "12月", "2023年实际在职人数", "1、基本支出", "3号楼", "100年", "5年内"])
    func labelsStartingWithDigits(_ text: String) {
        #expect(!CellText.looksLikeValue(text))
    }

}

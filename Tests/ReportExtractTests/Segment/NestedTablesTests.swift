import Testing

@testable import ReportExtract

/// A table nested in a cell, as Tika's DOM text leaves it: the inner table's first row runs on
/// the outer row, its other rows follow as rows of their own.
@Suite struct NestedTablesTests {
    static func draft(_ rows: [[String]]) -> TableDraft {
        var draft = TableDraft(layout: .dom)
        for (number, cells) in rows.enumerated() {
            draft.rows.append(RowDraft(cells: cells.map { CellDraft(text: $0, raw: $0, line: number + 1) }))
        }
        return draft
    }

    static func texts(_ rows: [RowDraft]) -> [[String]] {
        rows.map { $0.cells.map { CellText.join($0.paragraphs) } }
    }

    @Test func innerHeaderOnTheOuterRow() {
        var outer = Self.draft([
            ["年度总体目标", "预期目标", "实际完成情况"],
            ["", "完成改造任务100户。", "实际完成100户。", "指标", "计划", "完成"],
            ["培训人次", "520", "540"],
            ["发放户数", "290", "275"],
        ])
        let inners = NestedTables.split(&outer)
        #expect(Self.texts(outer.rows) == [["年度总体目标", "预期目标", "实际完成情况"], ["", "完成改造任务100户。", "实际完成100户。"]])
        #expect(inners.count == 1)
        #expect(Self.texts(inners[0].rows) == [["指标", "计划", "完成"], ["培训人次", "520", "540"], ["发放户数", "290", "275"]])
        #expect(inners[0].row == 1 && inners[0].column == 2)
    }

    /// Rows the reader knew to be headers keep pointing at them when the inner table's rows go.
    @Test func knownHeaderRowsRenumbered() {
        var outer = Self.draft([
            ["年度总体目标", "预期目标", "实际完成情况"],
            ["", "完成改造任务100户。", "实际完成100户。", "指标", "计划", "完成"],
            ["培训人次", "520", "540"],
            ["发放户数", "290", "275"],
            ["一级指标", "二级指标", "三级指标"],
            ["产出指标", "数量指标", "12"],
        ])
        outer.headerRows = [[0], [4]]
        _ = NestedTables.split(&outer)
        #expect(outer.headerRows == [[0], [2]])
        #expect(Self.texts(outer.rows)[2] == ["一级指标", "二级指标", "三级指标"])
    }

    @Test func keptRowsRenumberHeaders() {
        var draft = Self.draft([["标题"], ["项目", "预算数"], ["合计", "12"], ["说明"]])
        draft.headerRows = [[0, 1], [3]]
        draft.keepRows { $0.cells.count > 1 }
        #expect(draft.headerRows == [[0]])
        #expect(Self.texts(draft.rows) == [["项目", "预算数"], ["合计", "12"]])
    }

    /// The row joiner may join the inner table's first body row on as well (a form whose
    /// indicator rows are nine cells wide makes 6 + 3 cheap): k labels, then k cells with a figure.
    @Test func innerHeaderAndFirstBodyRowOnTheOuterRow() {
        var outer = Self.draft([
            ["年度总体目标", "预期目标", "实际完成情况"],
            ["", "完成改造任务100户。", "实际完成100户。", "指标", "计划", "完成", "培训人次", "520", "540"],
            ["发放户数", "290", "275"],
            ["检查次数", "612", "609"],
        ])
        let inners = NestedTables.split(&outer)
        #expect(Self.texts(outer.rows) == [["年度总体目标", "预期目标", "实际完成情况"], ["", "完成改造任务100户。", "实际完成100户。"]])
        #expect(Self.texts(inners.first?.rows ?? []) == [
            ["指标", "计划", "完成"], ["培训人次", "520", "540"], ["发放户数", "290", "275"], ["检查次数", "612", "609"],
        ])
        #expect(outer.diagnostics.first?.message.contains("a table of 4 rows") == true)
    }

    /// Tika DOM, a nested table of one body row joined on whole (`… | 指标 | 计划 | 完成 | 培训人次 |
    /// 123 | 150`, seed 370001): no rows of its own follow, but the inner table's end leaves four
    /// blank lines before the next outer row. It was left joined, its figures under no column.
    @Test func aJoinedInnerTableOfOneRowEndsWithBlankLines() throws {
        let planned = try RowCuttingTests.figure("gen_370001-dom.txt", line: 146, raw: "123")
        #expect(planned?.rowLabel == "培训人次")
        #expect(planned?.columnLabel == "计划")
        let done = try RowCuttingTests.figure("gen_370001-dom.txt", line: 147, raw: "150")
        #expect(done?.columnLabel == "完成")
        #expect(done?.table == planned?.table)
    }

    /// Tika SAX, the holding cell's last paragraph a later one: `实际完成…。` ¶ `→` ¶ `指标` ¶
    /// `→计划→完成`, rows one per line, two blank lines (seed 370124). The rows were read as the
    /// outer form's, under 预期目标 and 实际完成情况, and their figures dropped.
    @Test func aSAXInnerTableOpeningOnItsOwnLine() throws {
        let planned = try RowCuttingTests.figure("gen_370124-sax.txt", line: 205, raw: "349")
        #expect(planned?.rowLabel == "培训人次")
        #expect(planned?.columnLabel == "计划")
        let done = try RowCuttingTests.figure("gen_370124-sax.txt", line: 207, raw: "338")
        #expect(done?.rowLabel == "检查次数")
        #expect(done?.columnLabel == "完成")
    }

    /// Tika SAX, the holding cell's only paragraph: `…。→` ¶ `指标` ¶ `→计划→完成` (seed 410086): the
    /// inner header's first cell ended the outer row, the rest made a row of two.
    @Test func aSAXInnerTableOpeningAtTheEndOfTheOuterRow() throws {
        let planned = try RowCuttingTests.figure("gen_410086-sax.txt", line: 152, raw: "227")
        #expect(planned?.rowLabel == "培训人次")
        #expect(planned?.columnLabel == "计划")
        let done = try RowCuttingTests.figure("gen_410086-sax.txt", line: 154, raw: "207")
        #expect(done?.rowLabel == "检查次数")
        #expect(done?.columnLabel == "完成")
    }

    /// What the SAX rule leaves alone: a header that opens with an empty paragraph after a blank
    /// line, the outer row ended (the 绩效指标 block, seed 370091); one under a row of figures
    /// (基础数据表's 经费控制情况, seed 370178); one on the line right after the holding cell's
    /// first paragraph, which ended the row (`→实际完成319户…。` ¶ `→` ¶ `一级指标`, seed 170044).
    /// Taken for nested, their rows lost the form's labels.
    @Test func headersOfTheOuterTableStayInIt() throws {
        let cost = try RowCuttingTests.figure("gen_170044-sax.txt", line: 170, raw: "1472")
        #expect(cost?.field == "target")
        #expect(cost?.columnLabel == "指标值")
        let score = try RowCuttingTests.figure("gen_170044-sax.txt", line: 195, raw: "90.2分")
        #expect(score?.field == "total_score")
        let total = try RowCuttingTests.figure("gen_370091-sax.txt", line: 181, raw: "98")
        #expect(total?.field == "total_score")
        #expect(total?.columnLabel == "得分")
        let target = try RowCuttingTests.figure("gen_370091-sax.txt", line: 170, raw: "239万元")
        #expect(target?.field == "target")
        #expect(target?.columnLabel == "年度指标值")
        let spent = try RowCuttingTests.figure("gen_370178-sax.txt", line: 52, raw: "1482.84")
        #expect(spent?.field == "project_expenditure")
        #expect(spent?.columnLabel == "2022年决算数")
    }
}

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
}

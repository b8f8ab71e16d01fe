/// A table inside a cell. Tika writes it inline, in the outer table's grammar and with no mark of
/// depth (notes §5), so the outer row grows by the inner table's first row and the inner table's
/// other rows follow as rows of their own: `| 完成改造… | 实际完成… | 指标 | 计划 | 完成` then
/// `培训人次 | 408 | 420`. An outer row wider than the row before it by k cells that are all
/// labels, followed by rows of exactly k cells with figures, is read that way: the k cells and
/// those rows become a table of their own, nested in the outer row's last cell.
enum NestedTables {
    struct Inner {
        var rows: [RowDraft]
        /// Row and column (in the outer draft, after the split) of the cell holding it.
        var row: Int
        var column: Int
    }

    static func split(_ draft: inout TableDraft) -> [Inner] {
        var inners: [Inner] = []
        var index = 1
        while index < draft.rows.count {
            let before = draft.rows[index - 1].width
            let row = draft.rows[index]
            var extra = row.width - before
            // The inner table's first body row may have been joined on too (`… | 指标 | 计划 | 完成 |
            // 培训人次 | 520 | 540`: the outer form's row widths made the join cheap): k labels,
            // then k cells with a figure.
            var joined: RowDraft?
            if extra >= 4, extra % 2 == 0, before >= 2, !isLabels(row.cells[before...]),
                isLabels(row.cells[before..<(before + extra / 2)]), hasFigure(row.cells[(before + extra / 2)...])
            {
                extra /= 2
                joined = RowDraft(cells: Array(row.cells[(before + extra)...]))
            }
            guard before >= 2, extra >= 2, isLabels(row.cells[before..<(before + extra)]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < draft.rows.count, draft.rows[end].width == extra, hasFigure(draft.rows[end].cells[...]) { end += 1 }
            guard end > index + 1 else {
                index += 1
                continue
            }
            var header = RowDraft()
            header.cells = Array(row.cells[before..<(before + extra)])
            let first = joined.map { [$0] } ?? []
            inners.append(Inner(rows: [header] + first + draft.rows[(index + 1)..<end], row: index, column: before - 1))
            draft.rows[index].cells.removeSubrange(before...)
            draft.removeRows((index + 1)..<end)
            draft.note(
                "segment.nested_table", "a table of \(end - index + first.count) rows read as nested in the cell above",
                line: row.cells[before].firstLine)
            index += 1
        }
        return inners
    }

    private static func isLabels(_ cells: ArraySlice<CellDraft>) -> Bool {
        cells.allSatisfy { cell in
            let text = CellText.join(cell.paragraphs)
            return !text.isEmpty && text.unicodeScalars.count <= 12 && !CellText.looksLikeValue(text)
        }
    }

    private static func hasFigure(_ cells: ArraySlice<CellDraft>) -> Bool {
        cells.contains { CellText.looksLikeValue(CellText.join($0.paragraphs)) }
    }
}

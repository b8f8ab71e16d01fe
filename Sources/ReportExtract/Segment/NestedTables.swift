/// A table inside a cell. Tika writes it inline, in the outer table's grammar and with no mark of
/// depth (notes §5), so the outer row grows by the inner table's first row and the inner table's
/// other rows follow as rows of their own: `| 完成改造… | 实际完成… | 指标 | 计划 | 完成` then
/// `培训人次 | 408 | 420`. An outer row wider than the row before it by k cells that are all
/// labels, followed by rows of exactly k cells with figures, is read that way: the k cells and
/// those rows become a table of their own, nested in the outer row's last cell. Tika's SAX text
/// starts the inner header on a line of its own instead (`splitOpeningInACell`).
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
            if draft.layout == .sax, let inner = splitOpeningInACell(&draft, at: index) {
                inners.append(inner)
                continue
            }
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
            // A joined inner table of one body row has no rows of its own after it; what tells it
            // is the inner table's end: its `</tr>`, `</table>`, the cell's closing empty paragraph
            // and the outer `</tr>` leave three blank lines or more where a row leaves one.
            guard end > index + 1 || (joined != nil && blankLines(after: index, in: draft) >= 3) else {
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

    /// Tika's SAX text opens a table inside a cell that already holds a paragraph with its first
    /// cell's TAB and then a newline (`pWithinCell`), so the inner header's first cell starts with
    /// an empty paragraph, and it ends its rows, one per line, with the inner `</table>` and the
    /// outer `</tr>`: two blank lines. The header's first cell opens a row of its own when the
    /// holding cell's last paragraph was a later one (`…。` ¶ `→` ¶ `指标` ¶ `→计划→完成`), or ends
    /// the outer row when it was the cell's first (`…。→` ¶ `指标` ¶ `→计划→完成`). Either way, a
    /// header of labels over rows of its width with figures, after a cell of text, is nested there.
    private static func splitOpeningInACell(_ draft: inout TableDraft, at index: Int) -> Inner? {
        let outer = draft.rows[index - 1]
        var header = draft.rows[index].cells
        guard let last = outer.cells.last, let first = header.first else { return nil }
        let onOuterRow = !opensWithEmptyParagraph(first) && opensWithEmptyParagraph(last) && outer.width >= 3
        if onOuterRow { header.insert(last, at: 0) }
        let holder = outer.cells[outer.width - (onOuterRow ? 2 : 1)]
        guard header.count >= 2, opensWithEmptyParagraph(header[0]), isLabels(header[...]),
            header.allSatisfy({ CellText.join($0.paragraphs).unicodeScalars.contains(where: \.properties.isAlphabetic) }),
            holdsText(holder), opensRightAfter(holder, header[0], onOuterRow: onOuterRow)
        else { return nil }
        var end = index + 1
        while end < draft.rows.count, draft.rows[end].width == header.count, hasFigure(draft.rows[end].cells[...]) { end += 1 }
        guard end > index + 1, blankLines(after: end - 1, in: draft) >= 2 else { return nil }
        var rows = [RowDraft(cells: header)]
        rows += draft.rows[(index + 1)..<end]
        draft.note(
            "segment.nested_table", "a table of \(rows.count) rows read as nested in the cell above",
            line: header[0].firstLine)
        if onOuterRow { draft.rows[index - 1].cells.removeLast() }
        draft.removeRows(index..<end)
        return Inner(rows: rows, row: index - 1, column: draft.rows[index - 1].width - 1)
    }

    /// The inner table's TAB follows the holding cell's text with no row end between: on the same
    /// line when that text was the cell's first paragraph; on the next when it was a later one (a
    /// first paragraph's line then a TAB line is the row's end and the next row).
    private static func opensRightAfter(_ holder: CellDraft, _ first: CellDraft, onOuterRow: Bool) -> Bool {
        let text = lastTextLine(of: holder)
        return onOuterRow ? first.firstLine == text : text > holder.firstLine && first.firstLine == text + 1
    }

    private static func opensWithEmptyParagraph(_ cell: CellDraft) -> Bool {
        cell.paragraphs.count >= 2 && cell.paragraphs[0].isEmpty
    }

    /// Text a table could sit under: no figure, not empty.
    private static func holdsText(_ cell: CellDraft) -> Bool {
        let text = CellText.join(cell.paragraphs)
        return !text.isEmpty && !CellText.looksLikeValue(text)
    }

    /// Blank lines between a row's last text and the next row's first line (the readers may have
    /// given some of them to the row's last cell as empty paragraphs).
    private static func blankLines(after index: Int, in draft: TableDraft) -> Int {
        guard index + 1 < draft.rows.count, let next = draft.rows[index + 1].cells.first else { return 0 }
        let last = draft.rows[index].cells.map(lastTextLine).max() ?? next.firstLine
        return next.firstLine - last - 1
    }

    /// The line of a cell's last paragraph with text (its first line if it has none).
    private static func lastTextLine(of cell: CellDraft) -> Int {
        var last = cell.firstLine
        for (paragraph, line) in zip(cell.paragraphs, cell.lines) where !paragraph.isEmpty { last = max(last, line) }
        return last
    }

    private static func isLabels(_ cells: ArraySlice<CellDraft>) -> Bool {
        cells.allSatisfy { cell in
            let text = CellText.join(cell.paragraphs)
            return !text.isEmpty && text.unicodeScalars.count <= 12 && !CellText.looksLikeValue(text)
        }
    }

    private static func hasFigure(_ cells: ArraySlice<CellDraft>) -> Bool {
        let texts = cells.map { CellText.join($0.paragraphs) }
        return texts.contains(where: CellText.looksLikeValue) && !NumberingRow.matches(texts)
    }
}

/// A TAB inside a cell's text (a paragraph that starts with a tab stop, `\tComment by …`) looks
/// like one more cell: a 偏差原因 cell `个别项目验收延迟` ¶ `→下一步将加强跟踪问效。` ends the row one
/// cell wider than its header. When the cells past the header's width hold only text and the
/// header's last column is not a quantity, they are folded back into the last column's cell.
enum OverflowCells {
    static func fold(_ rows: inout [Row], headers: [HeaderRow], isQuantity: (String) -> Bool) {
        guard !headers.isEmpty else { return }
        var current: HeaderRow?
        var headerStarts: [Int: HeaderRow] = [:]
        for header in headers { headerStarts[header.rows[0]] = header }
        for index in rows.indices {
            if let header = headerStarts[index] { current = header }
            guard rows[index].role == .body, let header = current, let last = header.labels.last,
                rows[index].cells.count > header.labels.count, !isQuantity(last)
            else { continue }
            let width = header.labels.count
            let extra = rows[index].cells[width...]
            // One stray cell after a row that holds figures; a row of attributes (主管部门 | … |
            // 实施单位 | …) under a narrower header is a row of its own shape.
            guard extra.count == 1, extra.allSatisfy({ !CellText.looksLikeValue($0.text) }),
                rows[index].cells[..<width].contains(where: { CellText.looksLikeValue($0.text) })
            else { continue }
            var cell = rows[index].cells[width - 1]
            for piece in extra {
                cell.paragraphs += piece.paragraphs
                cell.rawParagraphs += piece.rawParagraphs
                cell.paragraphLines += piece.paragraphLines
                cell.lastLine = max(cell.lastLine, piece.lastLine)
            }
            cell.text = CellText.join(cell.paragraphs)
            cell.raw = CellText.joinRaw(cell.rawParagraphs)
            rows[index].cells[width - 1] = cell
            rows[index].cells.removeSubrange(width...)
        }
    }
}

/// Reads one table in Tika's SAX layout (Tika 4): one row per line, cells separated by TABs.
///
/// A cell's later paragraphs are written as `\n` + text + `\n`, so a multi-paragraph cell breaks
/// its row over several lines: the row resumes on the next TAB-led line, one blank line separates
/// paragraphs after the second, and an empty paragraph is an empty line. Blank lines are therefore
/// read with the width of the row before: in a row still narrower than that, they belong to the
/// cell; in a complete row, one blank before a TAB line ends the row and more end the table.
struct SAXTableReader {
    let lines: [NormalizedLine]
    let shapes: [LineShape]

    func read(from start: Int) -> TableDraft {
        var draft = TableDraft(layout: .sax)
        var row = RowDraft()
        var blanks: [Int] = []
        var afterContinuation = false
        var index = start

        func closeRow() {
            if row.width > 0 { draft.rows.append(row) }
            row = RowDraft()
        }
        func addCells(_ line: NormalizedLine) {
            for cell in line.tabCells() {
                row.cells.append(CellDraft(text: cell.text, raw: cell.raw, line: line.number))
            }
        }
        /// Empty paragraphs implied by `count` blank lines between two paragraphs of one cell.
        func emptyParagraphLines(_ count: Int, afterFirst: Bool) -> [Int] {
            let empties = afterFirst ? count / 2 : (count - 1) / 2
            return blanks.prefix(empties).map { lines[$0].number }
        }

        scan: while index < lines.count {
            let line = lines[index]
            let shape = shapes[index]
            if shape == .empty {
                blanks.append(index)
                index += 1
                continue
            }
            let unfinished = draft.rows.last.map { row.width < $0.width } ?? false
            switch shape {
            case .tabLed(let leadingSpaces) where !leadingSpaces || index == start:
                if blanks.isEmpty {
                    if !afterContinuation { closeRow() }
                } else if unfinished {
                    let count = afterContinuation ? (blanks.count - 1) / 2 : (blanks.count + 1) / 2
                    row.cells[row.cells.count - 1].appendEmpty(lines: blanks.prefix(count).map { lines[$0].number })
                } else if blanks.count <= 2 || afterContinuation {
                    closeRow()
                } else {
                    closeRow()
                    break scan
                }
                addCells(line)
                afterContinuation = false
            case .text where !row.cells.isEmpty:
                let continues = blanks.isEmpty || unfinished
                    || (afterContinuation ? blanks.count % 2 == 1 : blanks.count % 2 == 0)
                guard continues else {
                    closeRow()
                    break scan
                }
                let empties = emptyParagraphLines(blanks.count, afterFirst: !afterContinuation)
                row.cells[row.cells.count - 1].appendEmpty(lines: empties)
                let paragraph = line.paragraph()
                row.cells[row.cells.count - 1].append(text: paragraph.text, raw: paragraph.raw, line: line.number)
                afterContinuation = true
            default:
                closeRow()
                break scan
            }
            blanks = []
            index += 1
        }
        closeRow()
        draft.end = index
        return draft
    }
}

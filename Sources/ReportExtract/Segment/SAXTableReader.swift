/// Reads one table in Tika's SAX layout (Tika 4): one row per line, cells separated by TABs.
///
/// A cell's first paragraph follows its TAB; each later paragraph is written as `\n` + text +
/// `\n`, a row ends with `\n` and the table with one more `\n`. So a multi-paragraph cell breaks
/// its row over several lines and the row resumes on the next TAB line, and the number of blank
/// lines between two non-blank lines tells what lies between them:
///
/// | before   | next line | blank lines: meaning                                             |
/// |----------|-----------|------------------------------------------------------------------|
/// | TAB line | text      | even: later paragraphs of the last cell; odd: the table ended     |
/// | later ¶  | text      | odd: another paragraph of the cell; even: the table ended         |
/// | TAB line | TAB line  | 0: next row; 1: table ended; odd ≥ 3: same row; even: next row    |
/// | later ¶  | TAB line  | 0: same row; odd: next row; 2: same row if narrower than the row  |
/// |          |           | before, else the table ended; even ≥ 4: same row                  |
///
/// Each extra pair of blank lines is one empty paragraph in the cell.
struct SAXTableReader {
    let lines: [NormalizedLine]
    let shapes: [LineShape]

    private enum Step { case sameRow, nextRow, endTable }

    func read(from start: Int) -> TableDraft {
        var draft = TableDraft(layout: .sax)
        var row = RowDraft()
        var blanks: [Int] = []
        var afterLaterParagraph = false
        var index = start

        func closeRow() {
            if row.width > 0 { draft.rows.append(row) }
            row = RowDraft()
        }
        func addEmptyParagraphs(_ count: Int) {
            guard count > 0, !row.cells.isEmpty else { return }
            row.cells[row.cells.count - 1].appendEmpty(lines: blanks.prefix(count).map { lines[$0].number })
        }

        scan: while index < lines.count {
            let line = lines[index]
            let shape = shapes[index]
            if shape == .empty {
                blanks.append(index)
                index += 1
                continue
            }
            let count = blanks.count
            switch shape {
            case .tabLed(let leadingSpaces) where !leadingSpaces || index == start:
                let narrower = draft.rows.last.map { row.width < $0.width } ?? false
                switch step(beforeTab: count, afterLaterParagraph: afterLaterParagraph, narrower: narrower) {
                case .sameRow:
                    addEmptyParagraphs(afterLaterParagraph ? count / 2 : (count - 1) / 2)
                case .nextRow:
                    addEmptyParagraphs(afterLaterParagraph ? (count - 1) / 2 : count / 2)
                    closeRow()
                case .endTable:
                    closeRow()
                    break scan
                }
                for cell in line.tabCells() {
                    row.cells.append(CellDraft(text: cell.text, raw: cell.raw, line: line.number))
                }
                afterLaterParagraph = false
            case .text where !row.cells.isEmpty:
                let continues = afterLaterParagraph ? count % 2 == 1 : count % 2 == 0
                guard continues || (afterLaterParagraph && count == 0) else {
                    closeRow()
                    break scan
                }
                addEmptyParagraphs(afterLaterParagraph ? (count - 1) / 2 : count / 2)
                let paragraph = line.paragraph()
                row.cells[row.cells.count - 1].append(text: paragraph.text, raw: paragraph.raw, line: line.number)
                afterLaterParagraph = true
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

    private func step(beforeTab count: Int, afterLaterParagraph: Bool, narrower: Bool) -> Step {
        if afterLaterParagraph {
            if count == 0 { return .sameRow }
            if count % 2 == 1 { return .nextRow }
            if count == 2 { return narrower ? .sameRow : .endTable }
            return .sameRow
        }
        if count == 0 { return .nextRow }
        if count == 1 { return .endTable }
        return count % 2 == 1 ? .sameRow : .nextRow
    }
}

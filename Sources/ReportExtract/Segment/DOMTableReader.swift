/// Reads one table in Tika's DOM layout (Tika ≤ 3): every cell starts on a TAB-led line, lines
/// without a TAB continue the cell, and a blank line ends the row.
///
/// A blank line is ambiguous: it may be an empty paragraph inside a cell. The reader settles it
/// when it sees the next non-blank line:
/// - a TAB line after one blank ends the row, unless the last cell has several paragraphs and the
///   row is still narrower than the row before it (then the blank was the cell's last paragraph);
/// - text after one blank continues the cell; after two or more blanks it ends the table, unless
///   the cell so far is a bare TAB in an unfinished row (`→` `¶` `¶` `¶` `产出指标`);
/// - a line led by a space ends the table (Tika's table ends without blank lines).
struct DOMTableReader {
    let lines: [NormalizedLine]
    let shapes: [LineShape]

    func read(from start: Int) -> TableDraft {
        var draft = TableDraft(layout: .dom)
        var row = RowDraft()
        var blanks: [Int] = []
        var index = start

        func closeRow() {
            if row.width > 0 { draft.rows.append(row) }
            row = RowDraft()
        }
        func startCell(_ line: NormalizedLine) {
            let cell = line.tabCells().first ?? ("", "")
            row.cells.append(CellDraft(text: cell.text, raw: cell.raw, line: line.number))
        }
        func continueCell(_ line: NormalizedLine, afterBlanks: [Int]) {
            row.cells[row.cells.count - 1].appendEmpty(lines: afterBlanks.map { lines[$0].number })
            let paragraph = line.paragraph()
            row.cells[row.cells.count - 1].append(text: paragraph.text, raw: paragraph.raw, line: line.number)
        }

        scan: while index < lines.count {
            let line = lines[index]
            let shape = shapes[index]
            if shape == .empty {
                blanks.append(index)
                index += 1
                continue
            }
            let previousWidth = draft.rows.last?.width
            switch shape {
            case .tabLed(let leadingSpaces) where !leadingSpaces || index == start:
                if blanks.count >= 2 {
                    closeRow()
                    break scan
                }
                if blanks.count == 1 {
                    if let last = row.cells.last, last.paragraphs.count > 1,
                        let previousWidth, row.width < previousWidth
                    {
                        row.cells[row.cells.count - 1].appendEmpty(lines: [lines[blanks[0]].number])
                        draft.note(
                            "segment.judged_in_cell_blank",
                            "blank line read as the last paragraph of a cell: the row has \(row.width) of \(previousWidth) cells",
                            line: lines[blanks[0]].number)
                    } else {
                        closeRow()
                    }
                }
                startCell(line)
            case .text where !row.cells.isEmpty:
                if blanks.count >= 2 {
                    let bare = row.cells.last?.isBlankSoFar ?? false
                    guard bare, let previousWidth, row.width < previousWidth else {
                        closeRow()
                        break scan
                    }
                    draft.note(
                        "segment.judged_in_cell_blank",
                        "\(blanks.count) blank lines read as empty paragraphs of a cell that started with a bare TAB",
                        line: line.number)
                }
                continueCell(line, afterBlanks: blanks)
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

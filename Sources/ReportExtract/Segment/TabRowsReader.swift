/// Reads a table Tika prints from a block-level content control (a `<w:sdt>` around the table:
/// POI's `XWPFSDTContent.getText()`, one paragraph for the whole table): one row per line, cells
/// joined by TABs with no TAB before the first, so a row whose first cell is empty (merged down
/// from the row above) starts with its TAB, and a cell's later paragraphs follow its first after
/// a TAB of their own (`XWPFTableCell.getTextRecursively()`). Text copied from a table into a
/// plain-text editor has the same shape, without the paragraphs.
///
/// Judgement call, noted: the rows are the lines as they stand; a cell of several paragraphs
/// reads as several cells, which `LayoutConfidence` answers by trusting no figure beyond medium.
struct TabRowsReader {
    let lines: DocumentLines

    /// Where such a table starts: a line not led by a TAB that holds one, then another line
    /// holding one (Tika's DOM and SAX lead a table's first line with a TAB). A table whose first
    /// cell is empty starts with a TAB here too, and is left to the SAX reader: SAX breaks a
    /// header of two-paragraph cells (`→项目资金` ¶ `（万元）→→年初` ¶ `预算数→全年` …) into as
    /// many lines not led by a TAB as this layout's rows, so no count of them tells the two apart.
    static func starts(at index: Int, _ lines: DocumentLines, _ shapes: [LineShape]) -> Bool {
        guard index + 1 < lines.count, case .text = shapes[index] else { return false }
        return lines[index].holdsTab && lines[index + 1].holdsTab && !isContents(at: index, lines, shapes)
    }

    /// A table of contents: Word prints each entry as its heading, a TAB and its page number
    /// (昌都市宗教事务局's 2022 evaluation report, a clerk's reading: 23 page numbers became
    /// figures). An entry after `目录` or after another entry is no table row.
    private static func isContents(at index: Int, _ lines: DocumentLines, _ shapes: [LineShape]) -> Bool {
        guard isContentsEntry(lines[index]) else { return false }
        var previous = index - 1
        while previous >= 0, shapes[previous] == .empty { previous -= 1 }
        guard previous >= 0 else { return false }
        return isContentsEntry(lines[previous]) || isContentsHeading(lines[previous].text)
    }

    private static func isContentsEntry(_ line: NormalizedLine) -> Bool {
        let cells = line.textCells()
        guard cells.count == 2, !cells[0].text.isEmpty else { return false }
        let page = cells[1].text.unicodeScalars
        return (1...3).contains(page.count) && page.allSatisfy { ("0"..."9").contains($0) }
    }

    private static func isContentsHeading(_ text: String) -> Bool {
        CellText.compact(text) == "目录"
    }

    func read(from start: Int) -> TableDraft {
        var draft = TableDraft(layout: .tabRows)
        var index = start
        while index < lines.count, lines[index].holdsTab {
            var row = RowDraft()
            for cell in lines[index].textCells() {
                row.cells.append(CellDraft(text: cell.text, raw: cell.raw, line: lines[index].number))
            }
            draft.rows.append(row)
            index += 1
        }
        draft.end = index
        return draft
    }
}

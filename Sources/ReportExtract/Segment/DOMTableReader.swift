/// Reads one table in Tika's DOM layout (Tika ≤ 3): every cell starts on a TAB-led line, lines
/// without a TAB continue the cell, and a blank line ends the row.
///
/// A blank line is ambiguous: it may be an empty paragraph inside a cell. The reader cuts the
/// table into runs at every blank line before a TAB line and lets `RowJoiner` decide which runs
/// are one row (`→2884.85` ¶ `→2575.76` …). Text after blank lines is settled here:
/// - text after one blank continues the cell; after two or more blanks it ends the table, unless
///   the cell so far is a bare TAB in an unfinished row (`→` `¶` `¶` `¶` `产出指标`) and the text
///   does not open a new part of the document (`附件3`, a table title);
/// - a line led by a space ends the table (Tika's table ends without blank lines).
struct DOMTableReader {
    let lines: DocumentLines
    let shapes: [LineShape]
    var budget = DocumentBudget.unlimited
    /// Whether each TAB-led line's text is let go of once its cell is made (`DocumentLines`).
    /// Nothing reads a table's TAB-led lines again but the prose wraps of text no Tika wrote
    /// (`ProseWraps`, where the segmenter searches for unread tables): the segmenter asks
    /// for it only where it does not search.
    var letsGoOfLines = false
    /// Words that mark a header cell (`SegmentationOptions.headerWords`), for `RowJoiner`: a
    /// blank line says nothing of a row's end, where SAX's grammar tells a form's name row from
    /// the header after it (`SAXTableReader.costs`); both readers pass them (SAX for a header
    /// run together with the row under it).
    var headerWords: [String] = []

    /// Whether the lines of text from `index` (up to the next blank or TAB line, a few at most)
    /// hold report text: a page mark before the next form's title (上海市普陀区 2022: `-1-` ¶
    /// `财政项目支出绩效自评表` ¶ `（2022年度）` after a 总分 row's empty last cell) is no cell's text.
    private func opensReportText(at index: Int) -> Bool {
        var position = index
        while position < lines.count, position < index + Self.linesLookedAhead, shapes[position] == .text {
            if CellText.isReportText(lines[position].text) { return true }
            position += 1
        }
        return false
    }

    private static let linesLookedAhead = 4

    /// Whether the text at `index`, after one blank line closing a full row, is the report's own
    /// and not the last cell's later paragraph. Tika ends a table with two blank lines or none;
    /// text from elsewhere (web pages copied cell by cell, clerks' transcriptions) with one, and
    /// the paragraphs after it were all joined into the last cell (江西财经大学, 上海嘉定区: a whole
    /// 三公 section lost, no diagnostic). A cell's paragraphs end at the row's end or the table's
    /// (a blank before a TAB line, two blanks, a space-led line): report text running on for
    /// `paragraphsOfText` paragraphs or to the end of the document with none of them is not a cell's.
    /// Nor is the next table's title (`财政项目支出绩效自评表` between two forms, 九亭 2020, a clerk's
    /// reading: the second form ran on inside the first, their funds rows summed together), nor
    /// any text after an amount (`→0.7` ¶ ¶ `扫一扫在手机打开当前页` at a web page's end, 重庆 2024: the
    /// 0.7 was lost): an amount's cell holds no paragraph of words.
    private func endsTableAfterOneBlank(at index: Int, afterAmount: Bool) -> Bool {
        if CellText.startsDocumentPart(lines[index].text) { return true }
        guard afterAmount || CellText.isReportText(lines[index].text) else { return false }
        var paragraphs = 1
        var position = index + 1
        // Bounded, so a long cell asked at each of its blanks costs no more than its length.
        while position < lines.count, position - index < Self.linesOfTextLookedAhead {
            switch shapes[position] {
            case .text:
                if shapes[position - 1] == .empty { paragraphs += 1 }
                if paragraphs >= Self.paragraphsOfText { return true }
            case .empty:
                if position + 1 < lines.count, shapes[position + 1] == .empty { return false }
            default:
                return false
            }
            position += 1
        }
        return position == lines.count
    }

    /// Whether a TAB-led line follows within the lines looked ahead. A row narrower than the one
    /// before may be unfinished, its last cell's paragraphs then more cells; one no TAB line
    /// follows is finished (六安市工商联 2021, a clerk's reading: a web page's last 三公 row printed
    /// one cell, `→公务用车购置费`, and the whole 三公 section after it was read as that cell's).
    private func resumesTable(after index: Int) -> Bool {
        var position = index + 1
        while position < lines.count, position - index < Self.linesOfTextLookedAhead {
            if shapes[position].isTabLed { return true }
            position += 1
        }
        return false
    }

    private static func holdsAmount(_ cell: CellDraft) -> Bool {
        CellText.looksLikeValue(CellText.join(cell.paragraphs))
    }

    private static let paragraphsOfText = 3
    private static let linesOfTextLookedAhead = 200

    func read(from start: Int) -> TableDraft {
        var draft = TableDraft(layout: .dom)
        var runs: [RowDraft] = []
        var row = RowDraft()
        var blanks: [Int] = []
        var index = start

        func closeRow() {
            if row.width > 0 { runs.append(row) }
            row = RowDraft()
            // Room for as many cells as the row before has: a table's rows are mostly as wide,
            // so the cells are appended in place. Grown by doubling, a row of three held room
            // for four (a 300,000-row table's drafts: about 10 MB more at segment's peak).
            row.cells.reserveCapacity(runs.last?.width ?? 0)
        }
        func startCell(_ line: NormalizedLine) {
            let cell = line.firstTabCell() ?? ("", "")
            row.cells.append(CellDraft(text: cell.text, raw: cell.raw, line: line.number))
        }
        func continueCell(_ line: NormalizedLine, afterBlanks: [Int]) {
            row.cells[row.cells.count - 1].appendEmpty(lines: afterBlanks.map { lines[$0].number })
            let paragraph = line.paragraph()
            row.cells[row.cells.count - 1].append(text: paragraph.text, raw: paragraph.raw, line: line.number)
        }

        scan: while index < lines.count, !budget.isSpent {
            budget.count()
            let line = lines[index]
            let shape = shapes[index]
            if shape == .empty {
                blanks.append(index)
                index += 1
                continue
            }
            let previousWidth = runs.last?.width
            switch shape {
            case .tabLed(let leadingSpaces) where !leadingSpaces || index == start:
                if !blanks.isEmpty {
                    closeRow()
                    row.blanksBefore = OneOrMany(blanks.map { lines[$0].number })
                }
                startCell(line)
                if letsGoOfLines { lines.letGoOfText(at: index) }
            case .spaceLed where blanks.count <= 3 && row.cells.last?.isBlankSoFar == true
                && (blanks.isEmpty || (index + 1 < lines.count && shapes[index + 1].isTabLed))
                && !CellText.isReportText(line.text):
                // `→` then `      公务用车运行维护费`: an indented paragraph of a cell that
                // started empty, not Tika's space-led table end (which follows a filled cell, or
                // an empty last cell and then a sentence of the text, ` 下一步将进一步加强…。`, a
                // section heading, ` 三、绩效目标完成情况`, or the next attachment's heading,
                // ` 附件4`).
                continueCell(line, afterBlanks: blanks)
            case .text where !row.cells.isEmpty:
                if blanks.count >= 2 {
                    // Two blank lines also end a table whose narrower last row (`总分`) ends in
                    // an empty cell; an attachment heading, a table title, a section heading
                    // (`三、绩效目标完成情况`) or a sentence of the text (`绩效自评结果将在政府门户
                    // 网站公开…。`) after them says so.
                    let bare = row.cells.last?.isBlankSoFar ?? false
                    guard bare, let previousWidth, row.width < previousWidth, !opensReportText(at: index) else {
                        closeRow()
                        break scan
                    }
                    draft.note(
                        "segment.judged_in_cell_blank",
                        "\(blanks.count) blank lines read as empty paragraphs of a cell that started with a bare TAB",
                        line: line.number)
                } else if blanks.count == 1, let previousWidth,
                    endsTableAfterOneBlank(at: index, afterAmount: row.cells.last.map(Self.holdsAmount) ?? false),
                    row.width >= previousWidth || !resumesTable(after: index)
                {
                    draft.note(
                        "segment.table_end_one_blank",
                        "one blank line read as the table's end: the text after it runs on as the report's, not a cell's",
                        line: line.number)
                    closeRow()
                    break scan
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
        let joined = RowJoiner(budget: budget, headerWords: headerWords, readsNearbyWidths: true).join(runs) { $0.cells.first?.firstLine ?? 0 }
        draft.rows = joined.rows
        for line in joined.joinedAt {
            draft.note(
                "segment.judged_in_cell_blank", "blank line read as an empty paragraph: the row goes on", line: line)
        }
        draft.end = index
        return draft
    }
}

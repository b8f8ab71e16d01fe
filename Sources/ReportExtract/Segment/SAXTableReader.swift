/// Reads one table in Tika's SAX layout (Tika 4, 3.3.2+): one row per line, cells separated by
/// TABs.
///
/// A cell's first paragraph follows its TAB; each later paragraph is written as `\n` + text +
/// `\n`, a row ends with `\n` and the table with one more `\n`. So a multi-paragraph cell breaks
/// its row over several lines, the row resuming on the next TAB line, and the blank lines
/// between two non-blank lines say what lies between them:
///
/// | before   | next line | blank lines: meaning                                             |
/// |----------|-----------|------------------------------------------------------------------|
/// | TAB line | text      | even: later paragraphs of the last cell; odd: the table ended     |
/// | later ¶  | text      | odd: another paragraph of the cell; even: the table ended         |
/// | TAB line | TAB line  | 0: next row; 1: an empty later paragraph; ≥ 2: as the parity says |
/// | later ¶  | TAB line  | 0: same row; odd: next row; even: table end or empty paragraphs   |
///
/// Two things blur it: a line break inside a paragraph (`偏差原因` `分析及` `改进措施` in the last
/// cell, then the next row, reads like later paragraphs and the next cell), and Word's empty
/// paragraphs without properties (`<w:p/>`), which Tika ends without starting and then starts at
/// whatever element comes next, adding newlines (`→→→` ¶ `受益群众` is one row whose 三级指标 cell
/// opens with an empty paragraph). So every TAB line starts a run, the grammar's reading becomes
/// the cost of joining or breaking, and `RowJoiner` decides with the widths of the table's rows.
/// Text after an odd number of blank lines still continues a row whose last cell is empty when
/// the row resumes on the next line (`受益群众` `→正向指标→…`), unless it opens a new part of the
/// document (`附件3`, a table title).
struct SAXTableReader {
    let lines: DocumentLines
    let shapes: [LineShape]
    var budget = DocumentBudget.unlimited
    /// Words that mark a header cell (`SegmentationOptions.headerWords`), for `RowJoiner`.
    var headerWords: [String] = []

    func read(from start: Int) -> TableDraft {
        var draft = TableDraft(layout: .sax)
        var runs: [RowDraft] = []
        var run = RowDraft()
        var blanks: [Int] = []
        var afterLaterParagraph = false
        var index = start

        scan: while index < lines.count, !budget.isSpent {
            budget.count()
            let line = lines[index]
            let shape = shapes[index]
            if shape == .empty {
                blanks.append(index)
                index += 1
                continue
            }
            switch shape {
            case .tabLed where blanks.count == (afterLaterParagraph ? 1 : 0) && continuesLastCell(line, run: run):
                // `→个别项目验收延迟` then `→下一步将加强跟踪问效。`: a later paragraph of the last cell
                // that starts with a tab stop, not a one-cell row; after a later paragraph it comes
                // one blank line down (`部分资金未及时拨付…` ¶ ¶ `→下一步将加强跟踪问效。`), where it
                // had opened a row that the total row under it then joined.
                let cell = line.tabCells()[0]
                run.cells[run.cells.count - 1].append(text: cell.text, raw: cell.raw, line: line.number)
                afterLaterParagraph = true
            case .tabLed(let leadingSpaces)
            where (!leadingSpaces || index == start) && blanks.count <= 4 && !opensNextTable(index, afterBlanks: blanks.count):
                if run.width > 0 { runs.append(run) }
                run = RowDraft()
                run.blanksBefore = OneOrMany(blanks.map { lines[$0].number })
                (run.joinCost, run.breakCost) = Self.costs(blanks: blanks.count, afterLaterParagraph: afterLaterParagraph)
                for cell in line.tabCells() {
                    run.cells.append(CellDraft(text: cell.text, raw: cell.raw, line: line.number))
                }
                afterLaterParagraph = false
            case .text where run.width > 0, .spaceLed where run.width > 0 && run.cells.last?.isBlankSoFar == true:
                guard let empty = continuation(
                    blanks: blanks.count, afterLaterParagraph: afterLaterParagraph, run: run, at: index)
                else { break scan }
                if empty.judged {
                    draft.note(
                        "segment.judged_sax_in_cell_blank",
                        "blank lines read as an empty paragraph of a cell: the row resumes on the next line",
                        line: line.number)
                }
                run.cells[run.cells.count - 1].appendEmpty(lines: blanks.prefix(empty.count).map { lines[$0].number })
                // A line break inside a paragraph (`可持续` <w:br/> `影响指标`) carries the rest of
                // the row on the same line: `影响指标→项目持续发挥效益年限→…`.
                let pieces = line.textCells()
                run.cells[run.cells.count - 1].append(text: pieces[0].text, raw: pieces[0].raw, line: line.number)
                for cell in pieces.dropFirst() {
                    run.cells.append(CellDraft(text: cell.text, raw: cell.raw, line: line.number))
                }
                afterLaterParagraph = pieces.count == 1
            default:
                break scan
            }
            blanks = []
            index += 1
        }
        if run.width > 0 { runs.append(run) }
        let joined = RowJoiner(budget: budget, headerWords: headerWords).join(runs) { $0.cells.first?.firstLine ?? 0 }
        draft.rows = joined.rows
        for line in joined.joinedAt {
            draft.note("segment.judged_sax_same_row", "line break read as inside the row: the row goes on", line: line)
        }
        draft.end = index
        return draft
    }

    /// The grammar's opinion of the boundary before a TAB line, as costs: what joining it to the
    /// run before costs, and what breaking the row there costs.
    static func costs(blanks: Int, afterLaterParagraph: Bool) -> (join: Double, break: Double) {
        switch (afterLaterParagraph, blanks) {
        case (false, 0): (1.5, 0)  // a first paragraph, then the row's end
        case (true, 0): (0, 1)  // a later paragraph, then the next cell (or a line break and the next row)
        case (false, 1): (0, 0.3)  // an empty later paragraph (or a row ending in one Tika closed twice)
        case (true, 1): (1.5, 0)  // a later paragraph, then the row's end
        case (false, 2): (0.5, 0)
        default: (0, 0)
        }
    }

    /// How many of the blank lines before a text line are empty paragraphs of the run's last cell,
    /// whether that was a judgement call, or nil when the text lies past the table's end.
    private func continuation(
        blanks count: Int, afterLaterParagraph later: Bool, run: RowDraft, at index: Int
    ) -> (count: Int, judged: Bool)? {
        let continues = later ? (count % 2 == 1 || count == 0) : count % 2 == 0
        let empty = later ? max(count - 1, 0) / 2 : count / 2
        if continues { return count > 0 && endsAtReportText(run: run, at: index) ? nil : (empty, false) }
        // The last row's last cell may hold its number after such an empty paragraph: a bare
        // number on its own line before a blank line is no paragraph of prose (`→总分→100→` ¶ `97.4`).
        let endsRow = CellText.looksLikeValue(lines[index].text)
            && (index + 1 >= lines.count || shapes[index + 1] == .empty)
        guard count <= 4, run.cells.last?.isBlankSoFar == true, resumesRow(after: index) || endsRow,
            !CellText.startsDocumentPart(lines[index].text)
        else { return nil }
        return (empty, true)
    }

    /// The report's own text after blank lines (`→合计→10,240.38` ¶ ¶ ¶ `六、部门整体支出绩效情况`:
    /// the table's end and an empty paragraph of the text, which the grammar reads as an empty
    /// later paragraph): a cell holding a figure goes on with no heading or sentence, an empty
    /// one with no heading.
    private func endsAtReportText(run: RowDraft, at index: Int) -> Bool {
        let text = lines[index].text
        guard let last = run.cells.last else { return false }
        if last.isBlankSoFar {
            guard CellText.isSectionHeading(text) || CellText.startsDocumentPart(text) else { return false }
            // A row label numbered as headings are (`（二）通用设备（个、台、辆等）` in a 固定资产 table)
            // when the row resumes on the next line with its figures (`→361→147.29`) or its
            // placeholders (`→—→—→—→—`): no table starts with a number or a dash.
            return !resumesWithValue(after: index)
        }
        return CellText.looksLikeValue(CellText.join(last.paragraphs)) && CellText.isReportText(text)
    }

    /// Whether the next line, or the one after a blank line (the row's end: `→` ¶ ¶ ¶ `一、项目支出`
    /// ¶ ¶ `→1→品质小区改造→`, a section row of a 支出明细表), is a TAB line whose first cell is a
    /// figure or a placeholder, written in the cell's first paragraph or, after an empty one, in
    /// its second (`→[bookmark: _Hlk128658461]` ¶ `180`).
    private func resumesWithValue(after index: Int) -> Bool {
        var next = index + 1
        if next < lines.count, shapes[next] == .empty { next += 1 }
        guard next < lines.count, shapes[next].isTabLed else { return false }
        let cells = lines[next].tabCells()
        guard var first = cells.first?.text else { return false }
        if cells.count == 1, CellText.trim(first).isEmpty, next + 1 < lines.count, shapes[next + 1] == .text {
            first = lines[next + 1].text
        }
        return CellText.looksLikeValue(first) || CellText.isPlaceholder(first)
    }

    /// A TAB line of one sentence (it ends with `。`) right after a row whose last cell holds text:
    /// that cell's next paragraph, typed after a tab stop.
    private func continuesLastCell(_ line: NormalizedLine, run: RowDraft) -> Bool {
        let cells = line.tabCells()
        guard cells.count == 1, let last = run.cells.last else { return false }
        let text = CellText.trim(cells[0].text)
        let previous = CellText.join(last.paragraphs)
        // A one-cell run continues only a sentence (a 偏差原因 cell), not a label.
        if run.width == 1, !(previous.count >= 8 && previous.unicodeScalars.contains { $0 == "，" || $0 == "。" }) {
            return false
        }
        return text.hasSuffix("。") && !RowJoiner.isNote(text) && !previous.isEmpty && !CellText.looksLikeValue(previous)
    }

    /// After a blank line, a one-cell row holding a table title (`2023年度…绩效自评表`) is the next
    /// table's first row.
    private func opensNextTable(_ index: Int, afterBlanks blanks: Int) -> Bool {
        guard blanks > 0 else { return false }
        let cells = lines[index].tabCells()
        return cells.count == 1 && CellText.startsDocumentPart(cells[0].text)
    }

    /// Whether the row resumes after this text line: a TAB line within one blank line, possibly
    /// after more paragraphs of the same cell, each one blank line apart (`偏差原因` ¶ `分析及` ¶
    /// `改进措施` ¶ `→…`). Prose paragraphs follow each other with no blank line.
    private func resumesRow(after index: Int) -> Bool {
        var position = index + 1
        for _ in 0..<12 {
            var next = position
            while next < lines.count, next <= position + 3, shapes[next] == .empty { next += 1 }
            guard next < lines.count else { return false }
            let blanks = next - position
            if shapes[next].isTabLed { return blanks <= 1 }
            // Another paragraph of the cell sits one blank line further, or three when an empty
            // paragraph lies between (`产出指标` ¶ ¶ ¶ ¶ `（50分）`: the same parity as `continuation`);
            // a short line right below is the same paragraph broken by a line break (`绩效` `指标`).
            guard shapes[next] == .text else { return false }
            let brokenLine = blanks == 0 && lines[next].text.unicodeScalars.count <= 10
                && lines[position - 1].text.unicodeScalars.count <= 10
            guard blanks == 1 || blanks == 3 || brokenLine else { return false }
            position = next + 1
        }
        return false
    }
}

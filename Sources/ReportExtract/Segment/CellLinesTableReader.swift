/// Reads a table printed one cell per line with no row mark (LibreOffice's `--convert-to txt`,
/// docx2txt) whose extent `CellLinesTables` found: its cells, one per line, are the tokens
/// of `FlattenedTableReader`, which tells the header from its column words, cuts rows where a run
/// of labels follows numbers and lays each row out under the header's columns by kind. Empty
/// lines are no cells, as an empty cell and an empty paragraph inside a cell print alike; only
/// their count before each token is kept, to tell a header's two rows apart (`twoHeaderRows`).
struct CellLinesTableReader {
    let lines: DocumentLines
    let items: CellLineItems
    let reader: FlattenedTableReader
    /// The rules' labels, to tell a cell broken over two lines (`BrokenLabel`).
    let labelWords: [[Unicode.Scalar]]

    /// The tables of `extent`: one, or two where a small table stands before the header (a table
    /// inside a cell of the goals, `指标` `计划` `完成` `培训人次` `408` `420`); none when it reads
    /// no rows.
    func read(_ extent: Range<Int>) -> [TableDraft] {
        var tokens: [FlattenedTableReader.Token] = []
        var seen = Set<Int>()
        // Lines of one cell follow each other (docx2txt puts a blank line after each).
        let step = items.spaced ? 2 : 1
        var previousLine = -2
        var empties = 0
        for index in extent {
            guard let position = items.itemAt[index], seen.insert(position).inserted else { continue }
            let item = items.items[position]
            // Several numbers on one line are columns of spaces (pdftotext), not a cell.
            if Self.holdsSeveralNumbers(item.text) { return [] }
            switch item.kind {
            case .empty:
                previousLine = -2
                empties += 1
                continue
            case .stop: if !CellLinesTables.isLongCell(position, in: items, lines) { return [] }
            case .value, .placeholder, .text: break
            }
            // A bracket note under a label (`（人）`) is part of its name.
            let text = CellText.join([item.text] + item.more.map(\.text))
            let raw = CellText.join([item.raw] + item.more.map(\.raw))
            // docx2txt ends a line inside a paragraph with one line break (`偏差原因` ¶ `分析及`): the
            // same cell for sure. Otherwise the next line is the next paragraph, of this cell or the
            // next: `BrokenLabel` judges.
            let lineBreak = items.spaced && previousLine == item.line - 1
            // A label is short: past that, a cell's paragraphs are sentences, and joining them
            // one by one would cost their count squared.
            if item.kind == .text, let previous = tokens.last, !previous.isValue,
                lineBreak || previousLine == item.line - step && previous.text.utf8.count <= BrokenLabel.longestLabelBytes
                    && BrokenLabel.joins(previous.text, text, words: labelWords)
            {
                tokens[tokens.count - 1].text += text
                tokens[tokens.count - 1].raw += raw
                previousLine = item.more.last?.line ?? item.line
                continue
            }
            var token = FlattenedTableReader.Token(
                text: text, raw: raw, isValue: [.value, .placeholder].contains(item.kind) || item.kind == .text && FlattenedTableReader.isValue(text),
                span: 0..<0,
                isAttribute: OperatorCell.qualifier(text) != nil || UnitLexicon.isWholeUnit(text),
                line: lines[item.line].number, isWordValue: reader.valueWords.contains(CellText.compact(text)))
            token.emptiesBefore = tokens.isEmpty ? 0 : empties
            empties = 0
            previousLine = item.more.last?.line ?? item.line
            tokens.append(token)
        }
        guard tokens.lazy.filter(\.isValue).count >= 3 else { return [] }
        var parts = [tokens[...]]
        if let start = reader.tableStart(tokens), start > 0 {
            let before = tokens[..<start]
            let values = before.lazy.filter(\.isValue).count
            if values >= 2, before.count - values >= 3 { parts = [before, tokens[start...]] }
        }
        var drafts: [TableDraft] = []
        var start = extent.lowerBound
        for (number, part) in parts.enumerated() {
            let last = number == parts.count - 1
            let end = last ? extent.upperBound : (start..<extent.upperBound).first { lines[$0].number >= parts[number + 1].first!.line } ?? extent.upperBound
            guard let draft = read(Array(part), lines: start..<end, trimmed: last) else { return [] }
            drafts.append(draft)
            start = end
        }
        return drafts
    }

    /// The table of `tokens`, printed on the line indices `range` (ending at its last figure when
    /// `trimmed`).
    private func read(_ tokens: [FlattenedTableReader.Token], lines range: Range<Int>, trimmed: Bool) -> TableDraft? {
        guard let first = tokens.first, let lastFigure = tokens.last(where: { $0.isValue || $0.text.unicodeScalars.contains(where: Scalars.isDigit) })?.line
        else { return nil }
        var draft = reader.read(tokens, layout: items.spaced ? .cellParagraphs : .cellLines, at: first.line)
        guard draft.rows.count >= 2 else { return nil }
        draft.note(
            "segment.cell_lines_table",
            "a table printed one cell per line without row marks: rows cut where labels follow numbers and laid out under "
                + "the header's columns by kind, a guess",
            line: first.line)
        draft.end = range.upperBound
        // Labels after the last figure's row (the next section's heading) stay prose; a label
        // holding its own figure (`其中：基本支出：85.90`) is one.
        draft.keepRows { row in row.cells.contains { !$0.isBlankSoFar && $0.firstLine <= lastFigure } }
        // Rows of headers alone: the lines were a list or headings, not a table.
        let headers = Set((draft.headerRows ?? []).joined())
        guard draft.rows.indices.contains(where: { !headers.contains($0) }) else { return nil }
        if trimmed {
            let lastLine = draft.rows.lazy.flatMap(\.cells).map(\.lastLine).max() ?? lastFigure
            if let after = range.first(where: { lines[$0].number > max(lastLine, lastFigure) }) { draft.end = after }
        }
        return draft
    }

    /// `97     09   09`, `其中:本年财政 233.5 287.2`: two space-parted pieces that are numbers (a
    /// date, `2023年 5月 10日`, is one cell).
    static func holdsSeveralNumbers(_ text: String) -> Bool {
        var numbers = 0
        for piece in text.unicodeScalars.split(whereSeparator: CellText.isSpace)
        where piece.first.map(Scalars.isDigit) == true && CellText.looksLikeValue(String(String.UnicodeScalarView(piece))) {
            numbers += 1
            if numbers >= 2 { return true }
        }
        return false
    }
}

/// Two lines that are one cell's text broken where Word wrapped or the author pressed Enter in
/// a narrow cell: a label the rules know runs across the break (`年度预算` ¶ `申请（万元）`,
/// `年度总体` ¶ `目标`) or opens both lines (`偏差原因` ¶ `分析及`), the first ends in a conjunction
/// (`分析及` ¶ `改进措施`), a year stands over what it dates (`2021年` ¶ `预算数`), or one character
/// was left over for the second line.
enum BrokenLabel {
    /// Longer than any label the rules know (in UTF-8 bytes, three to a Chinese character).
    static let longestLabelBytes = 120

    static func joins(_ first: String, _ second: String, words: [[Unicode.Scalar]]) -> Bool {
        let head = Array(CellText.compact(first).unicodeScalars)
        let tail = Array(CellText.compact(second).unicodeScalars)
        guard !head.isEmpty, !tail.isEmpty, !CellText.looksLikeValue(second) else { return false }
        if let last = head.last, "及和与、".unicodeScalars.contains(last) { return true }
        if LabelDoubt.isYear(first), ["预算数", "决算数", "执行数"].contains(CellText.compact(second)) { return true }
        // One character left over for the next line (`低收入群体居住条件改` ¶ `善`).
        // Not a cell of its own: a unit (`人`), an answer (`是`), an operator or a placeholder.
        if tail.count == 1, head.count >= 4, Scalars.isHan(tail[0]), !CellText.isPlaceholder(second),
            !UnitLexicon.isWholeUnit(second), OperatorCell.qualifier(second) == nil, !"是否有无".unicodeScalars.contains(tail[0])
        {
            return true
        }
        let joined = head + tail
        for word in words where word.count >= 3 {
            // A long label going on past the second line (`偏差原因` ¶ `分析及` ¶ `改进措施`).
            if word.count > joined.count {
                // Or written down a narrow cell a character a line (`绩` ¶ `效` ¶ `指` ¶ `标`).
                if joined.count >= 4 || tail.count == 1, word.starts(with: joined) { return true }
                continue
            }
            // Starts that put the word across the break.
            let lowest = max(0, head.count - word.count + 1)
            let highest = min(head.count - 1, joined.count - word.count)
            guard lowest <= highest else { continue }
            for start in lowest...highest where joined[start] == word[0] {
                if joined[start..<start + word.count].elementsEqual(word) { return true }
            }
        }
        return false
    }
}

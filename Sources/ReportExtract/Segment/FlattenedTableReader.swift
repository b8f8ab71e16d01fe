/// Reads a table run together on one line, cells parted by single spaces, empty cells gone (a
/// `.doc` shown as text, a table copied out of a page viewer, OCR):
/// `项目 预算数 决算数 合计 100.00 95.00 公用经费 50.00 45.00`. Words before the header
/// (`tableStart`) are the title; a run of labels ends the row before it and starts the next; a run of labels
/// holding column words (`经费控制情况(万元) 2022年预算数 2022年决算数`) is a header row of its
/// own; each row's tokens are then laid out under the header's columns (`FlattenedColumns`). The
/// reading is a guess from the tokens alone, so every figure read from it stays low
/// (`layout:flattened`, see `LayoutConfidence`).
struct FlattenedTableReader {
    let lines: DocumentLines
    /// Words of column headers (`预算数`, `执行率`): they mark a header row.
    let headerWords: [String]
    /// Words the table kinds' headers hold (`财政供养人员情况`, `预算部门`): with the column words,
    /// they say where a table's header starts.
    let tableWords: [String]
    /// Words a qualitative indicator's values are written in (`按时完成`), compacted.
    var valueWords: Set<String> = []
    /// Names of the columns the rows' names are in (`一级指标`, `三级指标`, `绩效指标`), compacted:
    /// a piece under one of them whole is a row's, not the end of the column's name.
    var labelColumns: Set<String> = []
    /// Whole names the rules give columns and rows (`年度指标值`, `实际完成值`), compacted.
    var columnNames: Set<String> = []

    struct Token {
        var text: String
        var raw: String
        var isValue: Bool
        /// Where the token lies in the line's scalars; empty for a cell line, which is all token.
        var span: Range<Int>
        /// An operator or a unit in a cell of its own (`≥`, `次`): part of the row it sits in.
        var isAttribute = false
        /// The number of the line the token was printed on.
        var line: Int
        /// A qualitative indicator's value in words (`效果明显`): goes under a value column.
        var isWordValue = false
        /// Empty cells printed right before it (one cell per line): in a header, where the
        /// second header row starts and which of its cells are merged down from the first.
        var emptiesBefore = 0
    }

    /// One line without TABs, at least three values, a header (`headerStart`), and its tokens
    /// parted by single spaces (a line of `pdftotext -layout` columns has wide gaps).
    func starts(at index: Int) -> Bool {
        // Asked of every line outside a table: one pass over the scalars first (three numbers
        // need three digits), the tokens only for a line that may be one.
        var digits = 0
        var wideGaps = 0
        var pieces = 0
        var previousSpace = false
        var inPiece = false
        for scalar in lines[index].text.unicodeScalars {
            if scalar == "\t" { return false }
            if Scalars.isDigit(scalar) { digits += 1 }
            let space = CellText.isSpace(scalar)
            if space, previousSpace { wideGaps += 1 }
            if !space, !inPiece { pieces += 1 }
            previousSpace = space
            inPiece = !space
        }
        // Tokens are made of these pieces (a spaced-out label joins two): fewer than five pieces,
        // fewer than five tokens. Most prose lines end here, before any token is classified.
        guard digits >= 3, pieces >= 5 else { return false }
        let tokens = tokens(lines[index])
        guard tokens.count >= 5, wideGaps * 4 <= tokens.count,
            tokens.lazy.filter(\.isValue).count >= 3,
            // Prose keeps its sentences whole: a line of them is not a table's cells.
            tokens.lazy.filter({ Self.isSentence($0.text) }).count * 3 <= tokens.count
        else { return false }
        return headerStart(tokens) != nil
    }

    /// Where the table's header starts: in the first run of labels that holds two column words
    /// (`项目 预算数 决算数`), or a table's title and four labels after it (`…完成情况表 工作任务 计划
    /// 目标 完成情况 完成率`), with three values after it at least. Runs before it are not the
    /// table's (a `.doc`'s properties printed first: `安福全 zlnb210061 1 2019-05-22T04:56:35Z …`).
    func headerStart(_ tokens: [Token]) -> Int? {
        var runStart = 0
        while runStart < tokens.count {
            let runEnd = tokens[runStart...].firstIndex(where: \.isValue) ?? tokens.count
            guard tokens[runEnd...].lazy.filter(\.isValue).prefix(3).count >= 3 else { return nil }
            let run = tokens[runStart..<runEnd]
            let named = run.filter { token in
                isColumnWord(token.text) || isTableWord(token.text) || Self.isAmountColumn(token.text)
            }
            if named.count >= 2, named.contains(where: { isColumnWord($0.text) }) {
                return run.firstIndex { isColumnWord($0.text) || isTableWord($0.text) } ?? runStart
            }
            if let title = Self.titleEnd(run), runEnd - title >= 4 { return title }
            runStart = tokens[runEnd...].firstIndex { !$0.isValue } ?? tokens.count
        }
        return nil
    }

    /// Where the table's header row starts: at `headerStart`, or before it by the years over the
    /// first column words (`2023年 预算数`) and the label column's name (`项目 年初预算数 …`).
    func tableStart(_ tokens: [Token]) -> Int? {
        headerStart(tokens).map { steppedBack($0, in: tokens) }
    }

    private func steppedBack(_ start: Int, in tokens: [Token]) -> Int {
        var start = start
        while start > 0, LabelDoubt.isYear(tokens[start - 1].text) { start -= 1 }
        if start > 0, !tokens[start - 1].isValue, !Self.isTitleWord(tokens[start - 1].text) { start -= 1 }
        return start
    }

    /// The index after the last table title (`…情况表`) among `tokens`.
    static func titleEnd(_ tokens: ArraySlice<Token>) -> Int? {
        tokens.lastIndex { CellText.startsDocumentPart($0.text) && !$0.text.hasPrefix("附件") }.map { $0 + 1 }
    }

    /// `金额`, `支出数`: a short label of a column of amounts.
    static func isAmountColumn(_ text: String) -> Bool {
        let compacted = CellText.compact(text)
        return compacted.unicodeScalars.count <= 6 && ["额", "数"].contains { compacted.hasSuffix($0) }
    }

    func read(from index: Int) -> TableDraft {
        var draft = read(tokens(lines[index]), layout: .flattened, at: lines[index].number)
        draft.note(
            "segment.flattened_table",
            "a table run together on one line read token by token: rows and columns are a guess", line: lines[index].number)
        draft.end = index + 1
        return draft
    }

    /// The table of `tokens` (a line's, or a run of cell lines' one per cell): title, header rows,
    /// and rows laid out under the header's columns. `line` is the number of the first line.
    func read(_ tokens: [Token], layout: TableLayout, at line: Int) -> TableDraft {
        var rows = FlattenedRows(reader: self, tokens: tokens, draft: TableDraft(layout: layout), line: line)
        let headerStart = steppedBack(
            headerStart(tokens) ?? tokens.firstIndex { isColumnWord($0.text) || isTableWord($0.text) } ?? 0, in: tokens)
        if headerStart > 0 { rows.addTitle(tokens[..<headerStart]) }
        var position = headerStart
        while position < tokens.count {
            // A run of labels, then the run of values after it.
            let labelsEnd = tokens[position...].firstIndex(where: \.isValue) ?? tokens.count
            var labels = Array(tokens[position..<labelsEnd])
            rows.takeReason(from: &labels)
            let beforeOrdinal = labelsEnd < tokens.count && Self.isOrdinal(tokens[labelsEnd].text)
            if let header = headerCut(labels, first: rows.columns == nil, beforeOrdinal: beforeOrdinal) {
                let next = header.upperBound < labels.count ? labels[header.upperBound] : tokens[safe: labelsEnd]
                rows.addHeader(labels[header], after: labels[..<header.lowerBound], next: next)
                labels = Array(labels[header.upperBound...])
            }
            let valuesEnd = tokens[labelsEnd...].firstIndex(where: { !$0.isValue && !$0.isAttribute }) ?? tokens.count
            if !labels.isEmpty, !rows.continueWithWord(labels, valuesAfter: valuesEnd - labelsEnd) {
                rows.startRow(labels, last: labelsEnd == tokens.count)
            }
            rows.addValues(tokens[labelsEnd..<valuesEnd])
            position = valuesEnd
        }
        rows.finishRow()
        rows.draft.headerRows = rows.headerRows
        return rows.draft
    }

    /// A header printed one cell per line whose empty cells part it in two rows, as Tika's DOM
    /// text gives a merged header: the first row's cells, then the second's with an empty cell
    /// under each cell merged down (`固定资产类别` `账面数` ¶ `` `数量` `原值` `在用` `利用率`). Taken
    /// only where the second row is the wider, `HeaderStacking` lines the two up, and every cell
    /// over several columns names quantities (`账面数`, `2023年`), never names (`主管部门`).
    static func twoHeaderRows(_ header: [Token], next: Token?) -> (upper: RowDraft, lower: RowDraft, columns: FlattenedColumns)? {
        guard let split = header.indices.dropFirst(2).first(where: { header[$0].emptiesBefore > 0 }) else { return nil }
        let upper = Array(header[..<split])
        let upperTexts = upper.map(\.text)
        // Every empty line an empty cell; failing that, only those opening the second row (the
        // others empty paragraphs under a label: `固定资产类别` ¶ `` ¶ `账面数` ¶ `` ¶ `数量` ¶ `` ¶ `原值`).
        var found: (lower: [Token?], owners: [Int])?
        for everyEmpty in [true, false] where found == nil {
            var lower: [Token?] = []
            for (offset, token) in header[split...].enumerated() {
                lower += [Token?](repeating: nil, count: everyEmpty || offset == 0 ? token.emptiesBefore : 0) + [token]
            }
            lower += [Token?](repeating: nil, count: next?.emptiesBefore ?? 0)
            guard lower.count > upper.count,
                let owners = HeaderStacking.owners(
                    upper: HeaderStacking.cells(upperTexts), lower: HeaderStacking.cells(lower.map { $0?.text ?? "" }))
            else { continue }
            found = (lower, owners)
        }
        guard let (lower, owners) = found else { return nil }
        let lowerTexts = lower.map { $0?.text ?? "" }
        for (index, token) in upper.enumerated() where owners.filter({ $0 == index }).count >= 2 {
            guard FlattenedColumns.kind(token.text) == .number || LabelDoubt.isYear(token.text) else { return nil }
        }
        let labels = lowerTexts.indices.map { HeaderStacking.join(upperTexts[owners[$0]], lowerTexts[$0]) }
        let raws = lower.indices.map { HeaderStacking.join(upper[owners[$0]].raw, lower[$0]?.raw ?? "") }
        func cell(_ token: Token?, near line: Int) -> CellDraft {
            CellDraft(text: token?.text ?? "", raw: token?.raw ?? "", line: token?.line ?? line)
        }
        let line = upper.last!.line
        return (
            RowDraft(cells: upper.map { cell($0, near: line) }), RowDraft(cells: lower.map { cell($0, near: line) }),
            FlattenedColumns(header: labels, raws: raws))
    }

    /// The header row inside a run of labels: the column words that end last in it, with one
    /// side label before them (`绩效指标 一级指标 二级指标 …`); the run's labels after it name
    /// the next row. The first run of a table is its header up to its last column word.
    private func headerCut(_ labels: [Token], first: Bool, beforeOrdinal: Bool = false) -> Range<Int>? {
        // Laying a row out costs its tokens times the header's columns: the labels nearest the
        // values are the header, those before a wider run a title or the rows before it.
        headerCutAnyWidth(labels, first: first, beforeOrdinal: beforeOrdinal).map { cut in
            max(cut.lowerBound, cut.upperBound - Self.widestHeader)..<cut.upperBound
        }
    }

    /// More columns than a report's table has.
    static let widestHeader = 40

    private func headerCutAnyWidth(_ labels: [Token], first: Bool, beforeOrdinal: Bool) -> Range<Int>? {
        guard var last = labels.lastIndex(where: { isColumnWord($0.text) }) else {
            return first && !labels.isEmpty ? 0..<max(labels.count - 1, 1) : nil
        }
        if first {
            // `科目名称 金额`, `序号 上级专项资金支出 支出数`: amount columns right after the named ones;
            // `… 自评得分 未完成原因分析`: a column for reasons or notes last. The run's last label
            // names the first row, unless a 序号 opens that row (`序号 … 完成率 1 森林防火巡护`).
            let numbered = beforeOrdinal && labels.contains { CellText.contains($0.text, "序号") }
            let kept = numbered ? 1 : 2
            while last + kept < labels.count, Self.isAmountColumn(labels[last + 1].text) || isTableWord(labels[last + 1].text)
                || numbered && FlattenedColumns.kind(labels[last + 1].text) == .number && !Self.namesRow(labels[last + 1].text)
                || FlattenedColumns.kind(labels[last + 1].text) == .text && !Self.isSentence(labels[last + 1].text)
            {
                last += 1
            }
            return 0..<(last + 1)
        }
        // Column words, two other labels between two of them at most (`得分 未完成原因分析
        // 运算符 指标值`).
        var start = last
        var words = 1
        func named(_ token: Token) -> Bool { isColumnWord(token.text) || LabelDoubt.isYear(token.text) }
        scan: while start > 0 {
            for gap in 0...2 where start - gap > 0 {
                let candidate = start - gap - 1
                if gap > 0, Self.isSentence(labels[candidate + 1].text) { break }
                if named(labels[candidate]) {
                    start = candidate
                    words += 1
                    continue scan
                }
            }
            break
        }
        guard words >= 2 else { return nil }
        if start > 0, !Self.isSentence(labels[start - 1].text) { start -= 1 }
        return start..<(last + 1)
    }

    /// A header word a column is named by; `名称` and `数量` only ending a short label (`项目名称`,
    /// not `数量指标` or `委托业务项目数量`), `指标` only as `一级指标`.
    func isColumnWord(_ text: String) -> Bool {
        let compacted = CellText.compact(text)
        guard !CellText.looksLikeValue(compacted) else { return false }
        let length = compacted.unicodeScalars.count
        if Self.indicatorSubColumns.contains(compacted) { return true }
        return headerWords.contains { word in
            guard CellText.contains(compacted, word) else { return false }
            if word == "名称" || word == "数量" { return compacted.hasSuffix(word) && length <= 6 }
            return length <= word.unicodeScalars.count + 10
        }
    }

    /// `head` and `rest` read together hold a header word neither holds alone (`实际` +
    /// `完成值`: 实际完成), not only a word one of them holds already (`未完成原` + `得分`).
    func isColumnWordAcross(_ head: String, _ rest: String) -> Bool {
        let (head, rest) = (CellText.compact(head), CellText.compact(rest))
        let joined = head + rest
        guard isColumnWord(joined) else { return false }
        return headerWords.contains { word in
            CellText.contains(joined, word) && !CellText.contains(head, word) && !CellText.contains(rest, word)
        }
    }

    /// `head` and `rest` read together are a column's whole name in the rules (`年度` +
    /// `指标值`), or hold a header word across them (`isColumnWordAcross`).
    func namesColumnTogether(_ head: String, _ rest: String) -> Bool {
        namesColumn(head, rest) || isColumnWordAcross(head, rest)
    }

    /// `head` and `rest` read together are a column's whole name in the rules (`一级` + `指标`) or
    /// one of the indicator block's sub-columns (`运算` + `符`).
    func namesColumn(_ head: String, _ rest: String) -> Bool {
        let joined = CellText.compact(head) + CellText.compact(rest)
        return columnNames.contains(joined) || Self.indicatorSubColumns.contains(joined)
    }

    /// The indicator block's sub-columns, which no rule needs as a header word.
    static let indicatorSubColumns: Set<String> = ["运算符", "度量单位", "计量单位", "指标性质", "指标方向"]

    func isTableWord(_ text: String) -> Bool {
        let compacted = CellText.compact(text)
        return tableWords.contains { CellText.contains(compacted, $0) }
    }

    /// A table's title or unit note, not a column's name: `…情况表`, `单位：万元`.
    static func isTitleWord(_ text: String) -> Bool {
        let compacted = CellText.compact(text)
        return compacted.unicodeScalars.count > 8 || compacted.hasSuffix("表") || compacted.hasPrefix("单位")
            || compacted.hasPrefix("附件") || isSentence(compacted)
    }

    static func isSentence(_ text: String) -> Bool {
        text.unicodeScalars.contains { "。；;".unicodeScalars.contains($0) }
            || text.unicodeScalars.filter({ $0 == "，" || $0 == "," }).count >= 2
    }

    /// A figure or an explicit no-value filling the token: qualified (`不低于279万元`, `1600余人`)
    /// as well as bare.
    static func isValue(_ text: String) -> Bool {
        if CellText.looksLikeValue(text) || CellText.isPlaceholder(text) { return true }
        guard text.unicodeScalars.contains(where: Scalars.isDigit) else { return false }
        switch NumberParser().parse(text) {
        case .value, .candidates: return true
        case .absent, .text: return false
        }
    }

    /// `一、基本支出`, `(1)公务用车购置费`, `合计`: a row's name (listed, or a total), never a column's.
    static func namesRow(_ text: String) -> Bool {
        let scalars = Array(CellText.compact(text).unicodeScalars)
        if let first = scalars.first, first == "(" || first == "（" { return true }
        if scalars.prefix(3).contains("、") { return true }
        return ["合计", "总计", "小计", "总分"].contains { CellText.compact(text).hasSuffix($0) }
    }

    /// `2`, `12`: a row's 序号, not a quantity.
    static func isOrdinal(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return !scalars.isEmpty && scalars.count <= 3 && scalars.allSatisfy(Scalars.isDigit)
    }

    /// The line's tokens between spaces, normalized and raw (cut at the same scalar positions).
    func tokens(_ line: NormalizedLine) -> [Token] {
        let texts = Array(line.text.unicodeScalars)
        var raws = Array(line.unmarkedRaw.unicodeScalars)
        if raws.count != texts.count { raws = texts }
        var tokens: [Token] = []
        var start: Int?
        for index in 0...texts.count {
            let space = index == texts.count || CellText.isSpace(texts[index])
            if space, let open = start {
                let text = String(String.UnicodeScalarView(texts[open..<index]))
                let raw = String(String.UnicodeScalarView(raws[open..<index]))
                // A label spaced out to fill its cell (`项  目`, `合  计`) is one label.
                if index - open == 1, CellText.containsCJK(text), var last = tokens.last, !last.isValue,
                    last.text.unicodeScalars.allSatisfy(Scalars.isHan),
                    last.span.count < 4
                {
                    last.span = last.span.lowerBound..<index
                    last.text = String(String.UnicodeScalarView(texts[last.span]))
                    last.raw = String(String.UnicodeScalarView(raws[last.span]))
                    tokens[tokens.count - 1] = last
                } else {
                    tokens.append(Token(
                        text: text, raw: raw, isValue: Self.isValue(text),
                        span: open..<index,
                        isAttribute: OperatorCell.qualifier(text) != nil || UnitLexicon.isWholeUnit(text), line: line.number,
                        isWordValue: valueWords.contains(CellText.compact(text))))
                }
                start = nil
            } else if !space, start == nil {
                start = index
            }
        }
        return tokens
    }
}

/// Reads a table run together on one line, cells parted by single spaces (OCR output, some web
/// copies): `项目 预算数 决算数 合计 100.00 95.00 公用经费 50.00 45.00`. The header is the labels
/// before the first row label; each row is a label and the numbers after it. The reading is a
/// guess from the tokens alone, so every figure read from it stays low (`layout:flattened`, see
/// `LayoutConfidence`).
struct FlattenedTableReader {
    let lines: [NormalizedLine]
    let headerWords: [String]

    /// One line, no sentence, at least three numbers and two header words before the first one.
    func starts(at index: Int) -> Bool {
        // Asked of every line outside a table: one pass over the scalars first (three numbers
        // need three digits), the tokens only for a line that may be one.
        var digits = 0
        for scalar in lines[index].text.unicodeScalars {
            if scalar == "。" || scalar == "，" || scalar == "\t" { return false }
            if Scalars.isDigit(scalar) { digits += 1 }
        }
        guard digits >= 3 else { return false }
        let tokens = Self.tokens(lines[index]).map(\.text)
        guard let first = tokens.firstIndex(where: CellText.looksLikeValue),
            tokens.filter(CellText.looksLikeValue).count >= 3
        else { return false }
        let headers = tokens[..<first].filter { token in headerWords.contains { CellText.contains(token, $0) } }
        return headers.count >= 2
    }

    func read(from index: Int) -> TableDraft {
        var draft = TableDraft(layout: .flattened)
        let line = lines[index]
        let tokens = Self.tokens(line)
        let isValue = tokens.map { CellText.looksLikeValue($0.text) || CellText.isPlaceholder($0.text) }
        let first = isValue.firstIndex(of: true) ?? tokens.count
        // The last label before the first number names the first row.
        let headerEnd = max(first - 1, 1)
        var header = RowDraft()
        header.cells = tokens[..<headerEnd].map { CellDraft(text: $0.text, raw: $0.raw, line: line.number) }
        draft.rows.append(header)
        var row = RowDraft()
        for (position, token) in tokens.enumerated().dropFirst(headerEnd) {
            if !isValue[position], !row.cells.isEmpty, isValue[position - 1] {
                draft.rows.append(row)
                row = RowDraft()
            }
            row.cells.append(CellDraft(text: token.text, raw: token.raw, line: line.number))
        }
        if !row.cells.isEmpty { draft.rows.append(row) }
        draft.note(
            "segment.flattened_table",
            "a table run together on one line read token by token: rows and columns are a guess", line: line.number)
        draft.end = index + 1
        return draft
    }

    /// The line's tokens between spaces, normalized and raw (cut at the same scalar positions).
    static func tokens(_ line: NormalizedLine) -> [(text: String, raw: String)] {
        let texts = Array(line.text.unicodeScalars)
        var raws = Array(line.unmarkedRaw.unicodeScalars)
        if raws.count != texts.count { raws = texts }
        var tokens: [(String, String)] = []
        var start: Int?
        for index in 0...texts.count {
            let space = index == texts.count || CellText.isSpace(texts[index])
            if space, let open = start {
                tokens.append((
                    String(String.UnicodeScalarView(texts[open..<index])),
                    String(String.UnicodeScalarView(raws[open..<index]))))
                start = nil
            } else if !space, start == nil {
                start = index
            }
        }
        return tokens
    }
}

/// The rows of a table read token by token (`FlattenedTableReader.read`): its title, its headers as
/// they come, and each row's tokens gathered until the next row starts, then laid out under the
/// header's columns.
struct FlattenedRows {
    typealias Token = FlattenedTableReader.Token

    let reader: FlattenedTableReader
    let tokens: [Token]
    var draft: TableDraft
    /// The number of the table's first line.
    let line: Int
    var headerRows: [[Int]] = []
    private(set) var columns: FlattenedColumns?
    /// A header holds a 序号 column: a small number before a row's name opens that row.
    private var numbered = false
    /// The tokens of the row being gathered.
    private var row: [Token] = []

    init(reader: FlattenedTableReader, tokens: [Token], draft: TableDraft, line: Int) {
        self.reader = reader
        self.tokens = tokens
        self.draft = draft
        self.line = line
    }

    /// Words before the header: the table's title, one cell.
    mutating func addTitle(_ title: ArraySlice<Token>) {
        var cell = CellDraft(
            text: title.map(\.text).joined(separator: " "), raw: title.map(\.raw).joined(separator: " "),
            line: title.first!.line)
        cell.lastLine = title.last!.line
        draft.rows.append(RowDraft(cells: [cell]))
    }

    /// A reason or note after a row's numbers (`部分资金未及时拨付，将加强资金调度`) is the row's
    /// last cell when the header ends in a column for it.
    mutating func takeReason(from labels: inout [Token]) {
        guard let columns, columns.endsInText, !row.isEmpty, let first = labels.first,
            CellText.contains(first.text, "，"), row.count < columns.labels.count
        else { return }
        row.append(first)
        labels.removeFirst()
    }

    /// A header (its labels before it rows of their own): stacked as two rows where a cell-per-line
    /// header's empty cells say so, else one row of stacked labels.
    mutating func addHeader(_ header: ArraySlice<Token>, after earlier: ArraySlice<Token>, next: Token?) {
        finishRow()
        for label in earlier { row = [label]; finishRow() }
        let headerTokens = Array(header)
        var built = FlattenedColumns(header: headerTokens.map(\.text), raws: headerTokens.map(\.raw))
        if built.labels == headerTokens.map(\.text), let rows = FlattenedTableReader.twoHeaderRows(headerTokens, next: next) {
            built = rows.columns
            headerRows.append([draft.rows.count, draft.rows.count + 1])
            draft.rows += [rows.upper, rows.lower]
        } else {
            headerRows.append([draft.rows.count])
            draft.rows.append(RowDraft(cells: built.labels.indices.map {
                CellDraft(text: built.labels[$0], raw: built.raws[$0], line: headerTokens[min($0, headerTokens.count - 1)].line)
            }))
        }
        columns = built
        numbered = numbered || built.isNumbered
    }

    /// A word where a value goes (`效果明显` after `定性 按时完成 /`) goes on with a row of words
    /// that has no number yet, when the numbers after it still fit the row.
    mutating func continueWithWord(_ labels: [Token], valuesAfter values: Int) -> Bool {
        guard let columns, labels.count == 1, !row.isEmpty, values >= 2, row.count + 1 + values <= columns.labels.count
        else { return false }
        let word = labels[0].text
        guard !FlattenedTableReader.namesRow(word), !reader.isColumnWord(word), !FlattenedTableReader.isSentence(word),
            !row.contains(where: { $0.isValue && !CellText.isPlaceholder($0.text) })
        else { return false }
        row += labels
        return true
    }

    /// A run of labels after numbers starts the next row; labels beyond what the header's columns
    /// for words hold are rows of their own whose cells were all empty (an operator or unit among
    /// them fills no such column). `last`: nothing follows them.
    mutating func startRow(_ labels: [Token], last: Bool) {
        // A number before a row's label is its 序号 (`… 90.1% 2 垃圾转运站运行`; after a row of
        // labels alone, spanning the table: `一、基本支出` `1` `供热补贴`).
        var carried: Token?
        if numbered, row.count > 2 || row.dropLast().allSatisfy({ !$0.isValue }), let previous = row.last,
            FlattenedTableReader.isOrdinal(previous.text)
        {
            carried = row.removeLast()
        }
        finishRow()
        if let carried { row.append(carried) }
        let room = max(columns?.labelColumnCount ?? 1, 1)
        var kept = labels.endIndex
        var words = 0
        while kept > labels.startIndex, words < room || labels[kept - 1].isAttribute {
            kept -= 1
            if !labels[kept].isAttribute { words += 1 }
        }
        var names = labels[...]
        if !last, kept > labels.startIndex {
            for earlier in labels[..<kept] { row.append(earlier); finishRow() }
            names = labels[kept...]
        }
        row += names
    }

    /// A run of values joins the row; a `……` after a whole row is the form's row for the items
    /// left out.
    mutating func addValues(_ values: ArraySlice<Token>) {
        for token in values {
            if let columns, row.count >= columns.labels.count, token.text.unicodeScalars.allSatisfy({ $0 == "…" || $0 == "." }) {
                finishRow()
            }
            row.append(token)
        }
    }

    /// The gathered tokens as a row, laid out under the header's columns.
    mutating func finishRow() {
        guard !row.isEmpty else { return }
        let laid = columns?.layOut(row) ?? row.map { Optional($0) }
        var cells: [CellDraft] = []
        for token in laid {
            cells.append(token.map { CellDraft(text: $0.text, raw: $0.raw, line: $0.line) }
                ?? CellDraft(text: "", raw: "", line: cells.last?.lastLine ?? line))
        }
        draft.rows.append(RowDraft(cells: cells))
        row = []
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

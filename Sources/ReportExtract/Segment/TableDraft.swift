/// A cell as the readers collect it, before titles, headers and fill-down are worked out.
///
/// Held compactly, as `Cell` is: nearly every cell is one paragraph printed as it reads (its raw
/// paragraph the same bytes, its line `firstLine`), and for those only the text and the two
/// lines are stored (24 bytes instead of 80). The rest go to a `Detail`, made only for a cell
/// that differs. A 300,000-row table's drafts were the largest part of segment's memory, its
/// peak (a row of three cells: 144 bytes instead of 368).
struct CellDraft {
    /// What a cell holds beyond one paragraph printed as it reads, and its lines.
    private final class Detail {
        let paragraphs: OneOrMany<String>
        let rawParagraphs: OneOrMany<String>
        let lines: OneOrMany<Int>
        let firstLine: Int32
        let lastLine: Int32

        init(paragraphs: OneOrMany<String>, rawParagraphs: OneOrMany<String>, lines: OneOrMany<Int>, firstLine: Int32, lastLine: Int32) {
            self.paragraphs = paragraphs
            self.rawParagraphs = rawParagraphs
            self.lines = lines
            self.firstLine = firstLine
            self.lastLine = lastLine
        }
    }

    /// The compact cell's lines, or the detail that holds them: one word, as `Cell` holds them.
    private enum Form {
        case plain(firstLine: Int32, lastLineOffset: UInt16)
        case detailed(Detail)
    }

    /// The one paragraph, normalized and raw, of the compact cell; empty beside a `Detail`.
    private var storedText: String
    private var form: Form

    init(text: String, raw: String, line: Int) {
        storedText = ""
        form = .plain(firstLine: 0, lastLineOffset: 0)
        store(
            paragraphs: OneOrMany(text), rawParagraphs: OneOrMany(raw), lines: OneOrMany(line),
            firstLine: Int32(line), lastLine: Int32(line))
    }

    private var detail: Detail? {
        if case .detailed(let detail) = form { return detail }
        return nil
    }

    var paragraphs: OneOrMany<String> {
        get { detail?.paragraphs ?? OneOrMany(storedText) }
        set { store(paragraphs: newValue, rawParagraphs: rawParagraphs, lines: lines, firstLine: storedFirstLine, lastLine: storedLastLine) }
    }

    var rawParagraphs: OneOrMany<String> {
        get { detail?.rawParagraphs ?? OneOrMany(storedText) }
        set { store(paragraphs: paragraphs, rawParagraphs: newValue, lines: lines, firstLine: storedFirstLine, lastLine: storedLastLine) }
    }

    /// The line of each paragraph.
    var lines: OneOrMany<Int> {
        get { detail?.lines ?? OneOrMany(firstLine) }
        set { store(paragraphs: paragraphs, rawParagraphs: rawParagraphs, lines: newValue, firstLine: storedFirstLine, lastLine: storedLastLine) }
    }

    var firstLine: Int {
        get { Int(storedFirstLine) }
        // The compact cell's line is `firstLine`: its lines are taken out before it changes.
        set { store(paragraphs: paragraphs, rawParagraphs: rawParagraphs, lines: lines, firstLine: Int32(newValue), lastLine: storedLastLine) }
    }

    var lastLine: Int {
        get { Int(storedLastLine) }
        set { store(paragraphs: paragraphs, rawParagraphs: rawParagraphs, lines: lines, firstLine: storedFirstLine, lastLine: Int32(newValue)) }
    }

    private var storedFirstLine: Int32 {
        switch form {
        case .plain(let first, _): first
        case .detailed(let detail): detail.firstLine
        }
    }

    private var storedLastLine: Int32 {
        switch form {
        case .plain(let first, let offset): first + Int32(offset)
        case .detailed(let detail): detail.lastLine
        }
    }

    /// Holds nothing yet but empty paragraphs (a bare TAB line, possibly followed by blanks).
    var isBlankSoFar: Bool { detail?.paragraphs.allSatisfy(\.isEmpty) ?? storedText.isEmpty }

    mutating func append(text: String, raw: String, line: Int) {
        var (paragraphs, rawParagraphs, lines) = (paragraphs, rawParagraphs, lines)
        paragraphs.append(text)
        rawParagraphs.append(raw)
        lines.append(line)
        store(paragraphs: paragraphs, rawParagraphs: rawParagraphs, lines: lines, firstLine: storedFirstLine, lastLine: Int32(line))
    }

    mutating func appendEmpty(lines: some Sequence<Int>) {
        for line in lines { append(text: "", raw: "", line: line) }
    }

    private mutating func store(
        paragraphs: OneOrMany<String>, rawParagraphs: OneOrMany<String>, lines: OneOrMany<Int>, firstLine: Int32, lastLine: Int32
    ) {
        // Byte for byte, not `==`: canonically equal spellings print differently.
        if lines.only == Int(firstLine), let offset = UInt16(exactly: Int(lastLine) - Int(firstLine)),
            let paragraph = paragraphs.only, let rawParagraph = rawParagraphs.only,
            Scalars.sameBytes(paragraph, rawParagraph)
        {
            storedText = paragraph
            form = .plain(firstLine: firstLine, lastLineOffset: offset)
        } else {
            storedText = ""
            form = .detailed(Detail(paragraphs: paragraphs, rawParagraphs: rawParagraphs, lines: lines, firstLine: firstLine, lastLine: lastLine))
        }
    }
}

/// Held in 24 bytes, not 48: the costs as tenths in a byte each (the grammar's are tenths), the
/// padding as an `Int32`, both beside the blank lines' tag. A 300,000-row table's drafts are held
/// through segment, the stage's peak (about 7 MB).
struct RowDraft {
    var cells: [CellDraft]
    var width: Int { cells.count }
    /// Blank lines between the previous row and this one (empty paragraphs of the previous
    /// row's last cell, if the two turn out to be one row). Most often one: no array of its own
    /// (a 300,000-row table's were 14 MB of segment's peak).
    var blanksBefore = OneOrMany<Int>()
    private var joinTenths: UInt8 = 0
    private var breakTenths: UInt8 = 0
    private var storedPadding: Int32 = 0

    init(cells: [CellDraft] = []) {
        self.cells = cells
    }

    /// How much the layout's grammar speaks against joining this row to the previous one, and
    /// against keeping them apart (see `RowJoiner`): tenths from 0 to 25.5.
    var joinCost: Double {
        get { Self.cost(joinTenths) }
        set { joinTenths = Self.tenths(newValue) }
    }

    var breakCost: Double {
        get { Self.cost(breakTenths) }
        set { breakTenths = Self.tenths(newValue) }
    }

    /// Bars with nothing between them that ended the row's line (`a | b ||||`): a web page's
    /// room for the cells merged down over this row from rows above (see `CoveredCells`).
    var padding: Int {
        get { Int(storedPadding) }
        set { storedPadding = Int32(newValue) }
    }

    /// Divided, not multiplied by 0.1: `3 / 10` is the very `Double` the literal `0.3` is.
    private static func cost(_ tenths: UInt8) -> Double { Double(tenths) / 10 }

    private static func tenths(_ cost: Double) -> UInt8 {
        let tenths = UInt8(exactly: (cost * 10).rounded())
        precondition(tenths != nil && cost == Self.cost(tenths!), "a row cost that is no whole number of tenths")
        return tenths!
    }
}

/// What a table reader found: rows of cells, the lines it consumed, and its judgement calls.
struct TableDraft {
    var layout: TableLayout
    var rows: [RowDraft] = []
    var diagnostics: [Diagnostic] = []
    /// Index (into the document's lines) of the first line after the table.
    var end: Int = 0
    /// Rows the reader itself knows to be headers, each group one whole header stacked top to
    /// bottom (a table run together on one line, or printed one cell per line): nil leaves them
    /// to `HeaderDetector`.
    var headerRows: [[Int]]?

    /// Keeps the rows `keep` accepts, renumbering `headerRows` to match (a header whose rows all
    /// go, goes).
    mutating func keepRows(where keep: (RowDraft) -> Bool) {
        var newIndex: [Int?] = []
        var kept: [RowDraft] = []
        for row in rows {
            guard keep(row) else {
                newIndex.append(nil)
                continue
            }
            newIndex.append(kept.count)
            kept.append(row)
        }
        rows = kept
        renumberHeaders { $0 < newIndex.count ? newIndex[$0] : nil }
    }

    /// Removes the rows of `range`, shifting the `headerRows` after it.
    mutating func removeRows(_ range: Range<Int>) {
        rows.removeSubrange(range)
        renumberHeaders { index in
            range.contains(index) ? nil : index >= range.upperBound ? index - range.count : index
        }
    }

    private mutating func renumberHeaders(_ newIndex: (Int) -> Int?) {
        headerRows = headerRows?.compactMap { header in
            let renumbered = header.compactMap(newIndex)
            return renumbered.isEmpty ? nil : renumbered
        }
    }

    mutating func note(_ code: String, _ message: String, line: Int) {
        diagnostics.append(Diagnostic(severity: .note, code: code, message: message, line: line))
    }
}

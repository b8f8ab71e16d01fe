/// A cell as the readers collect it, before titles, headers and fill-down are worked out.
///
/// Held compactly, as `Cell` is: nearly every cell is one paragraph printed as it reads (its raw
/// paragraph the same bytes, its line `firstLine`), and for those only the text and the two
/// lines are stored (32 bytes instead of 80). The rest go to a `Detail`, made only for a cell
/// that differs. A 300,000-row table's drafts were the largest part of segment's memory, its
/// peak (a row of three cells: 176 bytes instead of 368).
struct CellDraft {
    /// What a cell holds beyond one paragraph printed as it reads.
    private final class Detail {
        let paragraphs: OneOrMany<String>
        let rawParagraphs: OneOrMany<String>
        let lines: OneOrMany<Int>

        init(paragraphs: OneOrMany<String>, rawParagraphs: OneOrMany<String>, lines: OneOrMany<Int>) {
            self.paragraphs = paragraphs
            self.rawParagraphs = rawParagraphs
            self.lines = lines
        }
    }

    /// The one paragraph, normalized and raw, of the compact cell; empty beside a `Detail`.
    private var storedText: String
    private var detail: Detail?
    // Lines as `Int32`, as `Cell` holds them: a document's lines are far below 2^31.
    private var storedFirstLine: Int32
    private var storedLastLine: Int32

    init(text: String, raw: String, line: Int) {
        storedText = ""
        detail = nil
        storedFirstLine = Int32(line)
        storedLastLine = Int32(line)
        store(paragraphs: OneOrMany(text), rawParagraphs: OneOrMany(raw), lines: OneOrMany(line))
    }

    var paragraphs: OneOrMany<String> {
        get { detail?.paragraphs ?? OneOrMany(storedText) }
        set { store(paragraphs: newValue, rawParagraphs: rawParagraphs, lines: lines) }
    }

    var rawParagraphs: OneOrMany<String> {
        get { detail?.rawParagraphs ?? OneOrMany(storedText) }
        set { store(paragraphs: paragraphs, rawParagraphs: newValue, lines: lines) }
    }

    /// The line of each paragraph.
    var lines: OneOrMany<Int> {
        get { detail?.lines ?? OneOrMany(firstLine) }
        set { store(paragraphs: paragraphs, rawParagraphs: rawParagraphs, lines: newValue) }
    }

    var firstLine: Int {
        get { Int(storedFirstLine) }
        set {
            // The compact cell's line is `firstLine`: taken out before it changes.
            let (paragraphs, rawParagraphs, lines) = (paragraphs, rawParagraphs, lines)
            storedFirstLine = Int32(newValue)
            store(paragraphs: paragraphs, rawParagraphs: rawParagraphs, lines: lines)
        }
    }

    var lastLine: Int {
        get { Int(storedLastLine) }
        set { storedLastLine = Int32(newValue) }
    }

    /// Holds nothing yet but empty paragraphs (a bare TAB line, possibly followed by blanks).
    var isBlankSoFar: Bool { detail?.paragraphs.allSatisfy(\.isEmpty) ?? storedText.isEmpty }

    mutating func append(text: String, raw: String, line: Int) {
        var (paragraphs, rawParagraphs, lines) = (paragraphs, rawParagraphs, lines)
        paragraphs.append(text)
        rawParagraphs.append(raw)
        lines.append(line)
        store(paragraphs: paragraphs, rawParagraphs: rawParagraphs, lines: lines)
        lastLine = line
    }

    mutating func appendEmpty(lines: some Sequence<Int>) {
        for line in lines { append(text: "", raw: "", line: line) }
    }

    private mutating func store(paragraphs: OneOrMany<String>, rawParagraphs: OneOrMany<String>, lines: OneOrMany<Int>) {
        // Byte for byte, not `==`: canonically equal spellings print differently.
        if lines.only == firstLine, let paragraph = paragraphs.only, let rawParagraph = rawParagraphs.only,
            Scalars.sameBytes(paragraph, rawParagraph)
        {
            storedText = paragraph
            detail = nil
        } else {
            storedText = ""
            detail = Detail(paragraphs: paragraphs, rawParagraphs: rawParagraphs, lines: lines)
        }
    }
}

struct RowDraft {
    var cells: [CellDraft] = []
    var width: Int { cells.count }
    /// Blank lines between the previous row and this one (empty paragraphs of the previous
    /// row's last cell, if the two turn out to be one row). Most often one: no array of its own
    /// (a 300,000-row table's were 14 MB of segment's peak).
    var blanksBefore = OneOrMany<Int>()
    /// How much the layout's grammar speaks against joining this row to the previous one, and
    /// against keeping them apart (see `RowJoiner`).
    var joinCost: Double = 0
    var breakCost: Double = 0
    /// Bars with nothing between them that ended the row's line (`a | b ||||`): a web page's
    /// room for the cells merged down over this row from rows above (see `CoveredCells`).
    var padding = 0
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

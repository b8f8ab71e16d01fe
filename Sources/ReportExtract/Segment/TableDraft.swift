/// A cell as the readers collect it, before titles, headers and fill-down are worked out.
struct CellDraft {
    var paragraphs: OneOrMany<String>
    var rawParagraphs: OneOrMany<String>
    /// The line of each paragraph.
    var lines: OneOrMany<Int>
    var firstLine: Int
    var lastLine: Int

    init(text: String, raw: String, line: Int) {
        paragraphs = OneOrMany(text)
        rawParagraphs = OneOrMany(raw)
        lines = OneOrMany(line)
        firstLine = line
        lastLine = line
    }

    /// Holds nothing yet but empty paragraphs (a bare TAB line, possibly followed by blanks).
    var isBlankSoFar: Bool { paragraphs.allSatisfy(\.isEmpty) }

    mutating func append(text: String, raw: String, line: Int) {
        paragraphs.append(text)
        rawParagraphs.append(raw)
        lines.append(line)
        lastLine = line
    }

    mutating func appendEmpty(lines: [Int]) {
        for line in lines { append(text: "", raw: "", line: line) }
    }
}

struct RowDraft {
    var cells: [CellDraft] = []
    var width: Int { cells.count }
    /// Blank lines between the previous row and this one (empty paragraphs of the previous
    /// row's last cell, if the two turn out to be one row).
    var blanksBefore: [Int] = []
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

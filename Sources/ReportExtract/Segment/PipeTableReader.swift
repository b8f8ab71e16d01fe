/// Reads a table whose cells are separated by `|`: pandoc's pipe tables and HTML tables copied
/// from web pages (`| a | b |`, `a | b`, `|---|:--|` under the header, rows padded with `||||`),
/// and pandoc's grid tables, whose rows run between `+---+---+` borders and whose cells keep one
/// paragraph (or wrapped piece) per line.
///
/// Judgement calls, noted: a row whose only text is in its first cell is read as one cell (a
/// title or a text row spanning the table: pipe tables cannot span, so the span's other cells
/// come out empty).
struct PipeTableReader {
    let lines: DocumentLines
    var options = SegmentationOptions()

    /// Where a pipe table starts: a grid border followed by a pipe row, or two pipe rows in a row.
    static func starts(at index: Int, _ lines: DocumentLines) -> Bool {
        guard index + 1 < lines.count else { return false }
        let line = lines[index].text, next = lines[index + 1].text
        if isBorder(line) { return isPipeRow(next) }
        return isPipeRow(line) && (isPipeRow(next) || isSeparatorRow(next) || isBorder(next))
    }

    func read(from start: Int) -> TableDraft {
        if Self.isCellLine(lines[start].text), start + 1 < lines.count, Self.isCellLine(lines[start + 1].text) {
            return readCellPerLine(from: start)
        }
        var draft = TableDraft(layout: .pipe)
        let grid = Self.isBorder(lines[start].text)
        // Markdown opens every row with a bar (`| a | b |`); a web page's rows open with their
        // first cell (`a | b |`), so there a bar first is an empty first cell (`| 受益群众 | …`).
        let leadingBars = grid || CellText.trim(lines[start].text).startsWithScalars("|")
        var block: [NormalizedLine] = []
        var index = start
        var collapsed: [Int] = []

        func flush() {
            guard !block.isEmpty else { return }
            var row = grid ? gridRow(block) : pipeRow(block[0], leadingBar: leadingBars)
            if TextTableRows.collapseSpanningRow(&row) { collapsed.append(row.cells[0].firstLine) }
            if !row.cells.allSatisfy(\.isBlankSoFar) || grid { draft.rows.append(row) }
            block = []
        }

        while index < lines.count {
            let text = lines[index].text
            if Self.isBorder(text) || Self.isSeparatorRow(text) {
                flush()
            } else if Self.isPipeRow(text) || (grid && CellText.trim(text).startsWithScalars("|")) {
                if !grid { flush() }
                block.append(lines[index])
            } else {
                break
            }
            index += 1
        }
        flush()
        draft.rows.removeAll { $0.cells.allSatisfy(\.isBlankSoFar) }
        // pandoc pads nothing: a row ending in `||` is a web page's, whose spans CoveredCells reads.
        let padded = draft.rows.contains { $0.padding > 0 }
        if !padded, LostSpans.fold(&draft.rows) > 0 {
            draft.note(
                "segment.lost_spans", "empty cells beside a filled one read as the padding of a cell spanning columns",
                line: draft.rows.first?.cells.first?.firstLine ?? lines[start].number)
        }
        let realigned = padded ? CoveredCells(options: options).restore(&draft.rows) : []
        if let first = realigned.first {
            draft.layout = .pipeCoveredCells
            draft.note(
                "segment.covered_cells",
                "\(realigned.count) row(s) ending in `||` padding lack their first cells (merged down from a row above): "
                    + "put back as empty cells where the row's numbers fall under quantity headers, the rest of its room after it",
                line: first)
        }
        if let first = collapsed.first {
            draft.note(
                "segment.pipe_spanning_row",
                "\(collapsed.count) row(s) with text only in the first cell read as one cell spanning the table",
                line: lines.first { $0.number == first }?.number ?? first)
        }
        draft.end = index
        return draft
    }

    /// A cell per line ending in ` |` (web tables copied cell by cell): the lines up to a blank
    /// line are one row; two blank lines or a line of other text end the table. That a blank line
    /// ends a row is the reading's judgement, noted.
    private func readCellPerLine(from start: Int) -> TableDraft {
        var draft = TableDraft(layout: .pipe)
        var row = RowDraft()
        var index = start
        var blanks = 0
        while index < lines.count {
            let text = lines[index].text
            if CellText.trim(text).isEmpty {
                blanks += 1
                if blanks >= 2 { break }
                if row.width > 0 { draft.rows.append(row) }
                row = RowDraft()
            } else if Self.isCellLine(text) {
                blanks = 0
                let piece = Self.cells(lines[index]).first ?? LinePiece(text: "", raw: "", start: 0, end: 0)
                row.cells.append(CellDraft(text: piece.text, raw: piece.raw, line: lines[index].number))
            } else {
                break
            }
            index += 1
        }
        if row.width > 0 { draft.rows.append(row) }
        draft.note(
            "segment.pipe_cell_per_line", "a cell per line ending in `|`: a blank line read as the end of a row",
            line: lines[start].number)
        draft.end = index
        return draft
    }

    /// `合计 |`: one cell, its bar ending the line.
    static func isCellLine(_ text: String) -> Bool {
        let trimmed = CellText.trim(text)
        guard trimmed.hasSuffix("|"), trimmed.unicodeScalars.filter({ $0 == "|" }).count == 1 else { return false }
        return !CellText.trim(trimmed.dropLast()).isEmpty
    }

    /// One line, one row.
    private func pipeRow(_ line: NormalizedLine, leadingBar: Bool) -> RowDraft {
        var row = RowDraft()
        let (pieces, padding) = Self.cellsAndPadding(line, leadingBar: leadingBar)
        for piece in pieces {
            row.cells.append(CellDraft(text: piece.text, raw: piece.raw, line: line.number))
        }
        row.padding = padding
        return row
    }

    /// A grid row: every line cut at its `|`, each column's pieces the paragraphs of one cell
    /// (blank pieces between them are the blank lines pandoc puts between paragraphs).
    private func gridRow(_ block: [NormalizedLine]) -> RowDraft {
        let cut = block.map { (line: $0, pieces: Self.cells($0)) }
        let width = cut.map(\.pieces.count).max() ?? 0
        var row = RowDraft()
        for column in 0..<width {
            var cell: CellDraft?
            var pendingEmpty: [Int] = []
            for (line, pieces) in cut {
                let piece = column < pieces.count ? pieces[column] : LinePiece(text: "", raw: "", start: 0, end: 0)
                if CellText.trim(piece.text).isEmpty {
                    if cell != nil { pendingEmpty.append(line.number) }
                    continue
                }
                if cell == nil {
                    cell = CellDraft(text: piece.text, raw: piece.raw, line: line.number)
                } else {
                    cell!.appendEmpty(lines: pendingEmpty)
                    cell!.append(text: piece.text, raw: piece.raw, line: line.number)
                }
                pendingEmpty = []
            }
            row.cells.append(cell ?? CellDraft(text: "", raw: "", line: block[0].number))
        }
        return row
    }

    /// The cells of a pipe line: the pieces between its `|`, without the empty piece before a
    /// leading `|` and after a trailing one; trailing padding (`||||`) dropped.
    static func cells(_ line: NormalizedLine) -> [LinePiece] {
        cellsAndPadding(line).pieces
    }

    /// The cells of a pipe line, and how many bars of padding ended it.
    /// - Parameter leadingBar: whether a bar opening the line is the row's syntax (markdown), not
    ///   an empty first cell (a web page's row).
    static func cellsAndPadding(_ line: NormalizedLine, leadingBar: Bool = true) -> (pieces: [LinePiece], padding: Int) {
        var pieces = line.pipePieces()
        let trimmed = CellText.trim(line.text)
        var padding = 0
        if leadingBar, trimmed.startsWithScalars("|"), !pieces.isEmpty { pieces.removeFirst() }
        if trimmed.hasSuffix("|"), !pieces.isEmpty {
            pieces.removeLast()
            // `a | b ||||`: nothing at all between adjacent bars is padding, not a cell.
            while pieces.count > 1, pieces.last!.text.isEmpty {
                pieces.removeLast()
                padding += 1
            }
        }
        return (pieces.map(unescaped), padding)
    }

    /// Markdown's escapes: a backslash ending a cell's line is a hard line break (`全年\` over
    /// `预算数`), a backslash before ASCII punctuation keeps it literal (`\*`).
    static let markdownSymbols = Set("<>*_`|~^$[]#+-\"'\\\\.!(){}:%,;=?@/".unicodeScalars)

    static func unescaped(_ piece: LinePiece) -> LinePiece {
        guard piece.text.utf8.contains(UInt8(ascii: "\\")) else { return piece }
        func strip(_ text: String) -> String {
            var scalars = Array(CellText.trim(text).unicodeScalars)
            if scalars.last == "\\" { scalars.removeLast() }
            var result = String.UnicodeScalarView()
            var index = 0
            while index < scalars.count {
                if scalars[index] == "\\", index + 1 < scalars.count {
                    let next: Unicode.Scalar = scalars[index + 1]
                    if Self.markdownSymbols.contains(next) { index += 1 }
                }
                result.append(scalars[index])
                index += 1
            }
            return String(result)
        }
        var copy = piece
        copy.text = strip(piece.text)
        copy.raw = strip(piece.raw)
        return copy
    }

    /// `| a | b |` or `a | b | c`: bars with text beside them, not a sentence that mentions one.
    static func isPipeRow(_ text: String) -> Bool {
        // Asked of every line outside a table: a line without a bar is none, found by a byte
        // search before any trimming or scalar counting (`|` is one byte, never inside another
        // character's UTF-8).
        guard Scalars.containsByte(UInt8(ascii: "|"), in: text) else { return false }
        let trimmed = CellText.trim(text)
        guard !trimmed.isEmpty, !isBorder(trimmed) else { return false }
        let bars = trimmed.unicodeScalars.filter { $0 == "|" }.count
        if trimmed.startsWithScalars("|") { return bars >= 2 }
        guard bars >= 1, !trimmed.hasSuffix("。") else { return false }
        // `a | b`: the bar stands between spaces or ends the line (a cell per line ending in ` |`).
        return CellText.contains(trimmed, " | ") || CellText.contains(trimmed, " |")
    }

    /// `|---|:--:|` or `---|---`.
    static func isSeparatorRow(_ text: String) -> Bool {
        let trimmed = CellText.trim(text)
        guard trimmed.unicodeScalars.contains("-"), trimmed.unicodeScalars.contains("|") else { return false }
        return trimmed.unicodeScalars.allSatisfy { "|-: ".unicodeScalars.contains($0) }
    }

    /// `+-----+=====+`: a grid table's border.
    static func isBorder(_ text: String) -> Bool {
        let trimmed = CellText.trim(text)
        guard trimmed.startsWithScalars("+"), trimmed.count >= 3 else { return false }
        return trimmed.unicodeScalars.allSatisfy { "+-=:".unicodeScalars.contains($0) }
    }
}

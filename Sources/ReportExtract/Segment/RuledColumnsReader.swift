/// Reads a table whose columns are aligned with spaces under a dash ruler (pandoc's multiline
/// and simple tables: `------- ------ ------` gives each column's extent in display columns, a
/// CJK character counting two). A multiline table opens and closes with a dash line and parts
/// its rows with blank lines, a cell's wrapped text or later paragraphs on the lines below; a
/// simple table has one row per line and ends at a blank line.
///
/// A chunk of text (cut at runs of two or more spaces) goes to the column it overlaps most, so a
/// title wider than its column stays one cell. Judgement call, noted: a row with text only in its
/// first column is read as one cell spanning the table.
struct RuledColumnsReader {
    let lines: DocumentLines

    /// A dash line then, within the next few lines, a ruler of several columns; or a line of text
    /// right above such a ruler.
    static func starts(at index: Int, _ lines: DocumentLines) -> Bool {
        if isDashLine(lines[index].text) {
            return rulerIndex(after: index, lines) != nil
        }
        return index + 1 < lines.count && ruler(lines[index + 1]) != nil
    }

    func read(from start: Int) -> TableDraft {
        var draft = TableDraft(layout: .columns)
        guard let rulerAt = Self.isDashLine(lines[start].text) ? Self.rulerIndex(after: start, lines) : start + 1,
            let extents = Self.ruler(lines[rulerAt])
        else {
            draft.end = start + 1
            return draft
        }
        let opened = Self.isDashLine(lines[start].text)
        let multiline = opened && Self.blankBeforeClose(after: rulerAt, lines)
        var block: [NormalizedLine] = []
        var index = opened ? start + 1 : start
        var collapsed = 0

        func flush() {
            guard !block.isEmpty else { return }
            var row = self.row(block, extents)
            if TextTableRows.collapseSpanningRow(&row) { collapsed += 1 }
            draft.rows.append(row)
            block = []
        }

        while index < lines.count {
            let line = lines[index]
            if index == rulerAt {
                // Header lines above the ruler are one row.
                flush()
            } else if Self.isDashLine(line.text) {
                flush()
                // The closing dash line of a multiline table, or a second ruler.
                if index > rulerAt { index += 1; break }
            } else if CellText.trim(line.text).isEmpty {
                flush()
                // A simple table ends at a blank line; a multiline one at its closing dash line.
                if !multiline, index > rulerAt { break }
            } else {
                if !multiline, index > rulerAt { flush() }
                // A multiline table's rows sit one blank line apart: more ends the table.
                if multiline, index >= 2, CellText.trim(lines[index - 1].text).isEmpty,
                    CellText.trim(lines[index - 2].text).isEmpty
                {
                    break
                }
                block.append(line)
            }
            index += 1
        }
        flush()
        if LostSpans.fold(&draft.rows) > 0 {
            draft.note(
                "segment.lost_spans", "empty cells beside a filled one read as the padding of a cell spanning columns",
                line: draft.rows.first?.cells.first?.firstLine ?? lines[start].number)
        }
        if collapsed > 0, let first = draft.rows.first {
            draft.note(
                "segment.columns_spanning_row",
                "\(collapsed) row(s) with text only in the first column read as one cell spanning the table",
                line: first.cells[0].firstLine)
        }
        draft.end = index
        return draft
    }

    /// The lines of one row cut into chunks, each chunk going to the column it overlaps most.
    private func row(_ block: [NormalizedLine], _ extents: [Range<Int>]) -> RowDraft {
        var cells: [CellDraft?] = Array(repeating: nil, count: extents.count)
        for line in block {
            var pieces: [Int: LinePiece] = [:]
            for chunk in line.spacedChunks(cuts: Self.gaps(extents)) {
                let column = Self.column(of: chunk, extents)
                if var piece = pieces[column] {
                    piece.text += " " + chunk.text
                    piece.raw += " " + chunk.raw
                    pieces[column] = piece
                } else {
                    pieces[column] = chunk
                }
            }
            for (column, piece) in pieces {
                if cells[column] == nil {
                    cells[column] = CellDraft(text: piece.text, raw: piece.raw, line: line.number)
                } else {
                    cells[column]!.append(text: piece.text, raw: piece.raw, line: line.number)
                }
            }
        }
        var row = RowDraft()
        row.cells = cells.map { $0 ?? CellDraft(text: "", raw: "", line: block[0].number) }
        return row
    }

    /// The display columns between two extents of the ruler.
    static func gaps(_ extents: [Range<Int>]) -> Set<Int> {
        var gaps: Set<Int> = []
        for (left, right) in zip(extents, extents.dropFirst()) { gaps.formUnion(left.upperBound..<right.lowerBound) }
        return gaps
    }

    static func column(of chunk: LinePiece, _ extents: [Range<Int>]) -> Int {
        var best = 0, bestOverlap = -1
        for (column, extent) in extents.enumerated() {
            let overlap = chunk.overlap(extent)
            if overlap > bestOverlap { best = column; bestOverlap = overlap }
        }
        return best
    }

    /// A line of dashes (and spaces) only.
    static func isDashLine(_ text: String) -> Bool {
        let trimmed = CellText.trim(text)
        // Asked of every line outside a table: the test that stops at a prose line's first
        // character goes first, the count (a walk over the whole line) only for a line of dashes.
        return trimmed.unicodeScalars.allSatisfy { $0 == "-" || $0 == " " } && trimmed.unicodeScalars.count >= 3
    }

    /// Column extents of a ruler: two or more runs of dashes separated by spaces.
    static func ruler(_ line: NormalizedLine) -> [Range<Int>]? {
        guard isDashLine(line.text) else { return nil }
        var extents: [Range<Int>] = []
        var column = 0, start: Int?
        for scalar in line.text.unicodeScalars {
            if scalar == "-" {
                if start == nil { start = column }
            } else if let open = start {
                extents.append(open..<column)
                start = nil
            }
            column += 1
        }
        if let open = start { extents.append(open..<column) }
        return extents.count >= 2 ? extents : nil
    }

    /// Whether a blank line comes before the next dash line: rows of a multiline table.
    static func blankBeforeClose(after index: Int, _ lines: DocumentLines) -> Bool {
        var next = index + 1
        while next < lines.count, !isDashLine(lines[next].text) {
            if CellText.trim(lines[next].text).isEmpty { return true }
            next += 1
        }
        return false
    }

    static func rulerIndex(after index: Int, _ lines: DocumentLines) -> Int? {
        if ruler(lines[index]) != nil { return index }
        var next = index + 1
        while next < lines.count, next <= index + 8 {
            if ruler(lines[next]) != nil { return next }
            if isDashLine(lines[next].text) { return nil }
            next += 1
        }
        return nil
    }
}

/// Row rules shared by the readers of text layouts.
enum TextTableRows {
    /// A row whose only text is in its first cell (a title or text row over the whole table, whose
    /// span the layout cannot show) becomes one cell, as Tika writes a spanning cell. Returns
    /// whether it did.
    static func collapseSpanningRow(_ row: inout RowDraft) -> Bool {
        guard row.cells.count > 1, !row.cells[0].isBlankSoFar, row.cells.dropFirst().allSatisfy(\.isBlankSoFar)
        else { return false }
        row.cells = [row.cells[0]]
        return true
    }
}

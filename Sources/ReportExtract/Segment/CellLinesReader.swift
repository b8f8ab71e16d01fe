/// Reads a table written one cell per line with no row mark at all (LibreOffice's
/// `--convert-to txt`, docx2txt): the rows must be inferred from the shape alone.
///
/// A table starts at a header: short label lines, at least two holding a header word
/// (`项目`, `预算数`, `分值`…). The column count N is the period at which the lines after the
/// header repeat their kinds (label, figure, empty) for the longest stretch; the body is then
/// read N lines at a time while each row keeps the kinds of the first. A row that does not fit
/// (a merged cell, an empty paragraph inside a cell) is repaired only in two narrow ways, each
/// noted: one empty line dropped when that makes the row fit, or lines skipped up to the point
/// where two whole rows fit again (the skipped text kept as one spanning cell). Otherwise the
/// table ends there: a guessed row would give figures under the wrong labels.
struct CellLinesReader {
    typealias Kind = CellLineItems.Kind

    let lines: [NormalizedLine]
    let items: CellLineItems
    let headerWords: [String]

    static let maxColumns = 12
    static let maxHeaderItems = 40

    var layout: TableLayout { items.spaced ? .cellParagraphs : .cellLines }

    func read(at index: Int) -> TableDraft? {
        guard let start = items.itemAt[index], opensHeader(start),
            let shape = bodyShape(after: start)
        else { return nil }
        return read(start: start, body: shape.body, columns: shape.columns)
    }

    // MARK: Header

    /// The table's first line: a short label with a header word, or a short group label
    /// (`财政供养人员情况`) right before one, never a table title or a unit note.
    private func opensHeader(_ start: Int) -> Bool {
        let item = items.items[start]
        guard isHeaderLabel(item) else { return false }
        if hasHeaderWord(item.text) { return true }
        guard item.text.count <= 12, !item.text.hasSuffix("表"),
            !["单位", "附件", "说明", "填表", "备注"].contains(where: item.text.hasPrefix)
        else { return false }
        var next = start + 1
        var seen = 0
        while next < items.items.count, seen < 2 {
            let candidate = items.items[next]
            next += 1
            if candidate.kind == .empty { continue }
            guard isHeaderLabel(candidate) else { return false }
            if hasHeaderWord(candidate.text) { return true }
            seen += 1
        }
        return false
    }

    private func isHeaderLabel(_ item: CellLineItems.Item) -> Bool {
        item.kind == .text && item.text.count <= 20 && !item.text.contains("，")
    }

    private func hasHeaderWord(_ text: String) -> Bool {
        headerWords.contains { CellText.contains(text, $0) } || text.hasPrefix("项目")
    }

    /// Where the body starts and how many columns it has: of all header ends and column counts,
    /// the one whose rows fit longest (in lines), at least two rows.
    private func bodyShape(after start: Int) -> (body: Int, columns: Int)? {
        var best: (body: Int, columns: Int, covered: Int)?
        var headerWordItems = hasHeaderWord(items.items[start].text) ? 1 : 0
        var body = start + 1
        while body < items.items.count, body - start <= Self.maxHeaderItems {
            if headerWordItems >= 2 {
                for columns in 2...Self.maxColumns {
                    let rows = fittingRows(from: body, columns: columns)
                    guard rows >= 2 else { continue }
                    let covered = rows * columns
                    if best == nil || covered > best!.covered { best = (body, columns, covered) }
                }
            }
            let item = items.items[body]
            guard item.kind == .empty || isHeaderLabel(item) else { break }
            if hasHeaderWord(item.text) { headerWordItems += 1 }
            body += 1
        }
        return best.map { ($0.body, $0.columns) }
    }

    /// How many rows of `columns` lines from `from` keep the kinds of the first one.
    private func fittingRows(from: Int, columns: Int) -> Int {
        guard let template = row(at: from, columns: columns), template.contains(where: { $0 == .value }) else {
            return 0
        }
        var kinds = template
        var rows = 1
        var position = from + columns
        while let next = row(at: position, columns: columns), fits(next, &kinds) {
            rows += 1
            position += columns
        }
        return rows
    }

    /// The kinds of `columns` items from `position`, nil past the end or at a stop line.
    private func row(at position: Int, columns: Int) -> [Kind]? {
        guard position >= 0, position + columns <= items.items.count else { return nil }
        let kinds = items.items[position..<(position + columns)].map(\.kind)
        return kinds.contains(.stop) ? nil : kinds
    }

    /// A row fits when each cell has its column's kind (an empty cell or a placeholder fits
    /// any column) and it holds a figure or placeholder; a column first seen empty takes the
    /// kind of the first row that fills it.
    private func fits(_ row: [Kind], _ kinds: inout [Kind]) -> Bool {
        guard row.contains(where: { $0 == .value || $0 == .placeholder }) else { return false }
        var updated = kinds
        for (column, kind) in row.enumerated() where kind != .empty && kind != .placeholder {
            if updated[column] == .empty || updated[column] == .placeholder {
                updated[column] = kind
            } else if updated[column] != kind {
                return false
            }
        }
        kinds = updated
        return true
    }

    // MARK: Body

    private func read(start: Int, body: Int, columns: Int) -> TableDraft {
        var draft = TableDraft(layout: layout)
        draft.rows = headerRows(start..<body, columns: columns)
        var kinds = row(at: body, columns: columns)!
        var position = body
        var last = body - 1
        while position < items.items.count {
            if let next = row(at: position, columns: columns), fits(next, &kinds) {
                draft.rows.append(rowDraft(position..<(position + columns)))
                position += columns
            } else if let dropped = fitWithoutOneBlank(at: position, columns: columns, &kinds) {
                var range = Array(position..<(position + columns + 1))
                range.removeAll { $0 == dropped }
                draft.rows.append(rowDraft(range))
                draft.note(
                    "segment.cell_lines_blank_dropped",
                    "an empty line inside a row taken as an empty paragraph of a cell, not an empty cell",
                    line: lines[items.items[dropped].line].number)
                position += columns + 1
            } else if let resume = resync(at: position, columns: columns, kinds) {
                let skipped = items.items[position..<resume].filter { $0.kind != .empty }
                if !skipped.isEmpty {
                    var cell = CellDraft(
                        text: skipped[0].text, raw: skipped[0].raw, line: lines[skipped[0].line].number)
                    for item in skipped.dropFirst() {
                        cell.append(text: item.text, raw: item.raw, line: lines[item.line].number)
                    }
                    var spanning = RowDraft()
                    spanning.cells = [cell]
                    draft.rows.append(spanning)
                }
                draft.note(
                    "segment.cell_lines_resync",
                    "lines that fit no row (merged cells?) kept as one spanning cell; rows resume where two rows fit again",
                    line: lines[items.items[position].line].number)
                position = resume
            } else {
                break
            }
            last = position - 1
        }
        draft.note(
            "segment.cell_lines_table",
            "a table without row marks read \(columns) lines to a row, the count inferred from the lines' kinds",
            line: lines[items.items[start].line].number)
        draft.end = items.items[max(last, start)].line + 1
        return draft
    }

    /// The row fits once one of its empty lines is dropped: an empty paragraph inside a cell.
    private func fitWithoutOneBlank(at position: Int, columns: Int, _ kinds: inout [Kind]) -> Int? {
        guard let window = row(at: position, columns: columns + 1) else { return nil }
        for (offset, kind) in window.enumerated() where kind == .empty && offset > 0 {
            var candidate = window
            candidate.remove(at: offset)
            var trial = kinds
            if fits(candidate, &trial) {
                kinds = trial
                return position + offset
            }
        }
        return nil
    }

    /// The nearest later position (within two rows) where two whole rows fit again. Never past
    /// a header word or a title: those start the next table, whose rows may fit this one's shape.
    private func resync(at position: Int, columns: Int, _ kinds: [Kind]) -> Int? {
        for resume in (position + 1)...(position + 2 * columns) {
            guard row(at: position, columns: resume - position) != nil else { return nil }
            let passed = items.items[resume - 1]
            if passed.kind == .text,
                hasHeaderWord(passed.text) || passed.text.hasSuffix("表") || CellText.startsDocumentPart(passed.text)
            {
                return nil
            }
            var trial = kinds
            guard let first = row(at: resume, columns: columns), fits(first, &trial),
                let second = row(at: resume + columns, columns: columns), fits(second, &trial)
            else { continue }
            return resume
        }
        return nil
    }

    private func rowDraft(_ positions: some Sequence<Int>) -> RowDraft {
        var row = RowDraft()
        row.cells = positions.map { position in
            let item = items.items[position]
            return CellDraft(text: item.text, raw: item.raw, line: lines[item.line].number)
        }
        return row
    }

    /// The header's lines as rows: the last N make the lowest header row (one line per column),
    /// and so on upwards; what is left over makes the top row, whose cells span several columns
    /// (`项目名称` `2021年` over `` `预算数` `决算数`), as Tika writes a merged header.
    private func headerRows(_ header: Range<Int>, columns: Int) -> [RowDraft] {
        var rows: [RowDraft] = []
        var end = header.upperBound
        while end > header.lowerBound {
            let begin = max(header.lowerBound, end - columns)
            rows.insert(rowDraft(begin..<end), at: 0)
            end = begin
        }
        return rows
    }
}

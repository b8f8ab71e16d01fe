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

    let lines: DocumentLines
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

    func hasHeaderWord(_ text: String) -> Bool {
        headerWords.contains { CellText.contains(text, $0) }
            || Self.layoutHeaderWords.contains { CellText.contains(text, $0) }
    }

    /// Header cells the forms print besides the rules' header words (`计量单位`, `指标性质`,
    /// `项  目`): without the TAB marks, the header's end is found by its words alone.
    static let layoutHeaderWords = ["项目", "项  目", "计量单位", "度量单位", "指标性质", "指标方向", "运算符", "原因", "措施"]

    /// Where the body starts and how many columns it has: of all header ends and column counts,
    /// the one whose rows (at least two) score best. A row scores its cells plus twice the
    /// labels before its first figure, so a body read from its true first row (labels first)
    /// beats the same period shifted by a few lines, and N beats 2N.
    private func bodyShape(after start: Int) -> (body: Int, columns: Int)? {
        var best: (body: Int, columns: Int, score: Int)?
        var headerWordItems = hasHeaderWord(items.items[start].text) ? 1 : 0
        var body = start + 1
        while body < items.items.count, body - start <= Self.maxHeaderItems {
            if headerWordItems >= 2, items.items[body].kind != .empty {
                for columns in 2...Self.maxColumns {
                    let rows = walk(from: body, columns: columns).rows
                    guard rows.count >= 2 else { continue }
                    let score = rows.reduce(0) { $0 + columns + 2 * leadingLabels($1.positions) }
                    if best == nil || score > best!.score { best = (body, columns, score) }
                }
            }
            // The body starts at its first figure at the latest (rows open with their labels).
            let item = items.items[body]
            guard item.kind != .value, item.kind != .stop else { break }
            if item.kind == .text, hasHeaderWord(item.text) { headerWordItems += 1 }
            body += 1
        }
        return best.map { ($0.body, $0.columns) }
    }

    /// Labels before the row's first figure; a short whole number counts as a label (a 序号).
    private func leadingLabels(_ positions: [Int]) -> Int {
        var count = 0
        for position in positions {
            let item = items.items[position]
            if item.kind == .text || (item.kind == .value && item.text.count <= 2 && item.text.allSatisfy(\.isNumber)) {
                count += 1
            } else if item.kind == .value {
                break
            }
        }
        return count
    }

    struct PlannedRow {
        var positions: [Int]
        /// Empty lines left out as empty paragraphs inside cells.
        var droppedBlanks: [Int] = []
    }

    /// Rows of `columns` lines from `from`, each keeping the kinds of the first (one empty line
    /// may be left out of a row when that makes it fit); where it stops, and the kinds so far.
    private func walk(from: Int, columns: Int, kinds start: [Kind]? = nil) -> (rows: [PlannedRow], end: Int, kinds: [Kind]) {
        var rows: [PlannedRow] = []
        guard var kinds = start ?? row(at: from, columns: columns), kinds.contains(where: { $0 == .value }) || start != nil else {
            return ([], from, [])
        }
        var position = from
        while let planned = nextRow(at: position, columns: columns, &kinds) {
            rows.append(planned)
            position += planned.positions.count + planned.droppedBlanks.count
        }
        return (rows, position, kinds)
    }

    /// The row at `position`: its N lines as they are, or with one or two empty lines left out
    /// (empty paragraphs inside cells: `2884.85` `` `2575.76`). Of the ways that fit, the first
    /// after which the next row fits too; an exact fit when none is followed (the table's end).
    private func nextRow(at position: Int, columns: Int, _ kinds: inout [Kind]) -> PlannedRow? {
        var options: [(blanks: [Int], kinds: [Kind])] = []
        for drops in 0...Self.maxDroppedBlanks {
            if let fit = fitDropping(drops, at: position, columns: columns, kinds) { options.append(fit) }
        }
        guard !options.isEmpty else { return nil }
        func followed(_ next: Int, _ trialKinds: [Kind]) -> Bool {
            (0...Self.maxDroppedBlanks).contains { fitDropping($0, at: next, columns: columns, trialKinds) != nil }
        }
        let chosen = options.first { followed(position + columns + $0.blanks.count, $0.kinds) } ?? options[0]
        kinds = chosen.kinds
        let positions = (position..<(position + columns + chosen.blanks.count)).filter { !chosen.blanks.contains($0) }
        return PlannedRow(positions: positions, droppedBlanks: chosen.blanks)
    }

    static let maxDroppedBlanks = 2

    /// The row of N lines at `position` once `drops` of its empty lines (never the first) are
    /// left out, if it fits.
    private func fitDropping(_ drops: Int, at position: Int, columns: Int, _ kinds: [Kind]) -> (blanks: [Int], kinds: [Kind])? {
        guard let window = row(at: position, columns: columns + drops) else { return nil }
        let blanks = window.indices.filter { $0 > 0 && window[$0] == .empty }
        var choices: [[Int]] = []
        switch drops {
        case 0: choices = [[]]
        case 1: choices = blanks.map { [$0] }
        default:
            for (index, first) in blanks.enumerated() {
                for second in blanks[(index + 1)...] { choices.append([first, second]) }
            }
        }
        for choice in choices {
            let candidate = window.indices.filter { !choice.contains($0) }.map { window[$0] }
            var trial = kinds
            if fits(candidate, &trial) { return (choice.map { position + $0 }, trial) }
        }
        return nil
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
        // The header ends with its last header word (and the empty cells after it); a row
        // between it and the body (`一、因公出国（境）费用` `不适用`) spans the table.
        var cut = body
        while cut > start, !(items.items[cut - 1].kind == .text && hasHeaderWord(items.items[cut - 1].text)),
            items.items[start..<cut].contains(where: { $0.kind == .text && hasHeaderWord($0.text) })
        {
            cut -= 1
        }
        while cut < body, items.items[cut].kind == .empty { cut += 1 }
        // Only a row that says "no value" is told from header cells without header words
        // (`计划投资（万元）`).
        if !items.items[cut..<body].contains(where: { $0.kind == .placeholder }) { cut = body }
        draft.rows = headerRows(start..<cut, columns: columns)
        if items.items[cut..<body].contains(where: { $0.kind != .empty }) {
            draft.rows.append(spanningRow(cut..<body))
            draft.note(
                "segment.cell_lines_spanning_row", "lines between the header and the first row read as one spanning cell",
                line: lines[items.items[cut].line].number)
        }
        var walked = walk(from: body, columns: columns)
        while true {
            for planned in walked.rows {
                draft.rows.append(rowDraft(planned.positions))
                for dropped in planned.droppedBlanks {
                    draft.note(
                        "segment.cell_lines_blank_dropped",
                        "an empty line inside a row taken as an empty paragraph of a cell, not an empty cell",
                        line: lines[items.items[dropped].line].number)
                }
            }
            guard let resume = resync(at: walked.end, columns: columns, walked.kinds) else { break }
            if items.items[walked.end..<resume].contains(where: { $0.kind != .empty }) {
                draft.rows.append(spanningRow(walked.end..<resume))
            }
            draft.note(
                "segment.cell_lines_resync",
                "lines that fit no row (merged cells?) kept as one spanning cell; rows resume where two rows fit again",
                line: lines[items.items[walked.end].line].number)
            walked = walk(from: resume, columns: columns, kinds: walked.kinds)
        }
        draft.note(
            "segment.cell_lines_table",
            "a table without row marks read \(columns) lines to a row, the count inferred from the lines' kinds",
            line: lines[items.items[start].line].number)
        draft.end = items.items[max(walked.end - 1, start)].line + 1
        return draft
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

    /// One cell holding the non-empty lines of `positions` as its paragraphs.
    private func spanningRow(_ positions: Range<Int>) -> RowDraft {
        let cells = rowDraft(positions.filter { items.items[$0].kind != .empty }).cells
        var cell = cells[0]
        for other in cells.dropFirst() {
            for (index, text) in other.paragraphs.enumerated() {
                cell.append(text: text, raw: other.rawParagraphs[index], line: other.lines[index])
            }
        }
        var row = RowDraft()
        row.cells = [cell]
        return row
    }

    private func rowDraft(_ positions: some Sequence<Int>) -> RowDraft {
        var row = RowDraft()
        row.cells = positions.map { position in
            let item = items.items[position]
            var cell = CellDraft(text: item.text, raw: item.raw, line: lines[item.line].number)
            for more in item.more {
                cell.append(text: more.text, raw: more.raw, line: lines[more.line].number)
            }
            return cell
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
        if rows.count >= 2 { rows[rows.count - 2] = Self.foldedOverGroup(rows[rows.count - 2], below: rows[rows.count - 1]) }
        return rows
    }

    /// A full header row over a row with a group of sub-headers (`` `` `运算符` `指标值` `计量单位`
    /// `` ``) lost its spans: one cell spans the group, so the cells after it are too many, and
    /// the surplus is taken as further paragraphs of the last cell (`偏差原因` ¶ `分析及` ¶
    /// `改进措施`). The row then looks as Tika writes the merged header.
    static func foldedOverGroup(_ top: RowDraft, below: RowDraft) -> RowDraft {
        let columns = below.cells.count
        guard top.cells.count == columns else { return top }
        let filled = below.cells.map { !$0.isBlankSoFar }
        guard let groupStart = filled.firstIndex(of: true), groupStart > 0 else { return top }
        let groupEnd = filled[groupStart...].firstIndex(of: false) ?? columns
        guard groupEnd - groupStart >= 2, !filled[groupEnd...].contains(true) else { return top }
        let after = columns - groupEnd
        guard after >= 1 else { return top }
        var folded = top
        folded.cells = Array(top.cells[..<(groupStart + 1)]) + Array(top.cells[(groupStart + 1)..<(groupStart + after)])
        var last = top.cells[groupStart + after]
        for extra in top.cells[(groupStart + after + 1)...] {
            for (index, text) in extra.paragraphs.enumerated() {
                last.append(text: text, raw: extra.rawParagraphs[index], line: extra.lines[index])
            }
        }
        folded.cells.append(last)
        return folded
    }
}

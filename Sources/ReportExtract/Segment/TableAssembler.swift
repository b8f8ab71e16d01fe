/// Turns a reader's draft into a `Table`: joins cell paragraphs, finds the title and unit, marks
/// header rows (stacking split ones) and fills merged label columns down.
struct TableAssembler {
    let options: SegmentationOptions
    let lines: DocumentLines
    let shapes: [LineShape]
    /// Counts the cells made (tests of linear cost).
    var budget = DocumentBudget.unlimited

    func assemble(_ draft: consuming TableDraft, index: Int, startLine start: Int) -> Table {
        var rows: [Row] = []
        rows.reserveCapacity(draft.rows.count)
        for offset in draft.rows.indices {
            // Each draft row let go of as its row is made: the row's cells then take the room of
            // the drafts before them instead of new memory beside them. Made all at once, a long
            // table's cells were scattered among its freed drafts, whose pages stayed in use.
            let cells = draft.rows[offset].cells
            draft.rows[offset] = RowDraft()
            rows.append(Row(
                index: offset, role: .body, cells: cells.map { makeCell($0) }, header: nil,
                firstLine: cells.first!.firstLine, lastLine: cells.map(\.lastLine).max()!))
        }
        var above = contextAbove(start)
        if rows.count > 1, rows[0].cells.count == 1, CellText.looksLikeTitle(rows[0].cells[0].text) {
            rows[0].role = .title
            // `就业补助资金绩效自评表` ¶ `（2024年度）`, each a one-cell row (淮南市田家庵区 2024).
            let period = rows.count > 2 && rows[1].cells.count == 1 && Self.isPeriod(rows[1].cells[0].text)
            above.title = (rows[0].cells[0].text + (period ? rows[1].cells[0].text : ""), rows[0].firstLine)
            above.unit = above.unit ?? CellText.trailingDeclaredUnit(rows[0].cells[0].text)
        }
        if above.unit == nil, let first = rows.first?.cells.first {
            above.unit = CellText.declaredUnit(first.text)
        }
        let headers = HeaderDetector(options: options).markHeaders(&rows, known: draft.headerRows)
        FillDown(options: options).apply(to: &rows, headers: headers)
        return Table(
            index: index, layout: draft.layout, title: above.title?.text, titleLine: above.title?.line,
            unit: above.unit, columnCount: modalWidth(rows), rows: rows, headers: headers,
            firstLine: rows.first!.firstLine, lastLine: rows.last!.lastLine)
    }

    private func makeCell(_ draft: CellDraft) -> Cell {
        budget.count()
        // Equal texts share one string: most cells print what they mean, and a
        // long table's cells are most of a document's memory.
        let text = CellText.join(draft.paragraphs)
        let raw = CellText.joinRaw(draft.rawParagraphs)
        return Cell(
            text: text, raw: raw == text ? text : raw, paragraphs: draft.paragraphs,
            rawParagraphs: draft.rawParagraphs == draft.paragraphs ? draft.paragraphs : draft.rawParagraphs,
            paragraphLines: draft.lines,
            firstLine: draft.firstLine, lastLine: draft.lastLine,
            filledFrom: nil)
    }

    /// The title and unit written as prose just above the table: blank lines and a `单位：万元`
    /// line are passed over; the nearest title-like line is the title; `附件` or a TAB line stops.
    /// The year a form prints under its title (`项目支出绩效自评表` ¶ `（2022年度）`) is passed over
    /// too, and joins the title.
    private func contextAbove(_ start: Int) -> (title: (text: String, line: Int)?, unit: String?) {
        var unit: String?
        var period: String?
        var index = start - 1
        var looked = 0
        while index >= 0, looked < 4 {
            defer { index -= 1 }
            let line = lines[index]
            if shapes[index] == .empty { continue }
            if shapes[index].isTabLed { break }
            looked += 1
            let text = CellText.trim(line.text)
            if let declared = CellText.declaredUnit(text) {
                unit = unit ?? declared
                continue
            }
            if period == nil, Self.isPeriod(text) {
                period = text
                continue
            }
            if CellText.looksLikeTitle(text) {
                return ((text + (period ?? ""), line.number), unit ?? CellText.trailingDeclaredUnit(text))
            }
            break
        }
        return (nil, unit)
    }

    /// `（2022年度）`, `(2022年)`, `2022年度`: a year alone, in parentheses or not.
    private static let parentheses = Set("(（)）".unicodeScalars)

    /// `(2020)年度` too (陈仓 2020, a clerk's reading of stop 67: it was the form's title).
    static func isPeriod(_ text: String) -> Bool {
        let scalars = CellText.compact(text).unicodeScalars.filter { !Self.parentheses.contains($0) }
        return LabelDoubt.isYear(Scalars.string(scalars))
    }

    /// The most common row width; ties go to the wider.
    private func modalWidth(_ rows: [Row]) -> Int {
        var counts: [Int: Int] = [:]
        for row in rows where row.role != .title { counts[row.cells.count, default: 0] += 1 }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 0
    }
}

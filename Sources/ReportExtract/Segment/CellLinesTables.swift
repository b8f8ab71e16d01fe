/// Finds the tables printed one cell per line with no row mark (LibreOffice's `--convert-to
/// txt`, docx2txt) and their extent; `CellLinesTableReader` then reads each by a guess. A table
/// it cannot read is reported (`segment.unread_table`), so that a document giving no table
/// figure says why instead of passing for a report without tables.
///
/// `CellLinesReader` finds where such a table starts and ends well, but its own rows (N lines
/// to a row, N from the kinds' period) put two thirds of the figures under a wrong label on the
/// generated renderings, an empty cell and an empty paragraph printing alike: only its extent
/// is used.
struct CellLinesTables {
    let lines: DocumentLines
    let shapes: [LineShape]
    let headerWords: [String]
    /// Built on the first line that could open such a table: most documents have none.
    private var items: CellLineItems?
    /// For each line, the first line at or after it holding a figure (`lines.count` if none).
    private var nextFigure: [Int] = []
    /// The end of a run of cell-like lines already found to hold too few figures: a later start
    /// inside it holds fewer still, so it is not scanned again (a document of many short lines
    /// stays linear).
    private var fewFiguresBefore = 0
    /// Lines looked at and reader calls, for the tests that hold the detector linear.
    private(set) var work = 0

    init(lines: DocumentLines, shapes: [LineShape], headerWords: [String]) {
        self.lines = lines
        self.shapes = shapes
        self.headerWords = headerWords
    }

    /// The note for a table whose header opens at `index`, the index of its first line (earlier
    /// when cell-like lines above belong to it, never before `floor`) and of the first line after it.
    mutating func table(at index: Int, floor: Int) -> (note: Diagnostic, start: Int, end: Int)? {
        guard shapes[index] == .text || shapes[index] == .spaceLed, opensRunOfShortLines(at: index) else { return nil }
        if items == nil { build() }
        guard let items else { return nil }
        // The reader looks for a body in the first 40 lines after the header; without a figure
        // near, asking it (many trial widths per line) only costs.
        let figureNear = nextFigure[index] - index <= Self.figureDistance
        if figureNear { work += 1 }
        let reader = CellLinesReader(lines: lines, items: items, headerWords: headerWords)
        let readerEnd = figureNear ? reader.read(at: index)?.end : nil
        guard let end = readerEnd.map({ extent(of: items, from: max($0, index + 1)) }) ?? headerAndFigures(reader, at: index)
        else { return nil }
        let start = start(of: items, before: index, floor: floor)
        work += end - start
        let note = Diagnostic.unreadTable(
            lines[start].number...lines[end - 1].number,
            printed: "printed one cell per line without row marks (LibreOffice or docx2txt text)", parts: "rows")
        return (note, start, end)
    }

    /// Where the reader finds no body (a spanning row first, `一、基本支出`; a 序号 column), a table
    /// is still told by its header and figures: it opens with a header word (`序号`, not at its
    /// title) and at least three lines of its extent are figures. Its end, if so.
    private mutating func headerAndFigures(_ reader: CellLinesReader, at index: Int) -> Int? {
        let items = reader.items
        guard index >= fewFiguresBefore, let opening = items.itemAt[index], items.items[opening].kind == .text,
            reader.hasHeaderWord(items.items[opening].text) || followsTitle(opening, items)
        else { return nil }
        let end = extent(of: items, from: index)
        work += end - index
        let figures = (index..<end).filter { line in items.itemAt[line].map { items.items[$0].kind == .value } ?? false }
        guard figures.count >= Self.minimumFigures else {
            fewFiguresBefore = end
            return nil
        }
        return end
    }

    /// The table of `extent` (from `table(at:floor:)`) read as cells one per line, if it reads.
    func read(_ extent: Range<Int>, with reader: FlattenedTableReader, labelWords: [[Unicode.Scalar]]) -> [TableDraft] {
        guard let items else { return [] }
        return CellLinesTableReader(lines: lines, items: items, reader: reader, labelWords: labelWords).read(extent)
    }

    /// The item right above is a table's title (`2024年度重点工作任务完成情况表`): what follows is its
    /// header, whatever words it holds (`工作任务`, `计划目标`).
    private func followsTitle(_ item: Int, _ items: CellLineItems) -> Bool {
        guard item > 0 else { return false }
        let above = items.items[item - 1]
        return above.kind == .text && CellText.startsDocumentPart(above.text) && !above.text.hasPrefix("附件")
    }

    /// A sentence inside a table: a long cell (a 原因 or 说明 column's note) with the table's rows
    /// going on right after it: a row's name next, and at least three figures among the next six
    /// cells, none of them a sentence or a title.
    static func isLongCell(_ item: Int, in items: CellLineItems, _ lines: DocumentLines) -> Bool {
        let text = items.items[item].text
        let line = lines[items.items[item].line]
        // Not a line of another layout: TABs, bars, markup, columns of spaces (pdftotext). One
        // TAB opening the line is a tab stop opening the cell's paragraph (`→下一步将加强跟踪问效。`
        // under a 偏差原因 note), as LibreOffice and docx2txt print it.
        let tabs = line.tabCount
        guard tabs == 0 || tabs == 1 && line.text.utf8.first == UInt8(ascii: "\t"), !text.unicodeScalars.contains("|"), !text.hasPrefix("<"),
            !text.hasPrefix("+-"), !text.hasPrefix("--"), !text.contains("  ")
        else { return false }
        let after = items.items[(item + 1)...].lazy.filter { $0.kind != .empty }.prefix(6)
        guard let next = after.first, next.kind == .text, !next.text.hasSuffix("表") else { return false }
        if after.contains(where: {
            $0.kind == .stop || CellText.startsDocumentPart($0.text) || CellLinesTableReader.holdsSeveralNumbers($0.text)
        }) {
            return false
        }
        // A tab-led paragraph right under a cell's text is that cell's next paragraph: the rows
        // need only go on (the next row's 时效指标 | 年度计划申报完成时间 | 逐步完善 | 达到预期 | 2 | 2).
        let continuesCell = tabs == 1 && item > 0 && items.items[item - 1].kind == .text
        return after.filter { $0.kind == .value }.count >= (continuesCell ? 2 : 3)
    }

    static let minimumFigures = 3
    static let figureDistance = 60

    private mutating func build() {
        let built = CellLineItems(lines: lines, shapes: shapes)
        items = built
        nextFigure = [Int](repeating: lines.count, count: lines.count + 1)
        for line in stride(from: lines.count - 1, through: 0, by: -1) {
            let isFigure = built.itemAt[line].map { built.items[$0].kind == .value } ?? false
            nextFigure[line] = isFigure ? line : nextFigure[line + 1]
        }
    }

    /// The reader opens a table at a header with header words; a block of the same Word table
    /// above it (`财政供养人员情况` `编制数` … `21` `26` `123.81%` over `经费控制情况` …) has cell-like
    /// lines too. They belong to the table back to a sentence, a title (`…表`), a unit note or an
    /// attachment line.
    private func start(of items: CellLineItems, before index: Int, floor: Int) -> Int {
        var start = index
        var line = index - 1
        while line >= floor {
            if let item = items.itemAt[line] {
                let text = items.items[item].text
                if items.items[item].kind == .stop || CellText.startsDocumentPart(text) || text.hasSuffix("表")
                    || text.hasPrefix("单位") || text.contains("：") && !text.hasSuffix("：")
                {
                    break
                }
                if items.items[item].kind != .empty { start = line }
            }
            line -= 1
        }
        return start
    }

    /// Such a table starts with a run of short lines (its header cells); prose, even a short
    /// heading, is followed by sentences. Checked first because the reader needs the whole
    /// document's items, which most documents never need.
    private func opensRunOfShortLines(at index: Int) -> Bool {
        var short = 0
        var seen = 0
        var next = index
        while next < lines.count, seen < Self.runLength {
            if shapes[next] != .empty {
                seen += 1
                guard lines[next].text.unicodeScalars.count <= Self.shortLine else { return false }
                short += 1
            }
            next += 1
        }
        return short == Self.runLength
    }

    static let runLength = 4
    /// Scalars, spaces included: the reader's header labels are at most 20 characters trimmed.
    static let shortLine = 40

    /// The reader stops where its rows stop fitting (a merged cell, a multi-paragraph cell), often
    /// well before the table ends; the table goes on while the lines stay cell-like: no sentence,
    /// no title of a next table or attachment.
    private func extent(of items: CellLineItems, from start: Int) -> Int {
        var end = start
        while end < lines.count {
            if let item = items.itemAt[end] {
                let text = items.items[item].text
                if CellText.startsDocumentPart(text) { break }
                if items.items[item].kind == .stop, !Self.isLongCell(item, in: items, lines) { break }
            }
            end += 1
        }
        // Blank lines after the table are not part of it.
        while end > start, shapes[end - 1] == .empty { end -= 1 }
        return end
    }
}

extension Diagnostic {
    /// `segment.unread_table`: a table found where `printed` says, not read because its `parts`
    /// (rows, cells) cannot be told apart reliably.
    static func unreadTable(_ lines: ClosedRange<Int>, printed: String, parts: String) -> Diagnostic {
        Diagnostic(
            severity: .warning, code: "segment.unread_table",
            message: "lines \(lines.lowerBound)–\(lines.upperBound) look like a table \(printed): its \(parts) cannot be "
                + "told apart reliably, so it is not read as a table; numbers in it are read as prose, without row or column "
                + "labels, where a sentence's words name them (a bare number is not emitted)",
            line: lines.lowerBound)
    }
}

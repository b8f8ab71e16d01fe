/// Splits normalized lines into prose paragraphs and tables. Each table's layout (Tika's DOM or
/// SAX generation) is decided where it starts, from how many of its lines carry several TABs.
public struct Segmenter: Sendable {
    public var options: SegmentationOptions
    /// Polled per line and per table row: a spent budget stops the segmentation early (the
    /// pipeline then fails the document, so the partial result is never used).
    public var budget: DocumentBudget

    public init(options: SegmentationOptions = SegmentationOptions(), budget: DocumentBudget = .unlimited) {
        self.options = options
        self.budget = budget
    }

    public func segment(_ normalized: consuming NormalizedText) -> SegmentedDocument {
        // Moved into a store the readers share, so that a table reader can let go of the texts
        // it has read (`DocumentLines`).
        let lines = DocumentLines(normalized.lines)
        normalized.lines = []
        let shapes = lines.map(LineShape.init)
        let assembler = TableAssembler(options: options, lines: lines, shapes: shapes, budget: budget)
        var paragraphs: [Paragraph] = []
        var tables: [Table] = []
        var diagnostics: [Diagnostic] = []
        if normalized.simplifiedScalars > 0 {
            diagnostics.append(Self.simplifiedNote(scalars: normalized.simplifiedScalars))
        } else if normalized.traditionalScriptUnread {
            diagnostics.append(Diagnostic(
                severity: .warning, code: "normalize.traditional_script_unread",
                message: "traditional script read as printed: this ICU has no Hant-Hans transform", line: nil))
        }
        // Consuming: the table is assembled from the only copy of its draft, which lets go of each
        // row as its cells are made (`TableAssembler`).
        func take(_ draft: consuming TableDraft, at index: Int) {
            diagnostics += draft.diagnostics
            if draft.rows.count == 1, draft.rows[0].cells.count == 1 {
                let cell = draft.rows[0].cells[0]
                appendParagraph(
                    CellText.join(cell.paragraphs), cell.firstLine, cell.lastLine, to: &paragraphs)
                if draft.layout == .dom || draft.layout == .sax {
                    diagnostics.append(Self.tabParagraphNote(line: cell.firstLine))
                }
                return
            }
            guard !draft.rows.isEmpty else { return }
            let layout = draft.layout
            var outer = consume draft
            let inners = NestedTables.split(&outer)
            diagnostics += outer.diagnostics.filter { $0.code == "segment.nested_table" }
            let parent = tables.count
            tables.append(assembler.assemble(consume outer, index: parent, startLine: index))
            for inner in inners {
                var table = assembler.assemble(
                    TableDraft(layout: layout, rows: inner.rows), index: tables.count, startLine: -1)
                table.nestedIn = NestedPlace(table: parent, row: inner.row, column: inner.column)
                tables.append(table)
            }
        }
        // Tables no TAB marks: cells one per line (read where a header is found in them, else
        // reported as `segment.unread_table`) and columns of spaces (reported). Lines before
        // `unreadEnd` are in a table already, or were searched.
        var unread = CellLinesTables(lines: lines, shapes: shapes, headerWords: options.headerWords)
        var spaced = UnreadSpacedColumns(lines: lines, shapes: shapes)
        var unreadEnd = 0
        var flattened = FlattenedTableReader(
            lines: lines, headerWords: options.headerWords, tableWords: options.tableHeaderWords,
            valueWords: Set(options.valueWords.map(CellText.compact)),
            labelColumns: Set((options.fillDownColumns + options.labelColumns + options.sideLabelColumns).map(CellText.compact)))
        let textTables = TextTableReaders(lines: lines, shapes: shapes, options: options, flattened: flattened)
        // A table found only after some of its lines were read as prose (the cells or header
        // lines above its body): those paragraphs go.
        func dropParagraphs(fromLine first: Int) {
            while let last = paragraphs.last, last.firstLine >= first { paragraphs.removeLast() }
        }
        // A line of untabbed text that no table took: prose, its raw kept.
        func appendProse(_ line: NormalizedLine) {
            appendParagraph(line.text, line.number, line.number, to: &paragraphs)
            paragraphs.keepRaw(of: line)
        }
        // Tika marks every table with TABs and its readers take them; LibreOffice, docx2txt and
        // pdftotext print at most a few TAB-led lines (a tab stop opening a paragraph). Only such
        // text is searched for tables no reader takes: the search costs Tika text a third of its
        // segmentation time for nothing.
        let searchesUnread = shapes.lazy.filter(\.isTabLed).count <= Self.mostTabLedLinesWithoutTikaTables
        // For cells broken over lines; Tika text never needs them.
        let compactLabelWords = searchesUnread ? options.labelWords.map(CellText.compact) : []
        let labelWords = compactLabelWords.map { Array($0.unicodeScalars) }
        flattened.columnNames = Set(compactLabelWords)
        var unreadTables: [ClosedRange<Int>] = []
        var index = 0
        scan: while index < lines.count, !budget.isSpent {
            budget.count()
            switch shapes[index] {
            case .empty:
                index += 1
            case .tabLed where startsTable(at: index, shapes):
                let layout = Self.layout(from: index, lines, shapes)
                let draft = layout == .dom
                    ? DOMTableReader(
                        lines: lines, shapes: shapes, budget: budget, letsGoOfLines: !searchesUnread, headerWords: options.headerWords
                    ).read(from: index)
                    : SAXTableReader(lines: lines, shapes: shapes, budget: budget, headerWords: options.headerWords).read(from: index)
                // A draft cut short by the budget is not assembled: the document fails anyway.
                if budget.isSpent { break scan }
                let end = draft.end
                take(consume draft, at: index)
                index = max(end, index + 1)
                unreadEnd = max(unreadEnd, index)
            case .text, .spaceLed:
                if let draft = textTables.read(at: index) {
                    let end = draft.end
                    take(consume draft, at: index)
                    index = max(end, index + 1)
                    unreadEnd = max(unreadEnd, index)
                } else {
                    if searchesUnread, index >= unreadEnd {
                        if let table = unread.table(at: index, floor: unreadEnd) {
                            unreadEnd = table.end
                            let drafts = unread.read(table.start..<table.end, with: flattened, labelWords: labelWords)
                            if let last = drafts.last {
                                dropParagraphs(fromLine: lines[table.start].number)
                                var start = table.start
                                for draft in drafts {
                                    take(draft, at: start)
                                    start = draft.end
                                }
                                index = max(last.end, index + 1)
                                continue
                            }
                            diagnostics.append(table.note)
                            unreadTables.append(lines[table.start].number...lines[table.end - 1].number)
                        } else if let table = spaced.table(at: index) {
                            let reader = SpacedColumnsReader(lines: lines, shapes: shapes, words: flattened)
                            if let (draft, top) = reader.read(table.start..<table.end) {
                                dropParagraphs(fromLine: lines[top].number)
                                take(draft, at: top)
                                unreadEnd = max(draft.end, index + 1)
                                index = unreadEnd
                                continue
                            }
                            // Lines of figures over a table's own header (a form's 年度总体目标 cell
                            // with its little table, then the indicators): the table from that header
                            // on is read, the lines before it stay text, reported.
                            if let header = reader.laterHeader(in: table.start..<table.end),
                                let (draft, top) = reader.read(header..<table.end), top > index
                            {
                                diagnostics.append(spaced.note(lines: table.start..<top))
                                unreadTables.append(lines[table.start].number...lines[top - 1].number)
                                lines[index..<top].forEach(appendProse)
                                take(draft, at: top)
                                unreadEnd = max(draft.end, top + 1)
                                index = unreadEnd
                                continue
                            }
                            diagnostics.append(table.note)
                            unreadEnd = table.end
                            unreadTables.append(lines[table.start].number...lines[table.end - 1].number)
                        }
                    }
                    appendProse(lines[index])
                    index += 1
                }
            case .tabLed:
                appendParagraph(lines[index].text, lines[index].number, lines[index].number, to: &paragraphs)
                diagnostics.append(Self.tabParagraphNote(line: lines[index].number))
                index += 1
            }
        }
        return SegmentedDocument(
            // Tika prints a paragraph a line: only other text may have been broken at a margin.
            paragraphs: searchesUnread ? ProseWraps.join(paragraphs, lines: lines).map(ProseWraps.closingLetterSpacing) : paragraphs,
            tables: tables, markers: normalized.markers,
            diagnostics: diagnostics, layout: Self.documentLayout(tables), lineCount: lines.count,
            unreadTables: unreadTables)
    }

    func appendParagraph(_ text: String, _ first: Int, _ last: Int, to paragraphs: inout [Paragraph]) {
        let trimmed = CellText.trim(text)
        guard !trimmed.isEmpty else { return }
        paragraphs.append(Paragraph(text: trimmed, firstLine: first, lastLine: last))
    }

    /// A TAB-led line starts a table unless it is a body paragraph that begins with a tab stop:
    /// such a line is followed by several lines of prose with no blank line and no TAB.
    private func startsTable(at index: Int, _ shapes: [LineShape]) -> Bool {
        var proseLines = 0
        var next = index + 1
        while next < shapes.count {
            switch shapes[next] {
            case .empty, .tabLed: return true
            case .spaceLed: return proseLines > 0
            case .text:
                proseLines += 1
                if proseLines > 6 { return false }
            }
            next += 1
        }
        return true
    }

    /// SAX when at least a third of the TAB-led lines ahead (up to the next double blank) hold
    /// more than one TAB: DOM output has one TAB per line. A space-led line is a cell's indented
    /// paragraph (`  （1）公务用车购置费`), not the table's end: the lines after it count too.
    static func layout(from start: Int, _ lines: DocumentLines, _ shapes: [LineShape]) -> TableLayout {
        var tabLines = 0
        var multiTab = 0
        var blanks = 0
        var index = start
        while index < lines.count, index < start + 60 {
            switch shapes[index] {
            case .empty:
                blanks += 1
                if blanks >= 3 { index = lines.count; continue }
            case .tabLed:
                blanks = 0
                tabLines += 1
                if lines[index].tabCount > 1 { multiTab += 1 }
            case .text, .spaceLed:
                blanks = 0
            }
            index += 1
        }
        return isSAX(multiTabLines: multiTab, tabLedLines: tabLines) ? .sax : .dom
    }

    /// A line with several TABs is a SAX row: Tika's DOM layout gives each cell its own line with
    /// one TAB (none of 2,050 DOM tables read, generated and seeds, has one in its first 60
    /// lines). A SAX table whose cells break into paragraphs also has lines with one TAB, down to
    /// a quarter of its TAB-led lines (`→` alone, `→2021年实际在职人数`), so a third was too many
    /// to ask; three such lines make it SAX from a fifth on, so that one TAB kept inside a DOM
    /// cell does not.
    static func isSAX(multiTabLines multiTab: Int, tabLedLines tabLines: Int) -> Bool {
        guard multiTab > 0 else { return false }
        return multiTab * 3 >= tabLines || (multiTab >= 3 && multiTab * 5 >= tabLines)
    }

    static func documentLayout(_ tables: [Table]) -> TableLayout? {
        guard !tables.isEmpty else { return nil }
        var counts: [TableLayout: Int] = [:]
        for table in tables { counts[table.layout, default: 0] += 1 }
        // Ties go to the layout of the first table.
        let most = counts.values.max()!
        return tables.first { counts[$0.layout] == most }!.layout
    }

    /// Measured: at most 3 TAB-led lines in any LibreOffice or docx2txt rendering of the generated
    /// reports (none from pdftotext or pandoc), at least 18 in any Tika text of them or the seeds.
    static let mostTabLedLinesWithoutTikaTables = 10

    static func simplifiedNote(scalars: Int) -> Diagnostic {
        Diagnostic(
            severity: .note, code: "normalize.traditional_script",
            message: "traditional script read as simplified (\(scalars) characters); raw text as printed", line: nil)
    }

    static func tabParagraphNote(line: Int) -> Diagnostic {
        Diagnostic(
            severity: .note, code: "segment.tab_led_paragraph",
            message: "TAB-led line read as a body paragraph that starts with a tab stop", line: line)
    }
}

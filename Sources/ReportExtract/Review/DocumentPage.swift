import Foundation

/// The review page of one document: a static, self-contained HTML file (inline style and script,
/// system fonts, no network) for the clerk who confirms the figures.
///
/// Order on the page: what needs review first (violated checks, low-confidence figures,
/// not-evaluable checks, each check with the figures it involves), then every table drawn as a
/// table with each figure cell coloured by confidence, then the figures read from prose, then the
/// checks that hold. Clicking a figure shows its line as printed, value, reasons, repairs and
/// checks in a side panel; hovering or clicking a check highlights its figures. `#f=<figure id>`
/// and `#check=<check id>` in the address select a figure or pin a check on load.
///
/// The page is a pure function of the document JSON, so a page made later from the JSON on disk
/// is the same as the one made right after extraction.
public enum DocumentPage {
    /// - Parameters:
    ///   - json: the per-document JSON.
    ///   - page: the page's path relative to the output directory (`ReviewPaths.page(forOutput:)`),
    ///     for the link back to `index.html`.
    /// - Returns: the page's bytes. A JSON that cannot be read still gets a page, saying why.
    public static func render(json: Data, page: String) -> [UInt8] {
        collected { sink throws in try renderInPlace(json: json, page: page, to: sink) }
    }

    /// The same page handed to `sink` a quarter megabyte at a time (see `HTMLWriter`).
    public static func render(json: Data, page: String, to sink: @escaping ([UInt8]) throws -> Void) throws {
        try renderInPlace(json: json, page: page, to: { try sink(Array($0)) })
    }

    /// The same pieces lent in place: valid only during each call (a batch run writes them).
    public static func renderInPlace(json: Data, page: String, to sink: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let root = ReviewPaths.rootPrefix(ofPage: page)
        var html = HTMLWriter(sink: sink)
        do {
            let document = try ReviewDocument.decode(json)
            var context = PageContext(document, figures: .decoded(document.figures ?? []))
            context.render(root: root, into: &html)
        } catch {
            unreadable(error: "\(error)", root: root, into: &html)
        }
        try html.finish()
    }

    /// The same page from the document just extracted, without parsing its JSON: the bytes are
    /// those `render(json:page:)` gives for `document.encoded()`.
    public static func render(document: DocumentJSON, page: String) -> [UInt8] {
        collected { sink throws in try renderInPlace(document: document, page: page, to: sink) }
    }

    /// The same page handed to `sink` a quarter megabyte at a time, so that a document with a very
    /// long table never holds its whole page in memory.
    public static func render(document: DocumentJSON, page: String, to sink: @escaping ([UInt8]) throws -> Void) throws {
        try renderInPlace(document: document, page: page, to: { try sink(Array($0)) })
    }

    /// The same pieces lent in place: valid only during each call (a batch run writes them).
    public static func renderInPlace(
        document: DocumentJSON, page: String, to sink: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        var html = HTMLWriter(sink: sink)
        var context = PageContext(ReviewDocument(document), figures: .document(document.figures))
        context.render(root: ReviewPaths.rootPrefix(ofPage: page), into: &html)
        try html.finish()
    }

    private static func collected(_ render: (@escaping (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) -> [UInt8] {
        let page = PageBytes()
        // Appending to memory cannot fail.
        try! render { page.bytes.append(contentsOf: $0) }
        return page.bytes
    }

    private final class PageBytes { var bytes: [UInt8] = [] }

    private static func unreadable(error: String, root: String, into html: inout HTMLWriter) {
        ReviewChrome.head(&html, title: "report-extract review")
        html.raw("<body><main class=\"solo\">")
        html.open("a", [("href", root + ReviewPaths.index)])
        html.raw("← 全部文档 All documents</a>")
        html.raw("<h1>无法读取 Cannot read this document's JSON</h1>")
        html.element("pre", text: error)
        html.raw("</main></body></html>\n")
    }
}

/// Everything one page render looks up: figures by id, checks by figure (set just before the
/// figure data, their only reader); the figures by cell are made for the tables alone.
struct PageContext {
    let document: ReviewDocument
    var figures: PageFigures
    let checks: [ReviewCheck]
    let byID: FigurePositions<String>

    /// - Parameter figures: the document's figures (`document.figures` is not read), which the
    ///   page annotates.
    init(_ document: consuming ReviewDocument, figures: PageFigures.Source) {
        self.figures = PageFigures(figures)
        checks = document.checks ?? []
        document.figures = nil
        self.document = document
        byID = FigurePositions(count: self.figures.count, id: self.figures.ids)
        attachContext()
    }

    private mutating func attachChecks() {
        let notes = checks.map { [$0.status ?? "?", $0.rule ?? "?", $0.id ?? ""].joined(separator: " ") }
        let (checks, byID) = (checks, byID)
        // Each check's figures found by id twice, counted then placed, instead of listed once for
        // all checks: the list was a long table's length at the page's peak (its total row
        // names every row).
        figures.setNotes(notes) { check, figure in
            for id in checks[check].figures ?? [] {
                if let index = byID[id] { figure(index) }
            }
        }
    }

    /// The text as printed around each figure: its cell, or the paragraph holding its line.
    /// Found as each figure is made rather than held for every figure (4.8 MB of `String?`
    /// beside the page of a 300,000-row table).
    private mutating func attachContext() {
        // Table index → its rows and, by row index, each row's position among them.
        var rows: [Int: (rows: ReviewRows, positions: RowPositions)] = [:]
        for table in document.tables ?? [] {
            guard let index = table.index else { continue }
            let body = table.bodyRows ?? []
            rows[index] = (body, RowPositions(body))
        }
        let paragraphs = (document.paragraphs ?? []).sorted { ($0.firstLine ?? 0) < ($1.firstLine ?? 0) }
        figures.context = { table, row, column, line in
            if let table, let row, let column {
                guard let found = rows[table], let position = found.positions.position(of: row) else { return nil }
                return found.rows.printed(row: position, column: column).text
            }
            guard let line else { return nil }
            return Self.paragraph(containing: line, in: paragraphs)?.text
        }
    }

    /// Binary search over paragraphs sorted by first line.
    static func paragraph(containing line: Int, in paragraphs: [ReviewDocument.Paragraph]) -> ReviewDocument.Paragraph? {
        var low = 0
        var high = paragraphs.count
        while low < high {
            let middle = (low + high) / 2
            if (paragraphs[middle].firstLine ?? 0) <= line { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let candidate = paragraphs[low - 1]
        return line <= (candidate.lastLine ?? candidate.firstLine ?? 0) ? candidate : nil
    }

    // MARK: - The page

    mutating func render(root: String, into html: inout HTMLWriter) {
        let title = document.facts?.title ?? document.source?.path ?? "document"
        ReviewChrome.head(&html, title: title + " · report-extract review")
        html.raw("<body>\n<main>\n")
        header(&html, title: title, root: root)
        attention(&html)
        // The figures by cell only for the tables, and the check notes only for the figure data
        // (the one part that reads them): made for the whole page, both were held at once, 4 MB
        // more at its peak for a 300,000-figure page.
        tables(&html, byCell: FiguresByCell(count: figures.count, cell: figures.cells))
        prose(&html)
        passedChecks(&html)
        html.raw("</main>\n")
        html.raw(
            "<aside id=\"panel\" aria-live=\"polite\"><p class=\"hint\">点击任一数字查看原文行、修复和校验。<br>"
                + "Click a figure to see its line as printed, repairs and checks; hover a check to see its figures.</p></aside>\n")
        attachChecks()
        figureData(&html)
        html.raw("<script>" + ReviewScript.page + "</script>\n</body>\n</html>\n")
    }

    private func header(_ html: inout HTMLWriter, title: String, root: String) {
        html.raw("<header class=\"top\">")
        html.open("a", [("href", root + ReviewPaths.index), ("class", "back")])
        html.raw("← 全部文档 All documents</a>")
        html.element("h1", text: title)
        var meta: [String] = []
        if let path = document.source?.path { meta.append(path) }
        if let unit = document.facts?.unit { meta.append(unit) }
        if let year = document.facts?.year { meta.append("\(year)年") }
        if let kind = document.facts?.reportKind { meta.append(kind) }
        if let lines = document.source?.lines { meta.append("\(lines) 行 lines") }
        html.element("p", [("class", "meta")], text: meta.joined(separator: " · "))
        counts(&html)
        html.raw("</header>\n")
    }

    private func counts(_ html: inout HTMLWriter) {
        var byGrade: [String: Int] = [:]
        for index in figures.indices { byGrade[figures.grade(index), default: 0] += 1 }
        var byStatus: [String: Int] = [:]
        for check in checks { byStatus[check.status ?? "?", default: 0] += 1 }
        html.raw("<p class=\"counts\">")
        html.raw("<span class=\"count\">\(figures.count) 个数字 figures:</span> ")
        for (grade, label) in ReviewChrome.gradeLabels {
            html.raw("<span class=\"badge \(grade)\">\(label) \(byGrade[grade] ?? 0)</span> ")
        }
        html.raw("<span class=\"count\">\(checks.count) 项校验 checks:</span> ")
        for (status, label) in ReviewChrome.statusLabels {
            html.raw("<span class=\"badge \(status)\">\(label) \(byStatus[status] ?? 0)</span> ")
        }
        html.raw("</p>")
    }

    /// The figures, with context and checks, for the side panel (`FigureData`).
    private func figureData(_ html: inout HTMLWriter) {
        html.raw("<script type=\"application/json\" id=\"figure-data\">")
        FigureData.write(figures, into: &html)
        html.raw("</script>\n")
    }
}

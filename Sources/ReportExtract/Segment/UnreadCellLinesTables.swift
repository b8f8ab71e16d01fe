/// Finds the tables printed one cell per line with no row mark (LibreOffice's `--convert-to
/// txt`, docx2txt) that are left unread, so that a document giving no table figure says why
/// instead of passing for a report without tables.
///
/// `CellLinesReader` finds where such a table starts and ends well, but which lines make a row
/// is a guess (an empty cell and an empty paragraph print alike; a merged cell drops a line): on
/// the generated renderings it put 60 % of the figures it read under a wrong label. So its rows
/// are not used; its extent is reported (`segment.unread_table`) and its lines stay prose.
struct UnreadCellLinesTables {
    let lines: [NormalizedLine]
    let shapes: [LineShape]
    let headerWords: [String]
    /// Built on the first line that could open such a table: most documents have none.
    private var items: CellLineItems?

    init(lines: [NormalizedLine], shapes: [LineShape], headerWords: [String]) {
        self.lines = lines
        self.shapes = shapes
        self.headerWords = headerWords
    }

    /// The note for a table starting at `index`, and the index of the first line after it.
    mutating func table(at index: Int) -> (note: Diagnostic, end: Int)? {
        guard shapes[index] == .text || shapes[index] == .spaceLed, opensRunOfShortLines(at: index) else { return nil }
        if items == nil { items = CellLineItems(lines: lines, shapes: shapes) }
        guard let items, let draft = CellLinesReader(lines: lines, items: items, headerWords: headerWords).read(at: index),
            draft.end > index
        else { return nil }
        let end = extent(of: items, from: draft.end)
        let first = lines[index].number
        let last = lines[end - 1].number
        let note = Diagnostic(
            severity: .warning, code: "segment.unread_table",
            message: "lines \(first)–\(last) look like a table printed one cell per line without row marks "
                + "(LibreOffice or docx2txt text): its rows cannot be told apart reliably, so it is not read as a table; "
                + "numbers in it are read as prose, without row or column labels",
            line: first)
        return (note, end)
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
                if items.items[item].kind == .stop || CellText.startsDocumentPart(text) { break }
            }
            end += 1
        }
        // Blank lines after the table are not part of it.
        while end > start, shapes[end - 1] == .empty { end -= 1 }
        return end
    }
}

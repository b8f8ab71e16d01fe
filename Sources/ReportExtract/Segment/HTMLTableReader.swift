/// Reads an HTML table written into text (pandoc's markdown for tables with merged cells, pages
/// saved as text): `<tr>` rows of `<td>`/`<th>` cells, `<p>` or `<br />` parting a cell's
/// paragraphs. A cell spanning columns stays one cell, as Tika writes it; a cell spanning rows
/// leaves an empty cell in the rows below, as Tika writes Word's vertical merge, so the header
/// stacking and fill-down read it as they read Tika's text. A table nested in a cell is skipped.
struct HTMLTableReader {
    let lines: DocumentLines

    static func starts(at index: Int, _ lines: DocumentLines) -> Bool {
        CellText.trim(lines[index].text).hasPrefix("<table")
    }

    private struct Open {
        var cell: CellDraft?
        var span: (rows: Int, columns: Int)
        var paragraphBreak = false
    }

    func read(from start: Int) -> TableDraft {
        var draft = TableDraft(layout: .html)
        var rows: [RowDraft] = []
        var row: RowDraft?
        // Grid column → rows a rowspan still covers there, and how many columns it spans.
        var covered: [Int: (rows: Int, columns: Int)] = [:]
        var grid = 0
        var open: Open?
        var depth = 0
        var index = start

        func addText(_ text: String, _ raw: String, line: Int) {
            guard var cell = open else { return }
            if cell.cell == nil {
                cell.cell = CellDraft(text: text, raw: raw, line: line)
            } else if cell.paragraphBreak {
                cell.cell!.append(text: text, raw: raw, line: line)
            } else {
                let last = cell.cell!.paragraphs.count - 1
                cell.cell!.paragraphs[last] += text
                cell.cell!.rawParagraphs[last] += raw
            }
            cell.paragraphBreak = false
            open = cell
        }
        func closeCell(line: Int) {
            guard let cell = open, row != nil else { return }
            let draftCell = cell.cell ?? CellDraft(text: "", raw: "", line: line)
            if cell.span.rows > 1 { covered[grid] = (cell.span.rows - 1, cell.span.columns) }
            grid += max(cell.span.columns, 1)
            row!.cells.append(draftCell)
            open = nil
        }
        /// Empty cells for the grid columns a cell of a row above still covers.
        func fillCovered() {
            while let cover = covered[grid], cover.rows > 0 {
                covered[grid] = cover.rows > 1 ? (cover.rows - 1, cover.columns) : nil
                row!.cells.append(CellDraft(text: "", raw: "", line: row!.cells.last?.lastLine ?? lines[index].number))
                grid += cover.columns
            }
        }

        scan: while index < lines.count {
            let line = lines[index]
            for token in HTMLTokens(line) {
                switch token {
                case .tag(let name, let closing, let attributes):
                    if name == "table" {
                        depth += closing ? -1 : 1
                        if depth == 0 { index += 1; break scan }
                        continue
                    }
                    guard depth == 1 else { continue }
                    switch (name, closing) {
                    case ("tr", false):
                        row = RowDraft()
                        grid = 0
                    case ("tr", true):
                        if open != nil { closeCell(line: line.number) }
                        if row != nil {
                            fillCovered()
                            rows.append(row!)
                        }
                        row = nil
                    case ("td", false), ("th", false):
                        if open != nil { closeCell(line: line.number) }
                        if row != nil { fillCovered() }
                        open = Open(span: (Int(attributes["rowspan"] ?? "") ?? 1, Int(attributes["colspan"] ?? "") ?? 1))
                    case ("td", true), ("th", true):
                        closeCell(line: line.number)
                    case ("p", _), ("br", _):
                        if open?.cell != nil { open!.paragraphBreak = true }
                    default:
                        break
                    }
                case .text(let text, let raw):
                    guard depth == 1, open != nil, !CellText.trim(text).isEmpty || open?.cell != nil else { continue }
                    addText(text, raw, line: line.number)
                }
            }
            // A line end inside a cell parts its paragraphs (`<p>年度</p>` ¶ `<p>指标值</p>`).
            if open?.cell != nil { open!.paragraphBreak = true }
            index += 1
        }
        for var row in rows where !row.cells.isEmpty {
            _ = TextTableRows.collapseSpanningRow(&row)
            draft.rows.append(row)
        }
        draft.end = index
        return draft
    }
}

/// The tags and text of one line of HTML, text decoded (`&amp;` `&lt;` `&gt;` `&quot;` `&nbsp;`).
/// Tags are found in the raw line (a full-width `＜` folds to `<` only in the normalized text).
struct HTMLTokens: Sequence, IteratorProtocol {
    enum Token {
        case tag(name: String, closing: Bool, attributes: [String: String])
        case text(String, raw: String)
    }

    private let texts: [Unicode.Scalar]
    private let raws: [Unicode.Scalar]
    private var position = 0

    init(_ line: NormalizedLine) {
        texts = Array(line.text.unicodeScalars)
        let raw = Array(line.unmarkedRaw.unicodeScalars)
        raws = raw.count == texts.count ? raw : texts
    }

    mutating func next() -> Token? {
        guard position < raws.count else { return nil }
        if raws[position] == "<", let close = raws[position...].firstIndex(of: ">") {
            let inner = String(String.UnicodeScalarView(raws[(position + 1)..<close]))
            position = close + 1
            return Self.tag(inner)
        }
        // A `<` that opens no tag (none closes it) is text: the search starts past it, or the
        // iterator would never move (found by fuzzing: `<table88.10%`).
        let end = raws[(position + 1)...].firstIndex(of: "<") ?? raws.count
        let text = String(String.UnicodeScalarView(texts[position..<end]))
        let raw = String(String.UnicodeScalarView(raws[position..<end]))
        position = end
        return .text(Self.decode(text), raw: Self.decode(raw))
    }

    private static func tag(_ inner: String) -> Token {
        var body = Substring(inner)
        let closing = body.hasPrefix("/")
        if closing { body = body.dropFirst() }
        let name = String(body.prefix { $0.isLetter || $0.isNumber }).lowercased()
        var attributes: [String: String] = [:]
        for key in ["colspan", "rowspan"] {
            guard let range = body.range(of: key + "=\"") else { continue }
            let value = body[range.upperBound...].prefix { $0 != "\"" }
            attributes[key] = String(value)
        }
        return .tag(name: name, closing: closing, attributes: attributes)
    }

    static let entities: [(String, String)] = [
        ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&nbsp;", "\u{A0}"), ("&amp;", "&"),
    ]

    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var result = ""
        var rest = Substring(text)
        outer: while let first = rest.first {
            if first == "&" {
                for (entity, scalar) in entities where rest.hasPrefix(entity) {
                    result += scalar
                    rest = rest.dropFirst(entity.count)
                    continue outer
                }
            }
            result.append(first)
            rest = rest.dropFirst()
        }
        return result
    }
}

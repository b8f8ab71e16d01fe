/// Every table drawn as a table: a header row wherever the labelling header changes, a small
/// row-number column, and each cell holding figures coloured by its worst figure's confidence
/// (`data-f` lists the figure ids). Then the figures read from prose, each with its sentence.
extension PageContext {
    /// - Parameter byCell: table, row and column → indexes into `figures`.
    func tables(_ html: inout HTMLWriter, byCell: FiguresByCell) {
        let tables = document.tables ?? []
        guard !tables.isEmpty else { return }
        html.raw("<section id=\"tables\">\n<h2>表格 <small>Tables (\(tables.count))</small></h2>\n")
        for table in tables { draw(&html, table, byCell) }
        html.raw("</section>\n")
    }

    private func draw(_ html: inout HTMLWriter, _ table: ReviewDocument.Table, _ byCell: FiguresByCell) {
        let index = table.index ?? -1
        html.open("div", [("class", "table"), ("id", "t\(index)")])
        html.open("h3")
        html.text("表 \(index) · " + (table.title ?? "(无标题 untitled)"))
        html.close("h3")
        var meta = [table.kind ?? "未识别 kind not recognized"]
        if let unit = table.unit { meta.append("单位 " + unit) }
        if let first = table.firstLine, let last = table.lastLine { meta.append("行 lines \(first)–\(last)") }
        html.element("p", [("class", "tmeta")], text: meta.joined(separator: " · "))
        let headers = table.headerRows ?? []
        // One header: it stays in view while the rows scroll. Several: they would pile up.
        html.raw(headers.count == 1 ? "<table class=\"grid sticky\"><tbody>\n" : "<table class=\"grid\"><tbody>\n")
        var current: Int? = nil
        for row in table.bodyRows ?? [] {
            if let header = row.header, header != current, header >= 0, header < headers.count {
                headerRow(&html, headers[header].labels ?? [])
                current = header
            }
            bodyRow(&html, row, table: index, byCell)
        }
        html.raw("</tbody></table></div>\n")
    }

    private func headerRow(_ html: inout HTMLWriter, _ labels: [String]) {
        html.raw("<tr class=\"hdr\"><th class=\"rn\">#</th>")
        for label in labels { html.element("th", text: label) }
        html.raw("</tr>\n")
    }

    /// Written piece by piece (escaping goes byte by byte, so the bytes are those of the
    /// attribute lists and joined strings it replaces): a long table's page draws a row per
    /// table row, and the tuples, arrays and interpolated strings per cell were most of its cost.
    private func bodyRow(_ html: inout HTMLWriter, _ row: ReviewDocument.Row, table: Int, _ byCell: FiguresByCell) {
        let rowIndex = row.index ?? -1
        html.raw("<tr><td class=\"rn\">")
        html.integer(rowIndex)
        html.raw("</td>")
        for (column, cell) in (row.cells ?? []).enumerated() {
            let held = byCell.figures(table: table, row: rowIndex, column: column)
            if held.isEmpty {
                // `<td class="filled" title="行 line 12">`, each attribute only when it has a value.
                html.raw(cell.filledFrom == nil ? "<td" : "<td class=\"filled\"")
                lineTitle(&html, cell.firstLine, prefix: " title=\"", suffix: "\"")
                html.raw(">")
            } else {
                let grade = held.count == 1
                    ? figures.grade(held[0])
                    : held.map { figures.grade($0) }.min { ReviewChrome.rank($0) < ReviewChrome.rank($1) } ?? "unknown"
                html.raw("<td class=\"f cell ")
                html.text(grade)
                html.raw("\" data-f=\"")
                ids(&html, held, separator: " ")
                html.raw("\" tabindex=\"0\" title=\"")
                ids(&html, held, separator: ", ")
                lineTitle(&html, cell.firstLine, prefix: " · ", suffix: "")
                html.raw("\">")
            }
            html.text(cell.text ?? "")
            for index in held { readAs(&html, index) }
            html.close("td")
        }
        html.raw("</tr>\n")
    }

    /// `行 line 12` between `prefix` and `suffix`, when the cell has a line.
    private func lineTitle(_ html: inout HTMLWriter, _ line: Int?, prefix: String, suffix: String) {
        guard let line else { return }
        html.raw(prefix)
        html.raw("行 line ")
        html.integer(line)
        html.raw(suffix)
    }

    private func ids(_ html: inout HTMLWriter, _ held: OneOrMany<Int>, separator: String) {
        for (offset, index) in held.enumerated() {
            if offset > 0 { html.raw(separator) }
            html.text(figures.place(index).id)
        }
    }

    /// `→ 1124.65` after a cell whose figure was repaired or is undecided.
    private func readAs(_ html: inout HTMLWriter, _ index: Int) {
        let figure = figures.reading(index)
        if let candidates = figure.candidates, !candidates.isEmpty, figure.value == nil {
            html.element("span", [("class", "fix")], text: "? " + candidates.joined(separator: " / "))
        } else if figure.repaired, let value = figure.value {
            html.element("span", [("class", "fix")], text: "→ " + value)
        }
    }

    func prose(_ html: inout HTMLWriter) {
        let prose = figures.made { figures.place($0).table == nil }
        guard !prose.isEmpty else { return }
        html.raw("<section id=\"prose\">\n<h2>正文中的数字 <small>Figures in the text (\(prose.count))</small></h2>\n<ul class=\"prose\">\n")
        for figure in prose {
            html.open("li", [("class", "f prose " + figure.grade), ("data-f", figure.id), ("tabindex", "0")])
            html.element("span", [("class", "rn")], text: "行 \(figure.line.map(String.init) ?? "?")")
            html.raw(" ")
            sentence(&html, figure)
            html.raw("</li>\n")
        }
        html.raw("</ul></section>\n")
    }

    /// The paragraph around the figure (at most 60 characters either side), the figure marked.
    private func sentence(_ html: inout HTMLWriter, _ figure: ReviewFigure) {
        let raw = figure.raw ?? ""
        guard let text = figure.context, !raw.isEmpty, let range = Self.range(of: raw, in: text) else {
            html.element("mark", text: raw)
            if let text = figure.context { html.element("span", [("class", "ctx")], text: " " + Self.clipped(text, 120)) }
            return
        }
        // Only the 61 characters next to the figure are walked, not the whole paragraph.
        let before = text[..<range.lowerBound]
        let from = CharacterSteps.backward(before, 60)
        let after = text[range.upperBound...]
        let to = CharacterSteps.forward(after, 60)
        html.text((from > before.startIndex ? "…" : "") + String(before[from...]))
        html.element("mark", text: raw)
        html.text(String(after[..<to]) + (to < after.endIndex ? "…" : ""))
    }

    /// The first occurrence of `needle` in `text`, found on the UTF-8 bytes; Foundation's search
    /// (which bridges every paragraph to UTF-16) only where the bytes match inside a character.
    static func range(of needle: String, in text: String) -> Range<String.Index>? {
        guard let offset = CellText.firstByteOffset(of: needle, in: text) else { return nil }
        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        let upper = text.utf8.index(lower, offsetBy: needle.utf8.count)
        guard lower.samePosition(in: text) != nil, upper.samePosition(in: text) != nil else {
            return text.range(of: needle)
        }
        return lower..<upper
    }

    static func clipped(_ text: String, _ limit: Int) -> String {
        guard let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end < text.endIndex else {
            return text
        }
        return String(text[..<end]) + "…"
    }
}

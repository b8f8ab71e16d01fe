@testable import ReportExtract

/// Rewrites a DOM-layout dump in Tika's SAX layout (Tika 4, `OOXMLTikaBodyPartHandler`), from
/// the cells the DOM reading found: one row per line, cells TAB-separated, a cell's later
/// paragraphs as `\n` + text + `\n`, a newline after each row and one after the table.
/// Prose lines are copied as they are.
enum SAXRendering {
    static func render(_ text: String, tables: [Table]) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if text.hasSuffix("\n") { lines.removeLast() }
        var output = ""
        var number = 1
        var remaining = tables.sorted { $0.firstLine < $1.firstLine }[...]
        while number <= lines.count {
            if let table = remaining.first, table.firstLine == number {
                output += renderTable(table)
                number = table.lastLine + 1
                while number <= lines.count, lines[number - 1].isEmpty { number += 1 }
                remaining = remaining.dropFirst()
            } else {
                output += lines[number - 1] + "\n"
                number += 1
            }
        }
        return output
    }

    static func renderTable(_ table: Table) -> String {
        var text = ""
        for row in table.rows {
            for cell in row.cells {
                text += "\t" + cell.rawParagraphs[0]
                for paragraph in cell.rawParagraphs.dropFirst() { text += "\n" + paragraph + "\n" }
            }
            text += "\n"
        }
        return text + "\n"
    }
}

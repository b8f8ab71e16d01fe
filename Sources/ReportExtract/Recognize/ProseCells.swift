/// Paragraphs of prose printed in the cells of a table of words: no rule knows its kind and no
/// cell of it is a figure, as where a web page lays a whole report out as a table (德钦 2021's
/// 部门整体支出绩效自评情况报告, a clerk's reading of stop 68: `单位年初预算收入785.59万元,决算数为
/// 885.63万元。…` in a cell, and not a figure read), when one of them runs to two sentences. A
/// form's cells (its goals, its notes: `…限100字以内。`) stay unread as before, and so does a cell
/// filled down from above.
enum ProseCells {
    static func paragraphs(of table: Table) -> [Paragraph] {
        var found: [Paragraph] = []
        for row in table.rows where row.role == .body {
            for cell in row.cells where cell.filledFrom == nil && cell.text.utf8.count >= shortestBytes {
                for (index, text) in cell.paragraphs.enumerated() where index < cell.rawParagraphs.count && index < cell.paragraphLines.count && isProse(text) {
                    let raw = cell.rawParagraphs[index]
                    let line = cell.paragraphLines[index]
                    found.append(Paragraph(text: text, firstLine: line, lastLine: line, raw: raw == text ? nil : raw))
                }
            }
        }
        // A report's own paragraphs run to sentences; a form's goal cells, split off their form
        // (Tika's SDT text of a form: `实际完成2833户，资金支出1248.29万元，满意度92%。`), hold one each.
        let sentences = { (paragraph: Paragraph) in paragraph.text.unicodeScalars.lazy.filter { $0 == "。" }.count }
        return found.contains { sentences($0) >= 2 } ? found : []
    }
    /// Twenty characters of three bytes: shorter cells are labels and values.
    private static let shortestBytes = 60

    /// A sentence (`。`) with a digit in it.
    static func isProse(_ text: String) -> Bool {
        text.utf8.count >= shortestBytes && text.unicodeScalars.contains("。") && text.utf8.contains { $0 &- 0x30 < 10 }
    }
}

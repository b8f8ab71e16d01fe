/// The report's own text as the table readers meet it after a table's last cell: Tika's DOM and
/// SAX readers end a table there, and the lost-span reading of pipe tables keeps such a row out
/// of its header rows.
extension CellText {
    /// A line of the report's own text, never a cell's later paragraph: a sentence, an attachment
    /// heading or table title, or a section heading.
    static func isReportText(_ text: String) -> Bool {
        isSentence(text) || startsDocumentPart(text) || isSectionHeading(text)
    }

    /// A heading numbered in Chinese numerals (`三、绩效目标完成情况`, `（二）项目支出情况`): the
    /// report's own outline. Items numbered in digits (`1、`) are left out: cells list those.
    static func isSectionHeading(_ text: String) -> Bool {
        var scalars = trim(text).unicodeScalars[...]
        let numerals = "一二三四五六七八九十".unicodeScalars
        let bracketed = scalars.first == "（" || scalars.first == "("
        if bracketed { scalars = scalars.dropFirst() }
        let numeral = scalars.prefix { numerals.contains($0) }
        guard (1...2).contains(numeral.count) else { return false }
        let after = scalars.dropFirst(numeral.count).first
        return bracketed ? after == "）" || after == ")" : after == "、"
    }

    /// A sentence of prose (it ends with `。` or runs on past commas), never a label cell.
    static func isSentence(_ text: String) -> Bool {
        let scalars = Array(trim(text).unicodeScalars)
        guard let last = scalars.last else { return false }
        return last == "。" || scalars.count >= 15 && scalars.contains { $0 == "，" || $0 == "。" || $0 == "；" }
    }
}

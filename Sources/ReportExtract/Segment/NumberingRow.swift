/// A row that numbers a form's columns under its header (`栏次 | 1 | 栏次 | 2` in a 决算 form's
/// 收入支出决算总表, `列次 | 0 | 1 | … | 7` in a 绩效评价表). It holds no figure, so it neither opens
/// the body under the header nor makes a table nested in a cell; read as figures, its numbers were
/// amounts (黄山市中医医院 2023: `栏次 | 1 | 栏次 | 2` read as a nested table, the header lost and
/// each line's 行次 read as 万元). A debt table's `公式 | A=B+C | B | C` row names its columns by
/// letters so (舒城县 2024, a clerk's reading of stop 67: every column labelled `A=B+C`, `B`, …).
enum NumberingRow {
    static let words: Set<String> = ["栏次", "列次", "公式"]

    /// The first filled cell is one of `words`, and every value is a column's number: an integer
    /// of at most three digits (a label beside them, `所需材料`, may stand under a group header).
    static func matches(_ cells: [Cell]) -> Bool {
        guard let first = cells.first(where: { !$0.isEmpty }), words.contains(CellText.compact(first.text)) else { return false }
        return matches(cells.map(\.text))
    }

    static func matches(_ texts: [String]) -> Bool {
        guard let first = texts.first(where: { !CellText.compact($0).isEmpty }), words.contains(CellText.compact(first))
        else { return false }
        return texts.allSatisfy { text in
            let compacted = CellText.compact(text)
            guard CellText.looksLikeValue(compacted) else { return true }
            return compacted.unicodeScalars.count <= 3 && compacted.unicodeScalars.allSatisfy(Scalars.isDigit)
        }
    }
}

/// A form's row of label | value pairs with no header over it (`人员编制 | 21 | 实有人数 | 21`,
/// `联系人 | 吴俊 | 联络电话 | 8690022`): each value is named by the label just before it, not by
/// the row's first cell.
enum FormPairs {
    /// How many of the row's first cells are label | value pairs (labels at even places, each
    /// value right after its label); nil when the row is not such a row.
    /// - Parameter readings: each cell's number reading.
    /// - Parameter holdsPairs: per cell, whether it holds `label:number` pairs.
    static func pairedCells(
        _ row: Row, readings: [NumberReading], holdsPairs: (Int) -> Bool, layout: RowLayout
    ) -> Int? {
        var count = row.cells.count
        if count % 2 == 1, row.cells[count - 1].isEmpty { count -= 1 }
        guard count >= 4, count % 2 == 0, layout.columns.allSatisfy({ $0.label == nil }) else { return nil }
        var numbers = 0
        for label in stride(from: 0, to: count, by: 2) {
            let text = row.cells[label].text
            guard !text.isEmpty, readings[label].readings.isEmpty, !holdsPairs(label), !CellText.isPlaceholder(text),
                text.unicodeScalars.count <= 20
            else { return nil }
            if !readings[label + 1].readings.isEmpty { numbers += 1 }
        }
        return numbers > 0 ? count : nil
    }

    /// A label naming a code or a phone number (`联络电话`, `预算编码`, `统一社会信用代码`): the
    /// number under it is no quantity. Told by the label's last word: `电话费` is an expense.
    static func namesCode(_ label: String) -> Bool {
        // Asked of every figure's labels: most end in a scalar no such word ends in.
        guard let last = label.unicodeScalars.last(where: { !CellText.isSpace($0) && $0 != ":" && $0 != "：" }),
            lastScalars.contains(last)
        else { return false }
        let scalars = Array(CellText.compact(label).unicodeScalars)
        let end = scalars.lastIndex(of: last).map { $0 + 1 } ?? scalars.count
        return codeWords.contains { Scalars.has($0, in: scalars, endingAt: end) }
    }

    private static let codeWords = ["电话", "手机", "传真", "邮编", "编码", "代码", "账号", "帐号", "号码"].map { Array($0.unicodeScalars) }
    private static let lastScalars = Set(codeWords.compactMap(\.last))
}

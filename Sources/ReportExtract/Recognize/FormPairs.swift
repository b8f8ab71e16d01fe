/// A form's row of label | value pairs with no header over it (`人员编制 | 21 | 实有人数 | 21`,
/// `联系人 | 吴俊 | 联络电话 | 8690022`): each value is named by the label just before it, not by
/// the row's first cell.
enum FormPairs {
    /// The row's cells that are label | value pairs (each value right after its label), from its
    /// first cell or, after a block's label, its second; nil when the row is not such a row.
    /// - Parameter readings: each cell's number reading.
    /// - Parameter holdsPairs: per cell, whether it holds `label:number` pairs.
    static func pairedCells(
        _ row: Row, readings: [NumberReading], holdsPairs: (Int) -> Bool, layout: RowLayout
    ) -> Range<Int>? {
        guard layout.columns.allSatisfy({ $0.label == nil }) else { return nil }
        if let end = pairsEnd(from: 0, row, readings: readings, holdsPairs: holdsPairs) { return 0..<end }
        // A block's label first (安溪县 2022, two clerks' readings: `资金情况（万元） | 资金总额 | 100 |
        // 其中：财政拨款 | 100 | 其他资金 |`, the second 100 was a second 资金总额).
        guard let first = row.cells.first, !first.isEmpty, readings[0].readings.isEmpty,
            let end = pairsEnd(from: 1, row, readings: readings, holdsPairs: holdsPairs)
        else { return nil }
        return 1..<end
    }

    private static func pairsEnd(from start: Int, _ row: Row, readings: [NumberReading], holdsPairs: (Int) -> Bool) -> Int? {
        var end = row.cells.count
        if (end - start) % 2 == 1, row.cells[end - 1].isEmpty { end -= 1 }
        guard end - start >= 4, (end - start) % 2 == 0 else { return nil }
        var numbers = 0
        for label in stride(from: start, to: end, by: 2) {
            let text = row.cells[label].text
            guard !text.isEmpty, readings[label].readings.isEmpty, !holdsPairs(label), !CellText.isPlaceholder(text),
                text.unicodeScalars.count <= 20
            else { return nil }
            if !readings[label + 1].readings.isEmpty { numbers += 1 }
        }
        return numbers > 0 ? end : nil
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

/// Combines the rows of a header that spans several rows into one label per column.
///
/// Two shapes occur. A header split word by word over rows of the same width (`年度` over `指标值`)
/// is joined column by column. A group header is narrower than the row below it, because Tika
/// writes a horizontally merged cell once (`2023年` over `预算数` and `决算数`, `年度指标值` over
/// `运算符`, `指标值`, `度量单位`) while the cells it merges vertically come back empty in the
/// lower row. So each empty cell below stands under one upper cell of its own, and each run of
/// filled cells below shares the upper cells left over (one each, or split evenly when several
/// groups sit side by side: `2023年 | 2024年` over `预算数 | 决算数 | 预算数 | 决算数`).
enum HeaderStacking {
    /// For each cell of `lower`, the index of the `upper` cell above it; nil when the two rows
    /// cannot be lined up that way.
    static func owners(upper: [Cell], lower: [Cell]) -> [Int]? {
        if upper.count == lower.count { return Array(upper.indices) }
        guard upper.count < lower.count else { return nil }
        var owners: [Int] = []
        var next = 0
        var position = 0
        while position < lower.count {
            if lower[position].isEmpty {
                guard next < upper.count else { return nil }
                owners.append(next)
                next += 1
                position += 1
                continue
            }
            var end = position
            while end < lower.count, !lower[end].isEmpty { end += 1 }
            let emptiesAfter = lower[end...].filter(\.isEmpty).count
            let runsAfter = runCount(lower[end...])
            let share = upper.count - next - emptiesAfter - runsAfter
            let length = end - position
            guard share >= 1, share <= length else { return nil }
            // Groups side by side split the run evenly; what is left over goes to the last ones
            // (`2022年 | 2023年` over `决算数 | 预算数 | 决算数`: a past year has only its 决算数).
            let base = length / share
            let longer = length % share
            for group in 0..<share {
                let size = base + (group >= share - longer ? 1 : 0)
                owners += Array(repeating: next + group, count: size)
            }
            next += share
            position = end
        }
        return next == upper.count ? owners : nil
    }

    private static func runCount(_ cells: ArraySlice<Cell>) -> Int {
        var count = 0
        var previousFilled = false
        for cell in cells {
            if !cell.isEmpty, !previousFilled { count += 1 }
            previousFilled = !cell.isEmpty
        }
        return count
    }

    /// One label per column of the lowest row: the texts above it, top to bottom, each skipped
    /// when the label so far already ends with it (a merged cell's text repeated, `年度指标值`
    /// over `指标值`).
    static func labels(_ rows: [Row]) -> [String]? {
        guard var labels = rows.first.map({ $0.cells.map(\.text) }) else { return nil }
        for row in rows.dropFirst() {
            let upper = Self.cells(labels)
            guard let owners = owners(upper: upper, lower: row.cells) else { return nil }
            labels = row.cells.indices.map { join(labels[owners[$0]], row.cells[$0].text) }
        }
        return labels
    }

    /// `项目 | 2019年决算数 | 2020年预算调整数 | 2020年执行数 | | ` over `金额 | 占调整预算% | 比上年增长% | | | `
    /// (中庄镇's 2020 收入 table, a web page): the page dropped the lower row's cells under the
    /// cells merged down on the left and padded its end, so the run of sub-labels stood under the
    /// first columns (its 401万元 under `占调整预算%`). When the upper row's filled cells lead and
    /// its last one is followed by as many empties as the lower row's leading run has more cells,
    /// the run belongs under that last cell, which spans as many columns.
    static func realigned(_ rows: [Row]) -> [Row] {
        var rows = rows
        for index in rows.indices.dropFirst() {
            let (upper, lower) = (rows[index - 1].cells, rows[index].cells)
            let width = upper.count
            guard lower.count == width, let filledAbove = leadingRun(upper), let filledBelow = leadingRun(lower),
                filledAbove >= 2, filledBelow >= 2, filledAbove < width, filledBelow == width - filledAbove + 1,
                mayHead(upper[filledAbove - 1].text, lower[0..<filledBelow], besides: upper[1..<(filledAbove - 1)])
            else { continue }
            let shift = filledAbove - 1
            rows[index].cells = Array(lower[filledBelow..<(filledBelow + shift)]) + lower[0..<filledBelow] + lower[(filledBelow + shift)...]
            // The last upper cell names every column of its run.
            for column in filledAbove..<width { rows[index - 1].cells[column] = upper[filledAbove - 1] }
        }
        return rows
    }

    /// Which upper cell the run stands under, the page does not say: the last one, unless it is a
    /// rate (`完成率%` heads no `年初预算`) or another upper cell names what every label of the run
    /// does (`预算数` over `年初预算 | 调整预算`, the review's): then nothing is moved.
    private static func mayHead(_ last: String, _ run: ArraySlice<Cell>, besides others: ArraySlice<Cell>) -> Bool {
        let compacted = CellText.compact(last)
        if compacted.hasSuffix("%") || compacted.hasSuffix("％") || compacted.hasSuffix("率") { return false }
        return !others.contains { other in
            let words = Array(CellText.compact(other.text).unicodeScalars)
            return run.allSatisfy { cell in
                let label = Array(CellText.compact(cell.text).unicodeScalars)
                return label.indices.dropLast().contains { index in
                    Scalars.isHan(label[index]) && words.indices.dropLast().contains { words[$0] == label[index] && words[$0 + 1] == label[index + 1] }
                }
            }
        }
    }

    /// The length of the filled cells opening `cells` when every cell after them is empty.
    private static func leadingRun(_ cells: [Cell]) -> Int? {
        let run = cells.prefix { !$0.isEmpty }.count
        return cells[run...].allSatisfy(\.isEmpty) ? run : nil
    }

    static func join(_ above: String, _ below: String) -> String {
        if below.isEmpty || above.hasSuffix(below) { return above }
        return above + below
    }

    static func cells(_ texts: [String]) -> [Cell] {
        texts.map { Cell(text: $0, raw: $0, paragraphs: [$0], rawParagraphs: [$0], paragraphLines: [0], firstLine: 0, lastLine: 0) }
    }
}

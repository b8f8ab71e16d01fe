/// A `合计` row equals the rows it totals: the rows above it when it closes the table, the rows
/// below when it opens it (固定资产情况表). When the rows are numbered `(一)…`, only those count
/// (their `其中` and sub-items are already inside them). Total rows whose field the rule lists
/// as `parts` (`小计`) total their own rows and are the parts of the next other total row
/// (龙岩's 分配表: each county's projects, its 小计, then the 合计 of the 小计 rows).
struct TotalRowCheck {
    let rule: CheckRule

    func run(_ context: CheckContext) -> [CheckRun] {
        var runs: [CheckRun] = []
        for (tableIndex, table) in context.tables.enumerated() where context.applies(rule, toTable: tableIndex) {
            let body = table.rows.lazy.filter { $0.role == .body }
            context.work.add(body.count)
            let totalRows = Array(body.filter { isTotalRow($0, tableIndex, context) }.map(\.index))
            let subtotals = Set(totalRows.filter { isSubtotalRow($0, tableIndex, context) })
            let pool = PartRowPool(table: table, totalRows: totalRows)
            for (position, totalRow) in totalRows.enumerated() {
                let previous = position > 0 ? totalRows[position - 1] : -1
                let next = position + 1 < totalRows.count ? totalRows[position + 1] : Int.max
                let parts = (subtotals.contains(totalRow) ? nil : subtotalParts(of: position, totalRows, subtotals))
                    ?? pool.parts(of: table.rows[totalRow], after: previous, before: next)
                context.work.add(parts.count)
                let totals = context.index.cells(inTable: tableIndex, row: totalRow).filter {
                    context.figures[$0].fieldKind != .rate && context.figures[$0].unit != "%"
                }
                for totalFigure in totals {
                    guard let column = context.figures[totalFigure].column, !parts.isEmpty else { continue }
                    // A 合计 spanning the label columns is narrower: match parts by column label.
                    // The operands gathered in one array of their own size, as `Int32`, which
                    // the run keeps: a list of optional matches, then the found ones, then both
                    // joined were three more arrays of a long table's length at reconcile's
                    // peak, and the operands as `Int` beside their `Int32` copy two more.
                    var operands = FigureIndexes()
                    operands.reserveCapacity(parts.count + 1)
                    operands.append(totalFigure)
                    var missing = false
                    for part in parts {
                        if let found = context.figure(table: tableIndex, row: part, alignedWith: totalFigure) {
                            operands.append(found)
                        } else {
                            missing = true
                        }
                    }
                    let rowSuffix = totalRows.count > 1 ? ".r\(totalRow)" : ""
                    let id = "\(rule.id)@t\(tableIndex).c\(column)\(rowSuffix)"
                    if missing {
                        runs.append(CheckRun(id: id, rule: rule, operands: operands, reason: "missing_operand", figures: context.figures))
                    } else {
                        let run = SumChecks(rule: rule).sumRun(id: id, operands: operands, context)
                        let byParents = run.result.status == .violated && !subtotals.contains(totalRow)
                            ? parentRun(id: id, total: totalFigure, rows: pool.parts(of: table.rows[totalRow], after: previous, before: next, filtered: false), table: tableIndex, context)
                            : nil
                        runs.append(byParents ?? run)
                    }
                }
            }
        }
        return runs
    }

    /// Rows that nest without saying so (`2.公务用车… / 其中：购置费 / 运行维护费 / 三、公务接待费`:
    /// numbered in two styles, a sub-item unmarked) defeat the numbering: read again, a row the
    /// rows right after it sum to is their parent, and only parents count. Taken only when it
    /// closes, so it can clear a violation the numbering made, never make one.
    private func parentRun(id: String, total: Int, rows: FigureIndexes, table: Int, _ context: CheckContext) -> CheckRun? {
        let sums = SumChecks(rule: rule)
        let figures = rows.map { context.figure(table: table, row: $0, alignedWith: total) }
        guard figures.allSatisfy({ $0 != nil }) else { return nil }
        let values = figures.compactMap { $0 }
        var operands = [total]
        var position = 0
        while position < values.count {
            operands.append(values[position])
            let children = (1...Self.longestChildList).first { count in
                guard position + count < values.count else { return false }
                let first = context.figures[values[position + 1]]
                guard count > 1 || CellText.compact(first.rowLabel ?? "").startsWithScalars("其中") else { return false }
                let run = sums.sumRun(id: "", operands: [values[position]] + Array(values[(position + 1)...(position + count)]), context)
                return run.result.status == .ok
            }
            context.work.add(children ?? Self.longestChildList)
            position += 1 + (children ?? 0)
        }
        let run = sums.sumRun(id: id, operands: operands, context)
        return run.result.status == .ok ? run : nil
    }

    /// A parent's sub-items: a handful (购置费 and 运行维护费), bounded so that a long table costs
    /// a fixed number of sums per row, and only when its total is violated.
    static let longestChildList = 6

    /// The `小计` rows a total row totals: those since the previous other total row when they
    /// close right above it, else those up to the next when it opens their block; nil when it
    /// has none.
    private func subtotalParts(of position: Int, _ totalRows: [Int], _ subtotals: Set<Int>) -> FigureIndexes? {
        guard !subtotals.isEmpty else { return nil }
        let above = totalRows[..<position].reversed().prefix { subtotals.contains($0) }
        let below = totalRows[(position + 1)...].prefix { subtotals.contains($0) }
        let rows = above.isEmpty ? Array(below) : Array(above.reversed())
        guard !rows.isEmpty else { return nil }
        return FigureIndexes(rows)
    }

    private func isSubtotalRow(_ row: Int, _ table: Int, _ context: CheckContext) -> Bool {
        context.index.figures(inTable: table, row: row).contains { figure in
            context.figures[figure].rowField.map(rule.parts.contains) ?? false
        }
    }

    private func isTotalRow(_ row: Row, _ table: Int, _ context: CheckContext) -> Bool {
        context.index.figures(inTable: table, row: row.index).contains { figure in
            context.figures[figure].rowField.flatMap { context.rules.field(id: $0) }?.role == .total
        }
    }
}

/// The rows a total row may total, sorted once per table: body rows that are not total rows
/// and hold some text, all of them and by header. A total row then takes a contiguous range,
/// found by binary search, so a table with many total rows costs no more than its length.
/// Rows are kept as their indexes in the table (`Row.index`), not as copies of the rows, and
/// as `Int32` (`FigureIndexes`): two lists of a long table's length.
struct PartRowPool {
    private let rows: [Row]
    private let all: FigureIndexes
    private let byHeader: [Int: FigureIndexes]

    init(table: Table, totalRows: [Int]) {
        let totals = Set(totalRows)
        rows = table.rows
        all = FigureIndexes(
            Array(
                table.rows.lazy.filter { $0.role == .body && !totals.contains($0.index) && !$0.cells.allSatisfy(\.isEmpty) }
                    .map { FigureIndexes.narrow($0.index) }))
        var byHeader: [Int: FigureIndexes] = [:]
        for index in all { if let header = rows[index].header { byHeader[header, default: FigureIndexes()].append(index) } }
        self.byHeader = byHeader
    }

    /// The indexes of the rows `total` totals: from the previous total row (or the table's start)
    /// up to it, or, for a total that opens its block, down to the next total row. A total under
    /// a header takes only rows under the same header. As `Int32` too: a total row of a long
    /// table takes every row, beside the operands made from them.
    func parts(of total: Row, after previousTotal: Int, before nextTotal: Int, filtered: Bool = true) -> FigureIndexes {
        let pool = total.header.map { byHeader[$0] ?? FigureIndexes() } ?? all
        let above = Self.slice(pool, from: previousTotal, to: total.index)
        let parts = above.isEmpty ? Self.slice(pool, from: total.index, to: nextTotal) : above
        guard filtered else { return FigureIndexes(Array(parts)) }
        let numbered = parts.contains { Self.isNumberedHeading(rowLabel(of: $0)) }
        var kept = FigureIndexes()
        kept.reserveCapacity(parts.count)
        for part in parts {
            let label = rowLabel(of: part)
            if (!numbered || Self.isNumberedHeading(label)) && !CellText.compact(label).startsWithScalars("其中") { kept.append(part) }
        }
        return kept
    }

    /// The indexes strictly between `lower` and `upper`.
    private static func slice(_ indexes: FigureIndexes, from lower: Int, to upper: Int) -> Slice<FigureIndexes> {
        let start = firstIndex(in: indexes, above: lower)
        let end = firstIndex(in: indexes, above: upper - 1)
        return start < end ? indexes[start..<end] : indexes[start..<start]
    }

    /// Position of the first index greater than `value` (indexes are ascending).
    private static func firstIndex(in indexes: FigureIndexes, above value: Int) -> Int {
        var (low, high) = (indexes.startIndex, indexes.endIndex)
        while low < high {
            let middle = (low + high) / 2
            if indexes[middle] > value { high = middle } else { low = middle + 1 }
        }
        return low
    }

    private func rowLabel(of index: Int) -> String { Self.rowLabel(rows[index]) }

    private static func rowLabel(_ row: Row) -> String { row.cells.first { !$0.isEmpty }?.text ?? "" }

    /// `(一)…`, `（二）…`, `三、…`, and `五` alone in a 序号 cell.
    private static func isNumberedHeading(_ label: String) -> Bool {
        let compacted = CellText.compact(label)
        if (1...2).contains(compacted.count), compacted.allSatisfy(isNumeral) { return true }
        if let first = compacted.first, first == "(" || first == "（" {
            return compacted.dropFirst().first.map(isNumeral) ?? false
        }
        return compacted.first.map(isNumeral) == true && compacted.dropFirst().first == "、"
    }

    private static let numerals = "一二三四五六七八九十"
    private static let numeralScalars = Set(numerals.unicodeScalars)

    /// `numerals.contains(character)` without walking the numerals' graphemes for every row of a
    /// long table: a one-scalar character is one of them only if it is that scalar, or a CJK
    /// compatibility ideograph canonically equal to one (`U+F9D1` is `六`), which goes the long way.
    private static func isNumeral(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        if let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
            !(0xF900...0xFAFF).contains(scalar.value), !(0x2F800...0x2FA1F).contains(scalar.value)
        {
            return numeralScalars.contains(scalar)
        }
        return numerals.contains(character)
    }
}

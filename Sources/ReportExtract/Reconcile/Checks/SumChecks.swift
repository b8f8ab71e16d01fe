/// `total = Σ parts` over row fields, one check per column of the total (支出总额 = 基本支出 +
/// 项目支出 in each year's column), and `part ≤ parent` for 其中 rows. A part row whose cell in
/// that column holds no number makes the check not evaluable (missing operand): blank is not 0.
struct SumChecks {
    let rule: CheckRule

    func run(_ context: CheckContext) -> [CheckRun] {
        guard let total = rule.total else { return [] }
        var runs: [CheckRun] = []
        for table in context.tables.indices where context.applies(rule, toTable: table) {
            let partRows = rule.parts.flatMap { context.rows(inTable: table, rowField: $0) }
            guard !partRows.isEmpty else { continue }
            // Sums are of amounts and counts: the 分值, 执行率 and 得分 cells of a total row are not.
            let totals = context.figures(inTable: table, rowField: total).filter {
                ![.rate, .weight, .score].contains(context.figures[$0].fieldKind ?? .amount)
                    && context.figures[$0].unit != "%"
            }
            let totalRows = Set(totals.compactMap { context.figures[$0].row })
            for totalFigure in totals {
                guard let column = context.figures[totalFigure].column else { continue }
                let parts = partRows.map { context.figure(table: table, row: $0.index, alignedWith: totalFigure) }
                let operands = [totalFigure] + parts.compactMap { $0 }
                let rowSuffix = totalRows.count > 1 ? ".r\(context.figures[totalFigure].row ?? 0)" : ""
                let id = "\(rule.id)@t\(table).c\(column)\(rowSuffix)"
                if rule.kind == .partNotAbove {
                    runs += partNotAbove(totalFigure, parts.compactMap { $0 }, context, id: id)
                } else if parts.contains(where: { $0 == nil }) {
                    runs.append(CheckRun(id: id, rule: rule, operands: operands, reason: "missing_operand", figures: context.figures))
                } else {
                    runs.append(sumRun(id: id, operands: operands, context))
                }
            }
        }
        return runs
    }

    func sumRun(id: String, operands: [Int], _ context: CheckContext) -> CheckRun {
        let figures = context.figures
        let outcome = IdentityEvaluation.evaluate(operands: operands, figures: figures) { readings in
            let scale = figures[operands[0]].interval(readings[0]).scale
            let parts = zip(operands.dropFirst(), readings.dropFirst()).map { figures[$0].interval($1) }
            return .init(
                computed: sum(parts, scale: scale), printed: readings[0], printedFigure: operands[0],
                printedIsExact: figures[operands[0]].isExact)
        }
        return CheckRun(id: id, rule: rule, operands: operands, outcome: outcome, figures: figures)
    }

    private func partNotAbove(_ parent: Int, _ parts: [Int], _ context: CheckContext, id: String) -> [CheckRun] {
        let figures = context.figures
        return parts.map { part in
            let operands = [parent, part]
            let outcome = IdentityEvaluation.evaluate(operands: operands, figures: figures, relation: .notAbove) { readings in
                .init(
                    computed: figures[part].interval(readings[1]), printed: readings[0], printedFigure: parent,
                    printedIsExact: figures[parent].isExact)
            }
            return CheckRun(id: "\(id).r\(figures[part].row ?? 0)", rule: rule, operands: operands, outcome: outcome, figures: figures)
        }
    }
}

/// A `合计` row equals the rows it totals: the rows above it when it closes the table, the rows
/// below when it opens it (固定资产情况表). When the rows are numbered `(一)…`, only those count
/// (their `其中` and sub-items are already inside them).
struct TotalRowCheck {
    let rule: CheckRule

    func run(_ context: CheckContext) -> [CheckRun] {
        var runs: [CheckRun] = []
        for (tableIndex, table) in context.tables.enumerated() where context.applies(rule, toTable: tableIndex) {
            let body = table.bodyRows
            let totalRows = body.filter { isTotalRow($0, tableIndex, context) }.map(\.index)
            for totalRow in body where totalRows.contains(totalRow.index) {
                let parts = partRows(of: totalRow, in: table, totalRows: totalRows)
                let totals = context.tableFigures(tableIndex).filter {
                    context.figures[$0].row == totalRow.index && context.figures[$0].source == .tableCell
                        && context.figures[$0].fieldKind != .rate && context.figures[$0].unit != "%"
                }
                for totalFigure in totals {
                    guard let column = context.figures[totalFigure].column, !parts.isEmpty else { continue }
                    // A 合计 spanning the label columns is narrower: match parts by column label.
                    let found = parts.map { context.figure(table: tableIndex, row: $0.index, alignedWith: totalFigure) }
                    let operands = [totalFigure] + found.compactMap { $0 }
                    let rowSuffix = totalRows.count > 1 ? ".r\(totalRow.index)" : ""
                    let id = "\(rule.id)@t\(tableIndex).c\(column)\(rowSuffix)"
                    if found.contains(where: { $0 == nil }) {
                        runs.append(CheckRun(id: id, rule: rule, operands: operands, reason: "missing_operand", figures: context.figures))
                    } else {
                        runs.append(SumChecks(rule: rule).sumRun(id: id, operands: operands, context))
                    }
                }
            }
        }
        return runs
    }

    private func isTotalRow(_ row: Row, _ table: Int, _ context: CheckContext) -> Bool {
        context.figures.contains { figure in
            figure.table == table && figure.row == row.index && figure.rowField.flatMap { context.rules.field(id: $0) }?.role == .total
        }
    }

    /// The rows a total row totals: from the previous total row (or the table's start) up to it,
    /// or, for a total that opens its block, down to the next total row. Total rows are never
    /// parts.
    private func partRows(of total: Row, in table: Table, totalRows: [Int]) -> [Row] {
        let body = table.rows.filter { $0.role == .body && $0.header == total.header || $0.role == .body && total.header == nil }
        let candidates = body.filter { !totalRows.contains($0.index) && !$0.cells.allSatisfy(\.isEmpty) }
        let previousTotal = totalRows.filter { $0 < total.index }.max() ?? -1
        let nextTotal = totalRows.filter { $0 > total.index }.min() ?? Int.max
        let above = candidates.filter { $0.index > previousTotal && $0.index < total.index }
        let below = candidates.filter { $0.index > total.index && $0.index < nextTotal }
        var parts = above.isEmpty ? below : above
        let labels = parts.map { rowLabel($0) }
        if labels.contains(where: isNumberedHeading) {
            parts = zip(parts, labels).filter { isNumberedHeading($0.1) }.map(\.0)
        }
        return parts.filter { !CellText.compact(rowLabel($0)).hasPrefix("其中") }
    }

    private func rowLabel(_ row: Row) -> String { row.cells.first { !$0.isEmpty }?.text ?? "" }

    /// `(一)…`, `（二）…`, `三、…`.
    private func isNumberedHeading(_ label: String) -> Bool {
        let compacted = CellText.compact(label)
        let numerals = "一二三四五六七八九十"
        if let first = compacted.first, first == "(" || first == "（" {
            return compacted.dropFirst().first.map { numerals.contains($0) } ?? false
        }
        return compacted.first.map { numerals.contains($0) } == true && compacted.dropFirst().first == "、"
    }
}

/// `total = Σ parts` over row fields, one check per column of the total (支出总额 = 基本支出 +
/// 项目支出 in each year's column), and `part ≤ parent` for 其中 rows. A part row whose cell in
/// that column holds no number makes the check not evaluable (missing operand): blank is not 0.
/// A part row with no number in any column is no part: the form lists a source that holds
/// nothing (`其他资金` left blank across, as the generator's forms and the web copies print it).
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
                // No part in the total's column: the parts are elsewhere (a department form's
                // `按支出性质分` pairs in one cell), nothing to sum here.
                if parts.allSatisfy({ $0 == nil }) { continue }
                let operands = [totalFigure] + parts.compactMap { $0 }
                let rowSuffix = totalRows.count > 1 ? ".r\(context.figures[totalFigure].row ?? 0)" : ""
                let id = "\(rule.id)@t\(table).c\(column)\(rowSuffix)"
                if rule.kind == .partNotAbove {
                    runs += partNotAbove(totalFigure, parts.compactMap { $0 }, context, id: id)
                } else if parts.contains(where: { $0 == nil }) {
                    runs.append(CheckRun(id: id, rule: rule, operands: operands, reason: "missing_operand", figures: context.figures))
                } else if hasUnnamedRow(between: totalFigure, and: partRows, table: table, context) {
                    runs.append(CheckRun(id: id, rule: rule, operands: operands, reason: "unnamed_row", figures: context.figures))
                } else {
                    runs.append(sumRun(id: id, operands: operands, context))
                }
            }
        }
        return runs
    }

    /// A row among the total's and its parts' rows, with a figure in the total's column but no
    /// field on any of its cells, may be a part no rule names (临河's 转移支付 form: 中央 /
    /// 自治区 / 盟市 / 旗县财政资金 between 年度资金总额 and 其他资金): the sum cannot be judged,
    /// unless that figure is 0.
    private func hasUnnamedRow(between total: Int, and partRows: [Row], table: Int, _ context: CheckContext) -> Bool {
        guard let totalRow = context.figures[total].row else { return false }
        let named = Set(partRows.map(\.index))
        let lower = min(totalRow, named.min() ?? totalRow), upper = max(totalRow, named.max() ?? totalRow)
        guard upper - lower > 1 else { return false }
        let rows = context.tables[table].rows
        for row in (lower + 1)..<upper where !named.contains(row) && rows[row].role == .body {
            context.work.add()
            let cells = context.index.cells(inTable: table, row: row)
            guard !cells.isEmpty, cells.allSatisfy({ context.figures[$0].rowField == nil }) else { continue }
            // A 0 changes no sum (seed 001's `……` placeholder rows print 0 across).
            if let figure = context.figure(table: table, row: row, alignedWith: total), context.figures[figure].chosen?.value != 0 {
                return true
            }
        }
        return false
    }

    func sumRun(id: String, operands: [Int], _ context: CheckContext) -> CheckRun {
        sumRun(id: id, operands: FigureIndexes(operands), context)
    }

    /// - Parameter operands: the total first; as `Int32`, a long table's total row being every row.
    func sumRun(id: String, operands: FigureIndexes, _ context: CheckContext) -> CheckRun {
        let figures = context.figures
        let total = operands[operands.startIndex]
        let outcome = IdentityEvaluation.evaluate(operands: operands, figures: figures) { readings in
            let scale = figures[total].interval(readings[0]).scale
            let parts = zip(operands.dropFirst(), readings.dropFirst()).lazy.map { figures[$0].interval($1) }
            return .init(
                computed: sum(parts, scale: scale), printed: readings[0], printedFigure: total,
                printedIsExact: figures[total].isExact)
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

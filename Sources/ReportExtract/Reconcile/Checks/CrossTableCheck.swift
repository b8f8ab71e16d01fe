/// One table's figure against another's: the self-evaluation form's 全年预算数 (年度资金总额)
/// against the 基础数据表's 支出总额 in the 预算数 column of the report's year. Each side must be
/// one figure: none on the right side means no check (the table is not in the document), several
/// (two 基础数据表, two columns of the year) make it `not_evaluable` (`ambiguous_operand`), and a
/// year asked for but unknown makes it `missing_operand`.
struct CrossTableCheck {
    let rule: CheckRule

    func run(_ context: CheckContext) -> [CheckRun] {
        guard let left = rule.left, let right = rule.right else { return [] }
        let rightTables = context.tables.indices.filter { context.tableKinds[$0] == right.tableKind }
        guard !rightTables.isEmpty else { return [] }
        let sameTable = left.tableKind == right.tableKind
        let everyRight = sameTable ? [] : rightTables.flatMap { figures(right, inTable: $0, context) }
        var runs: [CheckRun] = []
        for table in context.tables.indices where context.tableKinds[table] == left.tableKind {
            let lefts = figures(left, inTable: table, context)
            let rights = sameTable ? figures(right, inTable: table, context) : everyRight
            guard let first = lefts.first else { continue }
            let id = "\(rule.id)@t\(table)"
            if lefts.count > 1 || rights.count > 1 {
                runs.append(CheckRun(id: id, rule: rule, operands: lefts + rights, reason: "ambiguous_operand", figures: context.figures))
            } else if let other = rights.first {
                runs.append(SumChecks(rule: rule).sumRun(id: id, operands: [first, other], context))
            } else {
                runs.append(CheckRun(id: id, rule: rule, operands: [first], reason: "missing_operand", figures: context.figures))
            }
        }
        return runs
    }

    /// `cross_table_sum`: one figure from every table of the left kind, summed, against the one
    /// right figure.
    func runSum(_ context: CheckContext) -> [CheckRun] {
        guard let left = rule.left, let right = rule.right else { return [] }
        let leftTables = context.tables.indices.filter { context.tableKinds[$0] == left.tableKind }
        let rightTables = context.tables.indices.filter { context.tableKinds[$0] == right.tableKind }
        guard !leftTables.isEmpty, !rightTables.isEmpty else { return [] }
        let perTable = leftTables.map { figures(left, inTable: $0, context) }
        let rights = rightTables.flatMap { figures(right, inTable: $0, context) }
        let lefts = perTable.flatMap { $0 }
        let id = "\(rule.id)@t\(rightTables[0])"
        if perTable.contains(where: { $0.count > 1 }) || rights.count > 1 {
            return [CheckRun(id: id, rule: rule, operands: rights + lefts, reason: "ambiguous_operand", figures: context.figures)]
        }
        guard let total = rights.first, perTable.allSatisfy({ $0.count == 1 }) else {
            return [CheckRun(id: id, rule: rule, operands: rights + lefts, reason: "missing_operand", figures: context.figures)]
        }
        let run = SumChecks(rule: rule).sumRun(id: id, operands: [total] + lefts, context)
        guard run.result.status == .violated else { return [run] }
        // Short of the total: another project's form may simply not be in the report.
        let store = context.figures
        let notAbove = IdentityEvaluation.evaluate(operands: [total] + lefts, figures: store, relation: .notAbove) { readings in
            let scale = store[total].interval(readings[0]).scale
            let parts = zip(lefts, readings.dropFirst()).lazy.map { store[$0].interval($1) }
            return .init(computed: sum(parts, scale: scale), printed: readings[0], printedFigure: total,
                         printedIsExact: store[total].isExact)
        }
        guard notAbove.status == .ok else { return [run] }
        return [CheckRun(id: id, rule: rule, operands: [total] + lefts, reason: "forms_may_be_missing", figures: store)]
    }

    /// The table-cell figures of the operand's row and column fields (and the report's year).
    private func figures(_ operand: CheckRule.TableOperand, inTable table: Int, _ context: CheckContext) -> [Int] {
        let year = context.year.map { "\($0)" }
        guard let column = operand.columnField else {
            // Any column, and pairs in cells: one pass over the table's figures.
            return context.tableFigures(table).filter { context.figures[$0].rowField == operand.rowField }
        }
        return context.figures(inTable: table, rowField: operand.rowField).filter { index in
            let figure = context.figures[index]
            guard figure.columnField == column else { return false }
            guard operand.reportYear else { return true }
            return year.map { (figure.columnLabel ?? "").contains($0) } ?? false
        }
    }
}

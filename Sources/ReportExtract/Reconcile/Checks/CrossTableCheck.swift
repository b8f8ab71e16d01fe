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

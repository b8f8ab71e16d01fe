import Foundation

/// Checks within one row: `ratio = numerator / denominator` (控制率, 执行率), `得分 ≤ 分值`, and the
/// budget line's `得分 = min(分值, 分值 × 执行率)`.
struct RowChecks {
    let rule: CheckRule

    func run(_ context: CheckContext) -> [CheckRun] {
        var runs: [CheckRun] = []
        // Most rows hold no figure of the rule's anchor field: asked here, before the row's other
        // operands are gathered and before `run(row:)`, whose call copied the whole rule four
        // times per row.
        let anchor = rule.kind == .ratio ? rule.total : rule.fields.first
        for (tableIndex, table) in context.tables.enumerated() where context.applies(rule, toTable: tableIndex) {
            guard rule.kind != .ratio || hasOperandColumns(tableIndex, context) else { continue }
            for row in table.rows where row.role == .body {
                context.work.add()
                guard let anchor, !context.figures(table: tableIndex, row: row.index, columnField: anchor).isEmpty else { continue }
                if let run = run(row: row.index, table: tableIndex, context) { runs.append(run) }
            }
        }
        return runs
    }

    /// A ratio applies to a table that has a column of its numerator and one of its denominator:
    /// a budget breakdown prints 支出数 or 决算数 beside its 预算数, and the rule written for the
    /// other kind would only find every row's operand missing.
    private func hasOperandColumns(_ table: Int, _ context: CheckContext) -> Bool {
        var numerator = false, denominator = false
        for index in context.tableFigures(table) {
            let field = context.figures[Int(index)].columnField
            numerator = numerator || field == rule.numerator
            denominator = denominator || field == rule.denominator
            if numerator && denominator { return true }
        }
        return false
    }

    /// A row that holds a figure of the rule's anchor field.
    private func run(row: Int, table: Int, _ context: CheckContext) -> CheckRun? {
        let id = "\(rule.id)@t\(table).r\(row)"
        let named = [rule.total, rule.numerator, rule.denominator].compactMap { $0 } + rule.fields
        let candidates = Dictionary(uniqueKeysWithValues: Set(named).map { ($0, context.figures(table: table, row: row, columnField: $0)) })
        func figure(_ field: String?) -> Int? {
            field.flatMap { candidates[$0]?.count == 1 ? candidates[$0]?.first : nil }
        }
        if let ambiguous = named.first(where: { (candidates[$0]?.count ?? 0) > 1 }) {
            // Two columns name the same operand (two years' 在职人数): which one is meant is unknown.
            let operands = candidates[ambiguous] ?? []
            return CheckRun(id: id, rule: rule, operands: operands, reason: "ambiguous_operand", figures: context.figures)
        }
        switch rule.kind {
        case .ratio:
            guard let result = figure(rule.total) else { return nil }
            let numerator = figure(rule.numerator), denominator = figure(rule.denominator)
            guard let numerator, let denominator else {
                if numerator == nil && denominator == nil { return nil }
                return CheckRun(id: id, rule: rule, operands: [result] + [numerator, denominator].compactMap { $0 }, reason: "missing_operand", figures: context.figures)
            }
            return ratio(id: id, result: result, numerator: numerator, denominator: denominator, context)
        case .scoreNotAboveWeight:
            // fields: [score, weight]
            guard rule.fields.count == 2, let score = figure(rule.fields[0]), let weight = figure(rule.fields[1]),
                score != weight
            else { return nil }
            let figures = context.figures
            let outcome = IdentityEvaluation.evaluate(operands: [weight, score], figures: figures, relation: .notAbove) { readings in
                .init(computed: figures[score].interval(readings[1]), printed: readings[0], printedFigure: weight, printedIsExact: true)
            }
            return CheckRun(id: id, rule: rule, operands: [weight, score], outcome: outcome, figures: figures)
        case .budgetScore:
            // fields: [score, weight, execution rate]
            guard rule.fields.count == 3, let score = figure(rule.fields[0]), let weight = figure(rule.fields[1]),
                let rate = figure(rule.fields[2])
            else { return nil }
            if BudgetLine.carriesTotalScore(weight: weight, weightField: rule.fields[1], table: table, context) {
                return CheckRun(id: id, rule: rule, operands: [score, weight, rate], reason: "template_variant", figures: context.figures)
            }
            return budgetScore(id: id, score: score, weight: weight, rate: rate, context)
        default:
            return nil
        }
    }

    func ratio(id: String, result: Int, numerator: Int, denominator: Int, _ context: CheckContext) -> CheckRun {
        let figures = context.figures
        let operands = [result, numerator, denominator]
        let outcome = IdentityEvaluation.evaluate(operands: operands, figures: figures) { readings in
            let top = figures[numerator].interval(readings[1]).converted(to: nil)
            let bottom = figures[denominator].interval(readings[2]).converted(to: nil)
            guard let quotient = top / bottom else { return nil }  // a denominator that may be 0
            return .init(
                computed: quotient.scaled(by: 100), printed: readings[0], printedFigure: result,
                printedIsExact: figures[result].isExact)
        }
        return CheckRun(id: id, rule: rule, operands: operands, outcome: outcome, figures: figures)
    }

    private func budgetScore(id: String, score: Int, weight: Int, rate: Int, _ context: CheckContext) -> CheckRun {
        let figures = context.figures
        let operands = [score, weight, rate]
        let outcome = IdentityEvaluation.evaluate(operands: operands, figures: figures) { readings in
            let weightInterval = figures[weight].interval(readings[1])
            let rateInterval = figures[rate].interval(readings[2]).scaled(by: Decimal(sign: .plus, exponent: -2, significand: 1))
            guard var product = weightInterval * rateInterval else { return nil }
            // Capped at the weight: a rate over 100 % earns no more than full marks.
            if let cap = weightInterval.upper {
                product.upper = product.upper.map { min($0, cap) } ?? cap
                product.upperIsOpen = product.upper == cap ? weightInterval.upperIsOpen : product.upperIsOpen
                product.lower = product.lower.map { min($0, cap) }
            }
            return .init(computed: product, printed: readings[0], printedFigure: score, printedIsExact: false)
        }
        return CheckRun(id: id, rule: rule, operands: operands, outcome: outcome, figures: figures)
    }
}

/// Template variants of the budget line (notes §7): in some forms the 年度资金总额 row's 分值 is the
/// whole form's total (100) and its 得分 the document's total score, not a 10-point execution score.
enum BudgetLine {
    /// The budget row's 分值 equals the printed total weight (the 总分 row's), or 100 when the table
    /// prints none.
    static func carriesTotalScore(weight: Int, weightField: String, table: Int, _ context: CheckContext) -> Bool {
        guard let value = context.figures[weight].chosen?.value else { return false }
        let totalWeight = context.index.scoreRowFigure(inTable: table, field: weightField)
        let total = totalWeight.flatMap { context.figures[$0].chosen?.value } ?? 100
        return value == total
    }
}

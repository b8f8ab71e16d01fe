/// Checks over a whole table or document: `总分 = Σ 得分` and `Σ 分值 = the printed total`, and a
/// prose figure against the table figure of the same field and label.
struct TotalScoreCheck {
    let rule: CheckRule

    /// `total: total_score`, `fields: [score, weight]`.
    func run(_ context: CheckContext) -> [CheckRun] {
        guard let totalField = rule.total, rule.fields.count == 2 else { return [] }
        let (scoreField, weightField) = (rule.fields[0], rule.fields[1])
        var runs: [CheckRun] = []
        for table in context.tables.indices where context.applies(rule, toTable: table) {
            let figures = context.tableFigures(table).filter { context.figures[$0].source == .tableCell }
            // A 总分 row names the total itself; a 合计 row's 得分 is the total by its column (`total_row`).
            let totalRows = Set(figures.filter {
                context.figures[$0].rowField == totalField || context.figures[$0].field == totalField
            }.compactMap { context.figures[$0].row })
            // The last 总分 row closes the table; other total rows are never summed as parts.
            guard let totalRow = totalRows.max() else { continue }
            let inTotal = figures.filter { context.figures[$0].row == totalRow }
            let body = figures.filter { !totalRows.contains(context.figures[$0].row ?? -1) }
            let variantRows = Set(body.filter { index in
                context.figures[index].field == weightField
                    && BudgetLine.carriesTotalScore(weight: index, weightField: weightField, table: table, context)
            }.compactMap { context.figures[$0].row })
            let counted = body.filter {
                !variantRows.contains(context.figures[$0].row ?? -1) && !Self.isSubItem(context.figures[$0])
            }
            var scores = counted.filter { context.figures[$0].field == scoreField }
            var weights = counted.filter { context.figures[$0].field == weightField }
            let totalScore = inTotal.first { context.figures[$0].field == totalField }
            let totalWeight = inTotal.first { context.figures[$0].field == weightField }
            // Some forms give the indicators the whole 100 and leave the budget line outside the
            // total: when the indicator weights alone make the printed total, count them alone.
            var variant: String?
            if let totalWeight, let budgetRow = budgetRow(table, context) {
                let indicatorWeights = weights.filter { context.figures[$0].row != budgetRow }
                if indicatorWeights.count < weights.count, sumCloses(indicatorWeights, total: totalWeight, context) {
                    weights = indicatorWeights
                    scores = scores.filter { context.figures[$0].row != budgetRow }
                    variant = "template:budget_line_outside_total"
                }
            }
            for (name, total, parts) in [("score", totalScore, scores), ("weight", totalWeight, weights)] {
                guard let total, !parts.isEmpty else { continue }
                var run = SumChecks(rule: rule).sumRun(id: "\(rule.id)@t\(table).\(name)", operands: [total] + parts, context)
                if run.result.status == .ok, let variant { run.result.reason = variant }
                runs.append(run)
            }
        }
        return runs
    }
}

extension TotalScoreCheck {
    /// `其中：当年财政拨款` repeats part of the budget line; it is not a line of its own.
    static func isSubItem(_ figure: Figure) -> Bool {
        CellText.compact(figure.rowLabel ?? "").startsWithScalars("其中")
    }

    /// The row that carries an execution rate: the budget line.
    func budgetRow(_ table: Int, _ context: CheckContext) -> Int? {
        context.tableFigures(table).first { index in
            let figure = context.figures[index]
            return figure.fieldKind == .rate && figure.columnField != nil && !Self.isSubItem(figure)
        }.flatMap { context.figures[$0].row }
    }

    func sumCloses(_ parts: [Int], total: Int, _ context: CheckContext) -> Bool {
        SumChecks(rule: rule).sumRun(id: "", operands: [total] + parts, context).result.status == .ok
    }
}

/// A prose figure equals the table figure of the same field when the labels match exactly (after
/// normalization): `基本支出1349.16万元` in the text against `其中：基本支出：3243.37` in the
/// self-evaluation table. Similar labels often mean different things (财政拨款基本支出 ≠ 基本支出),
/// so nothing else is compared; several candidates make the check not evaluable.
struct ProseMatchCheck {
    let rule: CheckRule

    /// When the text states the same field and label twice with different values and one of
    /// them agrees with the table, the other is most likely another quantity (a budget beside an
    /// actual): it is not evaluable rather than violated.
    static func settleRepeatedStatements(_ runs: [CheckRun], _ context: CheckContext) -> [CheckRun] {
        let agreed = Set(runs.filter { $0.result.status == .ok && $0.operands.count == 2 }.map { $0.operands[1] })
        return runs.map { run in
            guard run.result.status == .violated, run.operands.count == 2, agreed.contains(run.operands[1]) else { return run }
            var settled = run
            settled.result.status = .notEvaluable
            settled.result.reason = "another_statement_agrees"
            return settled
        }
    }

    func run(_ context: CheckContext) -> [CheckRun] {
        var runs: [CheckRun] = []
        let units = context.rules.units
        // Fields read in place: a copy of every figure of a long table cost more than the check.
        let proses = context.figures.indices.filter { index in
            guard context.figures[index].source == .prose, let field = context.figures[index].field else { return false }
            return rule.fields.isEmpty || rule.fields.contains(field)
        }
        guard !proses.isEmpty else { return [] }
        let tableFigures = TableFiguresByLabel(
            fields: Set(proses.compactMap { context.figures[$0].field }), rule: rule, context)
        for prose in proses {
            let figure = context.figures[prose]
            guard let field = figure.field else { continue }
            let label = rule.kind == .proseMatchesField ? "" : LabelText.key(figure.rowLabel ?? "", units: units).text
            let matches = tableFigures.figures(field: field, label: label)
            context.work.add(matches.count)
            guard !matches.isEmpty else { continue }
            let id = "\(rule.id)@\(figure.id)"
            guard matches.count == 1, let table = matches.first else {
                runs.append(CheckRun(id: id, rule: rule, operands: [prose] + matches, reason: "ambiguous_operand", figures: context.figures))
                continue
            }
            let tableFigure = context.figures[table]
            guard tableFigure.unit != nil || tableFigure.scale != nil || figure.unit == nil else {
                // `1349.16万元` against a bare `3243.37`: the table never says its unit.
                runs.append(CheckRun(id: id, rule: rule, operands: [prose, table], reason: "unit_mismatch", figures: context.figures))
                continue
            }
            if PartitionBasis(rule: rule, context: context, proses: proses).differs(prose: prose, table: table) {
                runs.append(CheckRun(id: id, rule: rule, operands: [prose, table], reason: "other_basis", figures: context.figures))
                continue
            }
            let run = SumChecks(rule: rule).sumRun(id: id, operands: [prose, table], context)
            runs.append(run)
        }
        return Self.settleRepeatedStatements(runs, context)
    }
}

/// Whether a prose part and the form's part of the same name split different amounts. The form
/// splits one of its `total` figures into the rule's `parts` (按支出性质分: 基本支出 + 项目支出),
/// the text may split another: seed 002's `基本支出为252.47万元` and `项目支出为40万元` make its
/// 年初预算数 292.47, the form's 248.75 + 136.52 its 全年执行数 385.27; compared, they were a
/// violation and four right figures went low. The bases differ when the text's parts (this one
/// and the nearest of each other part, a few lines away at most) add up to one of the form's
/// totals and the form's parts do not.
private struct PartitionBasis {
    let rule: CheckRule
    let context: CheckContext
    let proses: [Int]

    /// How far the text's other parts are looked for, in lines: the same or the next paragraphs.
    static let nearby = 5

    func differs(prose: Int, table: Int) -> Bool {
        let figures = context.figures
        guard let total = rule.total, rule.parts.count > 1, let field = figures[prose].field, rule.parts.contains(field),
            let tableIndex = figures[table].table
        else { return false }
        var totals: [Int] = []
        var tableParts: [String: [Int]] = [:]
        for index in context.tableFigures(tableIndex) {
            guard let figureField = figures[index].field else { continue }
            if figureField == total, figures[index].fieldKind == .amount { totals.append(index) }
            if rule.parts.contains(figureField) { tableParts[figureField, default: []].append(index) }
        }
        var proseParts = [prose]
        for other in rule.parts where other != field {
            let line = figures[prose].line
            let near = proses.filter { figures[$0].field == other && abs(figures[$0].line - line) <= Self.nearby }
            guard let nearest = near.min(by: { abs(figures[$0].line - line) < abs(figures[$1].line - line) }) else { return false }
            proseParts.append(nearest)
        }
        guard !totals.isEmpty, rule.parts.allSatisfy({ tableParts[$0]?.count == 1 }),
            let proseSum = sum(proseParts), let tableSum = sum(rule.parts.compactMap { tableParts[$0]?.first })
        else { return false }
        return totals.contains { index in
            guard let printed = interval(index) else { return false }
            return printed.overlaps(proseSum) && !printed.overlaps(tableSum)
        }
    }

    private func interval(_ index: Int) -> DecimalInterval? {
        let figure = context.figures[index]
        guard figure.chosen != nil || !figure.reading.readings.isEmpty else { return nil }
        return figure.interval(figure.checkableReading(0))
    }

    private func sum(_ indexes: [Int]) -> DecimalInterval? {
        let intervals = indexes.compactMap(interval)
        guard intervals.count == indexes.count, let first = intervals.first else { return nil }
        return intervals.dropFirst().reduce(first, +)
    }
}

/// The table figures a prose figure may be compared with, by field and normalized row label,
/// each label normalized once (not once per prose figure). Only the fields prose figures name
/// and the tables the rule applies to are indexed.
private struct TableFiguresByLabel {
    private struct Key: Hashable {
        var field: String
        var label: String
    }

    private var figures: [Key: [Int]] = [:]

    init(fields: Set<String>, rule: CheckRule, _ context: CheckContext) {
        let units = context.rules.units
        for table in context.tables.indices where context.applies(rule, toTable: table) {
            for index in context.tableFigures(table) {
                let figure = context.figures[index]
                guard let field = figure.field, fields.contains(field) else { continue }
                guard figure.source == .tableCell || rule.kind == .proseMatchesTable else { continue }
                let label = rule.kind == .proseMatchesField ? "" : LabelText.key(figure.rowLabel ?? "", units: units).text
                let key = Key(field: field, label: label)
                figures[key, default: []].append(index)
            }
        }
        // The lists must follow figure order, as the document's figures do, not table order.
        for (key, list) in figures where zip(list, list.dropFirst()).contains(where: { $0 > $1 }) {
            figures[key] = list.sorted()
        }
    }

    func figures(field: String, label: String) -> [Int] { figures[Key(field: field, label: label)] ?? [] }
}

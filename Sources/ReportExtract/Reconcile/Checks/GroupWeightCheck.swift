import Foundation

/// The 分值 of the indicator rows under one 一级指标 sum to the score its label prints
/// (`产出指标(50分)`, `效益指标(40 分)`, even `满意度指标(10分` with its parenthesis lost). The printed
/// score is no figure of its own, so the sum is compared with it directly; weights are exact, so
/// any gap is substantive. A weight still undecided between readings makes the group
/// `not_evaluable` (`missing_operand`).
struct GroupWeightCheck {
    let rule: CheckRule

    func run(_ context: CheckContext) -> [CheckRun] {
        guard let weightField = rule.fields.first else { return [] }
        var runs: [CheckRun] = []
        for table in context.tables.indices where context.applies(rule, toTable: table) {
            // A group is a run of rows under one 一级指标 label: a table holding two indicator
            // blocks prints `满意度指标(10分)` twice, two groups. One pass over the table's figures.
            var groups: [Group] = []
            for index in context.tableFigures(table) {
                // Fields read in place (`all`, counted once here): a copy of each figure retained
                // every string it holds.
                context.work.add()
                guard context.figures.all[index].source == .tableCell, let row = context.figures.all[index].row,
                    let (label, score) = context.figures.all[index].rowPath.lazy.compactMap(Self.printedScore).first
                else { continue }
                if groups.last?.label != label { groups.append(Group(label: label, score: score)) }
                groups[groups.count - 1].rows.insert(row)
                if context.figures.all[index].field == weightField {
                    groups[groups.count - 1].weights.append(index)
                    groups[groups.count - 1].weighted.insert(row)
                }
            }
            for (position, group) in groups.enumerated() where !group.weights.isEmpty {
                runs.append(run(id: "\(rule.id)@t\(table).g\(position)", group, context))
            }
        }
        return runs
    }

    /// The rows under one 一级指标 label, in a run, and those of them that print a 分值.
    private struct Group {
        var label: String
        var score: Decimal
        var rows: Set<Int> = []
        var weighted: Set<Int> = []
        var weights: [Int] = []
    }

    private func run(id: String, _ group: Group, _ context: CheckContext) -> CheckRun {
        let (score, weights) = (group.score, group.weights)
        let values = weights.map { context.figures[$0].chosen?.value }
        context.work.add(weights.count)
        guard values.allSatisfy({ $0 != nil }) else {
            return CheckRun(id: id, rule: rule, operands: weights, reason: "missing_operand", figures: context.figures)
        }
        let total = values.reduce(Decimal(0)) { $0 + $1! }
        let gap = abs(total - score)
        // An indicator row of the group without a 分值 figure (blank, `/`, or a cell not read):
        // the sum lacks an operand, which is no evidence against the others.
        if gap != 0, group.rows.count > group.weighted.count {
            return CheckRun(id: id, rule: rule, operands: weights, reason: "missing_operand", figures: context.figures)
        }
        let outcome = IdentityEvaluation.Outcome(
            status: gap == 0 ? .ok : .violated, reason: gap == 0 ? nil : "substantive", expected: "\(total)",
            actual: "\(score)", gap: gap == 0 ? nil : "\(gap)", chosen: [:])
        return CheckRun(id: id, rule: rule, operands: weights, outcome: outcome, figures: context.figures)
    }

    /// `产出指标(50分)` → (the label, 50); nil for a label that prints no score.
    static func printedScore(_ label: String) -> (String, Decimal)? {
        let scalars = Array(label.unicodeScalars)
        guard let open = scalars.firstIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
        var digits = ""
        var position = open + 1
        while position < scalars.count, Scalars.isSpace(scalars[position]) { position += 1 }
        while position < scalars.count, Scalars.isDigit(scalars[position]) || scalars[position] == "." {
            digits.unicodeScalars.append(scalars[position])
            position += 1
        }
        while position < scalars.count, Scalars.isSpace(scalars[position]) { position += 1 }
        guard !digits.isEmpty, position < scalars.count, scalars[position] == "分", let value = Decimal(string: digits)
        else { return nil }
        return (label, value)
    }
}

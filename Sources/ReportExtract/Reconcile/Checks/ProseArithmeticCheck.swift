/// What a sentence states between its own figures (`ProseRelation`, found in Recognize):
/// - a total and the parts listed after `其中`: with one part, the part is not above the total (a
///   shape check); with several, the longest prefix that sums to the total closes the list (where
///   a list ends is not written, and `其中` may name only some parts), none is `partial_list`;
/// - a total after figures of its unit (`…3.2万元;共计40.83万元`): the longest run of two or more
///   that ends right before it and sums to it closes (where the list begins is not written),
///   none is `partial_list`;
/// - a share (`占比22.8%`) against part / total;
/// - a completion rate (`完成预算的111.29%`) against done / target;
/// - a change's rate (`增加1.14万元，增长1.14%`) against change / base, the base printed or the
///   amount before the change less an increase or plus a decrease;
/// - a change from a printed base (`…1095.67万元比2017年度总支出1060.87万元增加34.80万元`) against the
///   amount less the base, or the base less the amount for a decrease.
/// Every operand is a figure of the same paragraph, looked up by id once (linear). A list whose
/// parts are exactly the rule's `parts` (基本支出, 项目支出) is complete: short of its total, it is
/// violated.
struct ProseArithmeticCheck {
    let rule: CheckRule
    /// The totals the rules' sum checks split into parts (`official_cars` = `car_purchase` +
    /// `car_operation`): a list of exactly those parts under such a total is complete too.
    var wholes: [(total: String, parts: Set<String>)] = []

    static func wholes(_ checks: [CheckRule]) -> [(total: String, parts: Set<String>)] {
        checks.compactMap { check in
            guard check.kind == .sum, let total = check.total, check.parts.count > 1 else { return nil }
            return (total, Set(check.parts))
        }
    }

    func run(_ context: CheckContext) -> [CheckRun] {
        guard !context.proseRelations.isEmpty else { return [] }
        var byID: [String: Int] = [:]
        for index in context.figures.indices where context.figures[index].source == .prose {
            byID[context.figures[index].id] = index
        }
        var runs: [CheckRun] = []
        for relation in context.proseRelations {
            guard let total = byID[relation.total] else { continue }
            let parts = relation.parts.compactMap { byID[$0] }
            guard parts.count == relation.parts.count else { continue }
            let id = "\(rule.id)@\(relation.kind.rawValue).\(relation.total)"
            switch relation.kind {
            case .parts:
                runs.append(partsRun(id: id, total: total, parts: parts, shortest: relation.listed ?? 2, context))
            case .total:
                runs.append(partsRun(id: id, total: total, parts: parts, fromEnd: true, context))
            case .share, .rate, .change:
                guard let ratio = relation.ratio.flatMap({ byID[$0] }), let part = parts.first else { continue }
                runs.append(RowChecks(rule: rule).ratio(
                    id: "\(rule.id)@\(relation.kind.rawValue).\(relation.ratio ?? "")", result: ratio, numerator: part,
                    denominator: total, context))
            case .growth, .decline:
                guard let ratio = relation.ratio.flatMap({ byID[$0] }), let change = parts.first else { continue }
                runs.append(changeRun(
                    id: "\(rule.id)@\(relation.kind.rawValue).\(relation.ratio ?? "")", rate: ratio, change: change,
                    amount: total, declines: relation.kind == .decline, context))
            case .baseGrowth:
                guard let ratio = relation.ratio.flatMap({ byID[$0] }), let base = parts.first else { continue }
                runs.append(baseGrowthRun(
                    id: "\(rule.id)@\(relation.kind.rawValue).\(relation.ratio ?? "")", rate: ratio, amount: total, base: base, context))
            case .increase, .decrease:
                guard parts.count == 2 else { continue }
                runs.append(differenceRun(
                    id: id, amount: total, base: parts[0], change: parts[1], decreases: relation.kind == .decrease, context))
            case .changed:
                continue
            }
        }
        return runs
    }

    /// `支出2.14万元，…增加1.14万元，增长1.14%`: the rate is the change over the amount before it,
    /// the amount less an increase or plus a decrease.
    private func changeRun(id: String, rate: Int, change: Int, amount: Int, declines: Bool, _ context: CheckContext) -> CheckRun {
        let figures = context.figures
        let operands = [rate, change, amount]
        let outcome = IdentityEvaluation.evaluate(operands: operands, figures: figures) { readings in
            let changed = figures[change].interval(readings[1]).converted(to: nil)
            let now = figures[amount].interval(readings[2]).converted(to: nil)
            guard let quotient = changed / (declines ? now + changed : now - changed) else { return nil }
            return .init(
                computed: quotient.scaled(by: 100), printed: readings[0], printedFigure: rate,
                printedIsExact: figures[rate].isExact)
        }
        return CheckRun(id: id, rule: rule, operands: operands, outcome: outcome, figures: figures)
    }

    /// `73728万元,比上年的81381万元增长-9.41%`: the rate is the amount less its base over the base, the
    /// base less the amount for a rate labelled a decline (`下降9.41%`).
    private func baseGrowthRun(id: String, rate: Int, amount: Int, base: Int, _ context: CheckContext) -> CheckRun {
        let figures = context.figures
        let operands = [rate, amount, base]
        // `减少率44.69%` (英德 2016, a clerk's reading of stop 68) names a decline as much as `下降`.
        let declines = ProseRelationFinder.namesDecline(figures[rate].rowLabel)
        let outcome = IdentityEvaluation.evaluate(operands: operands, figures: figures) { readings in
            let now = figures[amount].interval(readings[1]).converted(to: nil)
            let before = figures[base].interval(readings[2]).converted(to: nil)
            // A fall printed as a negative growth (`增长-9.41%`), or as a growth where it is none:
            // the ratio of a non-positive difference is the negated ratio of its opposite.
            let difference = declines ? before - now : now - before
            let falls = difference.upper.map { $0 <= 0 } ?? false
            guard let quotient = (falls ? difference.negated() : difference) / before else { return nil }
            return .init(
                computed: quotient.scaled(by: falls ? -100 : 100), printed: readings[0], printedFigure: rate,
                printedIsExact: figures[rate].isExact)
        }
        return CheckRun(id: id, rule: rule, operands: operands, outcome: outcome, figures: figures)
    }

    /// `总支出1095.67万元比2017年度总支出1060.87万元增加34.80万元`: the amount less its base, or the
    /// base less the amount for a decrease, is the change.
    private func differenceRun(id: String, amount: Int, base: Int, change: Int, decreases: Bool, _ context: CheckContext) -> CheckRun {
        let figures = context.figures
        let operands = [change, amount, base]
        let outcome = IdentityEvaluation.evaluate(operands: operands, figures: figures) { readings in
            let scale = figures[change].interval(readings[0]).scale
            let now = figures[amount].interval(readings[1])
            let before = figures[base].interval(readings[2])
            let computed = sum(decreases ? [before, now.negated()] : [now, before.negated()], scale: scale)
            return .init(computed: computed, printed: readings[0], printedFigure: change, printedIsExact: figures[change].isExact)
        }
        return CheckRun(id: id, rule: rule, operands: operands, outcome: outcome, figures: figures)
    }

    /// Longest lists tried: a sentence lists a handful of parts; the cap keeps the prefix search
    /// below bounded.
    static let longestList = 24

    /// Where a `其中` list ends is not written: the longest prefix of two or more parts that sums
    /// to the total closes it (the longest suffix, `fromEnd`, for a total after its parts);
    /// failing that, a single part is held to be not above the total, and several parts that
    /// close on none are `not_evaluable` (`partial_list`), unless a 合计 / 总计's parts that surely
    /// belong, printed right after it, already add up to more than it: no list of some of the
    /// parts can, so that is violated (澧县六中 2018, a clerk's reading: `收入合计3647.38万元,其中:
    /// 财政拨款收入2150.48万元,事业收入1497.40万元`, 3647.88, the document's own typo, was
    /// `partial_list`). Other totals' lists hold what is no part often enough (`…资金107.13万元,其中
    /// 项目管理费1.07万元,目前项目资金已拨付106.36万元`; `实有人数157人,其中…退休人员81人`) that their
    /// excess proves nothing.
    /// - Parameter shortest: the parts that surely belong to the list: a shorter prefix closing
    ///   proves nothing (上犹县第三小学 2020, a clerk's reading: `实有人数157人,其中在职人员157人,离休人员
    ///   0人,退休人员81人;年末其他人员11人` was ok on 157 + 0, and lifted both to high).
    private func partsRun(
        id: String, total: Int, parts: [Int], fromEnd: Bool = false, shortest: Int = 2, _ context: CheckContext
    ) -> CheckRun {
        let figures = context.figures
        if parts.count > 1 {
            // 基本支出 and 项目支出 make the whole of a budget: a list of exactly them is complete; so
            // is one of exactly the parts a sum check splits its total into (`公务用车购置及运行维护费
            // 30万元,其中:公务用车购置费10万元,公务用车运行维护费25万元`, a clerk's reading of stop 69:
            // 35 over 30 was `partial_list`, hiding the report's error).
            let fields = Set(parts.compactMap { figures[$0].field })
            // Only with no amount between the total and the first part: a list handed to the total
            // from a change between (`…100万元,较年初预算120万元减少20万元,其中:…`, the review's) may
            // be the change's.
            let whole = parts.allSatisfy { $0 > total }
                && ((total + 1)..<parts.min()!).allSatisfy { figures[$0].unit != figures[total].unit }
                && (figures[total].field.map { field in wholes.contains { $0.total == field && $0.parts == fields } } ?? false)
            if fields.count == parts.count, !rule.parts.isEmpty && fields == Set(rule.parts) || whole {
                return SumChecks(rule: rule).sumRun(id: id, operands: [total] + parts, context)
            }
            for length in stride(from: min(parts.count, Self.longestList), through: max(2, min(shortest, parts.count)), by: -1) {
                let listed = fromEnd ? Array(parts.suffix(length)) : Array(parts.prefix(length))
                let run = SumChecks(rule: rule).sumRun(id: id, operands: [total] + listed, context)
                if run.result.status == .ok { return run }
            }
            let sure = max(2, min(shortest, parts.count))
            let surely = Array(parts.prefix(sure))
            // A shorter run of the parts that closes exactly says the last may be printed outside
            // the total (`收入总计415.2644万元,其中:` ¶ `1.…364.5594` ¶ `2.…50.7050` ¶ `3.上年结转和结余
            // 14.9614`, 刘堡镇卫生院 2021): neither ok nor violated (the review of stop 68).
            let shorterCloses = (2..<max(2, min(sure, Self.longestList + 1))).contains { length in
                SumChecks(rule: rule).sumRun(id: id, operands: [total] + parts.prefix(length), context).result.status == .ok
            }
            if !fromEnd, !shorterCloses, surely == Array((total + 1)...(total + sure)), Self.sumsWholly(figures[total].rowLabel),
                let over = overTotal(id: id, total: total, parts: surely, context)
            {
                return over
            }
            return CheckRun(id: id, rule: rule, operands: [total] + parts, reason: "partial_list", figures: figures)
        }
        let operands = [total, parts[0]]
        let notAbove = IdentityEvaluation.evaluate(operands: operands, figures: figures, relation: .notAbove) { readings in
            .init(computed: figures[parts[0]].interval(readings[1]), printed: readings[0], printedFigure: total,
                  printedIsExact: figures[total].isExact)
        }
        var run = CheckRun(id: id, rule: rule, operands: operands, outcome: notAbove, figures: figures)
        run.isIdentity = false
        return run
    }

    /// A label that says its figure is the sum of what it lists (`收入合计`, `支出总计`).
    private static func sumsWholly(_ label: String?) -> Bool {
        guard let label else { return false }
        return label.endsWithScalars("合计") || label.endsWithScalars("总计")
    }

    /// The parts' sum held to be not above the total: the run when it is violated, nil otherwise.
    private func overTotal(id: String, total: Int, parts: [Int], _ context: CheckContext) -> CheckRun? {
        let figures = context.figures
        let operands = [total] + parts
        let outcome = IdentityEvaluation.evaluate(operands: operands, figures: figures, relation: .notAbove) { readings in
            let scale = figures[total].interval(readings[0]).scale
            let added = sum(zip(parts, readings.dropFirst()).map { figures[$0].interval($1) }, scale: scale)
            return .init(computed: added, printed: readings[0], printedFigure: total, printedIsExact: figures[total].isExact)
        }
        guard outcome.status == .violated else { return nil }
        var run = CheckRun(id: id, rule: rule, operands: operands, outcome: outcome, figures: figures)
        run.isIdentity = false
        return run
    }
}

/// The fifth stage: runs every check of the rules over the recognized figures, lets the checks
/// choose among repair candidates, and grades each figure.
///
/// Confidence (issue rules, notes §9):
/// - `high`: parsed cleanly with no repair, an identity closes on it, and nothing contradicts it;
/// - `medium`: clean but unchecked, or a repair confirmed by an identity;
/// - `low`: a repair nothing confirms, undecided candidates, a figure in a substantively violated
///   identity, or text that is not a number.
/// A rounding-only violation (the gap is below one unit of the last printed digit) changes no
/// grade; it is recorded as a reason.
public struct Reconciler: Sendable {
    public let rules: RuleSet
    /// Polled between check runs; a spent budget stops the checks (the pipeline then fails the
    /// document).
    public var budget: DocumentBudget

    public init(rules: RuleSet, budget: DocumentBudget = .unlimited) {
        self.rules = rules
        self.budget = budget
    }

    /// - Parameter keepingRecognizedFigures: whether the result's `recognized.figures` keeps the
    ///   figures as recognized. Without them the figures are checked and graded in place instead
    ///   of in a copy (a long table's figures are then held once, not twice).
    public func reconcile(_ document: consuming RecognizedDocument, keepingRecognizedFigures: Bool = true) -> ReconciledDocument {
        reconcile(document, work: CheckWork(), keepingRecognizedFigures: keepingRecognizedFigures)
    }

    /// - Parameter work: counts what the checks did (tests prove it linear in a table's length).
    func reconcile(
        _ document: consuming RecognizedDocument, work: CheckWork, keepingRecognizedFigures: Bool = true
    ) -> ReconciledDocument {
        var done: [CheckRun] = []
        var figures = runChecks(&document, runs: &done, work: work, keepingRecognizedFigures: keepingRecognizedFigures)
        // Each figure's runs, in run order, found once instead of by scanning every run.
        let runsByFigure = Self.runsByFigure(done, figureCount: figures.count, work: work)
        // A run's reason is one string shared by all its figures: a total row of 300,000
        // operands made as many copies of the same text (40 MB).
        let reasons = done.map { Self.reason(of: $0.result) }
        let misplacedOperand = Self.runsWithMisplacedOperands(done, figures: figures)
        var sharing = SharedReasons()
        for index in figures.indices {
            let mine = runsByFigure.runs[Int(runsByFigure.starts[index])..<Int(runsByFigure.starts[index + 1])]
            grade(&figures[index], runs: mine, of: done, reasons: reasons, misplacedOperand: misplacedOperand)
            sharing.share(&figures[index].reasons)
        }
        LayoutConfidence.cap(&figures, tables: document.segmented.tables, unread: document.segmented.unreadTables)
        let checks = done.map(\.result)
        return ReconciledDocument(
            recognized: document, figures: figures, checks: checks,
            grade: DocumentGrade(figures: figures, checks: checks))
    }

    /// Runs the rules' checks into `done`, letting them choose among repair candidates; returns
    /// the figures as chosen. The checks' context, with its index of the figures (30 MB for
    /// 300,000), ends here: it is let go before the figures are graded, not held to the end.
    private func runChecks(
        _ document: inout RecognizedDocument, runs done: inout [CheckRun], work: CheckWork, keepingRecognizedFigures: Bool
    ) -> [Figure] {
        var context = CheckContext(
            figures: document.figures, tables: document.segmented.tables,
            tableKinds: document.tableKinds.map(\.kind), rules: rules, work: work)
        if !keepingRecognizedFigures { document.figures = [] }
        context.proseRelations = document.proseRelations
        context.year = document.facts.year
        for rule in rules.checks {
            for var run in runs(of: rule, context) {
                if budget.isSpent { break }
                // Runs of one rule see the same snapshot: a second run may pick another reading
                // for a figure an earlier run already settled. Then neither choice stands.
                let conflict = run.chosen.contains { figure, value in
                    context.figures[figure].chosen.map { $0 != value } ?? false
                }
                if conflict {
                    run.result.status = .notEvaluable
                    run.result.reason = "conflicting_choice"
                    run.chosen = [:]
                    run.result.chose = [:]
                }
                for (figure, value) in run.chosen { choose(value, for: figure, by: run.result.id, in: &context.figures) }
                done.append(run)
            }
        }
        return context.figures.takeAll()
    }

    /// The runs having each figure among their operands, in run order, held flat: figure `i`'s
    /// are `runs[starts[i]..<starts[i + 1]]` (an array for each figure was 17 MB at 300,000).
    /// Positions as `Int32`: the four arrays of a figure's length were 10 MB at 300,000, at the
    /// stage's peak (a document's runs and their operands are far below 2^31).
    private static func runsByFigure(
        _ done: [CheckRun], figureCount: Int, work: CheckWork
    ) -> (starts: [Int32], runs: [Int32]) {
        // Counted, then placed; a run naming a figure twice counts it once.
        var starts = [Int32](repeating: 0, count: figureCount + 1)
        var lastRun = [Int32](repeating: -1, count: figureCount)
        for (position, run) in done.enumerated() {
            work.add(run.operands.count)
            let position = Int32(position)
            for operand in run.operands where lastRun[operand] != position {
                lastRun[operand] = position
                starts[operand + 1] += 1
            }
        }
        for index in 0..<figureCount { starts[index + 1] += starts[index] }
        var runs = [Int32](repeating: 0, count: Int(starts[figureCount]))
        var next = starts
        for index in lastRun.indices { lastRun[index] = -1 }
        for (position, run) in done.enumerated() {
            let position = Int32(position)
            for operand in run.operands where lastRun[operand] != position {
                lastRun[operand] = position
                runs[Int(next[operand])] = position
                next[operand] += 1
            }
        }
        return (starts, runs)
    }

    private func runs(of rule: CheckRule, _ context: CheckContext) -> [CheckRun] {
        switch rule.kind {
        case .sum, .partNotAbove: SumChecks(rule: rule).run(context)
        case .ratio, .scoreNotAboveWeight, .budgetScore: RowChecks(rule: rule).run(context)
        case .totalScore: TotalScoreCheck(rule: rule).run(context)
        case .proseMatchesTable, .proseMatchesField: ProseMatchCheck(rule: rule).run(context)
        case .totalRow: TotalRowCheck(rule: rule).run(context)
        case .crossTable: CrossTableCheck(rule: rule).run(context)
        case .crossTableSum: CrossTableCheck(rule: rule).runSum(context)
        case .groupWeight: GroupWeightCheck(rule: rule).run(context)
        case .proseArithmetic: ProseArithmeticCheck(rule: rule, wholes: ProseArithmeticCheck.wholes(rules.checks)).run(context)
        }
    }

    private func choose(_ value: NumberValue, for index: Int, by check: String, in figures: inout FigureStore) {
        figures.modify(index) { figure in
            figure.chosen = value
            figure.repairs = value.repairs
            figure.reasons.append("chosen_by:\(check)")
        }
    }

    /// The runs that have among their operands a figure printed in a unit its field never
    /// carries (`LabelDoubt.unitDisagrees`): such a figure stands under a column not its own, so
    /// a check closing on it compares other things than it names, and corroborates nothing.
    /// Empty when no figure is so (nearly every document): nothing is then asked of any run.
    private static func runsWithMisplacedOperands(_ done: [CheckRun], figures: [Figure]) -> Set<Int> {
        let misplaced = figures.indices.filter { figures[$0].reasons.contains(LabelDoubt.unitDisagrees) }
        guard !misplaced.isEmpty else { return [] }
        let lookup = Set(misplaced)
        return Set(done.indices.filter { position in done[position].operands.contains { lookup.contains($0) } })
    }

    /// What a run says of each of its figures: `check:ok:ID`, `check:violated:ID:REASON`, …
    private static func reason(of result: CheckResult) -> String {
        switch result.status {
        case .ok: "check:ok:\(result.id)"
        case .violated: "check:violated:\(result.id):\(result.reason ?? "")"
        case .notEvaluable: "check:not_evaluable:\(result.id):\(result.reason ?? "")"
        }
    }

    /// - Parameters:
    ///   - mine: positions in `runs` of the runs that have the figure among their operands, in
    ///     run order.
    ///   - reasons: each run's reason (`reason(of:)`), by the same positions as `runs`.
    private func grade(
        _ figure: inout Figure, runs mine: ArraySlice<Int32>, of runs: [CheckRun], reasons: [String],
        misplacedOperand: Set<Int>
    ) {
        var closed = false
        var contradicted = false
        var confirmedRepair = false
        for position in mine.lazy.map({ Int($0) }) {
            let run = runs[position]
            let result = run.result
            figure.reasons.append(reasons[position])
            switch result.status {
            case .ok:
                // Shape checks (得分 ≤ 分值, 其中 ≤ parent) pass on almost any value: only an
                // identity that closes on the figure corroborates it.
                guard run.isIdentity, !misplacedOperand.contains(position) else { continue }
                closed = true
                if figure.isRepaired { confirmedRepair = true }
            case .violated:
                if result.reason != "rounding_only" { contradicted = true }
            case .notEvaluable:
                break
            }
        }
        figure.confidence = confidence(figure, closed: closed, contradicted: contradicted, confirmedRepair: confirmedRepair)
        if figure.isChosen, figure.isRepaired {
            figure.reasons.append(confirmedRepair ? "repair:confirmed" : "repair:unconfirmed")
        } else if figure.isChosen, mine.isEmpty {
            figure.reasons.append("unchecked")
        }
    }

    private func confidence(_ figure: Figure, closed: Bool, contradicted: Bool, confirmedRepair: Bool) -> Figure.Confidence {
        guard figure.isChosen, !contradicted else { return .low }
        if figure.isRepaired { return confirmedRepair ? .medium : .low }
        // A unit nobody listed may mean the figure is not what its column says.
        if figure.chosenUnitIsUnknown == true { return .medium }
        // A check closes on values, never on labels: labels in doubt keep the figure at medium.
        if figure.reasons.contains(where: LabelDoubt.isDoubt) { return .medium }
        return closed ? .high : .medium
    }
}

/// Everything the pipeline knows about a document after reconciliation.
public struct ReconciledDocument: Sendable {
    public var recognized: RecognizedDocument
    /// The recognized figures with chosen candidates and final confidence.
    public var figures: [Figure]
    public var checks: [CheckResult]
    public var grade: DocumentGrade
}

/// The outcome of one identity on one set of figures (a column of a sum, a row of a ratio…).
public struct CheckResult: Sendable, Equatable {
    public enum Status: String, Sendable, Codable { case ok, violated, notEvaluable = "not_evaluable" }

    /// Unique within the document: `<rule>@t<table>.c<column>`, `<rule>@t<table>.r<row>`, …
    public var id: String
    /// The check rule's id.
    public var rule: String
    public var status: Status
    /// For `violated`: `rounding_only` or `substantive`; for `not_evaluable`: `missing_operand`,
    /// `ambiguous_operand`, `template_variant`; nil for `ok`.
    public var reason: String?
    /// Operand figures, as positions in the document's figures (`ReconciledDocument.figures`);
    /// the first is the figure the check compares against (the total, the ratio…). Positions,
    /// not ids and lines: a 300,000-row table's total row names every row, and its ids and lines
    /// (7 MB) were held from its check to the last output, at reconcile's and the page's peaks.
    /// The JSON reads the ids and lines from the figures as it writes them (`CheckResultJSON`).
    var operands: FigureIndexes
    /// The interval the other operands imply, e.g. `[1124.64, 1124.66]`.
    public var expected: String?
    /// The printed figure it is compared with, e.g. `1124.65`.
    public var actual: String?
    /// Distance between the two intervals when violated, in the printed scale.
    public var gap: String?
    /// Repairs this check chose: figure id → repaired reading.
    public var chose: [String: String]
}

extension CheckResult {
    /// The operands' ids (`t1.r3.c2`), as the check's JSON lists them (`figures`).
    public func figureIDs(in figures: [Figure]) -> [String] { operands.map { figures[$0].id } }

    /// The operands' lines, as the check's JSON lists them.
    public func lines(in figures: [Figure]) -> [Int] { operands.map { figures[$0].line } }
}

/// One operand as a check sees it: which figure, and the interval it stands for.
struct Operand {
    var figure: Int
    var value: NumberValue
    var interval: DecimalInterval
}

extension Figure {
    /// The readings a check may try: the chosen one, or every candidate when undecided.
    var checkableReadings: [NumberValue] {
        if let chosen { return [chosen] }
        return reading.readings
    }

    /// How many `checkableReadings` there are, without making the list.
    var checkableReadingCount: Int { isChosen ? 1 : reading.readings.count }

    /// `checkableReadings[index]`, without making the list.
    func checkableReading(_ index: Int) -> NumberValue {
        if let chosen { return chosen }
        return reading.readings[index]
    }

    /// The interval of `value` for this figure: exact for counts, weights and a clerk's `0`,
    /// printed precision otherwise (a bare integer at its column's digits, see
    /// `PrecisionInference`); a scale known only from context (`单位：万元`) is applied.
    func interval(_ value: NumberValue) -> DecimalInterval {
        var interval = DecimalInterval(printed: effective(value), exact: isExact(value))
        if value.scale == nil, !value.isPercent { interval.scale = scale }
        return interval
    }
}

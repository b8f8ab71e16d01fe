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
    /// Operand figures; the first is the figure the check compares against (the total, the ratio…).
    public var figures: [String]
    public var lines: [Int]
    /// The interval the other operands imply, e.g. `[1124.64, 1124.66]`.
    public var expected: String?
    /// The printed figure it is compared with, e.g. `1124.65`.
    public var actual: String?
    /// Distance between the two intervals when violated, in the printed scale.
    public var gap: String?
    /// Repairs this check chose: figure id → repaired reading.
    public var chose: [String: String]
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

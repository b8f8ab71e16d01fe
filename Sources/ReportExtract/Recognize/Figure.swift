/// One number a data-entry clerk would type into a dataset, tied to what it means and where it
/// was printed.
public struct Figure: Sendable {
    public enum Source: String, Sendable, Codable {
        /// A table cell that holds a number.
        case tableCell = "table_cell"
        /// A `label:number` pair inside a table cell (`其中：一般公共预算：73.81`).
        case cellText = "cell_text"
        /// A prose paragraph (`基本支出29.17万元`).
        case prose
    }

    public enum Confidence: String, Sendable, Codable, Comparable {
        case low, medium, high

        private var rank: Int { self == .low ? 0 : self == .medium ? 1 : 2 }
        public static func < (a: Confidence, b: Confidence) -> Bool { a.rank < b.rank }
    }

    /// Stable within the document: `t1.r3.c2` (table 1, row 3, column 2), `t1.r4.c1.k0` (a
    /// label:number pair in a cell), `p17.k0` (the first prose figure on line 17).
    public var id: String
    public var source: Source
    public var table: Int?
    public var row: Int?
    public var column: Int?
    public var tableKind: String?
    /// The canonical field: the row's field when the row names an item, otherwise the column's
    /// field when it names a measure; nil when no rule names it (the figure is still emitted).
    public var field: String?
    public var rowField: String?
    public var columnField: String?
    /// The alias (as written in the rules) that named `field`.
    public var alias: String?
    public var rowLabel: String?
    public var columnLabel: String?
    /// The row's label cells, outermost first (绩效指标 › 产出指标(50分) › 数量指标 › 指标1:).
    public var rowPath: [String]
    public var raw: String
    public var reading: NumberReading
    /// The reading the figure stands for: the clean value, or the candidate a check chose.
    public var chosen: NumberValue?
    public var fieldKind: FieldRule.Kind?
    public var unit: String?
    public var scale: NumberScale?
    /// Where `unit` came from: `figure`, `field`, `column`, `block` or `table`.
    public var unitSource: String?
    public var line: Int
    public var confidence: Confidence
    public var reasons: [String]
    /// Repairs applied to reach `chosen`.
    public var repairs: [NumberRepair]
    /// Digits a bare integer is read at when its column (or paragraph) prints decimals; nil when
    /// the printed digits stand (see `PrecisionInference`).
    public var inferredDecimals: Int? = nil
    public var decimalsSource: DecimalsSource = .printed

    /// Whether the value is an exact count (people, 分值) rather than a rounded amount.
    public var isExact: Bool { fieldKind == .count || fieldKind == .weight }

    /// Where the precision a check reads this figure at comes from.
    public enum DecimalsSource: String, Sendable, Codable {
        /// The digits as printed.
        case printed
        /// A bare integer in a column whose other amounts print decimals: the column's digits.
        case column
        /// A bare integer in a paragraph whose other amounts print decimals.
        case paragraph
        /// `0` in an amount column or sentence: a clerk's "nothing", exactly zero.
        case exactZero = "exact_zero"
    }
}

/// A row of a 绩效指标 block as a record: its labels, target, actual, weight, score and reason.
public struct IndicatorRecord: Sendable, Encodable, Equatable {
    public var table: Int
    public var row: Int
    @Nullable public var level1: String? = nil
    @Nullable public var level2: String? = nil
    @Nullable public var level3: String? = nil
    /// 年度指标值 as printed (numeric or not: `长期`, `效果明显`).
    @Nullable public var target: String? = nil
    @Nullable public var actual: String? = nil
    @Nullable public var weight: String? = nil
    @Nullable public var score: String? = nil
    @Nullable public var deviationReason: String? = nil
    /// Ids of the figures read from this row.
    public var figures: [String]
    public var firstLine: Int
    public var lastLine: Int

    enum CodingKeys: String, CodingKey {
        case table, row, level1, level2, level3, target, actual, weight, score, figures
        case deviationReason = "deviation_reason"
        case firstLine = "first_line"
        case lastLine = "last_line"
    }

}

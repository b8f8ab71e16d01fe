/// An identity the figures of a document must satisfy, declared in a rule file.
public struct CheckRule: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// `total = Σ parts` over row fields, one check per value column.
        case sum
        /// Each part ≤ the parent (`其中` rows), one check per value column.
        case partNotAbove = "part_not_above"
        /// `ratio = numerator / denominator` (percent).
        case ratio
        /// 得分 ≤ 分值 on every row that has both.
        case scoreNotAboveWeight = "score_not_above_weight"
        /// The budget line's 得分 = min(分值, 分值 × 执行率).
        case budgetScore = "budget_score"
        /// 总分 = Σ 得分 of indicator rows, and Σ 分值 = the printed total.
        case totalScore = "total_score"
        /// A prose figure equals the table figure of the same field.
        case proseMatchesTable = "prose_matches_table"
        /// A table's `合计` row equals the sum of the rows above it.
        case totalRow = "total_row"
    }

    public var id: String
    public var kind: Kind
    public var description: String
    /// Table kinds the check applies to (empty: any).
    public var tableKinds: [String]
    public var total: String?
    public var parts: [String]
    public var numerator: String?
    public var denominator: String?
    public var fields: [String]
    public var source: RuleSource
}

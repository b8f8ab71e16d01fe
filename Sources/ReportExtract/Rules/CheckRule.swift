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
        /// A prose figure equals the one table figure of its field in the tables of the kinds,
        /// labels aside (`核定事业编制17人` against the 基础数据表's 编制数 17): for fields a table
        /// prints once.
        case proseMatchesField = "prose_matches_field"
        /// One table's figure equals another table's (`left` = `right`): 自评表 全年预算数 against the
        /// 基础数据表's 支出总额 of the report's year.
        case crossTable = "cross_table"
        /// The `left` figures of every table of a kind sum to the one `right` figure: the project
        /// forms' 全年执行数 against the 基础数据表's 项目支出. Fewer is `not_evaluable`
        /// (`forms_may_be_missing`: a report need not print every project's form), more is violated.
        case crossTableSum = "cross_table_sum"
        /// The 分值 under a 一级指标 sum to the score printed in its label (`产出指标(50分)`).
        case groupWeight = "group_weight"
        /// What a sentence states: a total and the parts after `其中`, a share against part /
        /// total, a completion rate against done / target.
        case proseArithmetic = "prose_arithmetic"
    }

    /// One side of a `cross_table` check: the figure of a table kind at a row field and a column
    /// field; with `report_year`, only a column whose label names the report's year. When both
    /// sides name the same table kind, they are paired within each table.
    public struct TableOperand: Sendable {
        public var tableKind: String
        public var rowField: String
        /// nil: any column, and `label:number` pairs in cells too (`按收入性质分：3243.37`).
        public var columnField: String?
        public var reportYear: Bool
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
    public var left: TableOperand? = nil
    public var right: TableOperand? = nil
    public var source: RuleSource
}

/// A document's grade: how many figures reached each confidence, the share that is `high`, the
/// worst table (lowest worst-figure grade, then most low figures) and the checks by status.
public struct DocumentGrade: Sendable, Equatable, Encodable {
    public struct TableGrade: Sendable, Equatable, Encodable {
        public var table: Int
        public var worst: Figure.Confidence
        public var low: Int
        public var figures: Int
    }

    public var figures: Int
    public var high: Int
    public var medium: Int
    public var low: Int
    /// `high / figures`, rounded to 4 decimals (1 when there are no figures).
    public var highShare: Double
    @Nullable public var worstTable: TableGrade? = nil
    public var checksOK: Int
    public var checksViolated: Int
    public var checksNotEvaluable: Int

    enum CodingKeys: String, CodingKey {
        case figures, high, medium, low
        case highShare = "high_share"
        case worstTable = "worst_table"
        case checksOK = "checks_ok"
        case checksViolated = "checks_violated"
        case checksNotEvaluable = "checks_not_evaluable"
    }

    init(figures list: [Figure], checks: [CheckResult]) {
        figures = list.count
        high = list.filter { $0.confidence == .high }.count
        medium = list.filter { $0.confidence == .medium }.count
        low = list.filter { $0.confidence == .low }.count
        highShare = list.isEmpty ? 1 : (Double(high) / Double(list.count) * 10_000).rounded() / 10_000
        let tables = Dictionary(grouping: list.filter { $0.table != nil }, by: { $0.table! })
        worstTable = tables.map { table, figures in
            TableGrade(
                table: table, worst: figures.map(\.confidence).min() ?? .high,
                low: figures.filter { $0.confidence == .low }.count, figures: figures.count)
        }.min { ($0.worst, -$0.low, $0.table) < ($1.worst, -$1.low, $1.table) }
        checksOK = checks.filter { $0.status == .ok }.count
        checksViolated = checks.filter { $0.status == .violated }.count
        checksNotEvaluable = checks.filter { $0.status == .notEvaluable }.count
    }
}

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
    /// `high / figures`, rounded to 4 decimals; null when there are no figures (a document with
    /// nothing read is not the best graded: 1 sorted it first in `documents.jsonl`).
    @Nullable public var highShare: Double? = nil
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

    /// Counted in one pass over the figures and one over the checks (no per-grade copies of the
    /// figures: a document may hold hundreds of thousands).
    init(figures list: [Figure], checks: [CheckResult]) {
        figures = list.count
        (high, medium, low) = (0, 0, 0)
        var tables: [Int: TableGrade] = [:]
        for index in list.indices {
            // Fields read in place, not a copy of each figure.
            let confidence = list[index].confidence
            switch confidence {
            case .high: high += 1
            case .medium: medium += 1
            case .low: low += 1
            }
            guard let table = list[index].table else { continue }
            var grade = tables[table] ?? TableGrade(table: table, worst: .high, low: 0, figures: 0)
            grade.worst = min(grade.worst, confidence)
            grade.low += confidence == .low ? 1 : 0
            grade.figures += 1
            tables[table] = grade
        }
        highShare = list.isEmpty ? nil : (Double(high) / Double(list.count) * 10_000).rounded() / 10_000
        worstTable = tables.values.min { ($0.worst, -$0.low, $0.table) < ($1.worst, -$1.low, $1.table) }
        (checksOK, checksViolated, checksNotEvaluable) = (0, 0, 0)
        for check in checks {
            switch check.status {
            case .ok: checksOK += 1
            case .violated: checksViolated += 1
            case .notEvaluable: checksNotEvaluable += 1
            }
        }
    }
}

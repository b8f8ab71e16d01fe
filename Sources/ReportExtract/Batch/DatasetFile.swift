import Foundation

/// The datasets a batch run builds beside the per-document JSON, rebuilt from that JSON so that
/// documents skipped by an incremental run still appear. Rows follow the order of the documents'
/// output paths and, within a document, the order of its arrays; so the bytes depend on the
/// documents only, never on how many jobs made them.
public enum DatasetFile: String, CaseIterable, Sendable {
    /// One row per document: `path`, `output`, `source`, `facts`, `grade`, `counts` (with the
    /// codes of the document's `warnings`).
    case documents = "documents.jsonl"
    /// One row per figure: the figure's own keys plus `path` (the document's `source.path`).
    case figures = "figures.jsonl"
    /// The same rows as `figures.jsonl` in the fixed columns of `FigureColumns.csv`.
    case figuresCSV = "figures.csv"
    /// One row per check: the check's own keys plus `path`.
    case checks = "checks.jsonl"

    /// Bytes before the first row: the CSV header record, nothing for JSON lines.
    public var header: Data {
        self == .figuresCSV ? Data(CSV.record(FigureColumns.csv).utf8) : Data()
    }
}

/// Columns of `figures.csv`, in order. `value` is the decimal as text, exactly as in the JSON
/// (cast it to a decimal type when loading); `reasons` is joined with `;`; `repairs` is the
/// compact JSON array, or empty.
public enum FigureColumns {
    public static let csv = [
        "path", "id", "table", "row", "column", "table_kind", "field", "row_label", "column_label",
        "raw", "value", "scale", "unit", "qualifier", "line", "confidence", "reasons", "repairs",
    ]
}

/// What the datasets on disk hold, kept in the manifest (so a run that rebuilds nothing can still
/// report it) and copied into `run.json`.
public struct DatasetSummary: Codable, Sendable, Equatable {
    /// Bump when the datasets' format changes: the next run then rebuilds them.
    /// 2: `documents.jsonl` counts carry `warnings`.
    public static let formatVersion = "report-extract/datasets/2"

    /// `Manifest.datasetsKey(for:)` of the entries the datasets were built from.
    public var key: String
    public var documents = 0
    public var figures = 0
    public var checks = 0
    public var figuresByConfidence: [String: Int] = ["high": 0, "medium": 0, "low": 0]
    public var checksByStatus: [String: Int] = [:]
    /// For each warning code, the documents that have it.
    public var documentsByWarning: [String: Int] = [:]

    public init(key: String) { self.key = key }

    /// Manifests written before `documents_by_warning` existed still load (as no warnings).
    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decode(String.self, forKey: .key)
        documents = try container.decode(Int.self, forKey: .documents)
        figures = try container.decode(Int.self, forKey: .figures)
        checks = try container.decode(Int.self, forKey: .checks)
        figuresByConfidence = try container.decode([String: Int].self, forKey: .figuresByConfidence)
        checksByStatus = try container.decode([String: Int].self, forKey: .checksByStatus)
        documentsByWarning = try container.decodeIfPresent([String: Int].self, forKey: .documentsByWarning) ?? [:]
    }

    public mutating func add(_ rows: DocumentRows) {
        documents += 1
        figures += rows.figureCount
        checks += rows.checkCount
        figuresByConfidence.merge(rows.figuresByConfidence, uniquingKeysWith: +)
        checksByStatus.merge(rows.checksByStatus, uniquingKeysWith: +)
        for code in rows.warnings { documentsByWarning[code, default: 0] += 1 }
    }

    enum CodingKeys: String, CodingKey {
        case key, documents, figures, checks
        case figuresByConfidence = "figures_by_confidence"
        case checksByStatus = "checks_by_status"
        case documentsByWarning = "documents_by_warning"
    }
}

import Foundation

/// The dataset rows of one per-document JSON, read back generically so that keys added to the
/// document later (figures, checks, facts, grade) flow through without changes here, and their
/// absence gives no rows rather than an error.
///
/// Values are re-serialized by `CompactJSON`: strings and integers come back unchanged;
/// `value` is a decimal *string* in the document format, so no figure goes through a float.
public struct DocumentRows: Sendable {
    public var rows: [DatasetFile: Data] = [:]
    public var figureCount = 0
    public var checkCount = 0
    public var figuresByConfidence: [String: Int] = ["high": 0, "medium": 0, "low": 0]
    public var checksByStatus: [String: Int] = [:]
    /// Codes of the document's warnings (`segment.unread_table`): the run summary counts the
    /// documents behind each, so a batch that lost something says so.
    public var warnings: Set<String> = []

    public struct NotADocument: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { "not a report-extract document JSON: \(reason)" }
    }

    /// No rows, every count zero.
    init() {}

    /// - Parameters:
    ///   - documentJSON: the bytes of one per-document JSON.
    ///   - output: its path relative to the output directory (the `output` of `documents.jsonl`).
    /// - Throws: `NotADocument` when the bytes are not a JSON object with a `source.path`.
    public init(documentJSON: Data, output: String) throws(NotADocument) {
        let document = try Self.parse(documentJSON)
        guard let source = document["source"] as? [String: Any], let path = source["path"] as? String else {
            throw NotADocument(reason: "no source.path")
        }
        let figures = Self.objects(document["figures"])
        let checks = Self.objects(document["checks"])
        figureCount = figures.count
        checkCount = checks.count
        for figure in figures { figuresByConfidence[Self.label(figure["confidence"]), default: 0] += 1 }
        for check in checks { checksByStatus[Self.label(check["status"]), default: 0] += 1 }
        for diagnostic in Self.objects(document["diagnostics"]) where diagnostic["severity"] as? String == "warning" {
            if let code = diagnostic["code"] as? String { warnings.insert(code) }
        }

        rows[.figures] = Self.jsonLines(figures.map { Self.adding(path: path, to: $0) })
        rows[.figuresCSV] = Data(figures.map { Self.csvRecord(Self.adding(path: path, to: $0)) }.joined().utf8)
        rows[.checks] = Self.jsonLines(checks.map { Self.adding(path: path, to: $0) })
        rows[.documents] = Self.jsonLines([documentRow(document, source: source, path: path, output: output)])
    }

    /// The `figures.jsonl` rows of a document, each figure with `path` added. `--stdin` writes
    /// these, so a streamed document gives the same lines as the batch run's dataset.
    public static func figureLines(documentJSON: Data, path: String) throws(NotADocument) -> Data {
        let document = try parse(documentJSON)
        return jsonLines(objects(document["figures"]).map { adding(path: path, to: $0) })
    }

    private static func parse(_ data: Data) throws(NotADocument) -> [String: Any] {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw NotADocument(reason: "\(error)")
        }
        guard let document = object as? [String: Any] else { throw NotADocument(reason: "not an object") }
        return document
    }

    private func documentRow(
        _ document: [String: Any], source: [String: Any], path: String, output: String
    ) -> [String: Any] {
        let counts: [String: Any] = [
            "paragraphs": Self.count(document["paragraphs"]), "tables": Self.count(document["tables"]),
            "diagnostics": Self.count(document["diagnostics"]), "figures": figureCount,
            "checks": checkCount, "figures_by_confidence": figuresByConfidence,
            "checks_by_status": checksByStatus, "warnings": warnings.sorted(),
        ]
        return [
            "path": path, "output": output, "source": source, "facts": document["facts"] ?? NSNull(),
            "grade": document["grade"] ?? NSNull(), "counts": counts,
        ]
    }

    // MARK: - Helpers

    static func objects(_ value: Any?) -> [[String: Any]] {
        (value as? [Any])?.compactMap { $0 as? [String: Any] } ?? []
    }

    private static func count(_ value: Any?) -> Int { (value as? [Any])?.count ?? 0 }

    private static func label(_ value: Any?) -> String { (value as? String) ?? "none" }

    private static func adding(path: String, to object: [String: Any]) -> [String: Any] {
        var row = object
        row["path"] = path
        return row
    }

    static func compactJSON(_ value: Any) -> String { CompactJSON.string(value) }

    private static func jsonLines(_ rows: [[String: Any]]) -> Data {
        var data = Data()
        for row in rows {
            data.append(Data(compactJSON(row).utf8))
            data.append(0x0A)
        }
        return data
    }

    /// CSV text of one JSON value: empty for null or absent, strings as they are, the rest as
    /// compact JSON (`12`, `true`, `[…]`).
    static func csvText(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: return ""
        case let text as String: return text
        default: return compactJSON(value!)
        }
    }

    private static func csvRecord(_ figure: [String: Any]) -> String {
        CSV.record(FigureColumns.csv.map { column in
            switch column {
            case "reasons":
                guard let reasons = figure["reasons"] as? [Any] else { return csvText(figure["reasons"]) }
                return reasons.map { csvText($0) }.joined(separator: ";")
            case "repairs":
                guard let repairs = figure["repairs"] as? [Any], !repairs.isEmpty else { return "" }
                return compactJSON(repairs)
            default:
                return csvText(figure[column])
            }
        })
    }
}

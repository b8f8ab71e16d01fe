import Foundation

/// The dataset rows of a document just extracted, written from the values in memory by the same
/// byte writer as the document (compact layout): no encode → parse → encode round trip. The bytes
/// are those the JSON-reading initializer gives for the document's JSON (a test holds them equal),
/// and keys added to figures, checks, facts or grade flow through with nothing to change here.
extension DocumentRows {
    public init(document: DocumentJSON, output: String) {
        var rows: [DatasetFile: Data] = [:]
        for file in DatasetFile.allCases { rows[file] = Data() }
        self = Self.makeRows(document, output: output) { file, row, newline in
            row.pieces { rows[file]!.append($0) }
            if newline { rows[file]!.append(0x0A) }
        }
        self.rows = rows
    }

    /// Makes the document's rows one at a time and hands each to `emit`, in order within each
    /// dataset; returns the counts, with no rows kept, so a caller that streams them never holds
    /// a document's rows whole. A row's bytes end with its CRLF, or are followed by a newline
    /// when `emit` is told so: a JSON row is the writer's own buffer, and appending the newline
    /// to it copied it (a long table's total-row check is a row of several megabytes). A row's
    /// pieces are read during the call only (`DatasetRow`).
    static func makeRows<E: Error>(
        _ document: DocumentJSON, output: String, _ emit: (DatasetFile, DatasetRow, _ newline: Bool) throws(E) -> Void
    ) throws(E) -> DocumentRows {
        var counts = DocumentRows()
        let path = document.source.path
        counts.figureCount = document.figures.count
        counts.checkCount = document.checks.count
        counts.warnings = Set(document.diagnostics.filter { $0.severity == .warning }.map(\.code))
        let writer = JSONObjectWriter(layout: .compact)
        for figure in document.figures {
            counts.figuresByConfidence[figure.confidence.rawValue, default: 0] += 1
            // The members' places only where the CSV reads a member's text back from the row.
            let row = Self.row(
                WithPath(value: figure, path: path), writer, recordingMembers: csvColumns == nil || !figure.repairs.isEmpty)
            try Self.emit(.figuresCSV, Self.csvRecord(figure, path: path, row: row), false, emit)
            try Self.emit(.figures, row.bytes, true, emit)
        }
        for check in document.checks {
            counts.checksByStatus[check.result.status.rawValue, default: 0] += 1
            // Written twice, once to count its bytes and once to hand them out: a check's row may
            // be megabytes, and its length goes before it in the rows cache.
            let row = WithPath(value: check, path: path)
            var count = 0
            writer.stream(row) { count += $0.count }
            let pieces = { (piece: (UnsafeBufferPointer<UInt8>) -> Void) in
                withoutActuallyEscaping(piece) { piece in writer.stream(row) { piece($0) } }
            }
            try emit(.checks, DatasetRow(count: count, pieces: pieces), true)
        }
        try Self.emit(.documents, Self.row(DocumentRow(document, output: output, counts: counts), writer, recordingMembers: false).bytes, true, emit)
        return counts
    }

    /// Hands `bytes` to `emit` in place, as one piece.
    private static func emit<E: Error>(
        _ file: DatasetFile, _ bytes: [UInt8], _ newline: Bool, _ emit: (DatasetFile, DatasetRow, Bool) throws(E) -> Void
    ) throws(E) {
        try withoutActuallyEscaping({ (piece: (UnsafeBufferPointer<UInt8>) -> Void) in bytes.withUnsafeBufferPointer(piece) }) {
            (pieces) throws(E) in try emit(file, DatasetRow(count: bytes.count, pieces: pieces), newline)
        }
    }

    /// The `figures.jsonl` rows of a document: what `--stdin` writes.
    public static func figureLines(document: DocumentJSON) -> Data {
        var lines = Data()
        let writer = JSONObjectWriter(layout: .compact)
        for figure in document.figures {
            lines.append(contentsOf: row(WithPath(value: figure, path: document.source.path), writer, recordingMembers: false).bytes)
            lines.append(0x0A)
        }
        return lines
    }

    private static func row<T: Encodable>(
        _ value: T, _ writer: JSONObjectWriter, recordingMembers: Bool
    ) -> (bytes: [UInt8], members: [(key: String, value: Range<Int>)]) {
        // Output values hold strings, integers and finite shares only: encoding cannot fail.
        try! writer.object(value, recordingMembers: recordingMembers)
    }

    /// One `figures.csv` record, from the figure's values where a column has one (reading them
    /// back from the row's bytes cost a tenth of the write stage), from the row's bytes otherwise.
    /// Written as bytes field by field, the columns matched to values once per run.
    private static func csvRecord(
        _ figure: FigureJSON, path: String, row: (bytes: [UInt8], members: [(key: String, value: Range<Int>)])
    ) -> [UInt8] {
        guard let columns = csvColumns else { return csvRecord(row) }
        var out: [UInt8] = []
        out.reserveCapacity(256)
        func text(_ value: String?) { if let value { CSV.appendField(value, to: &out) } }
        func number(_ value: Int?) { if let value { DecimalBytes.append(value, to: &out) } }
        for (index, column) in columns.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            switch column {
            case .path: text(path)
            case .id: text(figure.id)
            case .table: number(figure.table)
            case .row: number(figure.row)
            case .column: number(figure.column)
            case .tableKind: text(figure.tableKind)
            case .field: text(figure.field)
            case .rowLabel: text(figure.rowLabel)
            case .columnLabel: text(figure.columnLabel)
            case .raw: text(figure.raw)
            case .value: text(figure.value)
            case .scale: text(figure.scale)
            case .unit: text(figure.unit)
            case .qualifier: text(figure.qualifier)
            case .line: number(figure.line)
            case .confidence: text(figure.confidence.rawValue)
            case .reasons: CSV.appendField(joinedBySemicolons: figure.reasons, to: &out)
            case .repairs:
                guard !figure.repairs.isEmpty, let member = row.members.first(where: { $0.key == "repairs" }) else { continue }
                text(String(decoding: row.bytes[member.value], as: UTF8.self))
            }
        }
        out.append(contentsOf: [0x0D, 0x0A])
        return out
    }

    /// The CSV columns, each with the figure value it is written from; nil if a column has none
    /// (then every record is read back from the row's bytes).
    private static let csvColumns: [FigureCSVColumn]? = {
        let columns = FigureColumns.csv.compactMap(FigureCSVColumn.init(rawValue:))
        return columns.count == FigureColumns.csv.count ? columns : nil
    }()

    private enum FigureCSVColumn: String {
        case path, id, table, row, column, field, raw, value, scale, unit, qualifier, line, confidence, reasons, repairs
        case tableKind = "table_kind", rowLabel = "row_label", columnLabel = "column_label"
    }

    /// One `figures.csv` record from the figure's row: strings as their text, null as nothing,
    /// other values as their compact JSON; `reasons` joined with `;`, `repairs` empty when `[]`.
    private static func csvRecord(_ row: (bytes: [UInt8], members: [(key: String, value: Range<Int>)])) -> [UInt8] {
        func token(_ column: String) -> ArraySlice<UInt8>? {
            row.members.first { $0.key == column }.map { row.bytes[$0.value] }
        }
        func text(_ token: ArraySlice<UInt8>?) -> String {
            guard let token, !token.elementsEqual("null".utf8) else { return "" }
            return JSONText.string(token) ?? String(decoding: token, as: UTF8.self)
        }
        let fields = FigureColumns.csv.map { column -> String in
            switch column {
            case "reasons":
                guard let reasons = token(column), let elements = JSONText.elements(reasons) else { return text(token(column)) }
                return elements.map { text($0) }.joined(separator: ";")
            case "repairs":
                guard let repairs = token(column), let elements = JSONText.elements(repairs), !elements.isEmpty else { return "" }
                return String(decoding: repairs, as: UTF8.self)
            default:
                return text(token(column))
            }
        }
        return Array(CSV.record(fields).utf8)
    }
}

/// A figure's or a check's object with the document's `path` added.
struct WithPath<Value: Encodable>: Encodable {
    var value: Value
    var path: String

    enum Keys: String, CodingKey { case path }

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(path, forKey: .path)
    }
}

/// One row of `documents.jsonl`.
struct DocumentRow: Encodable {
    struct Counts: Encodable {
        var paragraphs: Int
        var tables: Int
        var diagnostics: Int
        var figures: Int
        var checks: Int
        var figuresByConfidence: [String: Int]
        var checksByStatus: [String: Int]
        /// Codes of the document's warnings, sorted.
        var warnings: [String]

        enum CodingKeys: String, CodingKey {
            case paragraphs, tables, diagnostics, figures, checks, warnings
            case figuresByConfidence = "figures_by_confidence"
            case checksByStatus = "checks_by_status"
        }
    }

    var path: String
    var output: String
    var source: SourceJSON
    var facts: DocumentFacts
    var grade: DocumentGrade
    var counts: Counts

    init(_ document: DocumentJSON, output: String, counts rows: DocumentRows) {
        path = document.source.path
        self.output = output
        source = document.source
        facts = document.facts
        grade = document.grade
        counts = Counts(
            paragraphs: document.paragraphs.count, tables: document.tables.count,
            diagnostics: document.diagnostics.count, figures: rows.figureCount, checks: rows.checkCount,
            figuresByConfidence: rows.figuresByConfidence, checksByStatus: rows.checksByStatus,
            warnings: rows.warnings.sorted())
    }
}

/// A dataset row as `makeRows` hands it out: its length, then its bytes a piece at a time, each
/// piece read during its call only. Most rows are one piece, an array's; a check's row is
/// written out again piece by piece, never held whole.
struct DatasetRow {
    let count: Int
    /// Calls its argument with each piece of the row in order.
    let pieces: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void
}

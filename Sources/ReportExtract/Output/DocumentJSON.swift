import Foundation

/// The per-document JSON. Key names are part of the tool's interface: see README "Output".
public struct DocumentJSON: Encodable, Sendable {
    public static let schemaVersion = "report-extract/document/1"

    public var schema = DocumentJSON.schemaVersion
    public var source: SourceJSON
    public var rulesFingerprint: String
    public var facts: DocumentFacts
    /// The reconciled figures, kept as they are, each read as its JSON value (`FigureJSONList`).
    public var figures: FigureJSONList
    public var checks: [CheckResultJSON]
    public var grade: DocumentGrade
    public var indicators: [IndicatorRecord]
    public var markers: [Marker]
    public var paragraphs: [ParagraphJSON]
    public var tables: [TableJSON]
    public var diagnostics: [Diagnostic]

    // In key order: the document is streamed to its file (JSONKeysInOrder).
    enum CodingKeys: String, CodingKey {
        case checks, diagnostics, facts, figures, grade, indicators, markers, paragraphs
        case rulesFingerprint = "rules_fingerprint"
        case schema, source, tables
    }
}

extension DocumentJSON: JSONKeysInOrder {}

public struct SourceJSON: Encodable, Sendable, Equatable {
    public var path: String
    public var sha256: String
    public var bytes: Int
    public var encoding: String
    public var encodingMethod: DetectedEncoding.Method
    public var encodingConfidence: Int?
    public var bom: Bool
    public var replacements: Int
    public var layout: TableLayout?
    public var lines: Int

    enum CodingKeys: String, CodingKey {
        case path, sha256, bytes, encoding, bom, replacements, layout, lines
        case encodingMethod = "encoding_method"
        case encodingConfidence = "encoding_confidence"
    }
}

public struct ParagraphJSON: Encodable, Sendable {
    var text: String
    var firstLine: Int
    var lastLine: Int

    enum CodingKeys: String, CodingKey {
        case text
        case firstLine = "first_line"
        case lastLine = "last_line"
    }
}

public struct TableJSON: Encodable, Sendable {
    var index: Int
    @Nullable var kind: String? = nil
    @Nullable var title: String? = nil
    @Nullable var titleLine: Int? = nil
    var layout: TableLayout
    /// The outer table, row and column of the cell a nested table was printed in.
    @Nullable var nestedIn: NestedPlace? = nil
    @Nullable var unit: String? = nil
    var columnCount: Int
    var firstLine: Int
    var lastLine: Int
    var headerRows: [HeaderRowJSON]
    var bodyRows: [RowJSON]

    // In key order: a table of 300,000 rows is streamed too (JSONKeysInOrder).
    enum CodingKeys: String, CodingKey {
        case bodyRows = "body_rows"
        case columnCount = "column_count"
        case firstLine = "first_line"
        case headerRows = "header_rows"
        case index, kind
        case lastLine = "last_line"
        case layout
        case nestedIn = "nested_in"
        case title
        case titleLine = "title_line"
        case unit
    }
}

extension TableJSON: JSONKeysInOrder {}

public struct HeaderRowJSON: Encodable, Sendable {
    var rows: [Int]
    var labels: [String]
    var firstLine: Int
    var lastLine: Int

    enum CodingKeys: String, CodingKey {
        case rows, labels
        case firstLine = "first_line"
        case lastLine = "last_line"
    }
}

/// A body row as the document's JSON writes it, read from the `Row` it keeps (32 bytes, its
/// cells' array shared) rather than copied into members of its own: 48 bytes a row and a new
/// array of cell values, 5 MB more for a table of 300,000 rows while its outputs were written.
public struct RowJSON: Encodable, Sendable {
    private(set) var row: Row

    init(_ row: Row) { self.row = row }

    var index: Int { row.index }
    var firstLine: Int { row.firstLine }
    var lastLine: Int { row.lastLine }
    // Set by tests only (the row's members are set).
    var header: Int? {
        get { row.header }
        set { row.header = newValue }
    }
    var cells: [CellJSON] {
        get { row.cells.map(CellJSON.init) }
        set { row.cells = newValue.map(\.cell) }
    }

    /// The cell at `column`, without making the others' values; nil past the row's end.
    func cell(_ column: Int) -> CellJSON? { column < row.cells.count ? CellJSON(row.cells[column]) : nil }

    enum CodingKeys: String, CodingKey {
        case index, header, cells
        case firstLine = "first_line"
        case lastLine = "last_line"
    }

    /// As the synthesized encoding of the members did: `header` an explicit null when nil.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(Nullable(wrappedValue: header), forKey: .header)
        try container.encode(firstLine, forKey: .firstLine)
        try container.encode(lastLine, forKey: .lastLine)
        try container.encode(cells, forKey: .cells)
    }
}

/// A cell as the document's JSON writes it, read from the `Cell` it keeps rather than copied into
/// members of its own (72 bytes a cell, about 20 MB more for a table of 300,000 rows while its
/// JSON, page and rows were written).
public struct CellJSON: Encodable, Sendable {
    let cell: Cell

    init(_ cell: Cell) { self.cell = cell }

    var text: String { cell.text }
    /// Only when it differs from `text`.
    var raw: String? { cell.raw == cell.text || cell.filledFrom != nil ? nil : cell.raw }
    /// Only when the cell has more than one non-empty paragraph.
    var paragraphs: [String]? {
        let paragraphs = cell.paragraphs
        // Most cells hold one paragraph: counted before any array is made for them.
        var filled = 0
        for paragraph in paragraphs where !CellText.trim(paragraph).isEmpty { filled += 1 }
        return filled > 1 ? paragraphs.map { CellText.trim($0) }.filter { !$0.isEmpty } : nil
    }
    var firstLine: Int { cell.firstLine }
    var lastLine: Int { cell.lastLine }
    var filledFrom: Int? { cell.filledFrom }

    enum CodingKeys: String, CodingKey {
        case text, raw, paragraphs
        case firstLine = "first_line"
        case lastLine = "last_line"
        case filledFrom = "filled_from"
    }

    /// As the synthesized encoding of the members did: optional ones left out when nil.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(raw, forKey: .raw)
        try container.encodeIfPresent(paragraphs, forKey: .paragraphs)
        try container.encode(firstLine, forKey: .firstLine)
        try container.encode(lastLine, forKey: .lastLine)
        try container.encodeIfPresent(filledFrom, forKey: .filledFrom)
    }
}

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

public struct RowJSON: Encodable, Sendable {
    var index: Int
    @Nullable var header: Int? = nil
    var firstLine: Int
    var lastLine: Int
    var cells: [CellJSON]

    enum CodingKeys: String, CodingKey {
        case index, header, cells
        case firstLine = "first_line"
        case lastLine = "last_line"
    }

}

public struct CellJSON: Encodable, Sendable {
    var text: String
    /// Only when it differs from `text`.
    var raw: String?
    /// Only when the cell has more than one non-empty paragraph.
    var paragraphs: [String]?
    var firstLine: Int
    var lastLine: Int
    var filledFrom: Int?

    enum CodingKeys: String, CodingKey {
        case text, raw, paragraphs
        case firstLine = "first_line"
        case lastLine = "last_line"
        case filledFrom = "filled_from"
    }
}

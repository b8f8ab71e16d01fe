import Foundation

/// The per-document JSON. Key names are part of the tool's interface: see README "Output".
public struct DocumentJSON: Encodable, Sendable {
    public static let schemaVersion = "report-extract/document/1"

    public var schema = DocumentJSON.schemaVersion
    public var source: SourceJSON
    public var rulesFingerprint: String
    public var facts: DocumentFacts
    public var figures: [FigureJSON]
    public var checks: [CheckResultJSON]
    public var grade: DocumentGrade
    public var indicators: [IndicatorRecord]
    public var markers: [Marker]
    public var paragraphs: [ParagraphJSON]
    public var tables: [TableJSON]
    public var diagnostics: [Diagnostic]

    enum CodingKeys: String, CodingKey {
        case schema, source, facts, figures, checks, grade, indicators, markers, paragraphs, tables, diagnostics
        case rulesFingerprint = "rules_fingerprint"
    }
}

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
    var kind: String?
    var title: String?
    var titleLine: Int?
    var layout: TableLayout
    var unit: String?
    var columnCount: Int
    var firstLine: Int
    var lastLine: Int
    var headerRows: [HeaderRowJSON]
    var bodyRows: [RowJSON]

    enum CodingKeys: String, CodingKey {
        case index, kind, title, layout, unit
        case titleLine = "title_line"
        case columnCount = "column_count"
        case firstLine = "first_line"
        case lastLine = "last_line"
        case headerRows = "header_rows"
        case bodyRows = "body_rows"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(kind, forKey: .kind)
        try container.encode(title, forKey: .title)
        try container.encode(titleLine, forKey: .titleLine)
        try container.encode(layout, forKey: .layout)
        try container.encode(unit, forKey: .unit)
        try container.encode(columnCount, forKey: .columnCount)
        try container.encode(firstLine, forKey: .firstLine)
        try container.encode(lastLine, forKey: .lastLine)
        try container.encode(headerRows, forKey: .headerRows)
        try container.encode(bodyRows, forKey: .bodyRows)
    }
}

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
    var header: Int?
    var firstLine: Int
    var lastLine: Int
    var cells: [CellJSON]

    enum CodingKeys: String, CodingKey {
        case index, header, cells
        case firstLine = "first_line"
        case lastLine = "last_line"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(header, forKey: .header)
        try container.encode(firstLine, forKey: .firstLine)
        try container.encode(lastLine, forKey: .lastLine)
        try container.encode(cells, forKey: .cells)
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

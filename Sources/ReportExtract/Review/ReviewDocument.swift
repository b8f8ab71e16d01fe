import Foundation

/// The parts of a per-document JSON (`report-extract/document/1`) the review page shows, read
/// back from the JSON bytes so a page can be made for any output on disk. Every key is optional
/// and unknown keys are ignored: documents that gain keys, or lack some, still get a page.
struct ReviewDocument: Decodable {
    var source: Source?
    var facts: Facts?
    var figures: [ReviewFigure]?
    var checks: [ReviewCheck]?
    var grade: Grade?
    var tables: [Table]?
    var paragraphs: [Paragraph]?
    var diagnostics: [Diagnostic]?

    struct Source: Decodable {
        var path: String?
        var lines: Int?
        var encoding: String?
        var layout: String?
    }

    struct Facts: Decodable, Equatable {
        var title: String?
        var unit: String?
        var year: Int?
        var reportKind: String?

        enum CodingKeys: String, CodingKey {
            case title, unit, year
            case reportKind = "report_kind"
        }
    }

    struct Grade: Decodable {
        var figures: Int?
        var high: Int?
        var medium: Int?
        var low: Int?
        var checksOK: Int?
        var checksViolated: Int?
        var checksNotEvaluable: Int?

        enum CodingKeys: String, CodingKey {
            case figures, high, medium, low
            case checksOK = "checks_ok"
            case checksViolated = "checks_violated"
            case checksNotEvaluable = "checks_not_evaluable"
        }
    }

    struct Table: Decodable {
        var index: Int?
        var kind: String?
        var title: String?
        var unit: String?
        var firstLine: Int?
        var lastLine: Int?
        var headerRows: [HeaderRow]?
        var bodyRows: ReviewRows?

        enum CodingKeys: String, CodingKey {
            case index, kind, title, unit
            case firstLine = "first_line"
            case lastLine = "last_line"
            case headerRows = "header_rows"
            case bodyRows = "body_rows"
        }
    }

    struct HeaderRow: Decodable {
        var labels: [String]?
    }

    struct Row: Decodable {
        var index: Int?
        var header: Int?
        var cells: [Cell]?
    }

    struct Cell: Decodable {
        var text: String?
        var raw: String?
        var firstLine: Int?
        var lastLine: Int?
        var filledFrom: Int?

        enum CodingKeys: String, CodingKey {
            case text, raw
            case firstLine = "first_line"
            case lastLine = "last_line"
            case filledFrom = "filled_from"
        }
    }

    struct Paragraph: Decodable {
        var text: String?
        var firstLine: Int?
        var lastLine: Int?

        enum CodingKeys: String, CodingKey {
            case text
            case firstLine = "first_line"
            case lastLine = "last_line"
        }
    }

    static func decode(_ json: Data) throws -> ReviewDocument {
        try JSONDecoder().decode(ReviewDocument.self, from: json)
    }
}

/// One figure as the page needs it; also the page's embedded data for the side panel (`FigureData`).
struct ReviewFigure: Decodable {
    var id: String
    var table: Int?
    var row: Int?
    var column: Int?
    var field: String?
    var alias: String?
    var rowLabel: String?
    var columnLabel: String?
    var rowPath: [String]?
    var raw: String?
    var value: String?
    var scale: String?
    var unit: String?
    var qualifier: String?
    var line: Int?
    var confidence: String?
    var reasons: [String]?
    var repairs: [Repair]?
    var candidates: [String]?
    /// Filled in by the page: the printed text around the figure (its cell, or its paragraph).
    var context: String?
    /// Filled in by the page: the checks naming this figure, as `status rule id`.
    var checks: [String]?

    struct Repair: Decodable {
        var kind: String?
        var from: String?
        var to: String?
    }

    enum CodingKeys: String, CodingKey {
        case id, table, row, column, field, alias, raw, value, scale, unit, qualifier, line
        case confidence, reasons, repairs, candidates
        case rowLabel = "row_label"
        case columnLabel = "column_label"
        case rowPath = "row_path"
    }

    /// `high`, `medium`, `low`, or `unknown` for anything else.
    var grade: String {
        switch confidence {
        case "high", "medium", "low": confidence!
        default: "unknown"
        }
    }
}

struct ReviewCheck: Decodable {
    var id: String?
    var rule: String?
    var status: String?
    var reason: String?
    var figures: CheckOperandList<String>?
    var lines: CheckOperandList<Int>?
    var expected: String?
    var actual: String?
    var gap: String?
}

/// One figure in the document JSON and in `figures.jsonl`. Values are decimal strings, never
/// floats, so pandas and DuckDB can read them exactly (`CAST(value AS DECIMAL)`).
public struct FigureJSON: Encodable, Sendable {
    var id: String
    var source: Figure.Source
    var table: Int?
    var row: Int?
    var column: Int?
    var tableKind: String?
    var field: String?
    var rowField: String?
    var columnField: String?
    var alias: String?
    var rowLabel: String?
    var columnLabel: String?
    var rowPath: [String]
    var raw: String
    var value: String?
    var decimals: Int?
    var scale: String?
    var unit: String?
    var unitSource: String?
    var qualifier: String?
    var line: Int
    public internal(set) var confidence: Figure.Confidence
    var reasons: [String]
    var repairs: [NumberRepair]
    /// Readings still in competition (only when several).
    var candidates: [String]?

    enum CodingKeys: String, CodingKey {
        case id, source, table, row, column, field, alias, raw, value, decimals, scale, unit, qualifier, line
        case confidence, reasons, repairs, candidates
        case tableKind = "table_kind"
        case rowField = "row_field"
        case columnField = "column_field"
        case rowLabel = "row_label"
        case columnLabel = "column_label"
        case rowPath = "row_path"
        case unitSource = "unit_source"
    }

    public init(_ figure: Figure) {
        id = figure.id
        source = figure.source
        table = figure.table
        row = figure.row
        column = figure.column
        tableKind = figure.tableKind
        field = figure.field
        rowField = figure.rowField
        columnField = figure.columnField
        alias = figure.alias
        rowLabel = figure.rowLabel
        columnLabel = figure.columnLabel
        rowPath = figure.rowPath
        raw = figure.raw
        value = figure.chosen?.valueString
        decimals = figure.chosen?.decimals
        scale = figure.scale?.symbol
        unit = figure.unit
        unitSource = figure.unitSource
        qualifier = (figure.chosen ?? figure.reading.readings.first)?.qualifier?.rawValue
        line = figure.line
        confidence = figure.confidence
        reasons = figure.reasons
        repairs = figure.repairs
        let readings = figure.reading.readings
        candidates = figure.chosen == nil && readings.count > 1
            ? readings.map { $0.valueString + ($0.isPercent ? "%" : "") } : nil
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(table, forKey: .table)
        try c.encode(row, forKey: .row)
        try c.encode(column, forKey: .column)
        try c.encode(tableKind, forKey: .tableKind)
        try c.encode(field, forKey: .field)
        try c.encode(rowField, forKey: .rowField)
        try c.encode(columnField, forKey: .columnField)
        try c.encode(alias, forKey: .alias)
        try c.encode(rowLabel, forKey: .rowLabel)
        try c.encode(columnLabel, forKey: .columnLabel)
        try c.encode(rowPath, forKey: .rowPath)
        try c.encode(raw, forKey: .raw)
        try c.encode(value, forKey: .value)
        try c.encode(decimals, forKey: .decimals)
        try c.encode(scale, forKey: .scale)
        try c.encode(unit, forKey: .unit)
        try c.encode(unitSource, forKey: .unitSource)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(line, forKey: .line)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(reasons, forKey: .reasons)
        try c.encode(repairs, forKey: .repairs)
        try c.encodeIfPresent(candidates, forKey: .candidates)
    }
}

/// One figure in the document JSON and in `figures.jsonl`. Values are decimal strings, never
/// floats, so pandas and DuckDB can read them exactly (`CAST(value AS DECIMAL)`).
public struct FigureJSON: Encodable, Sendable {
    var id: String
    var source: Figure.Source
    @Nullable var table: Int? = nil
    @Nullable var row: Int? = nil
    @Nullable var column: Int? = nil
    @Nullable var tableKind: String? = nil
    @Nullable var field: String? = nil
    @Nullable var rowField: String? = nil
    @Nullable var columnField: String? = nil
    @Nullable var alias: String? = nil
    @Nullable var rowLabel: String? = nil
    @Nullable var columnLabel: String? = nil
    var rowPath: [String]
    var raw: String
    @Nullable var value: String? = nil
    @Nullable var decimals: Int? = nil
    var decimalsSource: Figure.DecimalsSource
    @Nullable var scale: String? = nil
    @Nullable var unit: String? = nil
    @Nullable var unitSource: String? = nil
    @Nullable var qualifier: String? = nil
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
        case decimalsSource = "decimals_source"
    }

    public init(_ figure: Figure) {
        id = figure.id
        source = figure.source
        rowPath = figure.rowPath
        raw = figure.raw
        line = figure.line
        confidence = figure.confidence
        reasons = figure.reasons
        repairs = figure.repairs
        let readings = figure.reading.readings
        candidates = figure.chosen == nil && readings.count > 1
            ? readings.map { $0.valueString + ($0.isPercent ? "%" : "") } : nil
        self.table = figure.table
        self.row = figure.row
        self.column = figure.column
        self.tableKind = figure.tableKind
        self.field = figure.field
        self.rowField = figure.rowField
        self.columnField = figure.columnField
        self.alias = figure.alias
        self.rowLabel = figure.rowLabel
        self.columnLabel = figure.columnLabel
        self.value = figure.chosen?.valueString
        self.decimals = figure.chosen.map { figure.effective($0).decimals }
        self.decimalsSource = figure.decimalsSource
        self.scale = figure.scale?.symbol
        self.unit = figure.unit
        self.unitSource = figure.unitSource
        self.qualifier = (figure.chosen ?? figure.reading.readings.first)?.qualifier?.rawValue
    }

}

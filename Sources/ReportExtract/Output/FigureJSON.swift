/// One figure in the document JSON and in `figures.jsonl`. Values are decimal strings, never
/// floats, so pandas and DuckDB can read them exactly (`CAST(value AS DECIMAL)`).
///
/// A figure of the document's list (`FigureJSONList`), read in place: its members are the
/// reconciled figure's, its value formatted once beside it. Building every figure's
/// JSON as a value of its own had held the figures twice at the document's peak (300,000
/// figures: about 100 MB more); copying a whole figure out of the list for each of the three
/// outputs that read it costs more than reading the members each needs.
public struct FigureJSON: Sendable {
    private var list: FigureJSONList
    private let position: Int

    public init(_ figure: Figure) { self.init(FigureJSONList(figures: [figure]), at: 0) }

    init(_ list: FigureJSONList, at position: Int) {
        self.list = list
        self.position = position
    }

    /// The figure, its value and the candidates a test set, copied out (a list built of such
    /// values).
    var parts: (figure: Figure, value: String?, setCandidates: [String]??) {
        (list.figures[position], list.values[position], list.setCandidates[position])
    }

    var id: String { list.figures[position].id }
    var source: Figure.Source { list.figures[position].source }
    var table: Int? { list.figures[position].table }
    var row: Int? { list.figures[position].row }
    var column: Int? { list.figures[position].column }
    var tableKind: String? { list.figures[position].tableKind }
    var field: String? { list.figures[position].field }
    var rowField: String? { list.figures[position].rowField }
    var columnField: String? { list.figures[position].columnField }
    var alias: String? { list.figures[position].alias }
    var rowLabel: String? { list.figures[position].rowLabel }
    var columnLabel: String? { list.figures[position].columnLabel }
    var rowPath: [String] { list.figures[position].rowPath }
    var raw: String { list.figures[position].raw }
    var value: String? { list.values[position] }
    var decimals: Int? { list.figures[position].chosenDecimals }
    var decimalsSource: Figure.DecimalsSource { list.figures[position].decimalsSource }
    var scale: String? { list.figures[position].scale?.symbol }
    var unit: String? { list.figures[position].unit }
    var unitSource: String? { list.figures[position].unitSource }
    var qualifier: String? { list.figures[position].printedQualifier?.rawValue }
    var line: Int { list.figures[position].line }
    // Set by tests only: the list this value shares is copied first.
    public internal(set) var confidence: Figure.Confidence {
        get { list.figures[position].confidence }
        set { list.figures[position].confidence = newValue }
    }
    var reasons: [String] { list.figures[position].reasons }
    var repairs: [NumberRepair] {
        get { list.figures[position].repairs }
        set { list.figures[position].repairs = newValue }
    }
    /// Readings still in competition (only when several).
    var candidates: [String]? {
        get {
            if !list.setCandidates.isEmpty, let set = list.setCandidates[position] { return set }
            guard !list.figures[position].isChosen else { return nil }
            let readings = list.figures[position].reading.readings
            return readings.count > 1 ? readings.map { $0.valueString + ($0.isPercent ? "%" : "") } : nil
        }
        set { list.setCandidates[position] = .some(newValue) }
    }
}

extension FigureJSON: Encodable {
    /// The members as they were stored before the figure was kept whole: the `Encodable` path
    /// (tests, `JSONEncoder`) writes what it wrote; `JSONWriter` writes them by hand
    /// (`writeMembers`).
    private struct Members: Encodable {
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
        var confidence: Figure.Confidence
        var reasons: [String]
        var repairs: [NumberRepair]
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
    }

    public func encode(to encoder: any Encoder) throws {
        try Members(
            id: id, source: source, table: table, row: row, column: column, tableKind: tableKind,
            field: field, rowField: rowField, columnField: columnField, alias: alias, rowLabel: rowLabel,
            columnLabel: columnLabel, rowPath: rowPath, raw: raw, value: value, decimals: decimals,
            decimalsSource: decimalsSource, scale: scale, unit: unit, unitSource: unitSource,
            qualifier: qualifier, line: line, confidence: confidence, reasons: reasons, repairs: repairs,
            candidates: candidates
        ).encode(to: encoder)
    }
}

/// The names a figure takes from the rules and from its column: its table's kind, fields, alias,
/// column label and unit. The figures of one column nearly always share them all, so they are
/// held in one object that such figures share (`TableFigureReader` hands a figure the object of
/// the figure above when the names are equal): eight optional strings were 128 bytes of every
/// figure, and a long table holds a figure per row from recognize to the last output.
///
/// Copied before a change when shared (`Figure`'s setters), so a figure never changes another's.
final class FigureNames: @unchecked Sendable {
    // Unchecked: an object is changed only while one figure holds it (`Figure.uniqueNames`).
    var tableKind: String?
    var field: String?
    var rowField: String?
    var columnField: String?
    var alias: String?
    var columnLabel: String?
    var unit: String?
    var unitSource: String?

    init(
        tableKind: String?, field: String?, rowField: String?, columnField: String?, alias: String?,
        columnLabel: String?, unit: String?, unitSource: String?
    ) {
        self.tableKind = tableKind
        self.field = field
        self.rowField = rowField
        self.columnField = columnField
        self.alias = alias
        self.columnLabel = columnLabel
        self.unit = unit
        self.unitSource = unitSource
    }

    func copy() -> FigureNames {
        FigureNames(
            tableKind: tableKind, field: field, rowField: rowField, columnField: columnField, alias: alias,
            columnLabel: columnLabel, unit: unit, unitSource: unitSource)
    }

    /// The same bytes in every name: `==` would take canonically equal texts for one another,
    /// and the outputs print the bytes.
    func holdsSameNames(as other: FigureNames) -> Bool {
        self === other
            || (Self.same(tableKind, other.tableKind) && Self.same(field, other.field)
                && Self.same(rowField, other.rowField) && Self.same(columnField, other.columnField)
                && Self.same(alias, other.alias) && Self.same(columnLabel, other.columnLabel)
                && Self.same(unit, other.unit) && Self.same(unitSource, other.unitSource))
    }

    private static func same(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let a?, let b?): Scalars.sameBytes(a, b)
        default: false
        }
    }
}

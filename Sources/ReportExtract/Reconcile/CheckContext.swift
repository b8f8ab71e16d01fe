/// What the checks look at: the figures (mutable through the reconciler), the tables they came
/// from and each table's kind. Lookups by table, row and field live here so every check reads
/// operands the same way.
struct CheckContext {
    var figures: [Figure]
    let tables: [Table]
    let tableKinds: [String?]
    let rules: RuleSet

    func applies(_ rule: CheckRule, toTable table: Int) -> Bool {
        rule.tableKinds.isEmpty || tableKinds[table].map(rule.tableKinds.contains) == true
    }

    /// Figure indexes of table-cell figures in `table`.
    func tableFigures(_ table: Int) -> [Int] {
        figures.indices.filter { figures[$0].table == table }
    }

    /// The figure of a row-field in a column: the `row`'s figure for `field` in `column`.
    func figures(inTable table: Int, rowField: String) -> [Int] {
        tableFigures(table).filter { figures[$0].rowField == rowField && figures[$0].source == .tableCell }
    }

    /// Rows of `table` whose row label names `field`.
    func rows(inTable table: Int, rowField: String) -> [Row] {
        tables[table].rows.filter { row in
            row.role == .body && figures.contains { $0.table == table && $0.row == row.index && $0.rowField == rowField }
        } + rowsWithoutFigures(table, rowField: rowField)
    }

    /// Rows whose label names `field` even when none of their cells holds a number (`——` or
    /// blank), so a sum can report the missing operand instead of silently dropping it.
    private func rowsWithoutFigures(_ table: Int, rowField: String) -> [Row] {
        tables[table].rows.filter { row in
            row.role == .body && !figures.contains { $0.table == table && $0.row == row.index }
                && row.cells.contains { rules.field(forLabel: $0.text)?.field.id == rowField }
        }
    }

    /// The table-cell figures in row `row` of `table` whose column names `field` (or, when no
    /// column does, whose field is `field`). More than one means the operand is ambiguous
    /// (`2022年实际在职人数` beside `2023年实际在职人数`).
    func figures(table: Int, row: Int, columnField field: String) -> [Int] {
        let inRow = tableFigures(table).filter { figures[$0].row == row && figures[$0].source == .tableCell }
        let byColumn = inRow.filter { figures[$0].columnField == field }
        return byColumn.isEmpty ? inRow.filter { figures[$0].field == field } : byColumn
    }

    /// The figure of a row in the column that carries `columnLabel`, when exactly one column of
    /// the table does (a narrower, right-aligned row reaches its column this way).
    func figure(table: Int, row: Int, columnLabel: String?, besides excluded: Int? = nil) -> Int? {
        guard let columnLabel else { return nil }
        let labelled = tableFigures(table).filter {
            figures[$0].columnLabel == columnLabel && figures[$0].source == .tableCell && figures[$0].row != excluded
        }
        guard Set(labelled.compactMap { figures[$0].column }).count == 1 else { return nil }
        return labelled.first { figures[$0].row == row }
    }

    /// The part of `row` that lines up with `total`: by column label when it is unique in the
    /// table, else by position.
    func figure(table: Int, row: Int, alignedWith total: Int) -> Int? {
        let figure = figures[total]
        // The total's own row may be narrower (right-aligned): its cell index is not the column's.
        if let byLabel = self.figure(table: table, row: row, columnLabel: figure.columnLabel, besides: figure.row) {
            return byLabel
        }
        return figure.column.flatMap { self.figure(table: table, row: row, column: $0) }
    }

    func figure(table: Int, row: Int, column: Int) -> Int? {
        tableFigures(table).first { figures[$0].row == row && figures[$0].column == column && figures[$0].source == .tableCell }
    }
}

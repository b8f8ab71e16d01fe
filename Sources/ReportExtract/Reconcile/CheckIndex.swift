/// The figures of a document indexed once, by table, row, row field and column label, so each
/// check operand is found by looking at the few figures of its row or column instead of scanning
/// the document (which made checks quadratic in a table's length, issue 11). Only positions,
/// fields and labels are indexed: reconciliation never changes them.
struct CheckIndex {
    struct FieldKey: Hashable {
        var table: Int
        var field: String
    }

    /// How many table-cell figures of one column label fall in each column. (The figures
    /// themselves were listed too, a table's length of positions no check read.)
    struct Labelled {
        var columnCounts: [Int: Int] = [:]
    }

    /// Every figure (table cells and `label:number` pairs) of each table, in figure order.
    private(set) var byTable: [Int: FigureIndexes] = [:]
    /// Every figure of each row.
    private(set) var byRow = RowGroups([])
    /// The table-cell figures of each row.
    private(set) var cellsByRow = RowGroups([])
    /// Table-cell figures by row field.
    private(set) var cellsByRowField: [FieldKey: FigureIndexes] = [:]
    /// Rows (ascending) holding a figure of the row field; as `Int32` (`FigureIndexes`), a long
    /// table's length of them.
    private(set) var rowsByRowField: [FieldKey: FigureIndexes] = [:]
    /// Table-cell figures by column label.
    private(set) var byColumnLabel: [FieldKey: Labelled] = [:]
    /// The first figure of each table whose row field is a score (总分) and whose field is the key.
    private(set) var firstScoreRowFigure: [FieldKey: Int] = [:]

    init(figures: [Figure], rules: RuleSet) {
        // Room for every figure up front: grown by doubling, a long table's lists were copied
        // into arrays twice their size (untouched room costs no memory).
        var inRows: [RowGroups.Member] = []
        inRows.reserveCapacity(figures.count)
        var cellsInRows: [RowGroups.Member] = []
        cellsInRows.reserveCapacity(figures.count)
        for position in figures.indices {
            // The fields this index needs, read in place: a copy of each figure (all its strings
            // retained) was most of the index's time on a long table.
            guard let table = figures[position].table else { continue }
            let figure = (
                rowField: figures[position].rowField, field: figures[position].field, row: figures[position].row,
                source: figures[position].source, columnLabel: figures[position].columnLabel, column: figures[position].column)
            byTable[table, default: FigureIndexes()].append(position)
            if let rowField = figure.rowField {
                if rules.field(id: rowField)?.kind == .score, let field = figure.field,
                    firstScoreRowFigure[FieldKey(table: table, field: field)] == nil
                {
                    firstScoreRowFigure[FieldKey(table: table, field: field)] = position
                }
            }
            guard let row = figure.row else { continue }
            inRows.append(RowGroups.Member(table: table, row: row, position: position))
            if let rowField = figure.rowField {
                let key = FieldKey(table: table, field: rowField)
                if rowsByRowField[key]?.last != row { rowsByRowField[key, default: FigureIndexes()].append(row) }
            }
            guard figure.source == .tableCell else { continue }
            cellsInRows.append(RowGroups.Member(table: table, row: row, position: position))
            if let rowField = figure.rowField {
                cellsByRowField[FieldKey(table: table, field: rowField), default: FigureIndexes()].append(position)
            }
            if let label = figure.columnLabel {
                let key = FieldKey(table: table, field: label)
                if byColumnLabel[key] == nil { byColumnLabel[key] = Labelled() }
                if let column = figure.column { byColumnLabel[key]!.columnCounts[column, default: 0] += 1 }
            }
        }
        // Each list let go once grouped: both at once were 7 MB beside the groups of a
        // 300,000-row table, at the index's peak.
        byRow = RowGroups(inRows)
        inRows = []
        cellsByRow = RowGroups(cellsInRows)
        cellsInRows = []
        // Figures come row by row, but nothing promises it: keep the row lists ascending.
        for (key, rows) in rowsByRowField where zip(rows, rows.dropFirst()).contains(where: { $0 >= $1 }) {
            rowsByRowField[key] = FigureIndexes(Array(Set(rows)).sorted().map(FigureIndexes.narrow))
        }
    }

    func figures(inTable table: Int) -> FigureIndexes { byTable[table] ?? FigureIndexes() }
    func figures(inTable table: Int, row: Int) -> FigureIndexes { byRow[table, row] }
    func cells(inTable table: Int, row: Int) -> FigureIndexes { cellsByRow[table, row] }
    func cells(inTable table: Int, rowField: String) -> FigureIndexes {
        cellsByRowField[FieldKey(table: table, field: rowField)] ?? FigureIndexes()
    }
    func rows(inTable table: Int, rowField: String) -> FigureIndexes {
        rowsByRowField[FieldKey(table: table, field: rowField)] ?? FigureIndexes()
    }
    func labelled(inTable table: Int, columnLabel: String) -> Labelled? { byColumnLabel[FieldKey(table: table, field: columnLabel)] }
    func scoreRowFigure(inTable table: Int, field: String) -> Int? { firstScoreRowFigure[FieldKey(table: table, field: field)] }
}

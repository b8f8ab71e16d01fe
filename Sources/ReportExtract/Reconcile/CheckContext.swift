/// What the checks look at: the figures (mutable through the reconciler), the tables they came
/// from and each table's kind. Lookups by table, row and field live here so every check reads
/// operands the same way; they go through `CheckIndex`, so each costs the size of a row or of
/// the answer, never a scan of the document.
struct CheckContext {
    var figures: FigureStore
    let tables: [Table]
    let tableKinds: [String?]
    let rules: RuleSet
    let index: CheckIndex
    /// Arithmetic the prose states (`其中` lists, shares, rates), by figure id.
    var proseRelations: [ProseRelation] = []
    /// The report's year (`2022年度…`), for checks that pick a year's column.
    var year: Int? = nil

    var work: CheckWork { figures.work }

    init(figures: [Figure], tables: [Table], tableKinds: [String?], rules: RuleSet, work: CheckWork = CheckWork()) {
        self.figures = FigureStore(figures, work: work)
        self.tables = tables
        self.tableKinds = tableKinds
        self.rules = rules
        index = CheckIndex(figures: figures, rules: rules)
        work.add(figures.count)
    }

    func applies(_ rule: CheckRule, toTable table: Int) -> Bool {
        rule.tableKinds.isEmpty || tableKinds[table].map(rule.tableKinds.contains) == true
    }

    /// Figure indexes of the figures (table cells and pairs in cells) of `table`.
    func tableFigures(_ table: Int) -> FigureIndexes { index.figures(inTable: table) }

    /// The table-cell figures of `table` whose row names `rowField`.
    func figures(inTable table: Int, rowField: String) -> FigureIndexes {
        index.cells(inTable: table, rowField: rowField)
    }

    /// Body rows of `table` whose figures name `field` as their row field.
    func rows(inTable table: Int, rowField: String) -> [Row] {
        let rows = tables[table].rows
        let withFigures = index.rows(inTable: table, rowField: rowField).filter { rows[$0].role == .body }
        work.add(withFigures.count)
        return withFigures.map { rows[$0] }
    }

    /// The table-cell figures in row `row` of `table` whose column names `field` (or, when no
    /// column does, whose field is `field`). More than one means the operand is ambiguous
    /// (`2022年实际在职人数` beside `2023年实际在职人数`).
    func figures(table: Int, row: Int, columnField field: String) -> [Int] {
        let inRow = index.cells(inTable: table, row: row)
        let byColumn = inRow.filter { figures[$0].columnField == field }
        return byColumn.isEmpty ? inRow.filter { figures[$0].field == field } : byColumn
    }

    /// The figure of a row in the column that carries `columnLabel`, when exactly one column of
    /// the table does, rows `excluded` aside (a narrower, right-aligned row reaches its column
    /// this way).
    func figure(table: Int, row: Int, columnLabel: String?, besides excluded: Int? = nil) -> Int? {
        guard let columnLabel, let labelled = index.labelled(inTable: table, columnLabel: columnLabel) else { return nil }
        var columns = labelled.columnCounts.count
        if let excluded {
            // Columns whose every labelled figure sits in the excluded row do not count.
            var inExcluded: [Int: Int] = [:]
            for figure in index.cells(inTable: table, row: excluded) where figures[figure].columnLabel == columnLabel {
                if let column = figures[figure].column { inExcluded[column, default: 0] += 1 }
            }
            columns -= inExcluded.filter { labelled.columnCounts[$0.key] == $0.value }.count
        }
        guard columns == 1, row != excluded else { return nil }
        return index.cells(inTable: table, row: row).first { figures[$0].columnLabel == columnLabel }
    }

    /// The part of `row` that lines up with `total`: by column label when it is unique in the
    /// table, else by position.
    func figure(table: Int, row: Int, alignedWith total: Int) -> Int? {
        let figure = figures[total]
        // The total's own row may be narrower (right-aligned): its cell index is not the column's.
        if let byLabel = self.figure(table: table, row: row, columnLabel: figure.columnLabel, besides: figure.row) {
            return byLabel
        }
        let byPosition = figure.column.flatMap { self.figure(table: table, row: row, column: $0) }
        // 湖北开放大学 (stop 62, a clerk's reading: a web page's rows, merged cells dropped, one
        // cell short): the cell at the total's position is another column's, or none (预算数 under
        // 执行数, a false violation); the row's own cell of the total's column, when it has one
        // alone, is the part.
        guard let label = figure.columnLabel else { return byPosition }
        if let byPosition, figures[byPosition].columnLabel.map({ $0 == label }) ?? true { return byPosition }
        let labelled = index.cells(inTable: table, row: row).filter { figures[$0].columnLabel == label }
        return labelled.count == 1 ? labelled[0] : nil
    }

    func figure(table: Int, row: Int, column: Int) -> Int? {
        index.cells(inTable: table, row: row).first { figures[$0].column == column }
    }
}

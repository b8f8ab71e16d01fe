/// Turns a table's body rows into figures (every numeric cell, and every `label:number` pair
/// inside a text cell) and its 绩效指标 rows into indicator records.
struct TableFigureReader {
    let rules: RuleSet
    var budget = DocumentBudget.unlimited
    let parser = NumberParser()
    /// Label → field, for this reader's document (the reader is made per document).
    let labels: LabelFields
    /// Whether `Output.unnamedRowLabels` is filled (see `Recognizer.collectsUnnamedLabels`).
    var collectsUnnamedLabels = true

    init(rules: RuleSet, budget: DocumentBudget = .unlimited) {
        self.rules = rules
        self.budget = budget
        labels = LabelFields(rules: rules)
    }

    struct Output {
        var figures: [Figure] = []
        var records: [IndicatorRecord] = []
        var unnamedRowLabels: [(label: String, line: Int)] = []
    }

    /// - Parameter figuresSoFar: the document's figures before this table, for the figure limit.
    func read(_ table: Table, kind: String?, figuresSoFar: Int = 0) -> Output {
        var output = Output()
        // Room for a figure per body cell, reserved up front: a long table's array then never
        // grows by copying itself into one twice its size (a 300,000-row table held both, 130 MB
        // more for a moment), and the room a table does not fill is never touched, so it costs
        // address space, not memory. A cell with several `label:number` pairs may still grow it.
        output.figures.reserveCapacity(table.rows.reduce(0) { $0 + ($1.role == .body ? $1.cells.count : 0) })
        let doubtfulHeaders = LabelDoubt.incompleteHeaders(table, headerWords: rules.segmentation.headerWords)
        let largestAmount = kind.flatMap { kind in rules.tableKinds.first { $0.id == kind } }?.largestAmountYuan
        // The last figure read in each column: the next one there shares its names when equal.
        var lastInColumn: [Int] = []
        var alignment: RowLayout.Alignment?
        for row in table.rows where row.role == .body {
            if budget.isSpent || budget.tooManyFigures(figuresSoFar + output.figures.count) { break }
            budget.count(row.cells.count)
            let first = output.figures.count
            alignment = read(row, of: table, kind: kind, above: alignment, into: &output)
            // Nearly every row's figures have column labels: the list is made only when two lack one.
            let isUnnamed = { (index: Int) in
                output.figures[index].columnLabel == nil && output.figures[index].source == .tableCell
            }
            let unnamed = (first..<output.figures.count).lazy.filter(isUnnamed).count >= 2
                ? (first..<output.figures.count).filter(isUnnamed) : []
            for index in first..<output.figures.count {
                budget.count()
                let figure = output.figures[index]
                let unnamedBeside = unnamed.contains(index)
                    && unnamed.contains { $0 != index && output.figures[$0].rowLabel == figure.rowLabel }
                let doubts = LabelDoubt.reasons(
                    for: figure, in: table, row: row, doubtfulHeaders: doubtfulHeaders, unnamedBeside: unnamedBeside,
                    largestAmount: largestAmount, rules: rules)
                // Appending nothing would still copy a shared array of reasons (`FigureValue`).
                if !doubts.isEmpty { output.figures[index].reasons += doubts }
                shareNames(of: index, lastInColumn: &lastInColumn, in: &output.figures)
            }
        }
        return output
    }

    private func shareNames(of index: Int, lastInColumn: inout [Int], in figures: inout [Figure]) {
        guard let column = figures[index].column else { return }
        if column >= lastInColumn.count { lastInColumn += repeatElement(-1, count: column + 1 - lastInColumn.count) }
        let above = lastInColumn[column]
        if above >= 0 { figures[index].shareNames(with: figures[above]) }
        lastInColumn[column] = index
    }

    /// Returns where the row's cells stood under its header, for the row below.
    private func read(_ row: Row, of table: Table, kind: String?, above: RowLayout.Alignment?, into output: inout Output) -> RowLayout.Alignment? {
        // This row's figures are appended from here on: the row's own steps look no further back
        // (looking through the whole table's figures made long tables quadratic).
        let rowStart = output.figures.count
        let plain = row.cells.map { parser.parse($0.text) }
        let pairs = row.cells.map { labelledNumbers($0) }  // not `map(labelledNumbers)`: that copies the reader, every reference in it retained, per row
        let layout = RowLayout(row: row, table: table, readings: plain, labels: labels, holdsPairs: pairs.map { !$0.isEmpty }, above: above)
        let rowLabel = layout.rowLabelCell.map { row.cells[$0].text } ?? layout.headerRowLabel
        let rowHit = rowLabel.flatMap { labels.field(forLabel: $0) }
        // `栏次 | | 1 | 栏次 | | 2` numbers the columns: no figures.
        if layout.rowLabelCell != nil, rowHit?.field.kind == .ordinal { return layout.alignment }
        var rowFigures: [String] = []
        let rowPath = layout.labelCells.map { row.cells[$0].text }
        let rowNamesCode = rowLabel.map(FormPairs.namesCode) ?? false
        let paired = FormPairs.pairedCells(row, readings: plain, holdsPairs: { !pairs[$0].isEmpty }, layout: layout) ?? 0..<0
        let isPairLabel = { (index: Int) in paired.contains(index) && (index - paired.lowerBound) % 2 == 0 }
        for index in row.cells.indices where !layout.labelCells.contains(index) && !isPairLabel(index) {
            let cell = (text: row.cells[index].text, raw: row.cells[index].raw, textLine: row.cells[index].textLine, firstLine: row.cells[index].firstLine)
            var column = layout.columns[index]
            // Numbers in label or text columns (`0` as a 三级指标, a 序号) are not figures; a
            // `label：number` pair under a block's label is (`其中：基本支出：85.90` under 年度预算申请).
            if let field = column.field, field.kind == .ordinal || field.role == .label && pairs[index].isEmpty || field.role == .text {
                continue
            }
            // A phone number or a code (`联络电话 | 8690022`, `预算编码 | 906017`) is no quantity.
            let pairLabel = paired.contains(index) ? row.cells[index - 1].text : nil
            if pairLabel.map(FormPairs.namesCode) ?? rowNamesCode { continue }
            // So is one right after such a label in a row under a header (奉节县 2023, a clerk's
            // reading: `其中:财政资金 | 65 | 财政资金科目代码 | 21305`, the code 21305万元 of 财政资金).
            if index > 0, plain[index - 1].readings.isEmpty, FormPairs.namesCode(row.cells[index - 1].text) { continue }
            // In a form's label | value pairs the label before the value names it, as a column would.
            var rowName = (label: rowLabel, path: rowPath, hit: rowHit)
            if let side = layout.mirroredLabelCells.last(where: { $0 < index }) {
                let text = row.cells[side].text
                rowName = (text, [text], labels.field(forLabel: text))
            }
            if let pairLabel {
                // A measure's label names it as a column would (人员编制 | 21), an item's as a row
                // would (资金总额 | 100).
                let hit = labels.field(forLabel: pairLabel)
                let isItem = hit.map { [.item, .total].contains($0.field.role) } ?? false
                column = RowLayout.Column(label: nil, field: isItem ? nil : hit?.field, alias: isItem ? nil : hit?.alias)
                let block = paired.lowerBound > 0 ? row.cells[0].text : nil
                rowName = (pairLabel, (block.map { [$0] } ?? []) + [pairLabel], isItem ? hit : nil)
            }
            let scoreContext = [FieldRule.Kind.weight, .score].contains(column.field?.kind ?? .text)
                || rowName.hit?.field.kind == .score
            let reading = scoreContext ? parser.parse(cell.text, context: NumberContext(isScoreColumn: true)) : plain[index]
            let place = Place(
                table: table.index, row: row.index, column: index, kind: kind, rowLabel: rowName.label,
                rowPath: rowName.path, blockUnit: layout.blockUnit, tableUnit: table.unit)
            if !reading.readings.isEmpty {
                let figure = makeFigure(
                    id: "t\(table.index).r\(row.index).c\(index)", source: .tableCell, raw: cell.raw,
                    reading: reading, line: cell.textLine, place: place, rowHit: rowName.hit, column: column)
                rowFigures.append(figure.id)
                output.figures.append(figure)
            } else if case .text = reading {
                // Under a block's label (`年度预算申请`) the pair names itself: the column names rows.
                let pairColumn = column.field?.role == .label ? RowLayout.Column(label: nil, field: nil, alias: nil) : column
                for (offset, pair) in pairs[index].enumerated() {
                    let hit = labels.field(forLabel: pair.label)
                    var figure = makeFigure(
                        id: "t\(table.index).r\(row.index).c\(index).k\(offset)", source: .cellText,
                        raw: pair.raw, reading: pair.reading, line: pair.line, place: place,
                        rowHit: hit, column: pairColumn)
                    figure.rowLabel = pair.label
                    figure.rowPath = place.rowPath + [pair.label]
                    if hit == nil, collectsUnnamedLabels { output.unnamedRowLabels.append((pair.label, cell.firstLine)) }
                    rowFigures.append(figure.id)
                    output.figures.append(figure)
                }
            }
        }
        splitTotalRow(&output.figures, from: rowStart, rowFigures: rowFigures, rowField: rowHit?.field, layout: layout, table: table, row: row)
        RowAttributes(row: row, layout: layout).apply(to: &output.figures, from: rowStart, rowFigures: rowFigures, budget: budget)
        let record = indicatorRecord(row, table: table, layout: layout, figures: rowFigures)
        if let record { output.records.append(record) }
        // Row labels worth a rule: rows with figures, not free-text indicator names.
        if collectsUnnamedLabels, let rowLabel, rowHit == nil, record == nil, !rowFigures.isEmpty, !CellText.isPlaceholder(rowLabel) {
            output.unnamedRowLabels.append((rowLabel, layout.rowLabelCell.map { row.cells[$0].firstLine } ?? row.firstLine))
        }
        return layout.alignment
    }

    /// A `总分 | 100 | 98` row prints the total weight, then the total score. When its numbers do
    /// not stand under the 分值 and 得分 columns (no header to align to, or a row shifted against
    /// it), the first is the Σ 分值 and the second the total, and the columns say nothing.
    private func splitTotalRow(
        _ figures: inout [Figure], from rowStart: Int, rowFigures: [String], rowField: FieldRule?, layout: RowLayout,
        table: Table, row: Row
    ) {
        guard rowField?.kind == .score, let weight = rules.fields.first(where: { $0.kind == .weight }) else { return }
        let positions = figures.indices[rowStart...].filter {
            budget.count()  // each figure looked at, wherever the range starts
            return rowFigures.contains(figures[$0].id) && figures[$0].source == .tableCell
        }
        let aligned = positions.contains { figures[$0].columnField == weight.id }
            && positions.contains { rules.field(id: figures[$0].columnField ?? "")?.kind == .score }
        guard positions.count >= 2, !aligned, let first = positions.first else { return }
        // The header's 分值 and 得分 columns are where the two numbers belong.
        let header = table.header(of: row) ?? table.headers.last { $0.rows[0] < row.index }
        let headerLabels = header?.labels ?? []
        func column(_ kind: FieldRule.Kind) -> String? {
            headerLabels.first { label in self.labels.field(forLabel: label)?.field.kind == kind && self.labels.field(forLabel: label)?.field.role == .measure }
        }
        for (order, position) in positions.enumerated() {
            let label = order == 0 ? column(.weight) : order == 1 ? column(.score) : nil
            figures[position].columnLabel = label
            figures[position].columnField = label.flatMap { labels.field(forLabel: $0)?.field.id }
            figures[position].field = rowField?.id
            figures[position].fieldKind = rowField?.kind
        }
        figures[first].field = weight.id
        figures[first].fieldKind = weight.kind
        figures[first].alias = nil
        figures[first].reasons.append("layout:total_row_weight_first")
    }

    /// Where a figure sits, as plain values: made for every cell, it held copies of the table,
    /// the row and its layout before.
    private struct Place {
        var table: Int
        var row: Int
        var column: Int
        var kind: String?
        var rowLabel: String?
        var rowPath: [String]
        var blockUnit: String?
        var tableUnit: String?
    }

    private func makeFigure(
        id: String, source: Figure.Source, raw: String, reading: NumberReading, line: Int, place: Place,
        rowHit: (field: FieldRule, alias: String)?, column: RowLayout.Column
    ) -> Figure {
        // No closure over the reader here: one copies it, every reference in it retained, per cell.
        var totalRowField: FieldRule?
        if rowHit?.field.role == .total, let id = column.field?.totalRowField { totalRowField = rules.field(id: id) }
        let named = FieldChoice.choose(
            row: rowHit, column: column.field.map { ($0, column.alias ?? "") }, totalRowField: totalRowField)
        var figure = Figure(
            id: id, source: source, table: place.table, row: place.row, column: place.column,
            tableKind: place.kind, field: named?.field.id, rowField: rowHit?.field.id,
            columnField: column.field?.id, alias: named?.alias, rowLabel: place.rowLabel,
            columnLabel: column.label, rowPath: place.rowPath, raw: CellText.trim(raw), reading: reading,
            chosen: nil, fieldKind: named?.field.kind, unit: nil, scale: nil, unitSource: nil, line: line,
            confidence: .medium, reasons: [], repairs: [])
        FigureValue.settle(&figure)
        let other = named?.field.id == column.field?.id ? rowHit?.field : column.field
        let labels = labels
        UnitResolver.resolve(
            &figure, field: named?.field, otherField: other, columnUnit: column.label.flatMap(labels.unit(ofColumn:)),
            blockUnit: place.blockUnit, tableUnit: place.tableUnit)
        FractionRate.offer(&figure, field: named?.field)
        return figure
    }

    /// `其中：一般公共预算：73.81` → (`一般公共预算`, 73.81): the text after the last colon is a number.
    /// The raw text is the printed one (`４７．７` stays full width), from the last paragraph.
    private func labelledNumbers(_ cell: Cell) -> [(label: String, raw: String, reading: NumberReading, line: Int)] {
        let text = cell.text
        // Most cells hold no colon: said by their scalars before walking their characters.
        guard text.unicodeScalars.contains(where: { $0 == ":" || $0 == "：" }),
            let colon = text.lastIndex(where: { $0 == ":" || $0 == "：" })
        else { return [] }
        let label = CellText.trim(text[..<colon])
        let valueText = CellText.trim(text[text.index(after: colon)...])
        guard !label.isEmpty, !valueText.isEmpty else { return [] }
        // `2020-08-28 14:46:25` (a page's 发布时间 in a table: 腾冲, 宁国, 西藏, clerk K's readings,
        // read as 25 under `2020-08-28 14:46`): a time's seconds, no label's number.
        if label.unicodeScalars.allSatisfy({ Scalars.isDigit($0) || " -/.:：".unicodeScalars.contains($0) }) { return [] }
        let reading = parser.parse(valueText)
        guard !reading.readings.isEmpty else { return [] }
        let key = LabelText.key(label, units: rules.units).text
        let last = cell.paragraphs.indices.last { !CellText.trim(cell.paragraphs[$0]).isEmpty } ?? 0
        let rawParagraph = cell.rawParagraphs[last]
        let rawValue = rawParagraph.lastIndex { $0 == ":" || $0 == "：" }
            .map { CellText.trim(rawParagraph[rawParagraph.index(after: $0)...]) } ?? valueText
        return [(key.isEmpty ? label : key, rawValue, reading, cell.paragraphLines[last])]
    }

    private func indicatorRecord(_ row: Row, table: Table, layout: RowLayout, figures: [String]) -> IndicatorRecord? {
        // Asked of every body row: a row under no 一级指标 column is no record, said before a
        // dictionary of its cells is made.
        let columns = layout.columns.prefix(row.cells.count)
        guard columns.contains(where: { $0.field?.id == "level1" }) else { return nil }
        var byField: [String: String] = [:]
        for (index, column) in layout.columns.enumerated() {
            guard let id = column.field?.id, index < row.cells.count else { continue }
            byField[id] = row.cells[index].text
        }
        guard byField["level3"] != nil || byField["target"] != nil, byField["level1"] != nil else { return nil }
        func value(_ id: String) -> String? { byField[id].flatMap { $0.isEmpty ? nil : $0 } }
        guard value("level3") != nil || value("target") != nil || value("weight") != nil else { return nil }
        return IndicatorRecord(
            table: table.index, row: row.index, level1: value("level1"), level2: value("level2"),
            level3: value("level3"), target: value("target"), actual: value("actual"), weight: value("weight"),
            score: value("score"), deviationReason: value("deviation_reason"), figures: figures,
            firstLine: row.firstLine, lastLine: row.lastLine)
    }
}

/// Which field names a figure: the row's when the row names an item; the column's when the row
/// is a total (`合计`) or names nothing and the column names a quantity; under a column whose
/// field names its total row's field (`total_row`: 得分 → 总分), a 合计 row's figure is that field.
enum FieldChoice {
    /// - Parameter totalRowField: the field a total row's cell names in this column
    ///   (`column.field.totalRowField`'s), when the row is a total row.
    static func choose(
        row: (field: FieldRule, alias: String)?, column: (field: FieldRule, alias: String)?,
        totalRowField: FieldRule?
    ) -> (field: FieldRule, alias: String)? {
        if let row, row.field.role == .total, let column, let total = totalRowField {
            return (total, column.alias)
        }
        if let row, row.field.role == .item {
            // 年度资金总额 × 全年预算数 is the row's amount; 年度资金总额 × 分值 is a weight.
            if let column, column.field.role == .measure, column.field.kind != row.field.kind { return column }
            return row
        }
        if let row, row.field.role == .total { return column ?? row }
        if let column, column.field.role == .measure { return column }
        return nil
    }
}

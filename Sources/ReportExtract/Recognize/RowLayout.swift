/// How one body row's cells line up with labels: the column label and field of each cell, which
/// cells are the row's labels, and the units the block and table declare.
struct RowLayout {
    struct Column {
        var label: String?
        var field: FieldRule?
        var alias: String?
    }

    var columns: [Column]
    /// Indexes of the row's label cells, outermost first.
    var labelCells: [Int]
    /// Unit in the row's label cells (a row group's label merged down its rows, `资金情况（万元）` |
    /// 年度资金总额： | 854, the Hunan and Shaanxi 绩效目标申报表), else in the block's first header
    /// label (`经费控制情况(万元)`).
    var blockUnit: String?
    /// The header's first label when the row has no label of its own and its first cell is
    /// empty: a group label printed once above its values (`财政供养人员情况（人）` over
    /// 编制数 / 在职人数 / 控制率, merged down over the value row or not).
    var headerRowLabel: String?
    /// Text cells right of the row's label, under a column named as its column is: the second
    /// half of a two-sided table (`项目 | 行次 | 金额 | 项目 | 行次 | 金额`, 收入 left, 支出 right).
    var mirroredLabelCells: [Int] = []

    /// Where the row's cells stand under its header: the header's first table row and how many
    /// columns right of it the row's first cell is (the next row may line up with it).
    struct Alignment {
        var row: Row
        var headerRow: Int
        var offset: Int
    }
    var alignment: Alignment?

    /// - Parameter holdsPairs: per cell, whether it holds `label:number` pairs (never a row label).
    /// - Parameter above: the alignment of the body row right above, if any.
    init(row: Row, table: Table, readings: [NumberReading], labels: LabelFields, holdsPairs: [Bool], above: Alignment? = nil) {
        let header = RowLayout.header(for: row, in: table, readings: readings, labels: labels, above: above)
        alignment = header.map { Alignment(row: row, headerRow: $0.row.rows[0], offset: $0.offset) }
        let columns: [Column] = row.cells.indices.map { index in
            guard let header, let position = header.position(index), position < header.row.labels.count else {
                return Column(label: nil, field: nil, alias: nil)
            }
            let label = header.row.labels[position]
            let leaf = position < header.row.leaves.count ? header.row.leaves[position] : label
            let hit = labels.field(forLabel: label) ?? labels.field(forLabel: leaf)
                ?? labels.field(aboveAmountLeaf: leaf, of: label)
            return Column(label: label.isEmpty ? nil : label, field: hit?.field, alias: hit?.alias)
        }
        self.columns = columns
        // Rows without a header of their own (`其中：一般公共预算：73.81` under 年度预算申请(万元))
        // still sit in the block of the last header above.
        let block = header?.row ?? table.headers.last { $0.rows[0] < row.index }
        blockUnit = block?.labels.first.flatMap(labels.unit(ofLabel:))
        let firstMeasure = row.cells.indices.first { index in
            if let role = columns[index].field?.role { return role == .measure || role == .total }
            return !readings[index].readings.isEmpty
        } ?? row.cells.count
        // Attributes of the value (`≥` under 运算符, `正向指标` under 指标性质, `万元` under
        // 度量单位) never name the row.
        let candidates = (0..<firstMeasure).filter { index in
            !row.cells[index].isEmpty && readings[index].readings.isEmpty && !holdsPairs[index]
                && columns[index].field?.kind != .ordinal
                && ![.text, .qualifier, .unit].contains(columns[index].field?.role)
                && OperatorCell.qualifier(row.cells[index].text) == nil
                && !UnitLexicon.isWholeUnit(row.cells[index].text)
        }
        // A placeholder (`——` under 数量) names the row only when nothing else does (`……` rows).
        let named = candidates.filter { !CellText.isPlaceholder(row.cells[$0].text) }
        labelCells = named.isEmpty ? candidates : named
        if labelCells.isEmpty, let stray = Self.nameInValueColumn(row, readings: readings, holdsPairs: holdsPairs, columns: columns) {
            labelCells = [stray]
        }
        if let rowUnit = labelCells.lazy.compactMap({ labels.unit(ofLabel: row.cells[$0].text) }).first {
            blockUnit = rowUnit
        }
        if let first = labelCells.first, let name = columns[first].label {
            mirroredLabelCells = row.cells.indices.filter { index in
                index > firstMeasure && columns[index].label == name && !row.cells[index].isEmpty
                    && readings[index].readings.isEmpty && !holdsPairs[index]
            }
        }
        if labelCells.isEmpty, row.cells.first?.isEmpty == true, let header, header.offset == 0,
            let first = header.row.labels.first, !first.isEmpty,
            ![.measure, .total].contains(columns.first?.field?.role), columns.first?.field?.kind != .ordinal
        {
            headerRowLabel = first
        }
    }

    /// A row's only name, printed under a value column left of its numbers: a total's name
    /// centred in a cell merged over the label columns and packed right by a text extractor
    /// (`合计得分 100 94.7` under 实际完成值, 分值 and 得分), or nil when any other cell holds text.
    private static func nameInValueColumn(
        _ row: Row, readings: [NumberReading], holdsPairs: [Bool], columns: [Column]
    ) -> Int? {
        guard let firstNumber = row.cells.indices.first(where: { !readings[$0].readings.isEmpty }) else { return nil }
        let texts = row.cells.indices.filter { !row.cells[$0].isEmpty && readings[$0].readings.isEmpty }
        guard texts.count == 1, let only = texts.first, only < firstNumber, !holdsPairs[only],
            columns[only].field?.kind != .ordinal, !CellText.isPlaceholder(row.cells[only].text),
            OperatorCell.qualifier(row.cells[only].text) == nil, !UnitLexicon.isWholeUnit(row.cells[only].text)
        else { return nil }
        return only
    }

    /// The cell that names the row: the last cell in a column the header names as a label
    /// column (三级指标, 项目名称), else the last in an item or total column, else the last label
    /// cell — so a 项目单位 attribute beside the 项目名称 does not become the row's name.
    var rowLabelCell: Int? {
        labelCells.last { columns[$0].field?.role == .label }
            ?? labelCells.last { [.item, .total].contains(columns[$0].field?.role) }
            ?? labelCells.last { columns[$0].field == nil }
            ?? labelCells.last
    }

    private struct AlignedHeader {
        var row: HeaderRow
        var offset: Int
        func position(_ index: Int) -> Int? { index == 0 && offset > 0 || index + offset < 0 ? nil : index + offset }

        /// Whether each of the cells `indexes` stands under a column the rules give a quantity
        /// (a measure, a total or an item), by its label or its leaf.
        func putsUnderQuantities(_ indexes: [Int], labels: LabelFields) -> Bool {
            indexes.allSatisfy { index in
                guard let position = position(index) else { return false }
                let leaf = position < row.leaves.count ? row.leaves[position] : row.labels[position]
                guard let role = (labels.field(forLabel: row.labels[position]) ?? labels.field(forLabel: leaf))?.field.role
                else { return false }
                return role == .measure || role == .total || role == .item
            }
        }
    }

    /// The row's own header; or, for a narrower row, the last header above aligned from the
    /// right when the row starts with a label (`合计` spanning 序号 and 名称) or from the left when
    /// it does not (the last cells merged or missing), whichever puts every number under a
    /// quantity column.
    private static func header(
        for row: Row, in table: Table, readings: [NumberReading], labels: LabelFields, above alignedAbove: Alignment?
    ) -> AlignedHeader? {
        if let own = table.header(of: row) {
            return wider(row, than: own, readings: readings, labels: labels) ?? AlignedHeader(row: own, offset: 0)
        }
        guard let above = table.headers.last(where: { $0.rows[0] < row.index }) else { return nil }
        guard row.cells.count < above.labels.count else { return wider(row, than: above, readings: readings, labels: labels) }
        let numeric = row.cells.indices.filter { !readings[$0].readings.isEmpty }
        guard !numeric.isEmpty else { return nil }
        let right = AlignedHeader(row: above, offset: above.labels.count - row.cells.count)
        let left = AlignedHeader(row: above, offset: 0)
        // Not in `tab_rows` tables: there a cell of several paragraphs reads as several cells,
        // and a row's width tells nothing of where its cells stand (Tools/formgen's tika-sdt set:
        // 16 figures fewer right when they followed the row above).
        if let alignedAbove, table.layout != .tabRows, let same = alignedLikeRowAbove(row, alignedAbove, header: above, right: right, readings: readings) {
            return same
        }
        let order = row.cells.first?.isEmpty == false ? [right, left] : [left]
        let byFields = order.first { $0.putsUnderQuantities(numeric, labels: labels) }
        return byFields ?? alignedByValuesAbove(row, table: table, header: above, right: right, numeric: numeric, labels: labels)
    }

    /// A row narrower than the row above, both under one header, whose cells match the row
    /// above's kinds from the left (label, amounts, a percentage) and not from the right: its
    /// missing cells are at its end, and it stands where the row above stands (so do the rows as
    /// wide as it after it). 青神县 and 大英县 2023
    /// (a clerk's reading of a web page, merged cells dropped): `总额 | 238.93 | 251.89 | 251.89 |
    /// 100.00% | 10 | | 说明` over `其中:财政资金 | 238.93 | 251.89 | 251.89 | 100.00% | / | /` put every
    /// part one column right (a 调整后预算数 as 预算执行数, high; three false violations).
    private static func alignedLikeRowAbove(
        _ row: Row, _ above: Alignment, header: HeaderRow, right: AlignedHeader, readings: [NumberReading]
    ) -> AlignedHeader? {
        let upper = above.row.cells
        let shift = upper.count - row.cells.count
        guard above.headerRow == header.rows[0], above.row.index < row.index, shift >= 0, above.offset != right.offset,
            let first = row.cells.first, !first.isEmpty, readings[0].readings.isEmpty, !CellText.looksLikeValue(upper[0].text)
        else { return nil }
        func matches(_ index: Int, _ other: Int) -> Bool {
            let text = upper[other].text
            return CellText.looksLikeValue(text) && text.hasSuffix("%") == row.cells[index].text.hasSuffix("%")
        }
        let numeric = row.cells.indices.filter { !readings[$0].readings.isEmpty }
        // A row as wide as the row above stands where it stands (the rows after a first 其中).
        guard !numeric.isEmpty, numeric.allSatisfy({ matches($0, $0) }), shift == 0 || !numeric.allSatisfy({ matches($0, $0 + shift) })
        else { return nil }
        return AlignedHeader(row: header, offset: above.offset)
    }

    /// A row wider than its header by label cells at its left, aligned from the right when every
    /// number then stands under a quantity column: a side label the header names with the rows'
    /// names in one cell (`项目资金（万元）` over both, `金（万元）` ¶ `年度资金总额 3,381.67 …`, as
    /// pdftotext's columns read it), so the numbers keep their columns.
    private static func wider(_ row: Row, than header: HeaderRow, readings: [NumberReading], labels: LabelFields) -> AlignedHeader? {
        let extra = row.cells.count - header.labels.count
        guard extra > 0, (0..<extra).allSatisfy({ readings[$0].readings.isEmpty }) else { return nil }
        let numeric = row.cells.indices.filter { !readings[$0].readings.isEmpty }
        let right = AlignedHeader(row: header, offset: -extra)
        return !numeric.isEmpty && right.putsUnderQuantities(numeric, labels: labels) ? right : nil
    }

    /// A total row (`合计`, a label the rules give a total field) narrower than a header the rules
    /// do not know (`计划投资(万元)`): aligned as far right as every number then stands where the
    /// nearest full row above has a value, so the totals keep their column labels.
    private static func alignedByValuesAbove(
        _ row: Row, table: Table, header: HeaderRow, right: AlignedHeader, numeric: [Int], labels: LabelFields
    ) -> AlignedHeader? {
        guard let first = row.cells.first, labels.field(forLabel: first.text)?.field.role == .total,
            // Searched back from the row itself (a row's index is its position in the table):
            // from the table's end, every subtotal row of a long table walked all the rows after it.
            let full = table.rows[..<min(row.index, table.rows.count)].last(where: {
                $0.index < row.index && $0.role == .body && $0.cells.count == header.labels.count
            })
        else { return nil }
        // From the right first; then one column further left at a time, past a last column the
        // full row leaves empty (安溪县 2022, a clerk's reading: `合计 | 100` under 序号 | 乡镇名称 |
        // 项目名称 | 金额 | 备注 put 100 under 备注, and the total went unchecked).
        for offset in stride(from: right.offset, through: 0, by: -1) {
            let aligned = AlignedHeader(row: header, offset: offset)
            let fits = numeric.allSatisfy { index in
                guard let position = aligned.position(index) else { return false }
                return CellText.looksLikeValue(full.cells[position].text)
            }
            if fits { return aligned }
        }
        return nil
    }
}

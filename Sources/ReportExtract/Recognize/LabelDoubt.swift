import Foundation

/// Why a table figure's labels may be incomplete even when its value checks out. A check closes
/// on values, never on labels, so a figure whose labels are in doubt is not graded high: the
/// reasons below cap it at medium (`Reconciler`).
enum LabelDoubt {
    /// The table has a header, yet no column label reached this figure.
    static let columnMissing = "label:column_missing"
    /// No cell names the figure's row.
    static let rowMissing = "label:row_missing"
    /// A row of labels sits right above the header the figure reads, outside it: a header part
    /// (`2023年` over `预算数 | 决算数`) may have been left out of the column labels.
    static let headerIncomplete = "label:header_incomplete"

    /// A prose label longer than a name (`prose_grammar.longest_name`) that no rule names: a
    /// clause whose extent the grammar may have cut wrong (`市追缴办下达市本级维修资金追缴任务`).
    static let proseClause = "label:prose_clause"

    /// A prose figure with no words naming it, or only filler (`共计239万元,其中…`): its sum may
    /// close, but nothing says what it is.
    static let unnamed = "label:unnamed"

    /// A prose label an alias cut from words that qualify it (`下达我市中央补助地方公共文化服务体系
    /// 建设专项资金1883.00万元` → 专项资金): the field may be the alias's, the figure is a narrower one.
    static let qualifierDropped = "label:qualifier_dropped"

    /// Parts of one prose sum under the same name (`中央财政资金30.9万元,县财政资金30.9万元`, both cut
    /// to 财政资金; `…监理费22万元,建设用地测绘费4.98万元;…监理费12.66万元,建设用地测绘费2.68万元`):
    /// the name does not tell them apart.
    static let sharedName = "label:shared_name"

    /// A part of a prose `其中` list named by the field of the list's total (`核定编制47名（其中…
    /// 事业编制5名）`: 事业编制 is an alias of 编制数, and 5 is a part of it, not it).
    static let partNamedAsTotal = "label:part_named_as_total"

    /// The row names an amount (`项目支出`) and the column a count (`编制数`), or the other way:
    /// one of them is not the figure's. A header of another block read over these rows (the
    /// 基础数据表's 经费控制情况 header joined to its first row, the staff header above then
    /// naming every amount under it) passes every sum down its columns.
    static let fieldsDisagree = "label:fields_disagree"

    /// The figure prints a unit its field cannot carry (a percentage as 全年预算数, points as 执行率,
    /// an amount as 分值): the cell stands under a column not its own, as when a form's indicator
    /// rows are read under its funds header. Sums and ratios may still close on such values
    /// (`≥90%` as a 全年预算数 bounds a ratio from one side only).
    static let unitDisagrees = "label:unit_disagrees"

    /// An amount its column's scale makes larger than any such table holds (`项目资金(万元)` over
    /// `145000000.00`, 九亭's 2020 自评表, a clerk's reading: 1.45万亿元 for a town's project, its
    /// amounts printed in 元 under a 万元 header). Checks within the row close whatever the scale.
    static let scaleDoubt = "label:scale_doubt"

    static func isDoubt(_ reason: String) -> Bool { reason.startsWithScalars("label:") }

    /// What a printed unit measures, as far as the fields' kinds tell them apart.
    private enum Dimension { case percent, money, points }

    private static func dimension(ofPrinted unit: String) -> Dimension? {
        switch unit {
        case "%", "‰": .percent
        case "元": .money
        case "分": .points
        default: nil
        }
    }

    /// Whether the figure's printed unit is one its field never carries: money is a sum of
    /// money's (an item's, or a measure in 万元), a percentage a rate's, points a weight's or a
    /// score's, and a count carries none of them. An indicator's values (年度指标值, 实际完成值)
    /// carry any unit.
    /// The field is looked up only for a figure printed with such a unit (most print none).
    /// - Parameter field: the figure's field's rule.
    static func unitDisagrees(_ figure: Figure, field: FieldRule?) -> Bool {
        guard figure.unitSource == "figure", let unit = figure.unit, let printed = dimension(ofPrinted: unit),
            figure.field != nil, let field
        else { return false }
        switch field.kind {
        case .amount:
            let money = field.unit.map { UnitResolver.split($0).unit == "元" } ?? (field.role == .item)
            return money && printed != .money
        case .rate: return printed != .percent
        case .weight, .score: return printed != .points
        case .count: return true
        case .ordinal, .text: return false
        }
    }

    /// Whether the row's and the column's fields count different things: money against heads.
    static func fieldsDisagree(row: FieldRule?, column: FieldRule?) -> Bool {
        guard let row, let column, row.role == .item, column.role == .measure else { return false }
        return row.kind == .amount && column.kind == .count || row.kind == .count && column.kind == .amount
    }

    /// Headers with a stray row of header-like labels right above them: a year (`2023年`) or a
    /// quantity word (`预算数`), as a group header would hold — not attribute rows such as
    /// `预算部门 | 资阳区住房保障管理中心`.
    static func incompleteHeaders(_ table: Table, headerWords: [String]) -> Set<Int> {
        var doubtful = Set<Int>()
        for (position, header) in table.headers.enumerated() {
            let above = header.rows[0] - 1
            guard above >= 0, table.rows[above].role == .body else { continue }
            let row = table.rows[above]
            let filled = row.cells.filter { !$0.isEmpty }
            let headerLike = filled.contains { cell in
                isYear(cell.text) || headerWords.contains { CellText.contains(CellText.compact(cell.text), $0) }
            }
            if filled.count >= 2, headerLike, !row.cells.contains(where: { CellText.looksLikeValue($0.text) }),
                filled.allSatisfy({ $0.text.unicodeScalars.count <= 20 })
            {
                doubtful.insert(position)
            }
        }
        return doubtful
    }

    /// `2023年`, `2023年度`.
    static func isYear(_ text: String) -> Bool {
        let scalars = Array(CellText.compact(text).unicodeScalars)
        guard scalars.count >= 5, scalars.count <= 6, scalars.prefix(4).allSatisfy({ ("0"..."9").contains($0) }),
            scalars[4] == "年"
        else { return false }
        return scalars.count == 5 || scalars[5] == "度"
    }

    /// Whether a scale the figure does not print itself (its column's, its table's) makes it an
    /// amount above `largest` 元.
    static func hasScaleDoubt(_ figure: Figure, largest: Decimal?) -> Bool {
        guard let largest, figure.unitSource != "figure", figure.unit == "元", let value = figure.chosen,
            let scale = figure.scale ?? value.scale
        else { return false }
        return value.value * scale.multiplier > largest
    }

    /// - Parameter unnamedBeside: whether another figure of the row, under the same row label,
    ///   has no column label either: which of them is which is then unknown, header or none.
    /// - Parameter largestAmount: the table kind's `largest_amount_yuan`.
    static func reasons(
        for figure: Figure, in table: Table, row: Row, doubtfulHeaders: Set<Int>, unnamedBeside: Bool,
        largestAmount: Decimal? = nil, rules: RuleSet
    ) -> [String] {
        var reasons: [String] = []
        if hasScaleDoubt(figure, largest: largestAmount) { reasons.append(scaleDoubt) }
        if let rowField = figure.rowField, let columnField = figure.columnField,
            fieldsDisagree(row: rules.field(id: rowField), column: rules.field(id: columnField))
        {
            reasons.append(fieldsDisagree)
        }
        // Not `rules.field(id:)` passed as a function: that copied the rule set, every list in it
        // retained, per figure.
        if unitDisagrees(figure, field: figure.field.flatMap { rules.field(id: $0) }) { reasons.append(unitDisagrees) }
        if figure.columnLabel == nil, !table.headers.isEmpty || unnamedBeside, figure.source == .tableCell {
            reasons.append(columnMissing)
        }
        if figure.rowLabel == nil { reasons.append(rowMissing) }
        if let header = row.header, doubtfulHeaders.contains(header) { reasons.append(headerIncomplete) }
        return reasons
    }
}

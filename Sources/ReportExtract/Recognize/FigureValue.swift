/// The first verdict on a figure, from its parse alone: a clean value is `medium` until a check
/// closes on it (reconciliation raises or lowers it); a repaired reading is `low` until a check
/// confirms it; several candidates leave the value undecided.
enum FigureValue {
    static func settle(_ figure: inout Figure) {
        switch figure.reading {
        case .value(let value):
            figure.chosen = value
            figure.repairs = value.repairs
            figure.confidence = .medium
            // The common case takes one shared array: a long table's figures held one each.
            figure.reasons = value.repairs.isEmpty
                ? cleanReasons : cleanReasons + value.repairs.map { "repair:\($0.kind.rawValue)" }
            if value.unitIsUnknown { figure.reasons.append("unit:unknown") }
        case .candidates(let candidates) where candidates.count == 1:
            figure.chosen = candidates[0]
            figure.repairs = candidates[0].repairs
            figure.confidence = .low
            figure.reasons = candidates[0].repairs.map { "repair:\($0.kind.rawValue)" }
        case .candidates(let candidates):
            figure.chosen = nil
            figure.confidence = .low
            let kinds = Set(candidates.flatMap { $0.repairs.map(\.kind.rawValue) }).sorted()
            figure.reasons = ["candidates:\(candidates.count)"] + kinds.map { "repair:\($0)" }
        case .absent, .text:
            figure.chosen = nil
            figure.confidence = .low
            figure.reasons = ["unparsed"]
        }
    }

    /// The reasons of a clean parse, one array shared by every figure that has no others.
    private static let cleanReasons = ["parse:clean"]
}

/// Gives a figure its unit: printed with the number first, then a money unit printed over it
/// that is not its money field's usual one (`项目资金(元)` over 年度资金总额, a 万元 field), then the
/// field's unit, the other axis's field unit when it is the same kind of quantity (`年度资金总额` ×
/// `全年预算数` → 万元), the column label's (`预算投资(万元)`), the block's (`经费控制情况(万元)`, or a
/// row group's label merged down its rows, `资金情况（万元）`), the table's (`单位：万元`).
/// Money units from the block or table never apply to counts, rates or scores.
enum UnitResolver {
    /// `columnUnit` is asked only when neither the figure nor its fields give one: a reader asks
    /// its `LabelFields`, which works each label's unit out once, not once per figure.
    static func resolve(
        _ figure: inout Figure, field: FieldRule?, otherField: FieldRule?, columnUnit: @autoclosure () -> String?,
        blockUnit: String?, tableUnit: String?
    ) {
        guard let value = figure.chosen ?? figure.reading.readings.first else { return }
        if value.isPercent {
            (figure.unit, figure.scale, figure.unitSource) = ("%", value.scale, "figure")
            return
        }
        if value.unit != nil || value.scale != nil {
            (figure.unit, figure.scale, figure.unitSource) = (value.unit, value.scale, "figure")
            // A bare `万` (霍山 2024's `3359.62万` under 资金投入情况（万元）, high with no unit) scales
            // the unit its context names: an amount's or a count's, never a score's (`分`).
            if value.unit == nil, [nil, .amount, .count].contains(field?.kind),
                let found = contextUnit(field: field, otherField: otherField, columnUnit: columnUnit(), blockUnit: blockUnit, tableUnit: tableUnit),
                let unit = Self.split(found.unit).unit
            {
                (figure.unit, figure.unitSource) = (unit, found.source)
            }
            return
        }
        guard let found = contextUnit(field: field, otherField: otherField, columnUnit: columnUnit(), blockUnit: blockUnit, tableUnit: tableUnit)
        else { return }
        let split = Self.split(found.unit)
        (figure.scale, figure.unit, figure.unitSource) = (split.scale, split.unit, found.source)
    }

    /// The unit the figure's context gives it, in the order above, and where it came from.
    private static func contextUnit(
        field: FieldRule?, otherField: FieldRule?, columnUnit: @autoclosure () -> String?, blockUnit: String?, tableUnit: String?
    ) -> (unit: String, source: String)? {
        let kind = field?.kind
        let contextApplies = kind == nil || kind == .amount
        // The first that gives a unit; no list of choices, as this runs per figure.
        let fieldUnit = field?.unit ?? (otherField?.kind == kind ? otherField?.unit : nil)
        if let fieldUnit, isMoney(fieldUnit) {
            let column = columnUnit()
            // A rate's column across a money row (`税收收入` under `增幅%`) is in percent all the same.
            if column == "%" { return ("%", "column") }
            if let printed = printedMoney(column, contextApplies ? blockUnit : nil, contextApplies ? tableUnit : nil),
                printed.unit != fieldUnit
            {
                return printed
            }
            return (fieldUnit, "field")
        }
        return if let fieldUnit { (fieldUnit, "field") }
        else if let unit = columnUnit() { (unit, "column") }
        else if contextApplies, let unit = blockUnit { (unit, "block") }
        else if contextApplies, let unit = tableUnit { (unit, "table") }
        else { nil }
    }

    /// A money unit the table prints over the figure (`项目资金(元)`, `单位:元`): a field's unit is
    /// the usual one (万元), what the form prints is the one it used (永德县明朗中学 2022: 387664.62
    /// under `项目资金(元)` was 387664.62万元, high).
    private static func printedMoney(_ column: String?, _ block: String?, _ table: String?) -> (unit: String, source: String)? {
        if let column, isMoney(column) { return (column, "column") }
        if let block, isMoney(block) { return (block, "block") }
        if let table, isMoney(table) { return (table, "table") }
        return nil
    }

    private static func isMoney(_ unit: String) -> Bool { unit.hasSuffix("元") }

    /// `万元` → (万, 元); `万平方米` → (万, 平方米); `人` → (nil, 人).
    static func split(_ unit: String) -> (scale: NumberScale?, unit: String?) {
        for scale in NumberScale.allCases
        where unit.startsWithScalars(scale.symbol) && unit.utf8.count > scale.symbol.utf8.count {
            return (scale, String(unit.unicodeScalars.dropFirst(scale.symbol.unicodeScalars.count)))
        }
        return (nil, unit)
    }
}

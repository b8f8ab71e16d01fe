/// A cell that holds only a comparison, as newer indicator tables print it in a column of its
/// own before the value (`≥` | `95` | `%`): `≥ ≧ 大于等于 不低于` → at least, `≤ ≦ 小于等于` → at
/// most, `> <`, `≈ 约` → about; `= ＝ 等于 定性` state the value itself (no qualifier).
enum OperatorCell {
    enum Reading: Equatable {
        case qualifier(Qualifier)
        /// An operator that leaves the value as printed (`=`, `定性`).
        case exact
    }

    private static let exact: Set<String> = ["=", "==", "等于", "定性", "定量", "≈=", "="]
    private static let about: Set<String> = ["≈", "约", "约等于"]

    static func qualifier(_ text: String) -> Reading? {
        // Most cells (names, numbers) start with a letter, digit or Chinese character no word
        // below starts with: said from that scalar alone, without compacting or hashing the text
        // (asked of every piece of a pdftotext table, again and again, it was a sixteenth of such a
        // document's time).
        if let first = text.unicodeScalars.first(where: { !CellText.isSpace($0) }), startsNoWord(first) { return nil }
        let compact = CellText.compact(text)
        // Past 24 bytes a text has more than six scalars, and then matches no word below: none is
        // longer, and none has a canonical decomposition that a longer spelling could compose
        // into. Said before counting its characters, which walked every label cell of a row.
        guard !compact.isEmpty, compact.utf8.count <= 24, compact.count <= 6 else { return nil }
        if exact.contains(compact) { return .exact }
        if about.contains(compact) { return .qualifier(.about) }
        let scalars = Array(compact.unicodeScalars)
        for (word, qualifier) in QualifierWords.prefixes where word == scalars {
            return .qualifier(qualifier)
        }
        return nil
    }

    private static let firstScalars = Set(
        (exact.union(about)).compactMap(\.unicodeScalars.first) + QualifierWords.prefixes.compactMap(\.word.first))

    /// An ASCII letter or digit or a CJK unified ideograph that no word starts with. Nothing such a
    /// scalar begins is canonically equivalent to a word either: none of them composes with what
    /// follows into another first scalar (a compatibility ideograph may decompose into a word's
    /// first, `不` U+F967: it is not among them, and goes the long way).
    static func startsNoWord(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        let plain = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            || (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
        return plain && !firstScalars.contains(scalar)
    }
}

extension NumberReading {
    /// The same readings with a qualifier printed in a column of its own added.
    func qualified(by qualifier: Qualifier) -> NumberReading {
        func add(_ value: NumberValue) -> NumberValue {
            var value = value
            if value.qualifiers.isEmpty { value.qualifiers = [qualifier] }
            return value
        }
        switch self {
        case .value(let value): return .value(add(value))
        case .candidates(let values): return .candidates(values.map(add))
        case .absent, .text: return self
        }
    }
}

/// The comparison and the unit a newer indicator row prints in columns of their own, given to
/// the figures they belong to: the comparison to the value right after it (the target), the unit
/// to the row's amounts printed without one (target and actual).
struct RowAttributes {
    var qualifier: (column: Int, reading: OperatorCell.Reading)?
    var unit: String?

    init(row: Row, layout: RowLayout) {
        for (index, cell) in row.cells.enumerated() where !cell.isEmpty {
            let role = index < layout.columns.count ? layout.columns[index].field?.role : nil
            if qualifier == nil, role == .qualifier || role == nil || role == .text,
                let reading = OperatorCell.qualifier(cell.text)
            {
                qualifier = (index, reading)
            } else if role == .unit, unit == nil, !CellText.looksLikeValue(cell.text) {
                unit = CellText.compact(cell.text)
            }
        }
    }

    /// `figures[rowStart...]` holds the row's figures (what it looks at is counted on `budget`).
    func apply(to figures: inout [Figure], from rowStart: Int, rowFigures: [String], budget: DocumentBudget = .unlimited) {
        let positions = figures.indices[rowStart...].filter {
            budget.count()  // each figure looked at, wherever the range starts
            return rowFigures.contains(figures[$0].id) && figures[$0].source == .tableCell
        }
        if let (column, reading) = qualifier, case .qualifier(let qualifier) = reading,
            let target = positions.first(where: { (figures[$0].column ?? -1) > column })
        {
            figures[target].reading = figures[target].reading.qualified(by: qualifier)
            figures[target].chosen = figures[target].chosen.map { value in
                var value = value
                if value.qualifiers.isEmpty { value.qualifiers = [qualifier] }
                return value
            }
        }
        guard let unit, !unit.isEmpty else { return }
        for position in positions where figures[position].fieldKind == .amount && figures[position].unitSource != "figure" {
            let split = unit == "%" ? (nil, "%") : UnitResolver.split(unit)
            (figures[position].scale, figures[position].unit, figures[position].unitSource) = (split.0, split.1, "column")
        }
    }
}

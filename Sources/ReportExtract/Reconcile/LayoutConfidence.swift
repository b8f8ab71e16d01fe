/// Caps the confidence of figures read from a layout that only guesses the table's shape: a
/// table run together on one line (`TableLayout.flattened`) gives figures at low confidence at
/// most, whatever a check says, because a check closes on values, never on which row or column a
/// value was guessed to belong to.
enum LayoutConfidence {
    static func cap(_ figures: inout [Figure], tables: [Table]) {
        for index in figures.indices {
            guard let table = figures[index].table, table < tables.count, tables[table].layout == .flattened else { continue }
            figures[index].confidence = .low
            if !figures[index].reasons.contains("layout:flattened") { figures[index].reasons.append("layout:flattened") }
        }
    }
}

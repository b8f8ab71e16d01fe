/// Caps the confidence of figures read from a layout that only guesses the table's shape,
/// whatever a check says, because a check closes on values, never on which row or column a
/// value was guessed to belong to: a table run together on one line (`TableLayout.flattened`)
/// or printed one cell per line without row marks (`cellLines`, `cellParagraphs`: rows cut and
/// laid out by the same guess: 4 % of labels wrong on the generated set) or in columns of
/// spaces (`spacedColumns`, pdftotext: rows and columns told from positions) gives low at most;
/// a table whose rows' missing merged cells were put back by judgement
/// (`pipeCoveredCells`) or whose cells' paragraphs read as cells of their own (`tabRows`)
/// medium at most; a number printed inside a table that was
/// found but not read (`SegmentedDocument.unreadTables`) is a cell read as prose: low. In a
/// document with a `tabRows` table, a table read as Tika SAX's rows is such a table whose first
/// cell is empty (its first line led by a TAB): medium at most too (`layout:sax_beside_tab_rows`).
enum LayoutConfidence {
    static func cap(_ figures: inout [Figure], tables: [Table], unread: [ClosedRange<Int>] = []) {
        let tabRowsDocument = tables.contains { $0.layout == .tabRows }
        for index in figures.indices {
            if figures[index].table == nil, unread.contains(where: { $0.contains(figures[index].line) }) {
                figures[index].confidence = .low
                addReason("layout:unread_table", to: &figures[index])
                continue
            }
            guard let table = figures[index].table, table < tables.count else { continue }
            switch tables[table].layout {
            case .flattened:
                figures[index].confidence = .low
                addReason("layout:flattened", to: &figures[index])
            case .cellLines, .cellParagraphs:
                figures[index].confidence = .low
                addReason("layout:cell_lines", to: &figures[index])
            case .spacedColumns:
                figures[index].confidence = .low
                addReason("layout:spaced_columns", to: &figures[index])
            case .pipeCoveredCells:
                if figures[index].confidence == .high { figures[index].confidence = .medium }
                addReason("layout:covered_cells", to: &figures[index])
            case .tabRows:
                // A cell's later paragraphs come TAB-joined like cells of their own: where a row
                // has more pieces than columns, which are one cell's is not written.
                if figures[index].confidence == .high { figures[index].confidence = .medium }
                addReason("layout:tab_rows", to: &figures[index])
            case .sax where tabRowsDocument:
                // Tika SAX leads every row with a TAB, a content control only a row whose first
                // cell is empty: such a table's first line looks like SAX's, its rows do not
                // (Tools/formgen's tika-sdt set: a 总额 row whose header's first cell held two
                // paragraphs, its amounts each one column left of their labels, high).
                if figures[index].confidence == .high { figures[index].confidence = .medium }
                addReason("layout:sax_beside_tab_rows", to: &figures[index])
            default:
                continue
            }
        }
    }

    private static func addReason(_ reason: String, to figure: inout Figure) {
        if !figure.reasons.contains(reason) { figure.reasons.append(reason) }
    }
}

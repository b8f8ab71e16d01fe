/// Pipe, grid and space-aligned tables cannot show a cell spanning columns: pandoc writes its
/// text in the first column and leaves the others empty (`经费控制情况 | | | 2021年预算数 | |`).
/// Tika writes such a cell once, so the rest of the pipeline expects the narrower row. This
/// folds an empty cell into the filled cell on its left where the table's shape says it was
/// padding, not a blank cell:
/// - in a label row above a label row that fills both that column and the one before it (a group
///   header, `2021年 |` over `预算数 | 决算数`), or above a row padded the same way;
/// - in a value row, where the nearest label row above it is padded at the same column.
/// A blank cell in a value row under a header filled there (`合计 | | 11829.1`) stays a cell.
enum LostSpans {
    static func fold(_ rows: inout [RowDraft]) -> Int {
        let filled = rows.map { $0.cells.map { !CellText.trim(CellText.join($0.paragraphs)).isEmpty } }
        let label = rows.map { row in
            row.cells.filter { !$0.isBlankSoFar }.count >= 2
                && !row.cells.contains { CellText.looksLikeValue(CellText.join($0.paragraphs)) }
        }
        // Columns that are empty with a filled cell somewhere to their left.
        let padded: [Set<Int>] = filled.map { cells in
            guard let first = cells.firstIndex(of: true) else { return [] }
            return Set(cells.indices.filter { $0 > first && !cells[$0] })
        }
        var folds: [Set<Int>] = Array(repeating: [], count: rows.count)
        var header: Int?
        for index in rows.indices {
            let width = rows[index].cells.count
            if label[index] {
                header = index
                guard index + 1 < rows.count, rows[index + 1].cells.count == width else { continue }
                let below = filled[index + 1]
                folds[index] = padded[index].filter { column in
                    padded[index + 1].contains(column) || (label[index + 1] && below[column] && below[column - 1])
                }
            } else if let header, rows[header].cells.count == width {
                folds[index] = padded[index].intersection(padded[header])
            }
        }
        // A label row folds only where the rows it heads fold too, or where it groups labels.
        var count = 0
        for index in rows.indices where !folds[index].isEmpty {
            rows[index].cells = rows[index].cells.enumerated().filter { !folds[index].contains($0.offset) }.map(\.element)
            count += 1
        }
        return count
    }
}

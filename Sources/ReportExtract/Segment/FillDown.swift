/// Fills label columns that Word merged vertically. Tika writes every covered cell of a vertical
/// merge as an empty cell, indistinguishable from a truly empty one, so only columns whose header
/// names a label column are filled, and only in rows that go on with a label further right (so a
/// `总分` row does not inherit the last 一级指标). Each filled cell records the row it came from.
struct FillDown {
    let options: SegmentationOptions

    func apply(to rows: inout [Row], headers: [HeaderRow]) {
        for (position, header) in headers.enumerated() {
            let roles = columnRoles(header)
            guard roles.contains(where: { $0 == .fill || $0 == .side }) else { continue }
            fill(&rows, header: position, headerRow: header, roles: roles)
        }
    }

    private enum Role { case fill, side, label, other }

    private func columnRoles(_ header: HeaderRow) -> [Role] {
        header.labels.map { label in
            let compacted = CellText.compact(label)
            if options.sideLabelColumns.contains(compacted) { return .side }
            if options.fillDownColumns.contains(compacted) { return .fill }
            if options.labelColumns.contains(compacted) { return .label }
            return .other
        }
    }

    private func fill(_ rows: inout [Row], header position: Int, headerRow: HeaderRow, roles: [Role]) {
        var last: [Int: (text: String, row: Int)] = [:]
        for (column, role) in roles.enumerated() where role == .side {
            last[column] = (headerRow.labels[column], headerRow.rows[0])
        }
        for index in rows.indices where rows[index].header == position {
            for column in roles.indices where column < rows[index].cells.count {
                guard roles[column] == .fill || roles[column] == .side else { continue }
                let cell = rows[index].cells[column]
                if !cell.isEmpty {
                    last[column] = (cell.text, index)
                    if roles[column] == .fill {
                        for deeper in (column + 1)..<roles.count where roles[deeper] == .fill {
                            last[deeper] = nil
                        }
                    }
                } else if let source = last[column],
                    hasLabelToTheRight(rows[index], of: column, roles: roles)
                {
                    rows[index].cells[column].text = source.text
                    rows[index].cells[column].filledFrom = source.row
                }
            }
        }
    }

    private func hasLabelToTheRight(_ row: Row, of column: Int, roles: [Role]) -> Bool {
        let limit = min(row.cells.count, roles.count)
        guard column + 1 < limit else { return false }
        return (column + 1..<limit).contains { other in
            roles[other] != .other && !row.cells[other].isEmpty && row.cells[other].filledFrom == nil
        }
    }
}

/// Figure positions grouped by table and row, each group in figure order, held flat: one array
/// of positions and, per table, where each row's group starts in it. A dictionary entry and an
/// array for every row had been most of `CheckIndex` (a 300,000-row table: about 50 MB of its
/// 60 MB), for lookups that ask one row at a time.
struct RowGroups {
    /// The groups one after another: table by table, row by row within a table.
    private var positions: [Int] = []
    /// By table, then by row: row `r`'s group is `positions[starts[t][r]..<starts[t][r + 1]]`.
    private var starts: [[Int]] = []

    /// - Parameter members: `(table, row, position)` in figure order; tables and rows are
    ///   indexes (never negative).
    init(_ members: [(table: Int, row: Int, position: Int)]) {
        guard !members.isEmpty else { return }
        // Counted, then placed (a counting sort): stable, so each group keeps figure order.
        for member in members {
            if member.table >= starts.count { starts += Array(repeating: [], count: member.table + 1 - starts.count) }
            if member.row + 2 > starts[member.table].count {
                starts[member.table] += Array(repeating: 0, count: member.row + 2 - starts[member.table].count)
            }
            starts[member.table][member.row + 1] += 1
        }
        var total = 0
        for table in starts.indices where !starts[table].isEmpty {
            starts[table][0] = total
            for row in 1..<starts[table].count { starts[table][row] += starts[table][row - 1] }
            total = starts[table][starts[table].count - 1]
        }
        var next = starts
        positions = Array(repeating: 0, count: members.count)
        for member in members {
            positions[next[member.table][member.row]] = member.position
            next[member.table][member.row] += 1
        }
    }

    /// The positions of row `row` of table `table`, in figure order (none when it has no figure).
    subscript(table: Int, row: Int) -> ArraySlice<Int> {
        guard table >= 0, table < starts.count, row >= 0, row + 1 < starts[table].count else { return [] }
        return positions[starts[table][row]..<starts[table][row + 1]]
    }
}

/// Figure positions grouped by table and row, each group in figure order, held flat: one array
/// of positions and, per table, where each row's group starts in it. A dictionary entry and an
/// array for every row had been most of `CheckIndex` (a 300,000-row table: about 50 MB of its
/// 60 MB), for lookups that ask one row at a time. Positions and starts as `Int32`
/// (`FigureIndexes`): 4 bytes each instead of 8.
struct RowGroups {
    /// One figure's place, as `CheckIndex` gathers them: 12 bytes, not a tuple of three `Int`s.
    struct Member {
        var table: Int32
        var row: Int32
        var position: Int32

        init(table: Int, row: Int, position: Int) {
            self.table = FigureIndexes.narrow(table)
            self.row = FigureIndexes.narrow(row)
            self.position = FigureIndexes.narrow(position)
        }
    }

    /// The groups one after another: table by table, row by row within a table.
    private var positions: [Int32] = []
    /// By table, then by row: row `r`'s group is `positions[starts[t][r]..<starts[t][r + 1]]`.
    private var starts: [[Int32]] = []

    /// - Parameter members: in figure order; tables and rows are indexes (never negative).
    init(_ members: [Member]) {
        guard !members.isEmpty else { return }
        // Counted, then placed (a counting sort): stable, so each group keeps figure order.
        for member in members {
            let (table, row) = (Int(member.table), Int(member.row))
            if table >= starts.count { starts += Array(repeating: [], count: table + 1 - starts.count) }
            if row + 2 > starts[table].count {
                starts[table] += Array(repeating: 0, count: row + 2 - starts[table].count)
            }
            starts[table][row + 1] += 1
        }
        // At most `members.count`, which is an `Int32` count (each position is one).
        var total: Int32 = 0
        for table in starts.indices where !starts[table].isEmpty {
            starts[table][0] = total
            for row in 1..<starts[table].count { starts[table][row] += starts[table][row - 1] }
            total = starts[table][starts[table].count - 1]
        }
        var next = starts
        positions = Array(repeating: 0, count: members.count)
        for member in members {
            let (table, row) = (Int(member.table), Int(member.row))
            positions[Int(next[table][row])] = member.position
            next[table][row] += 1
        }
    }

    /// The positions of row `row` of table `table`, in figure order (none when it has no figure).
    subscript(table: Int, row: Int) -> FigureIndexes {
        guard table >= 0, table < starts.count, row >= 0, row + 1 < starts[table].count else { return FigureIndexes() }
        return FigureIndexes(positions[Int(starts[table][row])..<Int(starts[table][row + 1])])
    }
}

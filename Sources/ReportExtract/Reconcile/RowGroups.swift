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
        // Counted, then placed (a counting sort). Each group counted at its own row, the counts
        // summed into where each group ends, then members placed from the last back, each
        // moving its row's end down to its start: stable, so each group keeps figure order, and
        // no copy of the starts to place with (a long table's length, at the index's peak).
        for member in members {
            let (table, row) = (Int(member.table), Int(member.row))
            if table >= starts.count { starts += Array(repeating: [], count: table + 1 - starts.count) }
            if row + 2 > starts[table].count {
                starts[table] += Array(repeating: 0, count: row + 2 - starts[table].count)
            }
            starts[table][row] += 1
        }
        // At most `members.count`, which is an `Int32` count (each position is one).
        var total: Int32 = 0
        for table in starts.indices {
            for row in starts[table].indices {
                total += starts[table][row]
                starts[table][row] = total
            }
        }
        positions = Array(repeating: 0, count: members.count)
        for member in members.reversed() {
            let (table, row) = (Int(member.table), Int(member.row))
            starts[table][row] -= 1
            positions[Int(starts[table][row])] = member.position
        }
    }

    /// The positions of row `row` of table `table`, in figure order (none when it has no figure).
    subscript(table: Int, row: Int) -> FigureIndexes {
        guard table >= 0, table < starts.count, row >= 0, row + 1 < starts[table].count else { return FigureIndexes() }
        return FigureIndexes(positions[Int(starts[table][row])..<Int(starts[table][row + 1])])
    }
}

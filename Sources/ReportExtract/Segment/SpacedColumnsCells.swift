extension SpacedColumnsReader {
    /// Where a wrapped cell puts its label pieces: line → piece index → row.
    typealias CellRows = [Int: [Int: Int]]

    /// The rows of the label pieces that stack into one cell. A word processor centres a cell in
    /// its row, so a narrow cell wrapped over several lines stands above and below its row's
    /// numbers, and the cells of a column touch when they are the row's tallest (`维修` ¶ `小区`
    /// (row 1) ¶ `数` ¶ `高标` ¶ `准农` ¶ `田建` (row 2) ¶ `设面` ¶ `积`): the nearest row would
    /// give `高标` to row 1. Pieces one under the other that overlap form a stack (over a row's
    /// centre line left empty too: `2.公务用车购置及运行维护` ¶ `３９．８９ ３０．７８` ¶ `费`); a
    /// stack around several rows' centres is cut so that each row's part is centred on it, when
    /// each of them gets a part. Other stacks are left to the nearest row: a cell around one
    /// centre may have been printed a line low and reach into the next row.
    static func cellRows(
        lines extent: Range<Int>, barriers: Set<Int>, centres: [Int], _ pieces: [Int: [Piece]]
    ) -> CellRows {
        func isLabel(_ piece: Piece) -> Bool { !piece.isValue && OperatorCell.qualifier(piece.chunk.text) == nil }
        var stacks: [[(line: Int, index: Int)]] = []
        var stackOf: [Int: [Int: Int]] = [:]  // line → piece index → stack
        for line in extent where !barriers.contains(line) {
            var taken = Set<Int>()
            for (index, piece) in pieces[line]!.enumerated() where isLabel(piece) {
                // The piece right above that overlaps it most; over a line with nothing there but
                // other cells' pieces, the one above that: a row's centre (`政策知` ¶ `100% 3 3` ¶
                // `晓率`), or a cell of fewer lines, centred half a line off (`维修` ¶ `正向` ¶ `小区`).
                func above(_ upper: Int) -> Int? {
                    guard extent.contains(upper), !barriers.contains(upper), let stacked = stackOf[upper] else { return nil }
                    return pieces[upper]!.indices.filter { stacked[$0] != nil && !taken.contains(stacked[$0]!) }
                        .filter { pieces[upper]![$0].chunk.overlap(piece.chunk.start..<piece.chunk.end) > 0 }
                        .max { pieces[upper]![$0].chunk.overlap(piece.chunk.start..<piece.chunk.end)
                            < pieces[upper]![$1].chunk.overlap(piece.chunk.start..<piece.chunk.end) }
                        .map { stacked[$0]! }
                }
                let stack = above(line - 1) ?? (pieces[line - 1]?.isEmpty == false ? above(line - 2) : nil)
                if let stack {
                    stacks[stack].append((line, index))
                    taken.insert(stack)
                    stackOf[line, default: [:]][index] = stack
                } else {
                    stackOf[line, default: [:]][index] = stacks.count
                    taken.insert(stacks.count)
                    stacks.append([(line, index)])
                }
            }
        }
        var rows: CellRows = [:]
        for stack in stacks where stack.count >= 2 {
            let members = stack.map(\.line)
            // Centres ascend: the first at or below the stack's top, by halves. A row right above
            // or below, its centre line empty in the column, may own the stack's end (`1 1794.80
            // 1677.38` ¶ `垃圾转运站运行` ¶ `2 保障性住房债券 1097.23`): its centre counts too.
            let top = members.first! - 1, bottom = members.last! + 1
            var first = 0, past = centres.count
            while first < past {
                let middle = (first + past) / 2
                if centres[middle] < top { first = middle + 1 } else { past = middle }
            }
            let around = Array((first..<centres.count).prefix { centres[$0] <= bottom })
            guard around.count >= 2 else { continue }
            let down = centredSplit(members, centres: around.map { centres[$0] })
            let up = centredSplit(members.reversed().map { -$0 }, centres: around.reversed().map { -centres[$0] })
                .map { split in split.reversed().map { around.count - 1 - $0 } }
            // Cut from the top and from the bottom: a cell that is not centred (printed a line
            // low) shows as a part off its centre in one cut or the other, which is then not
            // taken; where both hold, only the lines they agree on are.
            for (position, member) in stack.enumerated() {
                let fromTop = down?[position], fromBottom = up?[position]
                guard let part = fromTop ?? fromBottom, fromBottom == nil || fromBottom == part else { continue }
                rows[member.line, default: [:]][member.index] = around[part]
            }
        }
        return rows
    }

    /// For each of a stack's lines (ascending), the index of the centre whose part it is in, the
    /// parts cut from the top so that each is centred on its centre; nil when a centre gets no
    /// part or one off its centre.
    private static func centredSplit(_ lines: [Int], centres: [Int]) -> [Int]? {
        var ends: [Int] = []
        var start = lines.first!
        for (position, centre) in centres.enumerated() {
            guard position + 1 < centres.count else { ends.append(lines.last!); break }
            let end = min(max(2 * centre - start, centre), centres[position + 1] - 1)
            ends.append(end)
            start = end + 1
        }
        var part = 0
        let split = lines.map { line in
            while line > ends[part] { part += 1 }
            return part
        }
        // Each centre gets a part, centred on it to within a line.
        var tops = [Int?](repeating: nil, count: centres.count), bottoms = tops
        for (line, part) in zip(lines, split) {
            if tops[part] == nil { tops[part] = line }
            bottoms[part] = line
        }
        for (part, centre) in centres.enumerated() {
            guard let top = tops[part], let bottom = bottoms[part],
                abs(max(0, centre - top) - max(0, bottom - centre)) <= 1
            else { return nil }
        }
        return split
    }
}

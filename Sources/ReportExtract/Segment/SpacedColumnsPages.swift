/// pdftotext lays each page out on its own: a piece's column is as far left as the text left of
/// it on that page lets it. A table that runs on over a page break so has its columns elsewhere
/// after it, as the cells left of them are wider or narrower there (gen_001001: the 二级指标
/// column empty after the break, every column from 三级指标 on stands four or five further left;
/// gen_001006: 分值 at 51, then at 37), and the header's columns would give its pieces to the
/// wrong column. Every later page's pieces are moved to the header page's places first.
extension SpacedColumnsReader {
    /// Moves the pieces on each page of `extent` after its first, column by column, by the moves
    /// that best lay where they start over where the first page's pieces of the same column
    /// start; neighbouring columns move alike unless their pieces say otherwise, and a page keeps
    /// its places unless moved ones fit clearly better.
    static func alignPages(_ pieces: inout [Int: [Piece]], _ extent: Range<Int>, pageStarts: Set<Int>, columns: [Range<Int>]) {
        let breaks = extent.filter { pageStarts.contains($0) && $0 > extent.lowerBound }
        guard !breaks.isEmpty, columns.count >= 2 else { return }
        let bounds = [extent.lowerBound] + breaks + [extent.upperBound]
        var reference = [[Int: Int]](repeating: [:], count: columns.count)
        for line in bounds[0]..<bounds[1] {
            for piece in pieces[line] ?? [] { reference[column(of: piece.chunk, columns)][piece.chunk.start, default: 0] += 1 }
        }
        for page in 1..<bounds.count - 1 {
            let lines = bounds[page]..<bounds[page + 1]
            var own: [Int: Int] = [:]
            for line in lines {
                for piece in pieces[line] ?? [] { own[piece.chunk.start, default: 0] += 1 }
            }
            guard own.values.reduce(0, +) >= leastPieces, let moves = bestMoves(own, reference, columns) else { continue }
            let moved = columns.indices.map { columns[$0].lowerBound - moves[$0]..<columns[$0].upperBound - moves[$0] }
            for line in lines {
                for index in pieces[line]!.indices {
                    let move = moves[column(of: pieces[line]![index].chunk, moved)]
                    let chunk = pieces[line]![index].chunk
                    pieces[line]![index].chunk = LinePiece(text: chunk.text, raw: chunk.raw, start: chunk.start + move, end: chunk.end + move)
                    let wide = pieces[line]![index].wide
                    pieces[line]![index].wide = wide.lowerBound + move..<wide.upperBound + move
                }
            }
        }
    }

    /// Pieces a page needs for its columns to be told: a few rows' say too little.
    static let leastPieces = 20

    /// Columns a page's column may stand off the first page's.
    static let farthestMove = 16

    /// What a column moving otherwise than the one left of it costs, per column of difference: a
    /// piece starting where a first-page piece of its column starts gains 2.
    static let moveChangeCost = 2

    /// Columns the first column may stand off the first page's when it starts at the margin.
    static let firstColumnMove = 4

    /// Columns from the margin (the first page's leftmost piece) a first column starts within to
    /// be the page's left edge.
    static let marginColumns = 2

    /// Each column's move taking `own`'s starts onto `reference`'s (a column's own starts on the
    /// first page), nil when no move fits better by a tenth and two pieces. A start landing on a
    /// reference start of its column gains twice, next to one once, each no more often than the
    /// reference's; moved columns keep their order.
    private static func bestMoves(_ own: [Int: Int], _ reference: [[Int: Int]], _ columns: [Range<Int>]) -> [Int]? {
        let moves = Array(-farthestMove...farthestMove)
        func score(_ column: Int, _ move: Int) -> Int {
            reference[column].reduce(0) { total, entry in
                if let exact = own[entry.key - move] { return total + 2 * min(entry.value, exact) }
                let near = max(own[entry.key - move - 1] ?? 0, own[entry.key - move + 1] ?? 0)
                return total + min(entry.value, near)
            }
        }
        let kept = columns.indices.reduce(0) { $0 + score($1, 0) }
        // best[column][move index]: the best total of columns up to `column`, this one moved so.
        // A first column at the margin is the page's left edge, there on every page.
        let margin = reference.compactMap { $0.keys.min() }.min() ?? 0
        let atMargin = columns[0].lowerBound - margin <= marginColumns
        var best = [moves.map { !atMargin || abs($0) <= firstColumnMove ? score(0, $0) : Int.min }]
        var from: [[Int]] = [moves.map { _ in 0 }]
        for column in 1..<columns.count {
            // The page's pieces of a column stay right of those of the column before, so that no
            // two columns take the same pieces.
            let low = reference[column].keys.min() ?? columns[column].lowerBound
            let high = reference[column - 1].keys.max() ?? columns[column - 1].lowerBound
            let room = low > high ? low - high : columns[column].lowerBound - columns[column - 1].lowerBound
            var row: [Int] = [], back: [Int] = []
            for move in moves {
                var top = Int.min, choice = 0
                for (index, previous) in moves.enumerated() where move - previous < room && best[column - 1][index] != Int.min {
                    let total = best[column - 1][index] - moveChangeCost * abs(move - previous)
                    if total > top { top = total; choice = index }
                }
                row.append(top == Int.min ? Int.min : top + score(column, move))
                back.append(choice)
            }
            best.append(row)
            from.append(back)
        }
        let last = best[columns.count - 1]
        guard var index = last.indices.filter({ last[$0] != Int.min }).max(by: { last[$0] < last[$1] }) else { return nil }
        let total = last[index]
        guard total * 10 > kept * 11, total >= kept + 4 else { return nil }
        var chosen = [Int](repeating: 0, count: columns.count)
        for column in stride(from: columns.count - 1, through: 0, by: -1) {
            chosen[column] = moves[index]
            index = from[column][index]
        }
        return chosen
    }
}

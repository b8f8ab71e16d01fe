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
    /// each of them gets a part, else cell by cell. Other stacks are left to the nearest row: a
    /// cell around one centre may have been printed a line low and reach into the next row.
    /// `pageStarts`: lines a page starts on, whose pieces may stand a column off the last page's
    /// (pdftotext lays each page out on its own: `合格` ¶ `\f 率`, one column right). `ends`:
    /// a cell's last character packed off its column → the piece of the cell it ends.
    static func cellRows(
        lines extent: Range<Int>, barriers: Set<Int>, passable: Set<Int>, pageStarts: Set<Int>, centres: [Int],
        _ pieces: [Int: [Piece]], ends: inout [Int: [Int: Piece]]
    ) -> CellRows {
        var stacks: [[(line: Int, index: Int)]] = []
        var stackOf: [Int: [Int: Int]] = [:]  // line → piece index → stack
        var continued: [Int: [Int: Int]] = [:]
        for line in extent where !barriers.contains(line) {
            if pageStarts.contains(line), line > extent.lowerBound {
                let split = pageContinuations(
                    at: line, lines: extent, barriers: barriers, centres: centres, stacks: stacks, stackOf: stackOf, pieces)
                continued.merge(split.stacks) { $1 }
                for (splitLine, places) in split.places { ends[splitLine, default: [:]].merge(places) { kept, _ in kept } }
            }
            var taken = Set<Int>()
            for (index, piece) in pieces[line]!.enumerated() where piece.isLabel {
                // The piece right above that overlaps it most; over a line with nothing there but
                // other cells' pieces, the one above that: a row's centre (`政策知` ¶ `100% 3 3` ¶
                // `晓率`), or a cell of fewer lines, centred half a line off (`维修` ¶ `正向` ¶ `小区`);
                // over a `passable` line too, the ends of wrapped numbers joined to them (`其他资` ¶
                // `5 1 3` ¶ `金`).
                // A cell's last character alone, centred under its line, may be put right after
                // that line's end (`化处理` ¶ `率`): pdftotext counts a Chinese character one
                // column, where it prints two.
                let isLastCharacter = piece.chunk.text.unicodeScalars.count == 1
                let least = pageStarts.contains(line) || isLastCharacter ? -Self.pageShift : 0
                func above(_ upper: Int) -> Int? {
                    guard extent.contains(upper), !barriers.contains(upper), let stacked = stackOf[upper] else { return nil }
                    return pieces[upper]!.indices.filter { stacked[$0] != nil && !taken.contains(stacked[$0]!) }
                        .filter { pieces[upper]![$0].chunk.overlap(piece.chunk.start..<piece.chunk.end) > least }
                        .max { pieces[upper]![$0].chunk.overlap(piece.chunk.start..<piece.chunk.end)
                            < pieces[upper]![$1].chunk.overlap(piece.chunk.start..<piece.chunk.end) }
                        .map { stacked[$0]! }
                }
                let stack = continued[line]?[index].flatMap { taken.contains($0) ? nil : $0 }
                    ?? above(line - 1) ?? (pieces[line - 1]?.isEmpty == false || passable.contains(line - 1) ? above(line - 2) : nil)
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
        // A cell's last character alone on its line, off its row's centre line, ends the row
        // above, whose centre its cell's other lines are around (`合规` ¶ `率`, packed left of its
        // cell, under the next row's name; a number's unit too: `231.` ¶ `7万` ¶ `元`).
        // It ends the nearest cell whose last line is one or two above it, however far left it
        // was packed (`ends`: the piece whose column it takes).
        let lastLines = Dictionary(stacks.map { ($0.last!.line, [$0.last!.index]) }, uniquingKeysWith: +).mapValues(Set.init)
        func endRowAbove(_ member: (line: Int, index: Int)) {
            guard let above = centres.lastIndex(where: { $0 <= member.line }), centres[above] != member.line,
                member.line - centres[above] <= Self.tallestCellReach
            else { return }
            rows[member.line, default: [:]][member.index] = above
            // A unit's (`元`, `6个` ¶ `月`) stays by its number.
            let piece = pieces[member.line]![member.index]
            guard !UnitLexicon.isWholeUnit(piece.chunk.text) else { return }
            func gap(_ other: Piece) -> Int { max(other.chunk.start - piece.chunk.end, piece.chunk.start - other.chunk.end, 0) }
            let candidates = [member.line - 1, member.line - 2].filter { extent.contains($0) && !barriers.contains($0) }.flatMap { upper in
                pieces[upper]!.indices.filter { index in
                    let other = pieces[upper]![index]
                    return (other.isValue || lastLines[upper]?.contains(index) == true && !Self.isLoneCharacter(other.chunk.text))
                        && gap(other) <= Self.packedCharacterReach
                }.map { pieces[upper]![$0] }
            }
            // A number's (`3个` ¶ `月`) keeps its place; else the nearest on the line right above,
            // the cell's last but one line (`用合规` ¶ `率`, not `质量指` beside that cell).
            guard !candidates.contains(where: { $0.isValue && gap($0) == 0 }),
                let nearest = candidates.min(by: { (-$0.line, gap($0)) < (-$1.line, gap($1)) }), !nearest.isValue
            else { return }
            ends[member.line, default: [:]][member.index] = nearest
        }
        for var stack in stacks {
            // It is no cell's first line either (a word processor fills a line before it wraps):
            // the cell under it is another (`率` ¶ `火灾`).
            if Self.isLoneCharacter(pieces[stack[0].line]![stack[0].index].chunk.text),
                stack.count == 1 || !Self.mayFollowLoneCharacter(pieces[stack[1].line]![stack[1].index].chunk.text)
            {
                endRowAbove(stack.removeFirst())
            }
            guard stack.count >= 2 else { continue }
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
            // A row right below whose name is on its centre line under the stack (`总 分` under
            // `理率`, or within the columns pdftotext pushes a piece: `度` ¶ `总分`, a column left)
            // needs none of the stack's end; the stack is then cut among the others, or is the one
            // row's left.
            func isUnder(_ piece: Piece) -> Bool {
                stack.contains { pieces[$0.line]![$0.index].chunk.overlap(piece.chunk.start..<piece.chunk.end) > -Self.pushedColumns }
            }
            let reaching = Array((first..<centres.count).prefix { centres[$0] <= bottom })
            // A total row right below, its name on its centre line or the line under anywhere
            // (`度` ¶ `100 99.7` ¶ `总分`, centred in a cell merged over the label columns and
            // packed off the stack's column), needs none of it either.
            func holdsTotal(_ line: Int) -> Bool {
                extent.contains(line) && !barriers.contains(line) && pieces[line]!.contains { $0.isLabel && Self.namesTotal($0) }
            }
            let around = reaching.filter { index in
                centres[index] < bottom
                    || !pieces[centres[index]]!.contains { $0.isLabel && isUnder($0) }
                        && !holdsTotal(bottom) && !holdsTotal(bottom + 1)
            }
            guard !around.isEmpty else { continue }
            // A cell's lines are as wide as its column but the last: a shorter line ends a cell
            // (`低收入` ¶ `群体居` ¶ `住条件` ¶ `改善`, then `维护小` begins the next).
            let widths = stack.map { member in
                pieces[member.line]![member.index].chunk.text.unicodeScalars.reduce(0) { $0 + TextColumns.width($1) }
            }
            let full = widths.max()!
            var endsCell = widths.map { $0 <= full - 2 }
            // A line short because the next one ends in a mark no line may start with, which took
            // a character down with it (`其` ¶ `中：`), does not end its cell.
            for index in stack.indices.dropLast() where endsCell[index] {
                let next = pieces[stack[index + 1].line]![stack[index + 1].index].chunk.text.unicodeScalars
                if next.count >= 2, let last = next.last, Self.noLineStart.contains(last) { endsCell[index] = false }
            }
            // A stack around one row's numbers is that row's cell (`服务对` ¶ `象满意 85% 88% 6分 6` ¶
            // `度`, the next row two lines further), to the first short line at or under them:
            // the lines after it are another cell's (`户数` ¶ `指标` ¶ `3：`, an empty row's name).
            if around.count == 1,
                let end = stack.indices.first(where: { endsCell[$0] && stack[$0].line >= centres[around[0]] })
            {
                stack.removeSubrange((end + 1)...)
                endsCell.removeSubrange((end + 1)...)
            }
            let brackets = stack.map { member in Self.bracketBalance(pieces[member.line]![member.index].chunk.text) }
            guard let parts = alignedParts(stack.map(\.line), centres: around.map { centres[$0] }, endsCell: endsCell, brackets: brackets) else {
                // No cut gives every row the stack passes a part (a row's name stands in another
                // column: `数量指标` beside `培训人` ¶ `数`): the stack is its cells, each ending
                // with a short line (`资金拨` ¶ `付及时` ¶ `率`), each shared out among the rows
                // whose numbers stand beside it, else those a line off; a cell that ends no
                // shorter may be two (`信息网络维护` ¶ `脱硫脱硝项目`) and is left to the nearest.
                var start = 0
                for end in stack.indices where endsCell[end] {
                    defer { start = end + 1 }
                    guard end > start else { continue }
                    let cell = Array(stack[start...end])
                    let within = around.filter { centres[$0] >= cell.first!.line && centres[$0] <= cell.last!.line }
                    let reached = !within.isEmpty ? within : around.filter { centres[$0] >= cell.first!.line - 1 && centres[$0] <= cell.last!.line + 1 }
                    guard !reached.isEmpty,
                        let parts = alignedParts(
                            cell.map(\.line), centres: reached.map { centres[$0] }, endsCell: Array(endsCell[start...end]),
                            brackets: Array(brackets[start...end]))
                    else { continue }
                    for (member, part) in zip(cell, parts) {
                        guard let part else { continue }
                        rows[member.line, default: [:]][member.index] = reached[part]
                    }
                }
                continue
            }
            for (member, part) in zip(stack, parts) {
                guard let part else { continue }
                rows[member.line, default: [:]][member.index] = around[part]
            }
        }
        return rows
    }

    /// Lines under its row's centre a cell's last line may stand.
    static let tallestCellReach = 4

    /// Columns a cell's last character alone may be packed off its cell.
    static let packedCharacterReach = 12

    /// A Chinese character alone on its line: a cell's last line, unless its column is as narrow
    /// (`绩` ¶ `效`).
    static func isLoneCharacter(_ text: String) -> Bool {
        let scalars = CellText.compact(text).unicodeScalars
        return scalars.count == 1 && Scalars.isHan(scalars.first!)
    }

    /// A line that may have taken the line above's second character down with it, one a line may
    /// not end before (`数` ¶ `（万元）`, `其` ¶ `中：`, `年` ¶ `2024`), or one as narrow (`绩` ¶ `效`).
    static func mayFollowLoneCharacter(_ text: String) -> Bool {
        let scalars = Array(CellText.compact(text).unicodeScalars.prefix(2))
        guard let first = scalars.first, scalars.count == 2 else { return true }
        return !Scalars.isHan(first) || noLineStart.contains(scalars[1])
    }

    /// Columns a page's first line may stand off the page before: touching, not overlapping.
    static let pageShift = 1

    /// Marks a word processor never starts a line with (kinsoku).
    static let noLineStart: Set<Unicode.Scalar> = ["：", ":", "，", ",", "。", "、", "；", ";"]

    /// What a line shorter than its column costs inside a part rather than at its end: more than a
    /// line of imbalance or a top cell, so that parts end where their text does.
    static let shortLineInsideCost = 5

    /// What a part whose brackets do not pair up costs (`（个、台、辆` left open, `等）` closing
    /// what the next part opened): more than a short line inside, since a word processor wraps a
    /// name anywhere but never splits one across two rows.
    static let splitBracketCost = 2 * shortLineInsideCost

    /// Opening brackets minus closing ones, and whether a closing one came first: a line of a
    /// name's bracket cut short (`（个、台、辆` 1, `等）` −1, `（人）` 0).
    static func bracketBalance(_ text: String) -> (net: Int, closesFirst: Bool) {
        var net = 0, closesFirst = false
        for scalar in text.unicodeScalars {
            if scalar == "（" || scalar == "(" { net += 1 }
            if scalar == "）" || scalar == ")" {
                if net == 0 { closesFirst = true }
                net -= 1
            }
        }
        return (net, closesFirst)
    }

    /// How far a row's part of a stack stands off the row's numbers (at `centre`), or nil when it
    /// does not stand on them. A word processor centres a cell (`center`): its part is centred on
    /// the numbers, to within a line where its lines are even or other cells' lines come between.
    /// A cell may also start there (`top`, Word's default, or a blank paragraph after the text) or
    /// end there (`bottom`), less often. Two parts a line off cost more than one exact part and
    /// one top part, so that a top cell's lines are not shared out among centred neighbours.
    /// Balance is counted in the part's own lines: other cells' lines printed between them (`维修`
    /// ¶ `指标 ≥` ¶ `处数`, baselines a fraction apart) take no room in the cell.
    private static func misalignment(_ lines: ArraySlice<Int>, centre: Int) -> Int? {
        let top = lines.first!, bottom = lines.last!
        guard top <= centre + 1, bottom >= centre - 1 else { return nil }
        let imbalance = abs(lines.count { $0 < centre } - lines.count { $0 > centre })
        if imbalance == 0 { return 0 }
        if imbalance == 1 { return 2 }
        if top == centre { return 3 }
        if bottom == centre { return 4 }
        if top == centre + 1 { return 5 }
        if bottom == centre - 1 { return 6 }
        return nil
    }

    /// For each of a stack's lines (ascending), the index of the centre whose part it is in, or nil
    /// where the best cuts disagree; nil when no cut gives every centre an aligned part. A part
    /// lies between its neighbours' centres, so a cut between parts `i - 1` and `i` falls among the
    /// lines between their centres, and the best cuts are found part by part (linear in the
    /// stack for rows of bounded height). `endsCell`: lines shorter than the column, which a part
    /// should end with. `brackets`: each line's `bracketBalance`, a part's lines should pair.
    static func alignedParts(
        _ lines: [Int], centres: [Int], endsCell: [Bool]? = nil, brackets: [(net: Int, closesFirst: Bool)]? = nil
    ) -> [Int?]? {
        let count = centres.count
        // The positions where part `i` may start: past every line at or above centre `i - 1`, and
        // at or before the first line at or below centre `i`.
        func firstIndex(from start: Int, where predicate: (Int) -> Bool) -> Int {
            var index = start
            while index < lines.count, !predicate(lines[index]) { index += 1 }
            return index
        }
        var starts: [ClosedRange<Int>] = [0...0]
        var low = 0, high = 0
        for part in 1..<count {
            low = firstIndex(from: low) { $0 > centres[part - 1] }
            high = firstIndex(from: max(high, low)) { $0 >= centres[part] }
            guard low <= high else { return nil }
            starts.append(low...high)
        }
        starts.append(lines.count...lines.count)
        func cost(_ part: Int, from start: Int, to end: Int) -> Int? {
            guard start < end, let offset = misalignment(lines[start..<end], centre: centres[part]) else { return nil }
            let shortInside = endsCell.map { ends in (start..<end - 1).count { ends[$0] } } ?? 0
            return offset + shortInside * Self.shortLineInsideCost + (brackets.map { pairs(start..<end, $0) } == false ? Self.splitBracketCost : 0)
        }
        func pairs(_ part: Range<Int>, _ brackets: [(net: Int, closesFirst: Bool)]) -> Bool {
            var open = 0
            for index in part {
                if brackets[index].closesFirst, open == 0 { return false }
                open += brackets[index].net
                if open < 0 { return false }
            }
            return open == 0
        }
        // best[i][k]: the least cost of parts 0..<i with part i starting at starts[i].lowerBound + k;
        // rest[i][k]: of parts i..<count from there.
        var best = starts.map { [Int?](repeating: nil, count: $0.count) }
        var rest = best
        best[0][0] = 0
        for part in 0..<count {
            for (k, start) in starts[part].enumerated() {
                guard let before = best[part][k] else { continue }
                for (n, end) in starts[part + 1].enumerated() {
                    guard let step = cost(part, from: start, to: end) else { continue }
                    best[part + 1][n] = min(best[part + 1][n] ?? .max, before + step)
                }
            }
        }
        guard let least = best[count][0] else { return nil }
        rest[count][0] = 0
        for part in (0..<count).reversed() {
            for (k, start) in starts[part].enumerated() {
                for (n, end) in starts[part + 1].enumerated() {
                    guard let after = rest[part + 1][n], let step = cost(part, from: start, to: end) else { continue }
                    rest[part][k] = min(rest[part][k] ?? .max, step + after)
                }
            }
        }
        // A line's part where every best cut puts it in the same one.
        var parts = [Int?](repeating: nil, count: lines.count)
        var seen = [Bool](repeating: false, count: lines.count)
        for part in 0..<count {
            for (k, start) in starts[part].enumerated() {
                guard let before = best[part][k] else { continue }
                for (n, end) in starts[part + 1].enumerated() {
                    guard let after = rest[part + 1][n], let step = cost(part, from: start, to: end),
                        before + step + after == least
                    else { continue }
                    for line in start..<end {
                        if !seen[line] { parts[line] = part; seen[line] = true } else if parts[line] != part { parts[line] = nil }
                    }
                }
            }
        }
        return parts
    }
}



extension SpacedColumnsReader {
    /// Two lines of a header whose labels, in order, each end on the line below
    /// (`一级 二级 三级 指标 运算 指标 计量` ¶ `指标 指标 指标 性质 符 值 单位`, gen_220020): pdftotext
    /// packs each line as far left as its own text lets it, so one line's pieces drift off the
    /// other's, the further right the more (`符` under `指标`, `单位` past `计量`), and by position
    /// join the wrong label. They are paired in order, the most pairs that each make a column's
    /// whole name, when two pairs at least do, no piece between them is left out and one end
    /// drifted clear of its word (else the pieces' places say as much). Pieces that end a word
    /// above them or are ended below are left out; `labels` are at most `mostHeaderLabels` (the
    /// caller's bound), so the pairing's table stays small. `taken`: pieces already paired. End → word;
    /// the words place the columns (the rows stood nearer them, 5 December 2026).
    func pairedLines(_ labels: [Piece], excluding taken: Set<Int>) -> [Int: Int] {
        func text(_ index: Int) -> String { CellText.compact(labels[index].chunk.text) }
        let all = Dictionary(grouping: labels.indices) { labels[$0].line }
        let byLine = Dictionary(grouping: labels.indices.filter { !taken.contains($0) }) { labels[$0].line }
        // Under a word of `lines` it ends (`二级` ¶ `指标`), by position too.
        func endsOther(_ index: Int, _ lines: [Int]) -> Bool {
            lines.contains { other in
                (all[other] ?? []).contains { labels[$0].chunk.overlaps(labels[index].chunk) && words.namesColumn(text($0), text(index)) }
            }
        }
        // Over a piece of `lines` that ends it (`指标` ¶ `方向`): a word, not an end.
        func isEndedBelow(_ index: Int, _ lines: ClosedRange<Int>) -> Bool {
            lines.contains { other in
                (all[other] ?? []).contains { labels[$0].chunk.overlaps(labels[index].chunk) && words.namesColumn(text(index), text($0)) }
            }
        }
        var matched: [Int: Int] = [:]
        for line in byLine.keys.sorted() {
            for below in line + 1...line + 2 {
                let upper = byLine[line]!.filter { index in
                    matched[index] == nil && !matched.values.contains(index) && !endsOther(index, Array(line - 2..<line))
                }
                .sorted { labels[$0].chunk.start < labels[$1].chunk.start }
                let between = Array(line - 2..<below).filter { $0 != line }
                guard let lower = byLine[below]?.filter({ matched[$0] == nil && !endsOther($0, between) && !isEndedBelow($0, below + 1...below + 2) })
                    .sorted(by: { labels[$0].chunk.start < labels[$1].chunk.start }),
                    upper.count >= 2, lower.count >= 2
                else { continue }
                // How far an end stands off its word, when the two name a column together.
                func drift(_ word: Int, _ end: Int) -> Int? {
                    let drift = labels[end].chunk.start - labels[word].chunk.start
                    guard abs(drift) <= Self.driftReach, words.namesColumn(text(word), text(end))
                    else { return nil }
                    return drift
                }
                let found = Self.orderedPairs(upper.count, lower.count) { drift(upper[$0], lower[$1]) }
                    .map { (word: upper[$0.0], end: lower[$0.1]) }
                // Either line drifts, the further right the further (or as far, a column either way).
                let drifts = found.map { labels[$0.end].chunk.start - labels[$0.word].chunk.start }
                let steps = zip(drifts, drifts.dropFirst())
                // No piece left out between pairs; one end off its word altogether.
                guard found.count >= 2, let first = found.first, let last = found.last,
                    upper.firstIndex(of: last.word)! - upper.firstIndex(of: first.word)! == found.count - 1,
                    lower.firstIndex(of: last.end)! - lower.firstIndex(of: first.end)! == found.count - 1,
                    found.contains(where: { pair in
                        let (word, end) = (labels[pair.word].chunk, labels[pair.end].chunk)
                        return abs(end.start - word.start) >= Self.leastDrift && !word.overlaps(end)
                    }),
                    steps.allSatisfy({ $1 >= $0 - 1 }) || steps.allSatisfy({ $1 <= $0 + 1 })
                else { continue }
                for pair in found { matched[pair.end] = pair.word }
            }
        }
        return matched
    }

    /// Columns a label's end may have drifted off its word, either way.
    static let driftReach = 16
    /// Columns off its word an end shows a drift: less is pdftotext's rounding.
    static let leastDrift = 3

    /// The most pairs `(i, j)`, `i` and `j` ascending together, that `drift` gives a drift for;
    /// of those, the ones drifting least in all.
    static func orderedPairs(_ count: Int, _ otherCount: Int, _ drift: (Int, Int) -> Int?) -> [(Int, Int)] {
        guard count > 0, otherCount > 0 else { return [] }
        // (pairs, −drift in all): more pairs first, then less drift.
        typealias Score = (pairs: Int, cost: Int)
        func better(_ a: Score, _ b: Score) -> Bool { (a.pairs, -a.cost) > (b.pairs, -b.cost) }
        var best = [[Score]](repeating: [Score](repeating: (0, 0), count: otherCount + 1), count: count + 1)
        for i in 1...count {
            for j in 1...otherCount {
                var score = best[i - 1][j]
                if better(best[i][j - 1], score) { score = best[i][j - 1] }
                if let shift = drift(i - 1, j - 1) {
                    let paired = (pairs: best[i - 1][j - 1].pairs + 1, cost: best[i - 1][j - 1].cost + abs(shift))
                    if better(paired, score) { score = paired }
                }
                best[i][j] = score
            }
        }
        var found: [(Int, Int)] = []
        var (i, j) = (count, otherCount)
        while i > 0, j > 0 {
            if best[i][j] == best[i - 1][j] {
                i -= 1
            } else if best[i][j] == best[i][j - 1] {
                j -= 1
            } else {
                found.append((i - 1, j - 1))
                i -= 1
                j -= 1
            }
        }
        return found.reversed()
    }
}

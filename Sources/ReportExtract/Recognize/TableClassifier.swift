/// Chooses a table's kind from the rule files: 3 points for each title word in the title and for
/// an opening label (a form's first row, `项目名称 | 临时救助`), 1 for each header word found among
/// the table's label texts. The best kind reaching its `min_score`
/// wins; a tie between the best two, or no kind reaching its minimum, leaves the table
/// unrecognized, with the scores kept for `--explain`.
public struct TableClassifier: Sendable {
    public let rules: RuleSet
    /// Each kind's title and header words without spaces, in rule order: compacted once, not
    /// once per table.
    private let words: [(title: [String], header: [String], opening: [String])]

    public init(rules: RuleSet) {
        self.rules = rules
        words = rules.tableKinds.map {
            ($0.titleWords.map(CellText.compact), $0.headerWords.map(CellText.compact), $0.openingLabels.map(CellText.compact))
        }
    }

    public struct Score: Sendable, Equatable {
        public var kind: String
        public var points: Int
        public var titleWords: [String]
        public var headerWords: [String]
        /// The opening label that scored, if one did.
        public var opening: String? = nil
    }

    public struct Decision: Sendable, Equatable {
        /// The chosen kind, nil when no kind won.
        public var kind: String?
        /// Every kind that scored, best first.
        public var scores: [Score]
        /// Why no kind was chosen: `no_kind_reached_min_score`, `tie:<a>,<b>`.
        public var reason: String?
    }

    /// At most 40 characters; counted in bytes first (a label is rarely longer than 13 Chinese
    /// characters), characters only when the bytes cannot tell.
    private static func isShort(_ text: String) -> Bool {
        text.utf8.count <= 40 || text.count <= 40
    }

    public func classify(_ table: Table) -> Decision {
        // Labels, not long prose cells: a header word inside a sentence says nothing of the table.
        let labels = table.rows.flatMap { row in
            row.cells.filter { !$0.isEmpty && Self.isShort($0.text) && !CellText.looksLikeValue($0.text) }.map(\.text)
        } + table.headers.flatMap(\.labels)
        return classify(title: table.title, labels: labels, opening: opening(table))
    }

    /// The label of a first row that is one label and its value (`项目名称 | 临时救助`, 濉溪 2019's
    /// form under a title naming no project). A header names none: its second cell is a column's
    /// label (`项目名称 | 预算金额` over a list two columns wide, where no row is a form's budget
    /// line of four cells or more), or its row the first of two stacked (`项目名称 | 2021年` over
    /// `预算数 | 决算数`).
    private func opening(_ table: Table) -> String? {
        guard let first = table.rows.first(where: { $0.role != .title }) else { return nil }
        if first.role == .header, (table.header(of: first)?.rows.count ?? 1) > 1 { return nil }
        let filled = first.cells.filter { !$0.isEmpty }
        guard filled.count == 2, !CellText.looksLikeValue(filled[0].text), rules.field(forLabel: filled[1].text) == nil,
            !Self.namesYear(filled[1].text),
            table.rows.contains(where: { row in row.cells.lazy.filter { !$0.isEmpty }.count >= 4 })
        else { return nil }
        return filled[0].text
    }

    /// `2021年`, `2021年度`: a column group's label.
    private static func namesYear(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(5))
        return scalars.count == 5 && scalars[..<4].allSatisfy(Scalars.isDigit) && scalars[4] == "年"
    }

    /// - Parameter opening: the label of the table's first row when it is one label and its value.
    public func classify(title: String?, labels: [String], opening: String? = nil) -> Decision {
        let compactTitle = title.map(CellText.compact) ?? ""
        // One haystack for all labels: a word (no space, so no newline) found in it is found in
        // a label. Every kind's words were searched label by label before, for every table.
        let compactLabels = labels.map(CellText.compact).joined(separator: "\n")
        let compactOpening = opening.map(CellText.compact)
        var scores: [Score] = []
        for (kind, words) in zip(rules.tableKinds, words) {
            let titleHits = zip(kind.titleWords, words.title).filter { CellText.contains(compactTitle, $1) }.map(\.0)
            let headerHits = zip(kind.headerWords, words.header).filter { _, compactWord in
                !labels.isEmpty && CellText.contains(compactLabels, compactWord)
            }.map(\.0)
            let opens = compactOpening.map { opening in words.opening.contains { opening == $0 } } ?? false
            let points = 3 * titleHits.count + headerHits.count + (opens ? 3 : 0)
            if points > 0 {
                scores.append(Score(
                    kind: kind.id, points: points, titleWords: titleHits, headerWords: headerHits, opening: opens ? opening : nil))
            }
        }
        scores.sort { ($0.points, $1.kind) > ($1.points, $0.kind) }
        guard let best = scores.first,
            let rule = rules.tableKinds.first(where: { $0.id == best.kind }), best.points >= rule.minScore
        else {
            return Decision(kind: nil, scores: scores, reason: "no_kind_reached_min_score")
        }
        if scores.count > 1, scores[1].points == best.points {
            return Decision(kind: nil, scores: scores, reason: "tie:\(best.kind),\(scores[1].kind)")
        }
        return Decision(kind: best.kind, scores: scores, reason: nil)
    }
}

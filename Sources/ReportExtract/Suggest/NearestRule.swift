/// The existing field (for a row or column label) or table kind (for a table title) most like a
/// label no rule names, by shared character pairs: Dice's coefficient over character bigrams of
/// the normalized texts for labels (`目标标杆值` vs `标杆值`: 0.67), and for titles the share of a
/// title word's bigrams found in the title (a title holds its kind's words among others). A
/// field whose role fits the axis (item or total for a row, measure for a column) gets 0.1 more.
/// Nothing under 0.34 is called near.
struct NearestRule {
    let rules: RuleSet
    static let threshold = 0.34

    func nearest(to candidate: LabelSuggestions.Candidate) -> LabelSuggestions.Nearest? {
        let best = candidate.axis == .table ? nearestKind(candidate.key) : nearestField(candidate.key, axis: candidate.axis)
        guard let best, best.similarity >= Self.threshold else { return nil }
        return best
    }

    private func nearestField(_ key: String, axis: LabelSuggestions.Axis) -> LabelSuggestions.Nearest? {
        let target = Self.bigrams(key)
        var best: (score: Double, nearest: LabelSuggestions.Nearest)?
        for field in rules.fields where field.kind != .ordinal {
            let fits = axis == .row ? (field.role == .item || field.role == .total) : field.role == .measure
            for name in field.aliases + [field.name] {
                let other = LabelText.key(name, units: rules.units).text
                guard other != key else { continue }
                let similarity = Self.dice(target, Self.bigrams(other))
                let score = similarity + (fits ? 0.1 : 0)
                if score > (best?.score ?? 0) {
                    best = (score, .init(id: field.id, like: name, similarity: (similarity * 100).rounded() / 100))
                }
            }
        }
        return best?.nearest
    }

    private func nearestKind(_ title: String) -> LabelSuggestions.Nearest? {
        let target = Set(Self.bigrams(title))
        var best: LabelSuggestions.Nearest?
        for kind in rules.tableKinds {
            for word in kind.titleWords + [kind.name] {
                let pairs = Set(Self.bigrams(word))
                guard !pairs.isEmpty else { continue }
                let share = Double(pairs.intersection(target).count) / Double(pairs.count)
                if share > (best?.similarity ?? 0) {
                    best = .init(id: kind.id, like: word, similarity: (share * 100).rounded() / 100)
                }
            }
        }
        return best
    }

    /// Character bigrams (a one-character text is its own bigram).
    static func bigrams(_ text: String) -> [String] {
        let characters = Array(text)
        guard characters.count > 1 else { return characters.map(String.init) }
        return (0..<(characters.count - 1)).map { String(characters[$0...$0 + 1]) }
    }

    /// 2 |A ∩ B| / (|A| + |B|) over bigram multisets.
    static func dice(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var counts: [String: Int] = [:]
        for pair in b { counts[pair, default: 0] += 1 }
        var shared = 0
        for pair in a where (counts[pair] ?? 0) > 0 {
            counts[pair]! -= 1
            shared += 1
        }
        return Double(2 * shared) / Double(a.count + b.count)
    }
}

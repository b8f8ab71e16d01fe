/// The label phrase of a prose number: the words before it back to the nearest boundary, trimmed
/// of filler and subject (see `ProseGrammar`), or, for a count with nothing before it, the noun
/// after it.
struct ProseLabel {
    let grammar: ProseGrammarRules
    /// Field aliases and prose labels, longest first.
    let aliases: [String]
    /// Whether the number is a rate: its label keeps a leading verb (`完成预算的111.29%`).
    var isRate = false

    /// Labels longer than this are a clause, not a name: they keep only their last characters
    /// past the last boundary-like word, which the trimming below handles; this caps the walk.
    static let longest = 40

    func label(before start: Int, floor: Int, in scalars: [Unicode.Scalar]) -> String {
        var kept: [Unicode.Scalar] = []
        var position = start - 1
        var closing = 0
        while position >= floor, kept.count < Self.longest {
            let scalar = scalars[position]
            if scalar == ")" || scalar == "）" {
                closing += 1
            } else if closing > 0 {
                if scalar == "(" || scalar == "（" { closing -= 1 }
            } else if isBoundary(scalar) {
                break
            } else {
                kept.append(scalar)
            }
            position -= 1
        }
        return clean(Scalars.string(kept.reversed()))
    }

    /// The noun after a count (`234户陈欠租金住户进行` → `陈欠租金住户`), up to a boundary, the next
    /// number or a stop word; nil when nothing is there. Words running straight into the next
    /// number belong to it unless it takes a noun of its own (`155栋面积117.1万㎡`: 面积 is the
    /// area's; `20个小区229台电梯`: 小区 is the 20's).
    func label(after end: Int, ceiling: Int, nextTakesNoun: Bool, in scalars: [Unicode.Scalar]) -> String? {
        var kept: [Unicode.Scalar] = []
        var position = end
        while position < ceiling, kept.count < 12, !isBoundary(scalars[position]),
            !"()（）".unicodeScalars.contains(scalars[position])
        {
            kept.append(scalars[position])
            position += 1
        }
        var text = Scalars.string(kept)
        var stopped = false
        for stop in grammar.forwardStops {
            if let range = text.range(of: stop) {
                text = String(text[..<range.lowerBound])
                stopped = true
            }
        }
        if !stopped, position == ceiling, ceiling < scalars.count, !nextTakesNoun { return nil }
        text = text.proseTrimmed
        return text.unicodeScalars.count >= 2 ? text : nil
    }

    private func isBoundary(_ scalar: Unicode.Scalar) -> Bool {
        grammar.boundaries.contains { $0.unicodeScalars.first == scalar }
    }

    /// Filler off both ends, then the subject: the longest alias ending the phrase, else what
    /// follows the last splitter word.
    func clean(_ phrase: String) -> String {
        var text = trimTrailing(phrase.proseTrimmed)
        // A two-character alias (`总计`, `收入`) names too little to cut `资产总计` down to.
        if let alias = aliases.first(where: { text.hasSuffix($0) && $0.unicodeScalars.count >= 3 || text == $0 }) {
            return alias
        }
        for splitter in grammar.splitters {
            guard let range = text.range(of: splitter, options: .backwards) else { continue }
            let rest = trimTrailing(String(text[range.upperBound...]))
            if rest.unicodeScalars.count >= 2 { text = rest }
        }
        text = trimLeading(text, grammar.leadingFiller)
        return isRate ? text : trimLeading(text, grammar.leadingVerbs)
    }

    private func trimTrailing(_ text: String) -> String {
        var text = text.proseTrimmed
        var changed = true
        while changed {
            changed = false
            for word in grammar.trailingFiller where text.hasSuffix(word) && text.count > word.count {
                text = String(text.dropLast(word.count)).proseTrimmed
                changed = true
            }
        }
        return text
    }

    /// Drops the words from the start while at least two characters remain.
    private func trimLeading(_ text: String, _ words: [String]) -> String {
        var text = text.proseTrimmed
        var changed = true
        while changed {
            changed = false
            for word in words where text.hasPrefix(word) && text.count >= word.count + 2 {
                text = String(text.dropFirst(word.count)).proseTrimmed
                changed = true
            }
        }
        return text
    }
}

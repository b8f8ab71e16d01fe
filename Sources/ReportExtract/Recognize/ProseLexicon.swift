/// The prose grammar's word lists as scalar arrays, made once per rule set: the label of every
/// prose number is trimmed against them, and comparing `String`s (grapheme by grapheme, or
/// through Foundation's `range(of:)`) cost a tenth of the whole pipeline.
struct ProseLexicon: Sendable {
    /// A field alias or prose label, as written and as scalars.
    struct Alias: Sendable {
        var text: String
        var scalars: [Unicode.Scalar]
    }

    /// The aliases a kind of figure can be named by, longest first, grouped by their last
    /// scalar: only those can end (or be) a phrase ending in it.
    struct Aliases: Sendable {
        var byLast: [Unicode.Scalar: [Alias]] = [:]

        init(_ texts: [String]) {
            for text in texts {
                let scalars = Array(text.unicodeScalars)
                guard let last = scalars.last else { continue }
                byLast[last, default: []].append(Alias(text: text, scalars: scalars))
            }
        }
    }

    var boundaries: Set<Unicode.Scalar>
    var leadingFiller: [[Unicode.Scalar]]
    var leadingVerbs: [[Unicode.Scalar]]
    /// `sumConnectives` split at their bar: the word cut and the term it must stand before.
    var sumConnectives: [(cut: [Unicode.Scalar], before: [Unicode.Scalar])]
    /// `changeWords` and `shareWords` (levels of government: `中央`, `市级`): before an alias,
    /// either keeps the label whole (see `ProseLabel.keepsWhole`); `、` joins levels into one name.
    var changeWords: [[Unicode.Scalar]]
    var levelWords: [[Unicode.Scalar]]
    var wholeWords: [[Unicode.Scalar]]
    var trailingFiller: [[Unicode.Scalar]]
    /// Leading and trailing filler together: a label that is one of them names nothing.
    var fillerWords: [[Unicode.Scalar]]
    /// The UTF-8 length of the longest filler word: a longer label is none of them.
    var longestFillerBytes: Int
    var subjectEndings: [[Unicode.Scalar]]
    var itemSubjectStops: [[Unicode.Scalar]]
    var itemSubjectNouns: [[Unicode.Scalar]]
    /// The aliases of an indicator's target and actual values (`年初目标值`, `实际完成值`), from the
    /// fields; set by the rule set.
    var indicatorValueNames: [[Unicode.Scalar]] = []
    var splitters: [[Unicode.Scalar]]
    var forwardStops: [[Unicode.Scalar]]
    var skipAfter: [[Unicode.Scalar]]
    /// Figure kind → its aliases (see `ProseGrammar`).
    var aliasesByKind: [String: Aliases]
    /// The count and people units a lone numeral can take (`四个股室`), longest first: every
    /// paragraph with such a numeral made and sorted them again.
    var countClassifiers: [[Unicode.Scalar]]
    /// Prose label → the prose patterns listing it (indexes into `RuleSet.prosePatterns`, in
    /// order): every prose figure's label was compared with every pattern's labels.
    var patternsByLabel: [String: [Int]]

    init(_ grammar: ProseGrammarRules, aliasesByKind: [String: [String]], patterns: [ProsePatternRule]) {
        let words = { (list: [String]) in list.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty } }
        boundaries = Set(grammar.boundaries.compactMap(\.unicodeScalars.first))
        leadingFiller = words(grammar.leadingFiller)
        leadingVerbs = words(grammar.leadingVerbs)
        sumConnectives = grammar.sumConnectives.compactMap { entry in
            let sides = entry.split(separator: "|").map { Array($0.unicodeScalars) }
            return sides.count == 2 ? (sides[0], sides[1]) : nil
        }
        levelWords = words(grammar.shareWords)
        changeWords = words(grammar.changeWords)
        wholeWords = words(grammar.wholeWords)
        trailingFiller = words(grammar.trailingFiller)
        fillerWords = leadingFiller + trailingFiller
        longestFillerBytes = (grammar.leadingFiller + grammar.trailingFiller).map(\.utf8.count).max() ?? 0
        subjectEndings = words(grammar.subjectEndings)
        itemSubjectStops = words(grammar.itemSubjectStops)
        itemSubjectNouns = words(grammar.itemSubjectNouns)
        splitters = words(grammar.splitters)
        forwardStops = words(grammar.forwardStops)
        skipAfter = words(grammar.skipAfter)
        self.aliasesByKind = aliasesByKind.mapValues(Aliases.init)
        countClassifiers = SingleNumeralCounts.sortedClassifiers((grammar.units["count"] ?? []) + (grammar.units["people"] ?? []))
        var byLabel: [String: [Int]] = [:]
        for (index, pattern) in patterns.enumerated() {
            for label in Set(pattern.labels) { byLabel[label, default: []].append(index) }
        }
        patternsByLabel = byLabel
    }
}

/// Searching and trimming scalar arrays, as `ProseLabel` needs them (prefixes and suffixes:
/// `Scalars.has`).
extension [Unicode.Scalar] {
    /// Where `word` starts, first or last occurrence.
    func firstStart(of word: [Unicode.Scalar]) -> Int? {
        guard !word.isEmpty, word.count <= count else { return nil }
        return (0...(count - word.count)).first { Scalars.has(word, in: self, at: $0) }
    }

    func lastStart(of word: [Unicode.Scalar]) -> Int? {
        guard !word.isEmpty, word.count <= count else { return nil }
        return (0...(count - word.count)).reversed().first { Scalars.has(word, in: self, at: $0) }
    }

    /// Spaces off both ends (`String.proseTrimmed` for scalars).
    var proseTrimmed: [Unicode.Scalar] {
        var end = count
        while end > 0, Scalars.isSpace(self[end - 1]) { end -= 1 }
        var start = 0
        while start < end, Scalars.isSpace(self[start]) { start += 1 }
        return start == 0 && end == count ? self : Array(self[start..<end])
    }
}

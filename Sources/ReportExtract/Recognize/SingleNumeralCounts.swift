import Foundation

/// Counts written with one Chinese numeral and a classifier (`四个股室`, `三辆公车`, `分五批`),
/// which the scanner leaves alone (a lone `一` is too often part of a word). In prose they are
/// figures when the classifier is one of the grammar's count or people units, the numeral does
/// not continue a word (`第三`, `周一`, `统一`) and the pair is no idiom (`一起`, `一次性`,
/// `一部分`, `公益一类`; `prose_grammar.numeral_idioms`).
enum SingleNumeralCounts {
    /// The value of a lone numeral; asked of every scalar of every paragraph, so a switch rather
    /// than a hashed lookup. `二` is left out: a count says `两` (`两个`), `二次` / `二级` are ordinals.
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "一": 1
        case "两": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        case "十": 10
        default: nil
        }
    }

    /// The classifiers as `find` takes them: scalars, longest first (made once per rule set).
    static func sortedClassifiers(_ classifiers: [String]) -> [[Unicode.Scalar]] {
        classifiers.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }

    /// - Parameter classifiers: `sortedClassifiers` of the grammar's count and people units.
    static func find(_ text: [Unicode.Scalar], classifiers sorted: [[Unicode.Scalar]], idioms: [String], taken: [ScannedNumber]) -> [ScannedNumber] {
        var covered = [Bool](repeating: false, count: text.count)
        for token in taken { for position in token.range where position < covered.count { covered[position] = true } }
        var found: [ScannedNumber] = []
        for (position, scalar) in text.enumerated() {
            guard let value = digit(scalar), !covered[position], !continuesWord(text, position) else { continue }
            guard let classifier = sorted.first(where: { Scalars.has($0, in: text, at: position + 1) }) else { continue }
            // `一个月以上`, `两个工作日`: the classifier begins a longer unit, a duration no count is
            // (a budget report's `一个月以上` was 1 个); `3个月` printed in digits is no figure either.
            if let unit = UnitLexicon.match(text, at: position + 1), Self.base(of: unit.unit).count > classifier.count { continue }
            let end = position + 1 + classifier.count
            if idioms.contains(where: { isIdiom($0, text, position) }) { continue }
            let raw = Scalars.string(Array(text[position..<end]))
            let number = NumberValue(raw: raw, value: Decimal(value), decimals: 0, unit: Scalars.string(classifier))
            found.append(ScannedNumber(range: position..<end, role: .quantity, value: number))
        }
        return found
    }

    /// A unit without its `/…` part (`次/年` is 次: `四次/年` is a count, as `4次/年` is).
    private static func base(of unit: String) -> Substring.UnicodeScalarView {
        let scalars = unit.unicodeScalars
        return scalars[..<(scalars.firstIndex { "/*·•×".unicodeScalars.contains($0) } ?? scalars.endIndex)]
    }

    /// The character before makes the numeral part of a word or an ordinal.
    private static func continuesWord(_ text: [Unicode.Scalar], _ position: Int) -> Bool {
        guard position > 0 else { return false }
        let before = text[position - 1]
        return digit(before) != nil || before == "二" || NumeralScalarSet.contains(before) || "第周统唯之逐万千百".unicodeScalars.contains(before)
    }

    /// Whether the idiom is printed over the numeral's position; an idiom with no numeral is a
    /// word its classifier starts (`部门`: `六部门印发`, a clerk's reading, was 6 部).
    private static func isIdiom(_ idiom: String, _ text: [Unicode.Scalar], _ position: Int) -> Bool {
        let needle = Array(idiom.unicodeScalars)
        guard needle.contains(where: { digit($0) != nil }) else { return Scalars.has(needle, in: text, at: position + 1) }
        for offset in needle.indices where digit(needle[offset]) != nil {
            let start = position - offset
            if start >= 0, Scalars.has(needle, in: text, at: start) { return true }
        }
        return false
    }
}

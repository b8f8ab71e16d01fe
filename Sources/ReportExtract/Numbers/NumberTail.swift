/// What follows a number's digits: percent sign, `余`/`多`, scale, unit, and a suffix qualifier,
/// in that order (`10余件`, `100多万元`, `5,706.39 万元`, `95%以上`, `4小时以内`).
struct NumberTail: Equatable {
    var end: Int
    var isPercent = false
    /// Digits printed right after `%` (`98%1`), when the caller allows reading them.
    var digitsAfterPercent: [Unicode.Scalar] = []
    var scale: NumberScale?
    var unit: String?
    var qualifiers: [Qualifier] = []
    /// The white space between the digits and the scale, unit or `%`, when there was some.
    var spacedRange: Range<Int>?

    /// Lexes the tail that starts right after the digits at `start`.
    /// - Parameters:
    ///   - allowScale: false after a Chinese numeral, whose own 万/亿 were already read.
    ///   - allowDigitsAfterPercent: read `98%1`'s `1` (whole cells only; in prose a digit after
    ///     `%` usually starts the next list item).
    static func lex(
        _ text: [Unicode.Scalar], at start: Int, allowScale: Bool, allowDigitsAfterPercent: Bool
    ) -> NumberTail {
        var tail = NumberTail(end: start)
        let afterSpaces = Scalars.skipSpaces(text, from: start)
        if afterSpaces < text.count, text[afterSpaces] == "%" {
            tail.isPercent = true
            tail.noteSpace(start, afterSpaces)
            tail.end = afterSpaces + 1
            if allowDigitsAfterPercent { tail.readDigitsAfterPercent(text) }
            tail.readSuffixQualifier(text)
            return tail
        }
        tail.readInfixQualifier(text)
        if allowScale { tail.readScale(text, numberEnd: start) }
        tail.readUnit(text, numberEnd: start)
        tail.readSuffixQualifier(text)
        return tail
    }

    private mutating func noteSpace(_ from: Int, _ to: Int) {
        if to > from { spacedRange = from..<to }
    }

    private mutating func readDigitsAfterPercent(_ text: [Unicode.Scalar]) {
        var index = end
        while Scalars.isDigit(text, index), index - end < 2 { index += 1 }
        guard index > end, !Scalars.isDigit(text, index) else { return }
        digitsAfterPercent = Array(text[end..<index])
        end = index
    }

    private mutating func readInfixQualifier(_ text: [Unicode.Scalar]) {
        guard end < text.count, let qualifier = QualifierWords.infix(text[end]) else { return }
        qualifiers.append(qualifier)
        end += 1
    }

    /// A scale, possibly after spaces that come straight after the digits (`4,402 万元`), and a
    /// `余`/`多` after it (`10万余元`). `千米`, `千克` are units, not scale + unit.
    private mutating func readScale(_ text: [Unicode.Scalar], numberEnd: Int) {
        let index = end == numberEnd ? Scalars.skipSpaces(text, from: end) : end
        guard let (scale, scaleEnd) = NumberScale.read(text, at: index),
            !UnitLexicon.unitStartsWithScale(text, at: index)
        else { return }
        self.scale = scale
        noteSpace(end, index)
        end = scaleEnd
        if qualifiers.isEmpty { readInfixQualifier(text) }
    }

    private mutating func readUnit(_ text: [Unicode.Scalar], numberEnd: Int) {
        let index = end == numberEnd ? Scalars.skipSpaces(text, from: end) : end
        guard let (unit, unitEnd) = UnitLexicon.match(text, at: index) else { return }
        self.unit = unit
        noteSpace(end, index)
        end = unitEnd
    }

    private mutating func readSuffixQualifier(_ text: [Unicode.Scalar]) {
        for (word, qualifier) in QualifierWords.suffixes where Scalars.has(word, in: text, at: end) {
            qualifiers.append(qualifier)
            end += word.count
            return
        }
    }
}

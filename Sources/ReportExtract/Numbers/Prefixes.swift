/// Lexing helpers shared by the parser and the scanner: qualifier words before a figure and the
/// two kinds of figure body.
enum Prefixes {
    static let percentWord: [Unicode.Scalar] = Array("百分之".unicodeScalars)

    /// The qualifier word starting at `index`, longest first, and its length.
    static func qualifier(in text: [Unicode.Scalar], at index: Int, inProse: Bool) -> (Qualifier, Int)? {
        for (word, qualifier) in QualifierWords.prefixes where Scalars.has(word, in: text, at: index) {
            if inProse, QualifierWords.proseExcludedPrefixes.contains(Scalars.string(word)) { continue }
            return (qualifier, word.count)
        }
        return nil
    }

    /// First characters of verbs ending in 约 (签约 合约 预约 节约 制约 履约 违约 契约 特约 邀约 公约 条约 相约 守约 失约 赴约).
    private static let verbsEndingInYue: Set<Unicode.Scalar> = ["签", "合", "预", "节", "制", "履", "违", "契", "特", "邀", "公", "条", "相", "守", "失", "赴"]

    /// The qualifier word ending just before `index` (for the scanner, which meets digits first).
    static func qualifier(in text: [Unicode.Scalar], endingAt index: Int) -> (Qualifier, Int)? {
        for (word, qualifier) in QualifierWords.prefixes where Scalars.has(word, in: text, endingAt: index) {
            if QualifierWords.proseExcludedPrefixes.contains(Scalars.string(word)) { continue }
            // `签约160户`, `节约5万元`: 约 closes a verb there, it does not qualify the number.
            let before = index - word.count - 1
            if word == ["约"], before >= 0, verbsEndingInYue.contains(text[before]) { continue }
            return (qualifier, word.count)
        }
        return nil
    }

    /// An Arabic figure at `index` (a digit): core and tail.
    static func arabicFigure(
        _ text: [Unicode.Scalar], at index: Int, allowDigitsAfterPercent: Bool = true
    ) -> FigureParts? {
        guard let core = ArabicCore.lex(text, at: index) else { return nil }
        let tail = NumberTail.lex(
            text, at: core.range.upperBound, allowScale: true, allowDigitsAfterPercent: allowDigitsAfterPercent)
        return FigureParts(text: text, range: index..<tail.end, body: .arabic(core), tail: tail)
    }

    /// A Chinese (or mixed: `13万2`) numeral at `index` and its tail. The numeral run includes
    /// its own 万/亿, so no scale is read after it.
    static func chineseFigure(
        _ text: [Unicode.Scalar], at index: Int, percentPrefix: Bool = false
    ) -> FigureParts? {
        let end = ChineseNumeral.runEnd(text, from: index)
        guard end > index, let numeral = ChineseNumeral.parse(text[index..<end]) else { return nil }
        let tail = NumberTail.lex(text, at: end, allowScale: false, allowDigitsAfterPercent: false)
        if percentPrefix, tail.isPercent { return nil }
        let start = percentPrefix ? index - percentWord.count : index
        return FigureParts(
            text: text, range: start..<tail.end, percentPrefix: percentPrefix,
            body: .chinese(numeral, raw: Scalars.string(text, index..<end)), tail: tail)
    }
}

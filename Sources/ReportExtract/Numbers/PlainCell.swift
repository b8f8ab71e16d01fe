import Foundation

/// The two commonest cells of a long table read without the general lexer: a plain number
/// (`420.00`, `3`) and a label that cannot be a figure (`津贴补贴`, `2020年公租房维修4869`). The general path
/// copies the cell into a scalar array, trims it into a second one and builds a core, a tail and
/// their arrays: about 14,000 instructions a cell, most of recognize's reading of a table.
///
/// Each shortcut answers only where the general path's answer is certain, and returns nil
/// otherwise; `PlainCellTests` holds both equal to `NumberParser.parseInGeneral` on generated
/// cells.
enum PlainCell {
    /// ASCII digits with at most one point between digits, nothing else (no space, sign, comma,
    /// unit): the value the general path reads, with no repairs. Integers of 11 or more digits
    /// (codes: the general path calls them text) and numbers of over 18 digits are left to it.
    static func plainNumber(_ text: String) -> NumberValue? {
        let utf8 = text.utf8
        guard utf8.count <= 19 else { return nil }
        var digitCount = 0
        var decimals = 0
        var sawPoint = false
        // The significant digits (leading zeros dropped, as `DecimalText.decimal` drops them),
        // at most 18: exact in a UInt64.
        var chunk: UInt64 = 0
        var significant = 0
        for byte in utf8 {
            let digit = byte &- 0x30
            if digit < 10 {
                digitCount += 1
                if sawPoint { decimals += 1 }
                if significant > 0 || digit != 0 {
                    chunk = chunk * 10 + UInt64(digit)
                    significant += 1
                }
            } else if byte == 0x2E, !sawPoint, digitCount > 0 {
                sawPoint = true
            } else {
                return nil
            }
        }
        guard digitCount > 0, !sawPoint || decimals > 0, sawPoint || digitCount <= 10, significant <= 18
        else { return nil }
        // The same `Decimal` operations as `DecimalText.decimal`, so the value is built exactly as
        // the general path builds it.
        var significand = Decimal(0)
        if significant > 0 { significand = significand * DecimalText.powerOfTen(significant) + Decimal(chunk) }
        let value = Decimal(sign: .plus, exponent: -decimals, significand: significand)
        return NumberValue(raw: text, value: value, decimals: decimals)
    }

    /// Whether the general path surely reads the cell as text: it opens with a Han character
    /// that starts no figure, qualifier or placeholder word (`津贴补贴`), or with a digit and has a
    /// digit after a Han character that is no numeral (`2020年公租房维修4869`).
    static func isPlainLabel(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first else { return false }
        if Scalars.isHan(first) {
            return !ChineseNumeral.isNumeralScalar(first) && !figureOpeners.contains(first)
        }
        guard Scalars.isDigit(first) else { return false }
        // A figure led by a digit holds digits only in its body (Arabic digits, or a run of
        // digits, numerals and 点) and right after `%`; its tail (scale, unit, `以上`, an unknown
        // unit of Han characters) has none. So a digit after a non-numeral Han character lies
        // outside any figure, and the cell is no whole figure. A parenthesis before any word may
        // open a note on the figure (`854万（高标准农田建设400万元，…）`): the general path decides.
        var pastWord = false
        for scalar in scalars {
            if pastWord {
                if Scalars.isDigit(scalar) { return true }
            } else if scalar == "(" || scalar == "（" {
                return false
            } else if Scalars.isHan(scalar), !ChineseNumeral.isNumeralScalar(scalar) {
                pastWord = true
            }
        }
        return false
    }

    /// First scalars of the words that may open a cell's figure or say it has none: qualifiers
    /// (`不低于`, `约`), the sign `负`, `百分之` and the placeholder words (`无`, `暂无`, `空`).
    private static let figureOpeners: Set<Unicode.Scalar> = {
        var openers = Set(QualifierWords.prefixes.map { $0.word[0] })
        openers.insert("负")
        openers.insert(Prefixes.percentWord[0])
        for word in Placeholders.words { if let first = word.unicodeScalars.first { openers.insert(first) } }
        return openers
    }()
}

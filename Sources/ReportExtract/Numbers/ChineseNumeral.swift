import Foundation

/// An exact parser for Chinese numerals, including financial forms and Arabic digit groups mixed
/// in: `一千二百三十四`, `壹仟贰佰`, `两千`, `廿五`, `二〇二三`, `三点五万`, `三万五` (35000),
/// `13万2` (132000), `十亿3000万`.
///
/// Written here rather than calling ICU's spellout parser: it is exact, about a hundred times
/// cheaper (the scanner runs it over prose), handles mixed Arabic forms and `廿`, and reports the
/// trailing 万/亿 separately so the value model can keep mantissa and scale apart
/// (`三百五十万` → 350 at scale 万). ICU's parser is used in the tests as an independent oracle.
///
/// Not handled (returns nil): ranges written as adjacent digits (`三五万` is "3 to 5 万"), fractions
/// other than `百分之` (handled by the callers), and a digit after a unit with a point following
/// (`一千二点五`).
enum ChineseNumeral {
    struct Result: Equatable {
        /// The mantissa: the whole value, or the value divided by `scale` when the numeral ends in
        /// 万 or 亿.
        var value: Decimal
        /// Digits after 点.
        var decimals: Int
        var scale: NumberScale?
        /// Read digit by digit with no unit characters (`二〇二三`): a year or a code, usually.
        var isDigitByDigit: Bool
        /// The digits, for digit-by-digit numerals (year checks).
        var digits: [Unicode.Scalar]
    }

    /// Whether `scalar` can be part of a Chinese numeral (Arabic digits excepted).
    static func isNumeralScalar(_ scalar: Unicode.Scalar) -> Bool {
        token(for: scalar) != nil || scalar == "点"
    }

    private static func isDigitOrZero(_ scalar: Unicode.Scalar) -> Bool {
        switch token(for: scalar) {
        case .digit, .zero: true
        default: false
        }
    }

    /// Whether `scalar` is a unit character (十 百 千 万 亿 and their other forms, 廿 卅).
    static func isUnitScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch token(for: scalar) {
        case .small, .big, .tens: true
        default: false
        }
    }

    /// End of the numeral run starting at `start`: Chinese numeral scalars, Arabic digits, and 点
    /// when a digit follows.
    static func runEnd(_ text: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < text.count {
            let scalar = text[index]
            if scalar == "点" {
                guard index + 1 < text.count, isDigitOrZero(text[index + 1]) else { break }
            } else if !(Scalars.isDigit(scalar) || token(for: scalar) != nil) {
                break
            }
            index += 1
        }
        return index
    }

    /// Parses the whole of `scalars` (no sign, no unit), or returns nil.
    static func parse(_ scalars: ArraySlice<Unicode.Scalar>) -> Result? {
        guard let tokens = tokenize(scalars), let last = tokens.last else { return nil }
        var scale: NumberScale?
        if case .big(let exponent) = last, tokens.count > 1 { scale = exponent == 8 ? .yi : .wan }
        if let point = tokens.firstIndex(of: .point) {
            return parseWithPoint(tokens[..<point], tokens[(point + 1)...].dropLast(scale == nil ? 0 : 1), scale)
        }
        guard tokens.contains(where: \.isUnit) else {
            return digitValue(tokens[...]).map {
                Result(value: $0.value, decimals: 0, scale: nil, isDigitByDigit: true, digits: $0.digits)
            }
        }
        // A trailing 万/亿 applies to everything before it (一亿二千万 = 1.2 亿 = 12000 万): read
        // the full value, then divide the scale back out, which is exact in Decimal.
        guard let full = unitValue(tokens[...], pointFollows: false) else { return nil }
        let value = scale.map { full.value * DecimalText.powerOfTen(-$0.exponent) } ?? full.value
        return Result(value: value, decimals: 0, scale: scale, isDigitByDigit: false, digits: [])
    }

    /// `三点五`, `一千二百三十四点五六`, `三点五万`: the integer part may not hold 万 or 亿.
    private static func parseWithPoint(
        _ integer: ArraySlice<Token>, _ fraction: ArraySlice<Token>, _ scale: NumberScale?
    ) -> Result? {
        var digits: [Unicode.Scalar] = []
        for token in fraction {
            guard case .digit(let digit) = token else { return nil }
            digits.append(Unicode.Scalar(UInt8(0x30 + digit)))
        }
        guard !digits.isEmpty, !integer.contains(where: \.isBig) else { return nil }
        let hasUnits = integer.contains(where: \.isUnit)
        guard let whole = hasUnits ? unitValue(integer, pointFollows: true) : digitValue(integer),
            let fractionValue = DecimalText.decimal(digits: digits, decimals: digits.count)
        else { return nil }
        return Result(
            value: whole.value + fractionValue, decimals: digits.count, scale: scale,
            isDigitByDigit: !hasUnits, digits: whole.digits)
    }
}

// MARK: - Tokens

extension ChineseNumeral {
    enum Token: Equatable {
        case digit(Int)
        /// An Arabic digit group inside a Chinese numeral (`十亿3000万`).
        case arabic(Decimal, length: Int)
        /// 零 or 〇 between units (`一千零五`).
        case zero
        /// 十 百 千 as powers of ten.
        case small(Int)
        /// 万 亿 as powers of ten.
        case big(Int)
        /// 廿 (20) and 卅 (30).
        case tens(Int)
        case point

        var isUnit: Bool {
            switch self {
            case .small, .big, .tens: true
            default: false
            }
        }

        var isBig: Bool { if case .big = self { true } else { false } }
    }

    static func token(for scalar: Unicode.Scalar) -> Token? {
        switch scalar {
        case "零", "〇", "○": .zero
        case "一", "壹": .digit(1)
        case "二", "两", "兩", "贰", "貳": .digit(2)
        case "三", "叁", "参", "參": .digit(3)
        case "四", "肆": .digit(4)
        case "五", "伍": .digit(5)
        case "六", "陆", "陸": .digit(6)
        case "七", "柒": .digit(7)
        case "八", "捌": .digit(8)
        case "九", "玖": .digit(9)
        case "十", "拾": .small(1)
        case "百", "佰": .small(2)
        case "千", "仟": .small(3)
        case "万", "萬": .big(4)
        case "亿", "億": .big(8)
        case "廿": .tens(20)
        case "卅": .tens(30)
        default: nil
        }
    }

    /// Tokens of a run; Arabic digit groups become one token each. 〇/零 stay `.zero` here and are
    /// read as the digit 0 in digit-by-digit numerals.
    private static func tokenize(_ scalars: ArraySlice<Unicode.Scalar>) -> [Token]? {
        var tokens: [Token] = []
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if Scalars.isDigit(scalar) {
                var end = index
                while end < scalars.endIndex, Scalars.isDigit(scalars[end]) { end += 1 }
                guard let value = DecimalText.decimal(digits: scalars[index..<end], decimals: 0) else { return nil }
                tokens.append(.arabic(value, length: end - index))
                index = end
                continue
            }
            if scalar == "点" {
                tokens.append(.point)
            } else if let token = token(for: scalar) {
                // After 点, 〇 and 零 are plain digits.
                tokens.append(token == .zero && tokens.contains(.point) ? .digit(0) : token)
            } else {
                return nil
            }
            index += 1
        }
        return tokens
    }
}

// MARK: - Values

extension ChineseNumeral {
    typealias Whole = (value: Decimal, digits: [Unicode.Scalar])

    /// Digit by digit (`二〇二三`, `一七二零`), or a single digit. Two digits without a zero
    /// (`三五`) mean "three or five", not 35.
    private static func digitValue(_ tokens: ArraySlice<Token>) -> Whole? {
        if tokens.count == 1, case .arabic(let value, _) = tokens.first! { return (value, []) }
        var digits: [Unicode.Scalar] = []
        for token in tokens {
            switch token {
            case .digit(let digit): digits.append(Unicode.Scalar(UInt8(0x30 + digit)))
            case .zero: digits.append("0")
            default: return nil
            }
        }
        guard digits.count == 1 || digits.count >= 3 || tokens.contains(.zero) else { return nil }
        guard let value = DecimalText.decimal(digits: digits, decimals: 0) else { return nil }
        return (value, digits)
    }

    /// A numeral with unit characters, by sections: below 万, the 万 section, the 亿 sections.
    private static func unitValue(_ tokens: ArraySlice<Token>, pointFollows: Bool) -> Whole? {
        var state = UnitState()
        for token in tokens {
            guard state.apply(token) else { return nil }
        }
        return state.finish(pointFollows: pointFollows).map { ($0, []) }
    }

    private struct UnitState {
        var total = Decimal(0)
        var section = Decimal(0)
        var small = Decimal(0)
        var pending: Decimal?
        var pendingIsOneDigit = false
        /// Exponent of the last small unit in the current section, to reject `百千`.
        var lastSmall = 4
        var sawWanInSection = false
        /// Exponent of the unit just before the pending digit (for `三万五` = 35000).
        var lastUnit: Int?
        var zeroSinceUnit = false

        mutating func apply(_ token: Token) -> Bool {
            switch token {
            case .digit(let digit):
                guard pending == nil else { return false }
                pending = Decimal(digit)
                pendingIsOneDigit = true
            case .arabic(let value, let length):
                guard pending == nil else { return false }
                pending = value
                pendingIsOneDigit = length == 1
            case .zero:
                guard pending == nil else { return false }
                zeroSinceUnit = true
            case .tens(let value):
                guard pending == nil, lastSmall > 1 else { return false }
                small += Decimal(value)
                unitDone(small: 1)
            case .small(let exponent):
                guard exponent < lastSmall else { return false }
                let multiplier = DecimalText.powerOfTen(exponent)
                if let pending {
                    // Arabic groups before 十百千 (`30百`) are not a numeral anyone writes.
                    guard pendingIsOneDigit else { return false }
                    small += pending * multiplier
                } else {
                    small += multiplier
                }
                unitDone(small: exponent)
            case .big(let exponent):
                let group = small + (pending ?? 0)
                if exponent == 4 {
                    guard group > 0, !sawWanInSection else { return false }
                    section += group * DecimalText.powerOfTen(4)
                    sawWanInSection = true
                } else {
                    let value = section + group
                    guard value > 0 else { return false }
                    total = (total + value) * DecimalText.powerOfTen(8)
                    section = 0
                    sawWanInSection = false
                }
                small = 0
                unitDone(small: 4, unit: exponent)
            case .point:
                return false
            }
            return true
        }

        private mutating func unitDone(small exponent: Int, unit: Int? = nil) {
            pending = nil
            lastSmall = exponent
            lastUnit = unit ?? exponent
            zeroSinceUnit = false
        }

        func finish(pointFollows: Bool) -> Decimal? {
            var last = Decimal(0)
            if let pending {
                if let lastUnit, !zeroSinceUnit, lastUnit >= 2 {
                    // A lone digit right after a unit abbreviates the next lower unit:
                    // 一千二 = 1200, 三万五 = 35000. Before 点 that reading is ambiguous.
                    if pointFollows { return nil }
                    last = pendingIsOneDigit ? pending * DecimalText.powerOfTen(lastUnit - 1) : pending
                    if !pendingIsOneDigit, pending >= DecimalText.powerOfTen(lastUnit) { return nil }
                } else {
                    last = pending
                }
            }
            return total + section + small + last
        }
    }
}

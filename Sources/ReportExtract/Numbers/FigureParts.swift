import Foundation

/// A lexed figure before interpretation: qualifiers, sign, digits and tail. The parser and the
/// scanner lex differently (whole cell vs. token in prose) but build readings the same way here.
struct FigureParts {
    enum Body {
        case arabic(ArabicCore)
        case chinese(ChineseNumeral.Result, raw: String)
    }

    var text: [Unicode.Scalar]
    /// Scalar range of the whole figure in `text`, qualifiers included.
    var range: Range<Int>
    var prefixQualifiers: [Qualifier] = []
    var negative = false
    /// Written as `百分之…`.
    var percentPrefix = false
    var body: Body
    var tail: NumberTail
    /// A stray point printed after the last digit (`7.50.`), read as a repair.
    var trailingPoint = false
    /// The tail's unit is a word the lexicon does not know.
    var unitIsUnknown = false

    var raw: String { Scalars.string(text, range) }

    /// Every reading of the figure, each with the repairs that produced it; empty when the digits
    /// cannot be read as a number at all.
    func readings(context: NumberContext) -> [NumberValue] {
        let raw = self.raw
        switch body {
        case .arabic(let core):
            return core.readings().flatMap { percentVariants(of: $0, core: core, raw: raw) }
                .map { scoreRepaired(finish($0), context: context) }
        case .chinese(let numeral, _):
            var value = base(raw: raw, value: numeral.value, decimals: numeral.decimals, repairs: [])
            value.scale = numeral.scale
            return [scoreRepaired(finish(value), context: context)]
        }
    }

    private func base(raw: String, value: Decimal, decimals: Int, repairs: [NumberRepair]) -> NumberValue {
        var repairs = repairs
        if trailingPoint {
            repairs.append(NumberRepair(kind: .trailingPoint, from: raw, to: String(raw.dropLast())))
        }
        var reading = NumberValue(
            raw: raw, value: negative ? -value : value, decimals: decimals, scale: tail.scale,
            unit: tail.unit, qualifiers: prefixQualifiers + tail.qualifiers,
            isPercent: tail.isPercent || percentPrefix, repairs: repairs)
        reading.unitIsUnknown = unitIsUnknown
        return reading
    }

    /// `98%1`: the printed digit after `%` is either stray (`98%`) or lost its point (`98.1%`).
    private func percentVariants(of reading: ArabicCore.Reading, core: ArabicCore, raw: String) -> [NumberValue] {
        func value(_ reading: ArabicCore.Reading) -> NumberValue? {
            DecimalText.decimal(digits: reading.digits, decimals: reading.decimals).map {
                base(raw: raw, value: $0, decimals: reading.decimals, repairs: reading.repairs)
            }
        }
        let trailing = tail.digitsAfterPercent
        guard !trailing.isEmpty else { return [value(reading)].compactMap { $0 } }
        let from = core.raw + "%" + Scalars.string(trailing)
        var dropped = reading
        dropped.repairs.append(NumberRepair(kind: .digitAfterPercent, from: from, to: reading.text + "%"))
        var joined = reading
        joined.digits += trailing
        joined.decimals += trailing.count
        joined.repairs.append(NumberRepair(kind: .digitAfterPercent, from: from, to: joined.text + "%"))
        return [value(dropped), value(joined)].compactMap { $0 }
    }

    /// Records the space between the digits and what follows (harmless, but recorded).
    private func finish(_ value: NumberValue) -> NumberValue {
        guard let spaced = tail.spacedRange else { return value }
        var value = value
        let after = Scalars.string(text, spaced.upperBound..<min(tail.end, text.count))
        value.repairs.append(
            NumberRepair(kind: .spacedUnit, from: Scalars.string(text, spaced) + after, to: after))
        return value
    }

    /// In a score column `份` is a typo for `分` (the keys are neighbours in pinyin input).
    private func scoreRepaired(_ value: NumberValue, context: NumberContext) -> NumberValue {
        guard context.isScoreColumn, value.unit == "份", value.scale == nil, !value.isPercent else { return value }
        var value = value
        let digits: String
        switch body {
        case .arabic(let core): digits = core.raw
        case .chinese(_, let raw): digits = raw
        }
        value.unit = "分"
        value.repairs.append(NumberRepair(kind: .fenForScore, from: digits + "份", to: value.valueString + "分"))
        return value
    }
}

/// Reads one whole table cell as a figure, an explicit absence, or text.
///
/// The whole cell must be one figure: an optional qualifier (`≥`, `约`, `不低于`), a sign, the
/// digits (Arabic with thousands separators, or a Chinese numeral, or `百分之…`), then `%`, `余`,
/// a scale, a unit and a suffix qualifier (`以上`, `以内`, `左右`). Anything left over makes the
/// cell text: `满意度达90%上`, `指标1：`, `2024年12月之前`, `100，200`.
///
/// Repairs are typed and never silent: a malformed cell (`1124..65`, `98%1`, `10份` in a score
/// column) comes back as candidates. Not handled: ranges (`3-5万`, `3至5万`) and fractions other
/// than `百分之` are text.
public struct NumberParser: Sendable {
    public init() {}

    public func parse(_ text: String, context: NumberContext = .init()) -> NumberReading {
        // Most cells of a long table are a plain number or a label (see `PlainCell`).
        if let value = PlainCell.plainNumber(text) { return .value(value) }
        if PlainCell.isPlainLabel(text) { return .text }
        return parseInGeneral(text, context: context)
    }

    /// The general path, which `PlainCell`'s shortcuts must agree with.
    func parseInGeneral(_ text: String, context: NumberContext = .init()) -> NumberReading {
        let scalars = text.scalarArray
        // `CellText.isSpace` is the White_Space property (a test holds them equal), without the
        // property lookup per scalar.
        guard let first = scalars.firstIndex(where: { !CellText.isSpace($0) }) else { return .absent("") }
        let last = scalars.lastIndex(where: { !CellText.isSpace($0) })!
        let cell = Array(scalars[first...last])
        // No placeholder opens with a digit (most cells do): their trimmed text is never made.
        if !Scalars.isDigit(cell, 0) {
            let trimmed = Scalars.string(cell)
            if Placeholders.isPlaceholder(trimmed) { return .absent(trimmed) }
        }
        guard let parts = lexCell(cell), !isNotAQuantity(parts) else { return .text }
        let values = parts.readings(context: context)
        if values.count == 1, !values[0].isRepaired { return .value(values[0]) }
        return values.isEmpty ? .text : .candidates(values)
    }

    /// The figure filling the whole cell, or nil.
    private func lexCell(_ cell: [Unicode.Scalar]) -> FigureParts? {
        // `=100%` (an operator column folded into the cell) states the value itself.
        var index = cell.first == "=" ? Scalars.skipSpaces(cell, from: 1) : 0
        var qualifiers: [Qualifier] = []
        if let (qualifier, length) = Prefixes.qualifier(in: cell, at: index, inProse: false) {
            qualifiers.append(qualifier)
            index = Scalars.skipSpaces(cell, from: index + length)
        }
        var negative = false
        if index < cell.count, cell[index] == "-" || cell[index] == "+" || cell[index] == "负" {
            negative = cell[index] != "+"
            index += 1
        }
        var parts: FigureParts?
        if Scalars.isDigit(cell, index) {
            parts = Prefixes.arabicFigure(cell, at: index)
            if parts?.range.upperBound != cell.count, let mixed = Prefixes.chineseFigure(cell, at: index),
                mixed.range.upperBound == cell.count
            {
                parts = mixed  // `13万2`
            }
        } else if Scalars.has(Prefixes.percentWord, in: cell, at: index) {
            parts = Prefixes.chineseFigure(cell, at: index + Prefixes.percentWord.count, percentPrefix: true)
        } else if index < cell.count, ChineseNumeral.isNumeralScalar(cell[index]) {
            parts = Prefixes.chineseFigure(cell, at: index)
        }
        guard var parts else { return nil }
        if parts.range.upperBound != cell.count, !Self.readLeftover(cell, into: &parts) { return nil }
        parts.range = 0..<cell.count
        parts.prefixQualifiers = qualifiers
        parts.negative = negative
        return parts
    }

    /// What may follow a whole-cell figure's tail and still leave one figure: a stray point after
    /// the digits (`7.50.`), or a short word the unit lexicon does not know, kept as the unit
    /// (`20场次` before 场次 was listed). Calendar words and `级` never make a unit: `12月`, `3级`.
    private static func readLeftover(_ cell: [Unicode.Scalar], into parts: inout FigureParts) -> Bool {
        let rest = Array(cell[parts.range.upperBound...])
        let tail = parts.tail
        // `854万（高标准农田建设400万元，示范建设295万元，畅通工程159万元）` (岳阳县's 2022 申报表): the
        // figure, then its breakdown in parentheses to the cell's end, a note on it.
        if Self.isClosingNote(rest) { return true }
        if rest == ["."], case .arabic = parts.body, tail.unit == nil, tail.scale == nil, !tail.isPercent,
            tail.qualifiers.isEmpty
        {
            parts.trailingPoint = true
            return true
        }
        guard case .arabic = parts.body, !tail.isPercent, tail.qualifiers.isEmpty,
            (1...(tail.unit == nil ? 3 : 2)).contains(rest.count),
            rest.allSatisfy(Scalars.isHan), !Self.notUnits.contains(rest[0])
        else { return false }
        parts.tail.unit = (tail.unit ?? "") + Scalars.string(rest)  // `10件套`
        parts.tail.end = cell.count
        parts.unitIsUnknown = true
        return true
    }

    /// A parenthesized note making up the rest of a cell, opening with a word, not a number.
    private static func isClosingNote(_ rest: [Unicode.Scalar]) -> Bool {
        guard rest.count >= 4, rest[0] == "(" || rest[0] == "（", rest.last == ")" || rest.last == "）",
            Scalars.isHan(rest[1]), !ChineseNumeral.isNumeralScalar(rest[1])
        else { return false }
        return rest.dropFirst().dropLast().allSatisfy { $0 != "(" && $0 != "（" && $0 != ")" && $0 != "）" }
    }

    /// First characters of words that follow numbers without being units.
    private static let notUnits: Set<Unicode.Scalar> = Set("月日号时点级年届岁第季期至到和及与或中内后前以左".unicodeScalars)

    /// Years (`2023年`, `二〇二三年`), dotted dates (`2023.9.18`) and long digit strings without a
    /// unit (phone numbers, codes) look like numbers but are not quantities.
    private func isNotAQuantity(_ parts: FigureParts) -> Bool {
        let tail = parts.tail
        switch parts.body {
        case .arabic(let core):
            if core.looksLikeDottedDate { return true }
            if core.isPlainInteger, tail.unit?.startsWithScalars("年") == true, tail.scale == nil,
                DateShape.isYear(core.groups[0])
            {  // `2023年`, `2023年度`
                return true
            }
            let bare = tail.unit == nil && tail.scale == nil && !tail.isPercent && parts.prefixQualifiers.isEmpty
            return bare && core.isPlainInteger && core.digitCount >= 11
        case .chinese(let numeral, _):
            return numeral.isDigitByDigit && tail.unit == "年" && DateShape.isYear(numeral.digits)
        }
    }
}

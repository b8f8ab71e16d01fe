/// Finds number tokens in prose: `年初预算数3550.44万元`, `在职人员32人`, `执行率100%`,
/// `5,706.39 万元`, `约10余件`, `三百五十万元`, `百分之九十八`.
///
/// A hand-written pass over Unicode scalars (Swift `Regex` is 10-20× slower, and this runs over
/// every paragraph). Every token gets a role, so callers can skip years, dates, list markers,
/// labels and codes. Prose-specific caution:
/// - a digit after `%` is not read as part of the figure (`100%2、…` starts a list item);
/// - `近` is not a qualifier (`近3年` means "the last three years");
/// - a Chinese numeral counts only with a unit after it and at least two characters including a
///   unit character (`三百五十万元`, `十二人`), or after `百分之`, so `统一`, `一是`, `十分`, `千万`
///   and `第三` yield nothing;
/// - `13万2` is read as `13万` and `2` (the mixed form is for whole cells).
public struct NumberScanner: Sendable {
    public init() {}

    public func scan(_ text: String) -> [ScannedNumber] {
        let scalars = text.scalarArray
        var tokens: [ScannedNumber] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if Scalars.isDigit(scalar) {
                index = scanArabic(scalars, at: index, into: &tokens)
            } else if NumeralScalarSet.contains(scalar) {
                index = scanChinese(scalars, at: index, into: &tokens)
            } else {
                index += 1
            }
        }
        return tokens
    }

    // MARK: - Arabic numerals

    /// Scans the token whose digits start at `start`; returns where scanning resumes.
    private func scanArabic(_ text: [Unicode.Scalar], at start: Int, into tokens: inout [ScannedNumber]) -> Int {
        guard var parts = Prefixes.arabicFigure(text, at: start, allowDigitsAfterPercent: false),
            case .arabic(let core) = parts.body
        else { return start + 1 }
        if let (end, role) = TokenShapes.dateOrPhone(text, core: core) {
            emit(FigureParts(text: text, range: start..<end, body: parts.body, tail: NumberTail(end: end)),
                 role: role, into: &tokens, plainDigits: core.groups[0])
            return end
        }
        if let yearStart = TokenShapes.listMarkerBeforeYear(text, core: core) ?? TokenShapes.listMarkerBeforeCount(text, core: core) {
            let marker = start..<(yearStart - 1)
            emit(FigureParts(text: text, range: marker, body: parts.body, tail: NumberTail(end: marker.upperBound)),
                 role: .listMarker, into: &tokens, plainDigits: core.groups[0])
            return yearStart
        }
        attachPrefix(&parts, text: text, allowSign: true)
        let (role, end) = TokenShapes.role(of: parts, core: core, text: text)
        parts.range = parts.range.lowerBound..<end
        emit(parts, role: role, into: &tokens)
        return end
    }

    /// Takes a sign and a qualifier word just before the digits into the token.
    private func attachPrefix(_ parts: inout FigureParts, text: [Unicode.Scalar], allowSign: Bool) {
        var start = parts.range.lowerBound
        if allowSign, start > 0, text[start - 1] == "-" || text[start - 1] == "+",
            !TokenShapes.isNumberLike(text, start - 2)
        {
            parts.negative = text[start - 1] == "-"
            start -= 1
        }
        var wordEnd = start
        while wordEnd > 0, Scalars.isSpace(text[wordEnd - 1]) { wordEnd -= 1 }
        if let (qualifier, length) = Prefixes.qualifier(in: text, endingAt: wordEnd) {
            parts.prefixQualifiers = [qualifier]
            start = wordEnd - length
        }
        parts.range = start..<parts.range.upperBound
    }

    // MARK: - Chinese numerals

    private func scanChinese(_ text: [Unicode.Scalar], at start: Int, into tokens: inout [ScannedNumber]) -> Int {
        if Scalars.has(Prefixes.percentWord, in: text, at: start) {
            let numberStart = start + Prefixes.percentWord.count
            guard var parts = Prefixes.chineseFigure(text, at: numberStart, percentPrefix: true) else {
                return numberStart
            }
            attachPrefix(&parts, text: text, allowSign: false)
            emit(parts, role: .quantity, into: &tokens)
            return parts.tail.end
        }
        let runEnd = ChineseNumeral.runEnd(text, from: start)
        // On failure resume at the first Arabic digit, so `一2023年` still finds 2023.
        let resume = (start..<runEnd).first { Scalars.isDigit(text[$0]) } ?? max(runEnd, start + 1)
        guard runEnd - start >= 2, start == 0 || text[start - 1] != "第",
            var parts = Prefixes.chineseFigure(text, at: start),
            case .chinese(let numeral, _) = parts.body
        else { return resume }
        if numeral.isDigitByDigit {
            guard parts.tail.unit == "年", DateShape.isYear(numeral.digits) else { return resume }
            emit(parts, role: .year, into: &tokens)
            return parts.tail.end
        }
        guard parts.tail.unit != nil || parts.tail.isPercent else { return resume }
        attachPrefix(&parts, text: text, allowSign: false)
        emit(parts, role: .quantity, into: &tokens)
        return parts.tail.end
    }

    // MARK: - Output

    private func emit(
        _ parts: FigureParts, role: ScannedNumber.Role, into tokens: inout [ScannedNumber],
        plainDigits: [Unicode.Scalar]? = nil
    ) {
        var readings = parts.readings(context: NumberContext())
        if let plainDigits {
            // Dates, phone numbers and a list marker split off `2.2022年` are not figures: their
            // value is just the leading digit group, with no repair candidates.
            guard let value = DecimalText.decimal(digits: plainDigits, decimals: 0) else { return }
            readings = [NumberValue(raw: parts.raw, value: value, decimals: 0)]
        }
        guard let first = readings.first else { return }
        let repaired = readings.count > 1 || first.isRepaired
        tokens.append(
            ScannedNumber(range: parts.range, role: role, value: first, candidates: repaired ? readings : []))
    }
}

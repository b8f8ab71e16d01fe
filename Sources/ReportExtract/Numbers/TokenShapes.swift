/// How the scanner tells figures from the other numbers in prose: years, dates, list markers,
/// labels, codes and range ends. Each test looks only at the token and its immediate neighbours.
enum TokenShapes {
    private static let labelWords: [[Unicode.Scalar]] =
        ["指标", "附件", "序号", "编号", "表", "图"].map { Array($0.unicodeScalars) }
    private static let ordinalWord: [Unicode.Scalar] = ["第"]
    private static let rangeLinks: Set<Unicode.Scalar> = ["-", "~", "〜", "至", "到", "\u{2014}", "\u{2013}"]
    private static let clauseStarts: Set<Unicode.Scalar> = ["\n", "\r", "\t", "。", "；", ";", "：", ":"]
    private static let dateWords: Set<Unicode.Scalar> = ["月", "日"]
    private static let phoneWords: [[Unicode.Scalar]] =
        ["电话", "手机", "传真"].map { Array($0.unicodeScalars) }
    private static let documentNumberOpeners: Set<Unicode.Scalar> = ["〔", "[", "【"]
    private static let documentNumberClosers: Set<Unicode.Scalar> = ["〕", "]", "】"]

    /// `2023-9-18`, `2023/9/18`, `2023.9.18`, `2023-09` (dates) and `0737-1234567` (a phone
    /// number): the end of the whole token and its role.
    static func dateOrPhone(_ text: [Unicode.Scalar], core: ArabicCore) -> (Int, ScannedNumber.Role)? {
        if core.looksLikeDottedDate { return (core.range.upperBound, .date) }
        guard core.isPlainInteger else { return nil }
        let separatorIndex = core.range.upperBound
        guard separatorIndex < text.count, text[separatorIndex] == "-" || text[separatorIndex] == "/" else {
            return nil
        }
        let separator = text[separatorIndex]
        var groups = [core.groups[0]]
        var index = separatorIndex
        while index < text.count, text[index] == separator, Scalars.isDigit(text, index + 1), groups.count < 3 {
            var end = index + 1
            while Scalars.isDigit(text, end) { end += 1 }
            groups.append(Array(text[(index + 1)..<end]))
            index = end
        }
        if DateShape.isDate(groups) { return (index, .date) }
        let isLandline = separator == "-" && groups.count == 2 && groups[0].first == "0"
            && (3...4).contains(groups[0].count) && (7...8).contains(groups[1].count)
        return isLandline ? (index, .code) : nil
    }

    /// `2.2022年部门预算调整情况` at the start of a line is the list marker `2.` and the year
    /// `2022年`, not 2.2022: the index where the year starts.
    static func listMarkerBeforeYear(_ text: [Unicode.Scalar], core: ArabicCore) -> Int? {
        guard core.separators == [.point], !core.hasLetters, core.groups[0].count <= 2,
            DateShape.isYear(core.groups[1]), core.range.upperBound < text.count,
            text[core.range.upperBound] == "年", isClauseStart(text, core.range.lowerBound)
        else { return nil }
        return core.range.lowerBound + core.groups[0].count + 1
    }

    /// `2.164个农家书屋…` at the start of a line (盐边县 2021) is the list marker `2.` and the
    /// count `164个`, not 2.164: no count of these comes in fractions. `1.5个百分点` stays a figure.
    /// The index where the count starts.
    static func listMarkerBeforeCount(_ text: [Unicode.Scalar], core: ArabicCore) -> Int? {
        guard core.separators == [.point], !core.hasLetters, core.groups[0].count <= 2, core.groups[0] != ["0"],
            core.range.upperBound < text.count, wholeCountUnits.contains(text[core.range.upperBound]),
            !Scalars.has(percentagePoint, in: text, at: core.range.upperBound + 1),
            isClauseStart(text, core.range.lowerBound)
        else { return nil }
        return core.range.lowerBound + core.groups[0].count + 1
    }

    private static let wholeCountUnits = Set("个人名户家所项件次场座处间".unicodeScalars)
    private static let percentagePoint = Array("百分点".unicodeScalars)

    /// The role of an ordinary token, and its end (a date or label may take in a few scalars).
    static func role(
        of parts: FigureParts, core: ArabicCore, text: [Unicode.Scalar]
    ) -> (ScannedNumber.Role, Int) {
        let digitsStart = core.range.lowerBound
        let end = parts.range.upperBound
        let tail = parts.tail
        let bare = tail.unit == nil && tail.scale == nil && !tail.isPercent && tail.qualifiers.isEmpty
            && parts.prefixQualifiers.isEmpty && !parts.negative
        if isGluedToLetters(text, digitsStart, end, tail) { return (.code, end) }
        if bare, core.isPlainInteger, core.digitCount >= 11 { return (.code, end) }
        if bare, core.isPlainInteger, isPhoneOrDocumentNumber(text, digitsStart, end) {
            return (.code, text.count > end && text[end] == "号" ? end + 1 : end)
        }
        if let labelEnd = labelEnd(text, digitsStart: digitsStart, end: end, bare: bare) {
            return (.label, labelEnd)
        }
        if core.isPlainInteger, tail.unit == "年", tail.scale == nil, DateShape.isYear(core.groups[0]) {
            return (.year, end)
        }
        // `保山市卫生健康委员会2022项目绩效自评报告` (a clerk's reading: 2022 项, a count), `3113项目`: a
        // year or a code naming a project; `完成3项目标` counts.
        if core.isPlainInteger, core.digitCount >= 4, tail.unit == "项", tail.scale == nil, end < text.count, text[end] == "目" {
            return (.code, end)
        }
        if bare, core.isPlainInteger, let dateEnd = dateEnd(text, after: end) { return (.date, dateEnd) }
        if bare, core.isPlainInteger, end < text.count, text[end] == "号" { return (.label, end + 1) }
        if bare, core.isPlainInteger, core.digitCount <= 3, isListMarker(text, digitsStart, end) {
            return (.listMarker, end)
        }
        if bare, isYearBeforeYearRange(text, core: core, end: end) { return (.year, end) }
        if isRangeEnd(text, start: parts.range.lowerBound, end: end) { return (.rangeBound, end) }
        return (.quantity, end)
    }

    /// Whether the scalar at `index` makes a following `-` a dash rather than a minus sign.
    static func isNumberLike(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index >= 0, index < text.count else { return false }
        let scalar = text[index]
        return Scalars.isDigit(scalar) || Scalars.isASCIILetter(scalar) || scalar == "%"
            || NumberScale(scalar: scalar) != nil
    }

    /// At the start of the text, a line, a cell or a clause (after `。`, `；`, `：`).
    static func isClauseStart(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        var previous = index - 1
        while previous >= 0, text[previous] == " " || text[previous] == "\u{3000}" { previous -= 1 }
        return previous < 0 || clauseStarts.contains(text[previous])
    }

    private static func isGluedToLetters(
        _ text: [Unicode.Scalar], _ start: Int, _ end: Int, _ tail: NumberTail
    ) -> Bool {
        if start > 0, Scalars.isASCIILetter(text[start - 1]) { return true }
        return tail.unit == nil && end < text.count && Scalars.isASCIILetter(text[end])
    }

    /// `电话：28227910`, and the parts of a document number `〔2020〕52号`.
    private static func isPhoneOrDocumentNumber(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var wordEnd = start
        while wordEnd > 0, Scalars.isSpace(text[wordEnd - 1]) || text[wordEnd - 1] == ":" || text[wordEnd - 1] == "：" {
            wordEnd -= 1
        }
        if phoneWords.contains(where: { Scalars.has($0, in: text, endingAt: wordEnd) }) { return true }
        guard start > 0 else { return false }
        if documentNumberOpeners.contains(text[start - 1]), end < text.count,
            documentNumberClosers.contains(text[end])
        {
            return true
        }
        return documentNumberClosers.contains(text[start - 1]) && end < text.count && text[end] == "号"
    }

    /// `2022-2023年`: the first year of a year range.
    private static func isYearBeforeYearRange(_ text: [Unicode.Scalar], core: ArabicCore, end: Int) -> Bool {
        guard core.isPlainInteger, DateShape.isYear(core.groups[0]), end + 5 < text.count,
            rangeLinks.contains(text[end]), text[end + 5] == "年"
        else { return false }
        return DateShape.isYear(Array(text[(end + 1)..<(end + 5)]))
    }

    /// `12月`, `3月份`, `15 日`: the end including the date word.
    private static func dateEnd(_ text: [Unicode.Scalar], after end: Int) -> Int? {
        let index = Scalars.skipSpaces(text, from: end)
        guard index < text.count, dateWords.contains(text[index]) else { return nil }
        if text[index] == "月", index + 1 < text.count, text[index + 1] == "份" { return index + 2 }
        return index + 1
    }

    /// `指标1`, `附件 2`, `附件1-1`, `第3项`: the end including a `-N` part. Only `第` takes a unit
    /// along (`第3项`); after the other words a unit makes a count (`代表3人`, `完成指标3个`).
    private static func labelEnd(_ text: [Unicode.Scalar], digitsStart: Int, end: Int, bare: Bool) -> Int? {
        var wordEnd = digitsStart
        while wordEnd > 0, Scalars.isSpace(text[wordEnd - 1]) { wordEnd -= 1 }
        let isOrdinal = Scalars.has(ordinalWord, in: text, endingAt: wordEnd)
        guard isOrdinal || bare && labelWords.contains(where: { Scalars.has($0, in: text, endingAt: wordEnd) })
        else { return nil }
        var labelEnd = end
        if labelEnd < text.count, text[labelEnd] == "-", Scalars.isDigit(text, labelEnd + 1) {
            labelEnd += 1
            while Scalars.isDigit(text, labelEnd) { labelEnd += 1 }
        }
        return labelEnd
    }

    /// `1、`, `(2)`, `（2）`, and `3.` or `3)` at the start of a clause.
    private static func isListMarker(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard end < text.count else { return false }
        let next = text[end]
        if next == "、" { return true }
        let closes = next == ")" || next == "）"
        if closes, start > 0, text[start - 1] == "(" || text[start - 1] == "（" { return true }
        return (next == "." || next == "．" || closes) && isClauseStart(text, start)
    }

    /// `3-5万`, `3~5`, `3至5`: a range link after the token with a digit behind it, or before it
    /// with a number in front.
    private static func isRangeEnd(_ text: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        if end < text.count, rangeLinks.contains(text[end]), Scalars.isDigit(text, end + 1) { return true }
        return start > 0 && rangeLinks.contains(text[start - 1]) && isNumberLike(text, start - 2)
    }
}

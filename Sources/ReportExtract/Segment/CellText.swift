#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Text rules shared by the segmenter: how paragraphs join, what looks like a value or a title.
enum CellText {
    /// Joins a cell's paragraphs: trimmed, empty ones dropped, concatenated (Chinese needs no
    /// space), except that two ASCII letters or digits meeting get a space so `54.6` and `44.64`
    /// never fuse into one number.
    static func join(_ paragraphs: [String]) -> String {
        // Most cells are one paragraph, and the row grammar joins each several times.
        if paragraphs.count == 1 { return trim(paragraphs[0]) }
        var result = ""
        for paragraph in paragraphs {
            let piece = trim(paragraph)
            guard !piece.isEmpty else { continue }
            if let last = result.unicodeScalars.last, let first = piece.unicodeScalars.first,
                isASCIIAlphanumeric(last), isASCIIAlphanumeric(first)
            {
                result += " "
            }
            result += piece
        }
        return result
    }

    /// A cell's paragraphs, most often one: trimmed, no array made.
    static func join(_ paragraphs: OneOrMany<String>) -> String {
        if let only = paragraphs.only { return trim(only) }
        return join(Array(paragraphs))
    }

    /// A cell's raw text: its non-empty raw paragraphs, one a line. One paragraph is its own raw
    /// text (empty or not) without the standard library's `filter` and `joined`, which run
    /// unspecialized over a `OneOrMany` (about 10,000 instructions a cell).
    static func joinRaw(_ rawParagraphs: OneOrMany<String>) -> String {
        if let only = rawParagraphs.only { return only }
        return Array(rawParagraphs).filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// A string with nothing to trim is returned as it is (shared storage, no copy).
    static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        if let first = scalars.first, let last = scalars.last, !isSpace(first), !isSpace(last) { return text }
        return trim(Substring(text))
    }

    static func trim(_ text: some StringProtocol) -> String {
        // A slice of the string's own storage: no scalar-by-scalar rebuild.
        let text = Substring(text)
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isSpace($0) })!
        return String(Substring(scalars[start...end]))
    }

    /// Text with every kind of space removed, for comparing labels.
    static func compact(_ text: String) -> String {
        // Most labels hold no space: the text itself, without a copy.
        guard hasSpace(text) else { return text }
        return Scalars.string(text.unicodeScalars.lazy.filter { !isSpace($0) })
    }

    /// Whether any scalar `isSpace`, read on the UTF-8 bytes: decoding every scalar of every
    /// cell and label to ask was 1.5 % of a long table's run. The spaces' encodings are matched
    /// whole; a continuation byte (0x80–0xBF) never equals an ASCII space or one of the lead
    /// bytes tested, so the bytes can be read one by one. `ScalarHelpersTests` holds it equal
    /// to `isSpace` over every scalar.
    static func hasSpace(_ text: String) -> Bool {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                index += 1
                if byte < 0x80 {
                    if byte == 0x20 || (0x09...0x0D).contains(byte) { return true }
                    continue
                }
                // A lead byte of no space's encoding: its continuation bytes need no look (most
                // of a label or a paragraph is ideographs, lead bytes E4–E9).
                if byte >= 0xE4 {
                    index += byte >= 0xF0 ? 3 : 2
                    continue
                }
                let second = index < count ? bytes[index] : 0
                let third = index + 1 < count ? bytes[index + 1] : 0
                switch byte {
                case 0xC2: if second == 0x85 || second == 0xA0 { return true }  // U+0085, U+00A0
                case 0xE1: if second == 0x9A && third == 0x80 { return true }  // U+1680
                case 0xE2:
                    // U+2000–200A, U+2028, U+2029, U+202F; U+205F
                    if second == 0x80 && ((0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF) {
                        return true
                    }
                    if second == 0x81 && third == 0x9F { return true }
                case 0xE3: if second == 0x80 && third == 0x80 { return true }  // U+3000
                default: break
                }
            }
            return false
        } ?? text.unicodeScalars.contains(where: isSpace)
    }

    /// Unicode's White_Space property (PropList.txt), spelled out: the property lookup through
    /// `Unicode.Scalar.Properties` cost a tenth of a run. `CellTextTests` holds the two equal.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }

    /// Substring test on UTF-8 bytes (self-synchronizing, so a match is a match of characters):
    /// Foundation's `contains` goes through locale-aware comparison and is far slower.
    /// Works in the strings' own UTF-8 storage: no copy per call (the table classifier makes
    /// kinds × words × labels of them).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        firstByteOffset(of: needle, in: haystack) != nil
    }

    /// Where `needle`'s UTF-8 bytes first occur in `haystack`'s, as a byte offset.
    static func firstByteOffset(of needle: String, in haystack: String) -> Int? {
        haystack.withUTF8InPlace { h in
            needle.withUTF8InPlace { n -> Int? in
                guard !n.isEmpty else { return 0 }
                guard h.count >= n.count, let hay = h.baseAddress, let word = n.baseAddress else { return nil }
                // The needle's last byte found with memchr (vectorized), then compared whole: in
                // Chinese text a last byte (a continuation byte) repeats far less than a first.
                // Ends are met in order, so the first whole match is the leftmost.
                let last = Int32(n[n.count - 1])
                var from = n.count - 1
                while from < h.count, let found = memchr(hay + from, last, h.count - from) {
                    let end = hay.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(hay + (end - n.count + 1), word, n.count) == 0 { return end - n.count + 1 }
                    from = end + 1
                }
                return nil
            }
        }
    }

    static func containsCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: Scalars.isHan)
    }

    static let valueSuffixes: Set<String> = [
        "", "%", "元", "万元", "亿元", "万", "亿", "人", "户", "个", "次", "分", "份", "处", "小时",
        "天", "套", "栋", "件", "㎡", "平方米", "万平方米", "m²", "人次", "台", "辆",
    ]

    /// A cell that holds one number, possibly qualified and with a unit: `1124..65`, `≥560万`,
    /// `92.86%`, `10分`. Used only to tell header rows from body rows.
    static func looksLikeValue(_ text: String) -> Bool {
        // Read on the scalars with the spaces skipped, as on the compacted text: asked of every
        // cell of every row (a row's start and a header's end), so no string is made until a
        // suffix is left to look up, and a bare number (the most common value) makes none.
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        func skipSpaces() {
            while index < scalars.endIndex, isSpace(scalars[index]) { index = scalars.index(after: index) }
        }
        skipSpaces()
        while index < scalars.endIndex, isValuePrefix(scalars[index]) {
            index = scalars.index(after: index)
            skipSpaces()
        }
        guard index < scalars.endIndex, Scalars.isDigit(scalars[index]) else { return false }
        var digits = 0
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard Scalars.isDigit(scalar) || scalar == "." || scalar == "," || isSpace(scalar) else { break }
            if Scalars.isDigit(scalar) { digits += 1 }
            index = scalars.index(after: index)
        }
        guard index < scalars.endIndex else { return true }  // "" is a value suffix
        // Copied whole, then compacted (most suffixes hold no space): scalar by scalar through
        // a filter, a label opening with a year (`2021年…`) cost more than the rest of the test.
        let suffix = compact(String(Substring(scalars[index...])))
        return isValueSuffix(suffix) || isQuantityUnit(suffix) || isDuration(suffix, digits: digits)
    }

    /// A span of years too short to be a year (`5年`, `10年`: 项目持续发挥效益年限's 实际完成值),
    /// never a calendar year (`2023年`), which names a column.
    private static func isDuration(_ suffix: String, digits: Int) -> Bool {
        digits <= 2 && suffix == "年"
    }

    /// `valueSuffixes.contains(suffix)`, without hashing a long label's tail (`2021年公共租赁…`
    /// after its year) to learn that it opens with an ideograph no listed suffix opens with. An
    /// ideograph of the basic block has no canonical decomposition and none composes into one,
    /// so no spelling canonically equal to a listed suffix opens with another one.
    static func isValueSuffix(_ suffix: String) -> Bool {
        if let first = suffix.unicodeScalars.first, Scalars.isHan(first), !valueSuffixStarts.contains(first) {
            return false
        }
        return valueSuffixes.contains(suffix)
    }

    private static let valueSuffixStarts = Set(valueSuffixes.compactMap(\.unicodeScalars.first))

    /// `≥≤<>约+-`, which may open a value.
    private static func isValuePrefix(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "≥", "≤", "<", ">", "约", "+", "-": return true
        default: return false
        }
    }

    /// A unit the number lexicon knows, after an optional scale (`‰`, `万亩`, `元/户`, `公里`):
    /// an indicator's 实际完成值 prints any of them, and a value read as a label made its row
    /// a header. Calendar words are left out: `2023年`, `12月` name columns.
    private static func isQuantityUnit(_ suffix: String) -> Bool {
        guard let first = suffix.unicodeScalars.first, !"年月日周季".unicodeScalars.contains(first) else { return false }
        return UnitLexicon.isWholeUnit(suffix)
    }

    /// An explicit "no value": dashes, slash, 无, ellipsis, 不适用.
    static func isPlaceholder(_ text: String) -> Bool {
        // Most cells asked are numbers: no placeholder starts with a digit, so those end here
        // without a compacted copy or a hashed comparison.
        if let first = text.unicodeScalars.first(where: { !isSpace($0) }), Scalars.isDigit(first) { return false }
        let compacted = compact(text)
        if ["无", "/", "不适用", "-"].contains(compacted) { return true }
        return !compacted.isEmpty && compacted.unicodeScalars.allSatisfy { "—-…·.".unicodeScalars.contains($0) }
    }

    /// A short line that can name a table: no sentence end, some Chinese, not a unit or note.
    static func looksLikeTitle(_ text: String) -> Bool {
        let trimmed = trim(text)
        let count = trimmed.count
        guard count >= 2, count <= 60, containsCJK(trimmed) else { return false }
        if let last = trimmed.last, "。；;：:，,".contains(last) { return false }
        for prefix in ["单位", "附件", "说明", "填表人", "备注"] where trimmed.startsWithScalars(prefix) {
            return false
        }
        return true
    }

    /// An attachment heading (`附件3`) or a table title (`…自评表`): text that starts a new part of
    /// the document, never the paragraph of a cell.
    static func startsDocumentPart(_ text: String) -> Bool {
        let compacted = compact(text)
        if compacted.startsWithScalars("附件"), compacted.count <= 12 { return true }
        // `…绩效自评表（2023年度）`: a note in brackets after the title's 表.
        let trimmed = withoutTrailingNote(compacted)
        return trimmed.count >= 6 && trimmed.count <= 60 && trimmed.hasSuffix("表") && looksLikeTitle(trimmed)
    }

    /// The text before a note in brackets that ends it (`…绩效自评表（2023年度）` → `…绩效自评表`);
    /// the text itself when it ends in none, or is all one note.
    static func withoutTrailingNote(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let last = scalars.last, last == ")" || last == "）",
            let open = scalars.lastIndex(where: { $0 == "(" || $0 == "（" }), open > scalars.startIndex
        else { return text }
        return String(scalars[..<open])
    }

    /// The unit a title line declares at its end: in brackets (`…绩效评价表(单位:亿元)`, 湘湖 2024,
    /// a clerk's reading of stop 67: its 2.62 亿元 had no unit) or after spaces (`…表  单位:万元`).
    static func trailingDeclaredUnit(_ text: String) -> String? {
        let trimmed = trim(text)
        let scalars = trimmed.unicodeScalars
        guard let last = scalars.last else { return nil }
        if last == ")" || last == "）" {
            // The note `withoutTrailingNote` takes off (none when the line is all one note).
            return declaredUnit(String(scalars.dropFirst(withoutTrailingNote(trimmed).unicodeScalars.count)))
        }
        guard let space = scalars.lastIndex(where: Scalars.isSpace), space > scalars.startIndex else { return nil }
        return declaredUnit(String(scalars[scalars.index(after: space)...]))
    }

    /// The unit in a `单位：万元` declaration.
    static func declaredUnit(_ text: String) -> String? {
        var compacted = compact(text)
        // `(单位:元)` on its own line (烈山区's 2023 三公 预算表, a clerk's reading of stop 67: the
        // line taken for the table's title, its 元 amounts read in the field's 万元).
        let scalars = compacted.unicodeScalars
        if let first = scalars.first, first == "(" || first == "（", let last = scalars.last, last == ")" || last == "）",
            scalars.count > 2
        {
            compacted = String(scalars.dropFirst().dropLast())
        }
        // `金额单位：万元` (奉节县's 2023 绩效目标审批表, a clerk's reading); `單位:元` in traditional
        // script (株洲市妇幼保健院's 收入支出表, a clerk's reading).
        for prefix in ["单位：", "单位:", "金额单位：", "金额单位:", "單位：", "單位:", "金額單位：", "金額單位:"]
        where compacted.startsWithScalars(prefix) {
            let unit = String(compacted.unicodeScalars.dropFirst(prefix.unicodeScalars.count))
            return unit.isEmpty ? nil : unit
        }
        return nil
    }
}

/// Prose lines a page's right margin broke. `pdftotext -layout` prints a paragraph as the page
/// did, its lines cut at the margin wherever it fell, inside a label too (`其中基本支出 1,610.96
/// 万元、项目` ¶ `支出 4987.09 万元。`); every other layout prints a paragraph on one line. Where
/// the text shows such a margin, a line that reaches it and ends no sentence is joined to the
/// line under it, so a figure keeps the label before it.
enum ProseWraps {
    /// Lines that reach the margin: at most this many columns short of the widest line (a
    /// half-width character or a comma's room is left when the next word does not fit).
    static let marginSlack = 5
    /// Lines at the margin before a text counts as wrapped at one; they must also be half of the
    /// lines that end no sentence and reach half its width: a document of one-line paragraphs
    /// has few such lines, and not mostly of one width.
    static let leastMarginLines = 2
    /// The narrowest margin taken for a page's: 25 Chinese characters.
    static let leastMargin = 50

    static func join(_ paragraphs: [Paragraph], lines: DocumentLines) -> [Paragraph] {
        guard paragraphs.count >= 2 else { return paragraphs }
        // Each line's width to its last character, and without its spaces: a justified line
        // (`2024 年 度 年 初 预 算 数`) reaches past the margin with what fits within it.
        var widths: [Int: Int] = [:], inks: [Int: Int] = [:]
        let single = Set(paragraphs.lazy.filter { $0.firstLine == $0.lastLine }.map(\.firstLine))
        // A line of prose the margin broke starts at the left margin and has no gap of two
        // spaces in it (a centred title, a table's line have).
        for line in lines where single.contains(line.number) {
            var width = 0, end = 0, ink = 0, spaces = 0, flush = true
            for scalar in line.unmarkedRaw.unicodeScalars {
                if CellText.isSpace(scalar) {
                    spaces += 1
                    if width == 0 || spaces >= 2 { flush = false }
                } else {
                    spaces = 0
                    ink += TextColumns.width(scalar)
                }
                width += TextColumns.width(scalar)
                if !CellText.isSpace(scalar) { end = width }
            }
            if flush {
                widths[line.number] = end
                inks[line.number] = ink
            }
        }
        // Lines that end no sentence: a wrapped text's are mostly cut at its margin, the widest
        // width that several of them reach (a line of an unread table may stand out past it).
        let open = paragraphs.lazy.filter { $0.firstLine == $0.lastLine && !endsSentence($0.text) && !startsPart($0.text) }
            .compactMap { widths[$0.firstLine] }.sorted(by: >)
        guard let margin = open.indices.lazy.filter({ start in
            start + leastMarginLines <= open.count && open[start + leastMarginLines - 1] >= open[start] - marginSlack
        }).first.map({ open[$0] }), margin > 0 else { return paragraphs }
        let long = open.filter { 2 * $0 >= margin }.count
        let atMargin = open.filter { $0 >= margin - marginSlack && $0 <= margin }.count
        // A page's line holds a sentence or two, and no line of prose passes it: text printed a
        // paragraph a line has its longest paragraphs far past any such width.
        let past = inks.values.filter { $0 > margin }.count
        guard margin >= leastMargin, 2 * atMargin >= long, past * 10 <= atMargin else { return paragraphs }

        var joined: [Paragraph] = []
        for paragraph in paragraphs {
            if var previous = joined.last, let width = widths[previous.lastLine], width >= margin - marginSlack,
                inks[previous.lastLine]! <= margin,
                paragraph.firstLine == previous.lastLine + 1, widths[paragraph.firstLine] != nil,
                !endsSentence(previous.text), !startsPart(previous.text), !startsPart(paragraph.text)
            {
                let separator = needsSpace(previous.text, paragraph.text) ? " " : ""
                let offset = previous.text.unicodeScalars.count + separator.unicodeScalars.count
                if previous.raw != nil || paragraph.raw != nil {
                    previous.raw = (previous.raw ?? previous.text) + separator + (paragraph.raw ?? paragraph.text)
                }
                previous.lineStarts.append(offset)
                previous.lineStarts += paragraph.lineStarts.map { $0 + offset }
                previous.text += separator + paragraph.text
                previous.lastLine = paragraph.lastLine
                // Joined lines stay joinable: the next may reach the margin too.
                widths[previous.lastLine] = widths[paragraph.lastLine]
                inks[previous.lastLine] = inks[paragraph.lastLine]
                joined[joined.count - 1] = previous
            } else {
                joined.append(paragraph)
            }
        }
        return joined
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return true }
        return "。！？；!?;".unicodeScalars.contains(last)
    }

    /// A heading or an item (`一、` `（二）` `3.` `4、` `第`, `附件`, a table's title): a new
    /// paragraph wherever the line above ends.
    static func startsPart(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(5))
        guard let first = scalars.first else { return true }
        if CellText.startsDocumentPart(text) || first == "第" { return true }
        let numerals = "一二三四五六七八九十".unicodeScalars
        if numerals.contains(first), scalars.dropFirst().first.map({ $0 == "、" || numerals.contains($0) }) == true {
            return true
        }
        if first == "（" || first == "(", let second = scalars.dropFirst().first, numerals.contains(second) || Scalars.isDigit(second) {
            return true
        }
        let digits = scalars.prefix(while: Scalars.isDigit)
        if !digits.isEmpty, digits.count < scalars.count {
            // The character after the point from the whole text: `3318.91` is a number, not
            // an item `3318.` (the first five characters end at its point).
            let after = scalars[digits.count]
            let next = text.unicodeScalars.dropFirst(digits.count + 1).first ?? " "
            return after == "、" || after == "." && !Scalars.isDigit(next)
        }
        return false
    }

    /// The paragraph without the spaces a justified line put between its Chinese characters
    /// (`年 初 预 算 为 4502.00 万 元 ， 其 中 … 项 目 支 出`, pdftotext spacing a line out to
    /// the margin): a single space between two Chinese characters or marks, each alone between
    /// spaces, goes from `text` and `raw` alike; one beside a digit or a Latin letter stays
    /// (`4502.00 万元`, `2023 年`).
    static func closingLetterSpacing(_ paragraph: Paragraph) -> Paragraph {
        let text = paragraph.text.scalarArray
        let printed = paragraph.raw.map(\.scalarArray) ?? text
        guard printed.count == text.count else { return paragraph }
        // Not U+3000: an ideographic space is a space, whatever its width.
        func isChinese(_ scalar: Unicode.Scalar) -> Bool {
            Scalars.isHan(scalar) || (0x3001...0x303F).contains(scalar.value) || (0xFF01...0xFFEF).contains(scalar.value)
        }
        // A character spaced out stands alone between spaces or a line's ends; a word beside
        // one keeps its space (a flattened table's cells: `计划目标 宣 传 活 动`).
        let lineEnds = Set(paragraph.lineStarts)
        func standsAlone(_ index: Int) -> Bool {
            (index == 0 || printed[index - 1] == " " || lineEnds.contains(index))
                && (index + 1 == printed.count || printed[index + 1] == " " || lineEnds.contains(index + 1))
        }
        let dropped = printed.indices.filter { index in
            index > 0 && index + 1 < printed.count && printed[index] == " "
                && isChinese(printed[index - 1]) && isChinese(printed[index + 1])
                && standsAlone(index - 1) && standsAlone(index + 1)
        }
        guard !dropped.isEmpty else { return paragraph }
        let gone = Set(dropped)
        var closed = paragraph
        closed.text = Scalars.string(text.indices.filter { !gone.contains($0) }.map { text[$0] })
        if paragraph.raw != nil { closed.raw = Scalars.string(printed.indices.filter { !gone.contains($0) }.map { printed[$0] }) }
        // A line's start moves left by the spaces dropped before it.
        closed.lineStarts = paragraph.lineStarts.map { start in start - dropped.prefix { $0 < start }.count }
        return closed
    }

    /// Latin words and numbers broken at a space keep it; Chinese runs on without one.
    private static func needsSpace(_ before: String, _ after: String) -> Bool {
        guard let last = before.unicodeScalars.last, let first = after.unicodeScalars.first else { return false }
        return last.isASCII && first.isASCII
    }
}

extension Paragraph {
    /// The line a scalar offset of `text` was printed on.
    func line(at offset: Int) -> Int {
        firstLine + lineStarts.prefix { $0 <= offset }.count
    }
}

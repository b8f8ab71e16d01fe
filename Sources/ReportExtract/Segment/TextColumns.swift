/// Cutting a line into cells by scalar positions, keeping the normalized text and the raw text
/// scalar for scalar (`NormalizedLine.unmarkedRaw` is the counterpart of `text`), and the display
/// columns pandoc and pdftotext align on.
enum TextColumns {
    /// Display width of a raw scalar: East Asian wide and full-width characters take two columns.
    /// A form feed takes none: pdftotext puts one before a page's first line, whose columns stay
    /// where they would be without it.
    static func width(_ scalar: Unicode.Scalar) -> Int {
        if isPageBreak(scalar) { return 0 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3040...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// Width of a raw scalar when every character takes one column, as pdftotext counts them.
    static func narrowWidth(_ scalar: Unicode.Scalar) -> Int {
        isPageBreak(scalar) ? 0 : 1
    }

    private static func isPageBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x0B || scalar.value == 0x0C
    }
}

/// A piece of a line: its scalar range, and where it starts and ends in display columns.
struct LinePiece {
    var text: String
    var raw: String
    /// Display columns of the first and one past the last non-space scalar.
    var start: Int
    var end: Int

    /// Display columns shared with `extent`; negative, the gap between them.
    func overlap(_ extent: Range<Int>) -> Int {
        min(end, extent.upperBound) - max(start, extent.lowerBound)
    }

    /// Whether the two share a display column.
    func overlaps(_ other: LinePiece) -> Bool { overlap(other.start..<other.end) > 0 }
}

extension NormalizedLine {
    /// The line cut at every `|`: the pieces between them (a leading piece before the first and a
    /// trailing piece after the last `|` included, even when empty).
    func pipePieces() -> [LinePiece] {
        cut { $0 == "|" }
    }

    /// The line cut at runs of two or more spaces (U+3000 counts as two): the text chunks with
    /// their display columns. Single spaces stay inside a chunk (`2021 年度`).
    /// `cuts`: display columns where a single space parts two cells too (the gaps of a ruler, so a
    /// cell filling its column to the last character still ends there). `charactersWide` false:
    /// every character, U+3000 included, one column, as pdftotext counts them.
    func spacedChunks(cuts: Set<Int> = [], charactersWide: Bool = true) -> [LinePiece] {
        let width = charactersWide ? TextColumns.width : TextColumns.narrowWidth
        let texts = Array(text.unicodeScalars)
        let raws = Array(unmarkedRaw.unicodeScalars)
        guard texts.count == raws.count else { return [] }
        var chunks: [LinePiece] = []
        var column = 0
        var index = 0
        while index < texts.count {
            // Skip a gap; a single ASCII space between two non-spaces stays in the chunk.
            var gapWidth = 0
            var gapEnd = index
            while gapEnd < texts.count, CellText.isSpace(raws[gapEnd]) {
                gapWidth += raws[gapEnd] == "\t" ? 8 : width(raws[gapEnd])
                gapEnd += 1
            }
            column += gapWidth
            index = gapEnd
            guard index < texts.count else { break }
            let start = index, startColumn = column
            var end = index
            while end < texts.count {
                if CellText.isSpace(raws[end]) {
                    var run = end, runWidth = 0
                    while run < texts.count, CellText.isSpace(raws[run]) {
                        runWidth += raws[run] == "\t" ? 8 : width(raws[run])
                        run += 1
                    }
                    if runWidth >= 2 || run == texts.count || cuts.contains(column) { break }
                    column += runWidth
                    end = run
                    continue
                }
                column += width(raws[end])
                end += 1
            }
            chunks.append(LinePiece(
                text: String(String.UnicodeScalarView(texts[start..<end])),
                raw: String(String.UnicodeScalarView(raws[start..<end])), start: startColumn, end: column))
            index = end
        }
        return chunks
    }

    private func cut(where isSeparator: (Unicode.Scalar) -> Bool) -> [LinePiece] {
        let texts = Array(text.unicodeScalars)
        var raws = Array(unmarkedRaw.unicodeScalars)
        if raws.count != texts.count { raws = texts }
        var pieces: [LinePiece] = []
        var start = 0, column = 0, startColumn = 0
        for index in 0...texts.count {
            if index == texts.count || isSeparator(texts[index]) {
                pieces.append(LinePiece(
                    text: String(String.UnicodeScalarView(texts[start..<index])),
                    raw: String(String.UnicodeScalarView(raws[start..<index])), start: startColumn, end: column))
                start = index + 1
                if index < texts.count { column += 1 }
                startColumn = column
            } else {
                column += TextColumns.width(raws[index])
            }
        }
        return pieces
    }
}

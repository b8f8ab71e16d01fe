/// Finds tables laid out in columns with runs of spaces and no ruler (`pdftotext -layout` of a
/// printed report), which no reader takes, so that the document says it holds a table it did not
/// read. pdftotext centres each cell in its column and wraps long cells over several lines
/// (`430` ¶ `0`, `477 597 585` ¶ `6.09 0.11 0.71`): reading them into cells is a guess about
/// which fragments belong together, so the table is reported (`segment.unread_table`) and its
/// lines stay prose, its numbers low (see `LayoutConfidence`).
struct UnreadSpacedColumns {
    let lines: DocumentLines
    let shapes: [LineShape]
    /// A run scanned and found to be no table: no later line inside it opens one either (its
    /// lines are a part of the same run), so they are not scanned again. Keeps a document of
    /// many column-like lines without figures linear.
    private var noTableBefore = 0
    /// Lines looked at, for the tests that hold the detector linear.
    private(set) var linesScanned = 0

    init(lines: DocumentLines, shapes: [LineShape]) {
        self.lines = lines
        self.shapes = shapes
    }

    /// A run of lines in which at least this many are split by two gaps or more, with figures.
    static let minimumColumnLines = 3
    static let minimumGaps = 2
    /// Wrapped cell fragments (`(人)`, `额`) between column lines stay inside the table.
    static let maximumFragmentLength = 16
    /// Lines looked over for the next column line: a reason cell wrapped two characters a line
    /// runs on for fifteen lines between two rows (`受天` ¶ `气影` ¶ … ¶ `进`).
    static let lookahead = 20

    /// Two gaps or more; or one between a label and a number (`一、因公出国（境）费用   5.91`),
    /// as a table of one or two columns of figures prints its rows.
    static func isColumnLine(_ raw: String) -> Bool {
        let gaps = gaps(in: raw)
        return gaps >= minimumGaps || gaps == 1 && endsInNumber(raw)
    }

    /// The last piece after a gap is a number (`5.91`, `19.15`, `89.3%`), in full-width digits too
    /// (`９５．５８`).
    private static func endsInNumber(_ raw: String) -> Bool {
        guard let last = raw.split(separator: "  ", omittingEmptySubsequences: true).last else { return false }
        return FlattenedTableReader.isValue(CellText.trim(WidthFolding.fold(String(last))))
    }

    /// The note for a table starting at `index`, its first line (`index`) and the first line after it.
    mutating func table(at index: Int) -> (note: Diagnostic, start: Int, end: Int)? {
        guard index >= noTableBefore, Self.isColumnLine(lines[index].raw) else { return nil }
        var columnLines = 0
        var numberLines = 0
        var end = index
        // The table goes on over blank lines, lines with one gap (`消防 … 时拨`) and short pieces
        // of wrapped cells (`(人)`, `额`, `指标`) as long as a line split in columns follows soon.
        while end < lines.count {
            linesScanned += 1
            guard Self.isColumnLine(lines[end].raw) else {
                guard continues(at: end),
                    let next = (end + 1..<min(lines.count, end + 1 + Self.lookahead)).first(where: { Self.isColumnLine(lines[$0].raw) }),
                    (end..<next).allSatisfy(continues)
                else { break }
                for skipped in end..<next where lines[skipped].text.contains(where: \.isNumber) { numberLines += 1 }
                end = next
                continue
            }
            columnLines += 1
            if lines[end].text.contains(where: \.isNumber) { numberLines += 1 }
            end += 1
        }
        guard columnLines >= Self.minimumColumnLines, numberLines >= 2 else {
            noTableBefore = end
            return nil
        }
        return (note(lines: index..<end), index, end)
    }

    /// The note for lines found to be a table and left unread.
    func note(lines extent: Range<Int>) -> Diagnostic {
        Diagnostic.unreadTable(
            lines[extent.lowerBound].number...lines[extent.upperBound - 1].number,
            printed: "laid out in columns with spaces and no ruler (pdftotext -layout text)", parts: "cells")
    }

    private func continues(at index: Int) -> Bool {
        shapes[index] == .empty || Self.gaps(in: lines[index].raw) >= 1
            || Self.isFragment(lines[index].text) && !Self.isTableTitle(lines[index].raw)
            || Self.isIndentedPiece(lines[index].raw) || Self.isPackedNumbers(lines[index].text)
    }

    /// A line of numbers pdftotext packed a space apart (`1830. 2252. 2252.`, amounts cut in
    /// narrow cells), alone or after a row's name (`其中：本年财政 233.5 287.2 287.2`), too long
    /// for a fragment.
    static func isPackedNumbers(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        let numbers = words.reversed().prefix { FlattenedTableReader.isValue(String($0)) }.count
        return numbers >= 2 && words.count - numbers <= 1
    }

    /// A table's title on a line of its own (`2021 年度项目支出绩效自评表`, `固定资产情况表`): the
    /// next form starts there, after a page break or not, however short the title.
    static func isTableTitle(_ raw: String) -> Bool {
        let compacted = CellText.compact(raw)
        return gaps(in: raw) == 0 && compacted.hasSuffix("表") && compacted.unicodeScalars.count >= shortestTitle
    }

    /// Characters of the shortest title (`收入支出表`): a cell's shorter word ending in 表 (`报表`)
    /// is no title.
    static let shortestTitle = 5

    /// A few characters set far in from the margin: a piece of a cell wrapped in a narrow column,
    /// punctuation and all (`影响，`, `2：`), which no paragraph of prose leaves there.
    static func isIndentedPiece(_ raw: String) -> Bool {
        let scalars = raw.unicodeScalars
        let indent = scalars.prefix { $0 == " " }.count
        let text = scalars.dropFirst(indent).filter { $0 != " " }
        return indent >= minimumPieceIndent && !text.isEmpty && text.count <= maximumPieceLength
    }

    static let minimumPieceIndent = 8
    static let maximumPieceLength = 6

    /// Runs of two or more ASCII spaces between printed text (leading and trailing spaces aside).
    static func gaps(in raw: String) -> Int {
        var gaps = 0
        var spaces = 0
        var seenText = false
        for scalar in raw.unicodeScalars {
            if scalar == " " {
                spaces += 1
            } else {
                if seenText, spaces >= 2 { gaps += 1 }
                spaces = 0
                if scalar != "\t" { seenText = true }
            }
        }
        return gaps
    }

    /// A short piece of a wrapped cell, not a line of prose (no sentence punctuation).
    static func isFragment(_ text: String) -> Bool {
        let trimmed = CellText.trim(text)
        return !trimmed.isEmpty && trimmed.count <= maximumFragmentLength
            && !trimmed.contains(where: { "。，；：".contains($0) })
    }
}

/// One cell of a table row: its normalized and raw texts, its paragraphs and the lines they were
/// printed on.
///
/// Held compactly: nearly every cell is one paragraph printed as it reads (raw text, paragraph
/// and raw paragraph all the bytes of `text`, on `firstLine`, not filled down), and for those only
/// `text` and the line numbers are stored (24 bytes a cell instead of 128). The rest go to a
/// `Detail`, made only for a cell that differs. A 300,000-row table holds 900,000 cells from segment to the end of
/// reconcile; their size was about a fifth of its peak memory.
///
/// An ordinary value with settable members: each setter keeps the compact form when it still
/// applies, so no caller sees the difference.
public struct Cell: Sendable {
    /// What a cell holds beyond its text, when it is not all `text` (see `Cell`), and its lines.
    private final class Detail: Sendable {
        let raw: String
        let paragraphs: OneOrMany<String>
        let rawParagraphs: OneOrMany<String>
        let paragraphLines: OneOrMany<Int>
        /// -1 when the cell was not filled down.
        let filledFrom: Int32
        let firstLine: Int32
        let lastLine: Int32

        init(
            raw: String, paragraphs: OneOrMany<String>, rawParagraphs: OneOrMany<String>, paragraphLines: OneOrMany<Int>,
            filledFrom: Int32, firstLine: Int32, lastLine: Int32
        ) {
            self.raw = raw
            self.paragraphs = paragraphs
            self.rawParagraphs = rawParagraphs
            self.paragraphLines = paragraphLines
            self.filledFrom = filledFrom
            self.firstLine = firstLine
            self.lastLine = lastLine
        }
    }

    /// The compact cell's lines, or the detail that holds them. One word: the lines fit beside
    /// the detail's reference, whose spare bits tell the two apart, so a cell takes 24 bytes,
    /// not 32 (a row of three cells in a 112-byte block instead of 144: about 10 MB over a
    /// 300,000-row table, held from segment to the last output).
    private enum Form: Sendable {
        /// A plain cell: its last line as an offset from its first (a plain cell is one
        /// paragraph; a last line further on or before it goes to a detail).
        case plain(firstLine: Int32, lastLineOffset: UInt16)
        case detailed(Detail)
    }

    private var storedText: String
    private var form: Form

    public init(
        text: String, raw: String, paragraphs: OneOrMany<String>, rawParagraphs: OneOrMany<String>,
        paragraphLines: OneOrMany<Int>, firstLine: Int, lastLine: Int, filledFrom: Int? = nil
    ) {
        storedText = text
        form = .plain(firstLine: 0, lastLineOffset: 0)
        store(Members(
            raw: raw, paragraphs: paragraphs, rawParagraphs: rawParagraphs, paragraphLines: paragraphLines,
            filledFrom: filledFrom.map { Int32($0) } ?? -1, firstLine: Int32(firstLine), lastLine: Int32(lastLine)))
    }

    private var detail: Detail? {
        if case .detailed(let detail) = form { return detail }
        return nil
    }

    /// Normalized text: paragraphs trimmed and joined (see `Cell.join`).
    public var text: String {
        get { storedText }
        set { changingText { $0.storedText = newValue } }
    }

    /// The raw text of the cell, joined the same way.
    public var raw: String {
        get { detail?.raw ?? storedText }
        set { restoring { $0.raw = newValue } }
    }

    /// Normalized paragraphs as written, empty ones included.
    public var paragraphs: OneOrMany<String> {
        get { detail?.paragraphs ?? OneOrMany(storedText) }
        set { restoring { $0.paragraphs = newValue } }
    }

    /// The same paragraphs as in the raw input.
    public var rawParagraphs: OneOrMany<String> {
        get { detail?.rawParagraphs ?? OneOrMany(storedText) }
        set { restoring { $0.rawParagraphs = newValue } }
    }

    /// The raw line of each paragraph.
    public var paragraphLines: OneOrMany<Int> {
        get { detail?.paragraphLines ?? OneOrMany(firstLine) }
        set { restoring { $0.paragraphLines = newValue } }
    }

    public var firstLine: Int {
        get { Int(storedFirstLine) }
        set { restoring { $0.firstLine = Int32(newValue) } }
    }

    public var lastLine: Int {
        get {
            switch form {
            case .plain(let first, let offset): Int(first) + Int(offset)
            case .detailed(let detail): Int(detail.lastLine)
            }
        }
        set { restoring { $0.lastLine = Int32(newValue) } }
    }

    /// The row whose cell this text was copied from, when it was filled down.
    public var filledFrom: Int? {
        get { storedFilledFrom < 0 ? nil : Int(storedFilledFrom) }
        set { restoring { $0.filledFrom = newValue.map { Int32($0) } ?? -1 } }
    }

    private var storedFirstLine: Int32 {
        switch form {
        case .plain(let first, _): first
        case .detailed(let detail): detail.firstLine
        }
    }

    private var storedFilledFrom: Int32 { detail?.filledFrom ?? -1 }

    public var isEmpty: Bool { storedText.isEmpty }

    /// The line of the first paragraph that holds text: where a figure in the cell was printed
    /// (a cell `→` ¶ `26场次` has its number on its second line).
    public var textLine: Int {
        guard let detail else { return firstLine }
        let paragraphs = detail.paragraphs
        return paragraphs.indices.first { !CellText.trim(paragraphs[$0]).isEmpty }.map { detail.paragraphLines[$0] } ?? firstLine
    }

    /// Every member as set, for a setter to change one and store them all again (the compact
    /// form reads some from others, so none is set alone).
    private struct Members {
        var raw: String
        var paragraphs: OneOrMany<String>
        var rawParagraphs: OneOrMany<String>
        var paragraphLines: OneOrMany<Int>
        var filledFrom: Int32
        var firstLine: Int32
        var lastLine: Int32
    }

    /// Every member but `text`, as stored.
    private var members: Members {
        Members(
            raw: raw, paragraphs: paragraphs, rawParagraphs: rawParagraphs, paragraphLines: paragraphLines,
            filledFrom: storedFilledFrom, firstLine: storedFirstLine, lastLine: Int32(lastLine))
    }

    /// Changes a member (`Members`), storing them all again in the form that fits.
    private mutating func restoring(_ change: (inout Members) -> Void) {
        var members = self.members
        change(&members)
        store(members)
    }

    /// Changes `text`, which the compact form reads the other members from: they are taken out
    /// first and stored again against the new value.
    private mutating func changingText(_ change: (inout Cell) -> Void) {
        let members = self.members
        change(&self)
        store(members)
    }

    /// Stores the members in the form that fits: compact when they are all `text`'s.
    private mutating func store(_ members: Members) {
        let (firstLine, lastLine) = (members.firstLine, members.lastLine)
        // Byte for byte, not `==`: canonically equal spellings print differently.
        if members.filledFrom < 0, members.paragraphLines.only == Int(firstLine),
            let offset = UInt16(exactly: Int(lastLine) - Int(firstLine)),
            let paragraph = members.paragraphs.only, let rawParagraph = members.rawParagraphs.only,
            Scalars.sameBytes(paragraph, storedText), Scalars.sameBytes(rawParagraph, storedText),
            Scalars.sameBytes(members.raw, storedText)
        {
            form = .plain(firstLine: firstLine, lastLineOffset: offset)
        } else {
            form = .detailed(Detail(
                raw: members.raw, paragraphs: members.paragraphs, rawParagraphs: members.rawParagraphs,
                paragraphLines: members.paragraphLines, filledFrom: members.filledFrom, firstLine: firstLine, lastLine: lastLine))
        }
    }
}

extension Cell: Equatable {
    /// Member by member, as the stored members compared before the compact form.
    public static func == (a: Cell, b: Cell) -> Bool {
        a.text == b.text && a.raw == b.raw && a.paragraphs == b.paragraphs && a.rawParagraphs == b.rawParagraphs
            && a.paragraphLines == b.paragraphLines && a.firstLine == b.firstLine && a.lastLine == b.lastLine
            && a.filledFrom == b.filledFrom
    }
}

/// One cell of a table row: its normalized and raw texts, its paragraphs and the lines they were
/// printed on.
///
/// Held compactly: nearly every cell is one paragraph printed as it reads (raw text, paragraph
/// and raw paragraph all the bytes of `text`, on `firstLine`), and for those only `text` and the
/// line numbers are stored (40 bytes a cell instead of 128). The rest go to a `Detail`, made only
/// for a cell that differs. A 300,000-row table holds 900,000 cells from segment to the end of
/// reconcile; their size was about a fifth of its peak memory.
///
/// An ordinary value with settable members: each setter keeps the compact form when it still
/// applies, so no caller sees the difference.
public struct Cell: Sendable {
    /// What a cell holds beyond its text, when it is not all `text` (see `Cell`).
    private final class Detail: Sendable {
        let raw: String
        let paragraphs: OneOrMany<String>
        let rawParagraphs: OneOrMany<String>
        let paragraphLines: OneOrMany<Int>

        init(raw: String, paragraphs: OneOrMany<String>, rawParagraphs: OneOrMany<String>, paragraphLines: OneOrMany<Int>) {
            self.raw = raw
            self.paragraphs = paragraphs
            self.rawParagraphs = rawParagraphs
            self.paragraphLines = paragraphLines
        }
    }

    private var storedText: String
    /// Nil for the compact cell: one paragraph, raw and normalized texts the bytes of `text`.
    private var detail: Detail?
    // Lines and rows as `Int32`: a document's lines are counted in a `[UInt8]` of at most a few
    // hundred megabytes (`--max-file-bytes`), far below 2^31.
    private var storedFirstLine: Int32
    private var storedLastLine: Int32
    /// -1 when the cell was not filled down.
    private var storedFilledFrom: Int32

    public init(
        text: String, raw: String, paragraphs: OneOrMany<String>, rawParagraphs: OneOrMany<String>,
        paragraphLines: OneOrMany<Int>, firstLine: Int, lastLine: Int, filledFrom: Int? = nil
    ) {
        storedText = text
        detail = nil
        storedFirstLine = Int32(firstLine)
        storedLastLine = Int32(lastLine)
        storedFilledFrom = filledFrom.map { Int32($0) } ?? -1
        store(raw: raw, paragraphs: paragraphs, rawParagraphs: rawParagraphs, paragraphLines: paragraphLines)
    }

    /// Normalized text: paragraphs trimmed and joined (see `Cell.join`).
    public var text: String {
        get { storedText }
        set { keepingDetail { $0.storedText = newValue } }
    }

    /// The raw text of the cell, joined the same way.
    public var raw: String {
        get { detail?.raw ?? storedText }
        set { store(raw: newValue, paragraphs: paragraphs, rawParagraphs: rawParagraphs, paragraphLines: paragraphLines) }
    }

    /// Normalized paragraphs as written, empty ones included.
    public var paragraphs: OneOrMany<String> {
        get { detail?.paragraphs ?? OneOrMany(storedText) }
        set { store(raw: raw, paragraphs: newValue, rawParagraphs: rawParagraphs, paragraphLines: paragraphLines) }
    }

    /// The same paragraphs as in the raw input.
    public var rawParagraphs: OneOrMany<String> {
        get { detail?.rawParagraphs ?? OneOrMany(storedText) }
        set { store(raw: raw, paragraphs: paragraphs, rawParagraphs: newValue, paragraphLines: paragraphLines) }
    }

    /// The raw line of each paragraph.
    public var paragraphLines: OneOrMany<Int> {
        get { detail?.paragraphLines ?? OneOrMany(firstLine) }
        set { store(raw: raw, paragraphs: paragraphs, rawParagraphs: rawParagraphs, paragraphLines: newValue) }
    }

    public var firstLine: Int {
        get { Int(storedFirstLine) }
        set { keepingDetail { $0.storedFirstLine = Int32(newValue) } }
    }

    public var lastLine: Int {
        get { Int(storedLastLine) }
        set { storedLastLine = Int32(newValue) }
    }

    /// The row whose cell this text was copied from, when it was filled down.
    public var filledFrom: Int? {
        get { storedFilledFrom < 0 ? nil : Int(storedFilledFrom) }
        set { storedFilledFrom = newValue.map { Int32($0) } ?? -1 }
    }

    public var isEmpty: Bool { storedText.isEmpty }

    /// The line of the first paragraph that holds text: where a figure in the cell was printed
    /// (a cell `→` ¶ `26场次` has its number on its second line).
    public var textLine: Int {
        guard let detail else { return firstLine }
        let paragraphs = detail.paragraphs
        return paragraphs.indices.first { !CellText.trim(paragraphs[$0]).isEmpty }.map { detail.paragraphLines[$0] } ?? firstLine
    }

    /// Changes `text` or `firstLine`, which the compact form reads the other members from: they
    /// are taken out first and stored again against the new value.
    private mutating func keepingDetail(_ change: (inout Cell) -> Void) {
        let (raw, paragraphs, rawParagraphs, paragraphLines) = (raw, paragraphs, rawParagraphs, paragraphLines)
        change(&self)
        store(raw: raw, paragraphs: paragraphs, rawParagraphs: rawParagraphs, paragraphLines: paragraphLines)
    }

    private mutating func store(
        raw: String, paragraphs: OneOrMany<String>, rawParagraphs: OneOrMany<String>, paragraphLines: OneOrMany<Int>
    ) {
        // Byte for byte, not `==`: canonically equal spellings print differently.
        if paragraphLines.only == firstLine, let paragraph = paragraphs.only, let rawParagraph = rawParagraphs.only,
            Scalars.sameBytes(paragraph, storedText), Scalars.sameBytes(rawParagraph, storedText),
            Scalars.sameBytes(raw, storedText)
        {
            detail = nil
        } else {
            detail = Detail(raw: raw, paragraphs: paragraphs, rawParagraphs: rawParagraphs, paragraphLines: paragraphLines)
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

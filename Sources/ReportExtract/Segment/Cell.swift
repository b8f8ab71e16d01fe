/// One cell of a table row: its normalized and raw texts, its paragraphs and the lines they were
/// printed on.
///
/// Held compactly: nearly every cell is one paragraph printed as it reads (raw text, paragraph
/// and raw paragraph all the bytes of `text`, on `firstLine`, not filled down), and for those only
/// `text` and the line numbers are stored (32 bytes a cell instead of 128). The rest go to a
/// `Detail`, made only for a cell that differs. A 300,000-row table holds 900,000 cells from segment to the end of
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
        /// -1 when the cell was not filled down.
        let filledFrom: Int32

        init(
            raw: String, paragraphs: OneOrMany<String>, rawParagraphs: OneOrMany<String>, paragraphLines: OneOrMany<Int>,
            filledFrom: Int32
        ) {
            self.raw = raw
            self.paragraphs = paragraphs
            self.rawParagraphs = rawParagraphs
            self.paragraphLines = paragraphLines
            self.filledFrom = filledFrom
        }
    }

    private var storedText: String
    /// Nil for the compact cell: one paragraph, raw and normalized texts the bytes of `text`, not
    /// filled down (a filled cell is rare: its row is kept in the detail, so that the rest fit
    /// in 32 bytes, a row of three cells in a 144-byte block instead of 160).
    private var detail: Detail?
    // Lines as `Int32`: a document's lines are counted in a `[UInt8]` of at most a few hundred
    // megabytes (`--max-file-bytes`), far below 2^31.
    private var storedFirstLine: Int32
    private var storedLastLine: Int32

    public init(
        text: String, raw: String, paragraphs: OneOrMany<String>, rawParagraphs: OneOrMany<String>,
        paragraphLines: OneOrMany<Int>, firstLine: Int, lastLine: Int, filledFrom: Int? = nil
    ) {
        storedText = text
        detail = nil
        storedFirstLine = Int32(firstLine)
        storedLastLine = Int32(lastLine)
        store(
            raw: raw, paragraphs: paragraphs, rawParagraphs: rawParagraphs, paragraphLines: paragraphLines,
            filledFrom: filledFrom.map { Int32($0) } ?? -1)
    }

    /// Normalized text: paragraphs trimmed and joined (see `Cell.join`).
    public var text: String {
        get { storedText }
        set { keepingDetail { $0.storedText = newValue } }
    }

    /// The raw text of the cell, joined the same way.
    public var raw: String {
        get { detail?.raw ?? storedText }
        set { store(raw: newValue, paragraphs: paragraphs, rawParagraphs: rawParagraphs, paragraphLines: paragraphLines, filledFrom: storedFilledFrom) }
    }

    /// Normalized paragraphs as written, empty ones included.
    public var paragraphs: OneOrMany<String> {
        get { detail?.paragraphs ?? OneOrMany(storedText) }
        set { store(raw: raw, paragraphs: newValue, rawParagraphs: rawParagraphs, paragraphLines: paragraphLines, filledFrom: storedFilledFrom) }
    }

    /// The same paragraphs as in the raw input.
    public var rawParagraphs: OneOrMany<String> {
        get { detail?.rawParagraphs ?? OneOrMany(storedText) }
        set { store(raw: raw, paragraphs: paragraphs, rawParagraphs: newValue, paragraphLines: paragraphLines, filledFrom: storedFilledFrom) }
    }

    /// The raw line of each paragraph.
    public var paragraphLines: OneOrMany<Int> {
        get { detail?.paragraphLines ?? OneOrMany(firstLine) }
        set { store(raw: raw, paragraphs: paragraphs, rawParagraphs: rawParagraphs, paragraphLines: newValue, filledFrom: storedFilledFrom) }
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
        set {
            store(
                raw: raw, paragraphs: paragraphs, rawParagraphs: rawParagraphs, paragraphLines: paragraphLines,
                filledFrom: newValue.map { Int32($0) } ?? -1)
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

    /// Changes `text` or `firstLine`, which the compact form reads the other members from: they
    /// are taken out first and stored again against the new value.
    private mutating func keepingDetail(_ change: (inout Cell) -> Void) {
        let (raw, paragraphs, rawParagraphs, paragraphLines) = (raw, paragraphs, rawParagraphs, paragraphLines)
        let filledFrom = storedFilledFrom
        change(&self)
        store(raw: raw, paragraphs: paragraphs, rawParagraphs: rawParagraphs, paragraphLines: paragraphLines, filledFrom: filledFrom)
    }

    private mutating func store(
        raw: String, paragraphs: OneOrMany<String>, rawParagraphs: OneOrMany<String>, paragraphLines: OneOrMany<Int>,
        filledFrom: Int32
    ) {
        // Byte for byte, not `==`: canonically equal spellings print differently.
        if filledFrom < 0, paragraphLines.only == firstLine, let paragraph = paragraphs.only, let rawParagraph = rawParagraphs.only,
            Scalars.sameBytes(paragraph, storedText), Scalars.sameBytes(rawParagraph, storedText),
            Scalars.sameBytes(raw, storedText)
        {
            detail = nil
        } else {
            detail = Detail(
                raw: raw, paragraphs: paragraphs, rawParagraphs: rawParagraphs, paragraphLines: paragraphLines,
                filledFrom: filledFrom)
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

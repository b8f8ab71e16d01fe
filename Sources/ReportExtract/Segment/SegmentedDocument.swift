/// The third stage's result: prose paragraphs and tables, every piece tied to its raw lines.
public struct SegmentedDocument: Sendable {
    public var paragraphs: [Paragraph]
    public var tables: [Table]
    public var markers: [Marker]
    public var diagnostics: [Diagnostic]
    /// The layout most of the document's tables use; nil when it has no table.
    public var layout: TableLayout?
    public var lineCount: Int
    /// Raw lines of tables found but not read (`CellLinesTables` where its reader gives no
    /// rows, `UnreadSpacedColumns`): numbers printed there are
    /// table cells read as prose, so they are never trusted.
    public var unreadTables: [ClosedRange<Int>] = []
}

/// How a table was laid out as text, decided per table from the text itself (see
/// notes/tika-text-layout.md for Tika's two, README "Layouts" for all).
public enum TableLayout: String, Sendable, Codable {
    /// Tika ≤ 3: one cell per TAB-led line, a blank line ends the row.
    case dom
    /// Tika 4: one row per line, cells separated by TABs.
    case sax
    /// A table inside a content control (Tika, any version): one row per line, cells joined by
    /// TABs, the first cell led by none (`TabRowsReader`).
    case tabRows = "tab_rows"
    /// Cells between `|` (pandoc and web pipe tables `| a | b |`, `a | b`, pandoc grid tables
    /// whose rows run between `+---+` borders).
    case pipe
    /// Pipe rows of a web page's table whose rows lack the cells merged down over them from rows
    /// above: they were put back where the row's numbers fall under quantity headers
    /// (`CoveredCells`), a judgement, so figures are trusted to medium at most.
    case pipeCoveredCells = "pipe_covered_cells"
    /// `<tr>` rows of `<td>` cells (pandoc's markdown for tables with merged cells, saved pages).
    case html
    /// Columns aligned with runs of spaces under a dash ruler (pandoc's multiline and simple
    /// tables).
    case columns
    /// A whole table run together on one line: figures are read, never trusted.
    case flattened
    /// One cell per line and no row mark at all (LibreOffice's `--convert-to txt`): rows cut where
    /// labels follow numbers and laid out under the header by kind (`CellLinesTableReader`), a
    /// guess, so figures are never trusted beyond low.
    case cellLines = "cell_lines"
    /// The same with a blank line after every paragraph (docx2txt).
    case cellParagraphs = "cell_paragraphs"
    /// Columns of spaces with no ruler, cells wrapped over several lines where they were printed
    /// (`pdftotext -layout`): rows and columns told from positions (`SpacedColumnsReader`), a
    /// guess, so figures are never trusted beyond low.
    case spacedColumns = "spaced_columns"
}

/// A line of prose outside any table (a title line above a table stays a paragraph too).
public struct Paragraph: Sendable, Equatable {
    public var text: String
    public var firstLine: Int
    public var lastLine: Int
    /// The printed counterpart of `text`, scalar for scalar (width not folded: `8.96％`), when it
    /// differs; prose figures take their raw text from it.
    public var raw: String? = nil
    /// Scalar offsets in `text` where each line after the first begins, when a page's margin
    /// broke the paragraph over lines (`ProseWraps`).
    public var lineStarts: [Int] = []
}

extension [Paragraph] {
    /// Gives the paragraph just appended from `line` the line's printed text, trimmed as `text`
    /// was (the normalized and unmarked raw texts match scalar for scalar).
    mutating func keepRaw(of line: NormalizedLine) {
        guard last?.firstLine == line.number else { return }
        // Most lines print what they read (nothing folded): said by their bytes, before the
        // scalars of both are taken apart.
        let unmarked = line.unmarkedRaw
        if Scalars.sameBytes(unmarked, line.text) { return }
        guard var paragraph = last else { return }
        let printed = unmarked.scalarArray
        let folded = line.text.scalarArray
        guard printed.count == folded.count, printed != folded,
            let start = folded.firstIndex(where: { !CellText.isSpace($0) })
        else { return }
        let count = paragraph.text.unicodeScalars.count
        guard start + count <= printed.count else { return }
        // Encoded in one buffer: a scalar view appended to one scalar at a time cost 2 % of a
        // corpus run, these lines being whole paragraphs of prose.
        paragraph.raw = Scalars.string(printed[start..<start + count])
        self[endIndex - 1] = paragraph
    }
}

public struct Table: Sendable {
    public var index: Int
    public var layout: TableLayout
    public var title: String?
    /// Raw line of the title: a paragraph above the table or its one-cell first row.
    public var titleLine: Int?
    /// Unit declared for the whole table (`单位：万元` above it or in its first cell).
    public var unit: String?
    /// The most common number of cells per row.
    public var columnCount: Int
    /// All rows in order; `rows[i].index == i`.
    public var rows: [Row]
    /// Logical header rows: split header rows stacked column by column.
    public var headers: [HeaderRow]
    public var firstLine: Int
    public var lastLine: Int
    /// The cell of another table this one was printed in (Tika writes a nested table inline).
    public var nestedIn: NestedPlace?

    public var bodyRows: [Row] { rows.filter { $0.role == .body } }

    /// The header governing `row`, if any.
    public func header(of row: Row) -> HeaderRow? {
        row.header.map { headers[$0] }
    }
}

/// Where a nested table sits: the outer table's index, and the row and column of its cell.
public struct NestedPlace: Sendable, Equatable, Encodable {
    public var table: Int
    public var row: Int
    public var column: Int
}

/// Numbers held as `Int32`, as `Cell` holds its lines (a document's lines and rows are far
/// below 2^31), the role in the header's word: 24 bytes a row instead of 56, which a 300,000-row
/// table pays from segment to its JSON (about 10 MB).
public struct Row: Sendable {
    public enum Role: String, Sendable, Codable { case title, header, body }
    public var cells: [Cell]
    private var storedIndex: Int32
    /// The role in the low two bits, and above them the header's index plus one (0 when no
    /// header labels the row): a role byte beside four `Int32`s took a row to 32 bytes.
    private var storedHeaderAndRole: UInt32
    private var storedFirstLine: Int32
    private var storedLastLine: Int32

    init(index: Int, role: Role, cells: [Cell], header: Int?, firstLine: Int, lastLine: Int) {
        self.cells = cells
        storedIndex = Int32(index)
        storedHeaderAndRole = Self.packed(header: header, role: role)
        storedFirstLine = Int32(firstLine)
        storedLastLine = Int32(lastLine)
    }

    public var index: Int {
        get { Int(storedIndex) }
        set { storedIndex = Int32(newValue) }
    }

    public var role: Role {
        get {
            switch storedHeaderAndRole & 3 {
            case 0: .title
            case 1: .header
            default: .body
            }
        }
        set { storedHeaderAndRole = Self.packed(header: header, role: newValue) }
    }

    /// Index into `Table.headers` of the header that labels this row's columns.
    public var header: Int? {
        get { storedHeaderAndRole >> 2 == 0 ? nil : Int(storedHeaderAndRole >> 2) - 1 }
        set { storedHeaderAndRole = Self.packed(header: newValue, role: role) }
    }

    public var firstLine: Int {
        get { Int(storedFirstLine) }
        set { storedFirstLine = Int32(newValue) }
    }

    public var lastLine: Int {
        get { Int(storedLastLine) }
        set { storedLastLine = Int32(newValue) }
    }

    /// A header's index is at most its table's row count, far below 2^30 (rows are counted in
    /// `Int32`, and each takes a line of its own).
    private static func packed(header: Int?, role: Role) -> UInt32 {
        let roleBits: UInt32 = role == .title ? 0 : role == .header ? 1 : 2
        let header = header.map { $0 + 1 } ?? 0
        precondition(header < 1 << 30, "a header index past 2^30")
        return UInt32(header) << 2 | roleBits
    }
}

public struct HeaderRow: Sendable {
    /// Indexes of the table rows stacked into this header (one, or several when split).
    public var rows: [Int]
    /// One label per column: the stacked rows' cell texts joined.
    public var labels: [String]
    /// Per column, the text of the lowest header row that has one (`原值` under `账面数`): the
    /// label a rule may know when the joined one is new to it.
    public var leaves: [String] = []
    public var firstLine: Int
    public var lastLine: Int
}

public struct Diagnostic: Sendable, Equatable, Codable {
    public enum Severity: String, Sendable, Codable { case note, warning, error }
    public var severity: Severity
    /// Stable short code, e.g. `segment.judged_in_cell_blank`.
    public var code: String
    public var message: String
    public var line: Int?
}

/// The second stage's result: the text split into lines, each folded to half width with its
/// markers removed, and each able to say where its characters were in the raw input.
public struct NormalizedText: Sendable {
    public var lines: [NormalizedLine]
    /// `[bookmark: …]` and `[image: …]` markers taken out of the text, in order.
    public var markers: [Marker]
    /// How many scalars were changed or removed by width folding (markers not counted).
    public var foldedScalars: Int
}

/// One line of the input. `number` is 1-based and counts raw lines (LF, or CR LF).
///
/// Held compactly: most lines print what they read (raw text the bytes of `text`, no column map),
/// and for those only `text` and the number are stored, 32 bytes instead of 48; the rest keep
/// their raw text and columns in a `Printed`. A 300,000-row table is 1.2 M lines, held through
/// segment, the stage's peak (19 MB less).
public struct NormalizedLine: Sendable {
    /// The raw text and column map of a line that differs from its text.
    private final class Printed: Sendable {
        let raw: String
        let rawColumns: [Int]?

        init(raw: String, rawColumns: [Int]?) {
            self.raw = raw
            self.rawColumns = rawColumns
        }
    }

    private var storedText: String
    /// Nil when `raw` is the bytes of `text` and `rawColumns` is nil.
    private var printed: Printed?
    // A line number as `Int32`: lines are counted in a `[UInt8]` far below 2^31 bytes.
    private var storedNumber: Int32

    public init(number: Int, text: String, raw: String, rawColumns: [Int]?) {
        storedText = text
        storedNumber = Int32(number)
        printed = nil
        store(raw: raw, rawColumns: rawColumns)
    }

    /// A line that prints what it reads: its raw text is `text`.
    init(number: Int, printedAsRead text: String) {
        storedText = text
        storedNumber = Int32(number)
        printed = nil
    }

    public var number: Int {
        get { Int(storedNumber) }
        set { storedNumber = Int32(newValue) }
    }

    /// Normalized text: width folded, markers removed.
    public var text: String {
        get { storedText }
        set {
            let (raw, rawColumns) = (raw, rawColumns)
            storedText = newValue
            store(raw: raw, rawColumns: rawColumns)
        }
    }

    /// The line exactly as in the decoded input, without its line break.
    public var raw: String {
        get { printed?.raw ?? storedText }
        set { store(raw: newValue, rawColumns: rawColumns) }
    }

    /// For each scalar of `text`, its 0-based scalar column in `raw`; nil when they coincide.
    public var rawColumns: [Int]? {
        get { printed?.rawColumns }
        set { store(raw: raw, rawColumns: newValue) }
    }

    /// Byte for byte, not `==`: canonically equal spellings print differently.
    private mutating func store(raw: String, rawColumns: [Int]?) {
        if rawColumns == nil, Scalars.sameBytes(raw, storedText) {
            printed = nil
        } else {
            printed = Printed(raw: raw, rawColumns: rawColumns)
        }
    }

    /// The raw text without Tika's markers (and soft hyphens): what the document itself printed,
    /// width not folded. Scalar for scalar the counterpart of `text`.
    public var unmarkedRaw: String {
        guard let rawColumns else { return raw }
        let scalars = Array(raw.unicodeScalars)
        var view = String.UnicodeScalarView()
        for column in rawColumns { view.append(scalars[column]) }
        return String(view)
    }

    /// 0-based raw scalar column of the normalized scalar at `column`.
    public func rawColumn(of column: Int) -> Int {
        guard let rawColumns else { return column }
        if column < rawColumns.count { return rawColumns[column] }
        return raw.unicodeScalars.count
    }
}

extension NormalizedLine: Equatable {
    /// Member by member, as the stored members compared before the compact form.
    public static func == (a: NormalizedLine, b: NormalizedLine) -> Bool {
        a.number == b.number && a.text == b.text && a.raw == b.raw && a.rawColumns == b.rawColumns
    }
}

/// A Tika marker removed from the text, with where it was.
public struct Marker: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case bookmark, image }
    public var kind: Kind
    public var name: String
    public var line: Int
    /// 1-based scalar column in the raw line.
    public var column: Int
}

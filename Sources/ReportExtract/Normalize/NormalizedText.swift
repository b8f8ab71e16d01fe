/// The second stage's result: the text split into lines, each folded to half width with its
/// markers removed, and each able to say where its characters were in the raw input.
public struct NormalizedText: Sendable {
    public var lines: [NormalizedLine]
    /// `[bookmark: …]` and `[image: …]` markers taken out of the text, in order.
    public var markers: [Marker]
    /// How many scalars were changed or removed by width folding (markers not counted).
    public var foldedScalars: Int
    /// How many scalars a traditional-script document changed when read as simplified (0: the
    /// document is not in traditional script).
    public var simplifiedScalars: Int = 0
    /// A traditional-script document this ICU could not simplify (no `Hant-Hans` data).
    public var traditionalScriptUnread = false
}

/// One line of the input. `number` is 1-based and counts raw lines (LF, or CR LF).
///
/// Held compactly: most lines print what they read (raw text the bytes of `text`, no column map),
/// and for those only `text` and the number are stored, 24 bytes instead of 48; the rest keep
/// their raw text and columns in a `Printed`. A 300,000-row table is 1.2 M lines, held through
/// segment, the stage's peak (29 MB less).
public struct NormalizedLine: Sendable {
    /// The raw text and column map of a line that differs from its text, and its number.
    private final class Printed: Sendable {
        let raw: String
        let rawColumns: [Int]?
        let number: Int32

        init(raw: String, rawColumns: [Int]?, number: Int32) {
            self.raw = raw
            self.rawColumns = rawColumns
            self.number = number
        }
    }

    /// The number of a line that prints what it reads, or the `Printed` that holds it: one word,
    /// the number beside the reference, whose spare bits tell the two apart (24 bytes a line,
    /// not 32 with a reference and a number).
    private enum Form: Sendable {
        case asRead(number: Int32)
        case printed(Printed)
    }

    private var storedText: String
    // Line numbers as `Int32`: lines are counted in a `[UInt8]` far below 2^31 bytes.
    private var form: Form

    public init(number: Int, text: String, raw: String, rawColumns: [Int]?) {
        storedText = text
        form = .asRead(number: Int32(number))
        store(raw: raw, rawColumns: rawColumns, number: Int32(number))
    }

    /// A line that prints what it reads: its raw text is `text`.
    init(number: Int, printedAsRead text: String) {
        storedText = text
        form = .asRead(number: Int32(number))
    }

    private var printed: Printed? {
        if case .printed(let printed) = form { return printed }
        return nil
    }

    public var number: Int {
        get {
            switch form {
            case .asRead(let number): Int(number)
            case .printed(let printed): Int(printed.number)
            }
        }
        set { store(raw: raw, rawColumns: rawColumns, number: Int32(newValue)) }
    }

    /// Normalized text: width folded, markers removed.
    public var text: String {
        get { storedText }
        set {
            let (raw, rawColumns) = (raw, rawColumns)
            storedText = newValue
            store(raw: raw, rawColumns: rawColumns, number: Int32(number))
        }
    }

    /// The line exactly as in the decoded input, without its line break.
    public var raw: String {
        get { printed?.raw ?? storedText }
        set { store(raw: newValue, rawColumns: rawColumns, number: Int32(number)) }
    }

    /// For each scalar of `text`, its 0-based scalar column in `raw`; nil when they coincide.
    public var rawColumns: [Int]? {
        get { printed?.rawColumns }
        set { store(raw: raw, rawColumns: newValue, number: Int32(number)) }
    }

    /// Byte for byte, not `==`: canonically equal spellings print differently.
    private mutating func store(raw: String, rawColumns: [Int]?, number: Int32) {
        if rawColumns == nil, Scalars.sameBytes(raw, storedText) {
            form = .asRead(number: number)
        } else {
            form = .printed(Printed(raw: raw, rawColumns: rawColumns, number: number))
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

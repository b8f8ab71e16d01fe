#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a line looks like to the table grammar.
enum LineShape: Equatable {
    /// Nothing at all: an empty paragraph, a row end or a table end.
    case empty
    /// A TAB, after optional horizontal spaces; `leadingSpaces` marks Tika's ` →` table starts.
    case tabLed(leadingSpaces: Bool)
    /// Text led by an ASCII space: in the samples, the only mark of a table end with no blank line.
    case spaceLed
    /// Any other text, including a line of only U+3000 (a real paragraph inside a cell).
    case text

    init(_ line: NormalizedLine) {
        let raw = line.raw.unicodeScalars
        guard let first = raw.first else {
            self = line.text.isEmpty ? .empty : .text
            return
        }
        if line.text.isEmpty {
            // Only a marker: an empty paragraph that carried a bookmark.
            self = .empty
            return
        }
        if first == "\t" {
            self = .tabLed(leadingSpaces: false)
        } else if first == " " {
            let rest = raw.drop { $0 == " " }
            self = rest.first == "\t" ? .tabLed(leadingSpaces: true) : .spaceLed
        } else {
            self = .text
        }
    }

    var isTabLed: Bool {
        if case .tabLed = self { return true }
        return false
    }
}

extension NormalizedLine {
    /// Number of TABs in the line: more than one outside a leading position means SAX layout.
    var tabCount: Int { text.utf8.reduce(0) { $0 + ($1 == 9 ? 1 : 0) } }

    /// Whether the line holds a TAB anywhere: asked of every line of text (`TabRowsReader`), so by
    /// memchr on its bytes (the generic search of the UTF-8 view cost 1 % of a run over the seeds).
    var holdsTab: Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 9, bytes.count) != nil
        } ?? text.utf8.contains(9)
    }

    /// The cells on a TAB-led line: the text after each TAB, normalized and raw. TABs survive
    /// normalization one for one, so both split into the same number of pieces.
    func tabCells() -> [(text: String, raw: String)] {
        Array(zip(Self.pieces(text), Self.pieces(unmarkedRaw)).dropFirst().map(Self.pair))
    }

    /// The first of `tabCells()` (nil when it has none), without cutting the rest of the line:
    /// a DOM cell line holds one cell, and cutting, pairing and collecting every piece of both
    /// texts to keep the first was 4 % of a long table's run.
    func firstTabCell() -> (text: String, raw: String)? {
        guard let text = Self.pieceAfterFirstTab(text), let raw = Self.pieceAfterFirstTab(unmarkedRaw) else { return nil }
        return Self.pair(text, raw)
    }

    private static func pieceAfterFirstTab(_ line: String) -> Substring? {
        let utf8 = line.utf8
        // The TABs' offsets by memchr on the line's buffer, then indexes from them (constant
        // time on UTF-8 storage); the generic search of the view cost as much as the cell.
        let tabs = utf8.withContiguousStorageIfAvailable { bytes -> (Int, Int)? in
            guard let base = bytes.baseAddress, let first = memchr(base, 9, bytes.count) else { return nil }
            let start = base.distance(to: first.assumingMemoryBound(to: UInt8.self)) + 1
            let next = memchr(base + start, 9, bytes.count - start)
            return (start, next.map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? bytes.count)
        }
        if let found = tabs {
            guard let (start, end) = found else { return nil }
            return line[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
        }
        guard let tab = utf8.firstIndex(of: 9) else { return nil }
        let start = utf8.index(after: tab)
        return line[start..<(utf8[start...].firstIndex(of: 9) ?? utf8.endIndex)]
    }

    /// A line that does not start with a TAB, split at its TABs: the text before the first TAB,
    /// then one piece per TAB (SAX: the rest of a row after a line break inside a cell).
    func textCells() -> [(text: String, raw: String)] {
        zip(Self.pieces(text), Self.pieces(unmarkedRaw)).map(Self.pair)
    }

    /// The pieces between TABs, empty ones kept (`split(separator: "\t")`).
    private static func pieces(_ line: String) -> [Substring] {
        var pieces: [Substring] = []
        Scalars.forEachPiece(of: line, separatedBy: 9) { pieces.append($0) }
        return pieces
    }

    /// A cell's text and raw text; one string when they are the same (most cells), so a long
    /// table does not hold every cell twice. Compared byte for byte: the raw text is as printed.
    private static func pair(_ text: Substring, _ raw: Substring) -> (text: String, raw: String) {
        let text = String(text)
        return (text, Scalars.sameBytes(raw, text) ? text : String(raw))
    }

    /// The whole line as one continuation paragraph of a cell.
    func paragraph() -> (text: String, raw: String) { (text, unmarkedRaw) }
}

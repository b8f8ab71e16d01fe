/// Splits decoded text into lines, folds width (see `WidthFolding`), removes Tika's
/// `[bookmark: …]` / `[image: …]` markers and reads a traditional-script document as simplified
/// (see `TraditionalScript`), keeping a map back to raw columns.
public struct Normalizer: Sendable {
    public init() {}

    public func normalize(_ decoded: DecodedText) -> NormalizedText {
        var lines: [NormalizedLine] = []
        var markers: [Marker] = []
        var folded = 0
        var number = 0
        Self.forEachLine(decoded.text) { rawLine in
            number += 1
            lines.append(normalizeLine(String(rawLine), number: number, markers: &markers, folded: &folded))
        }
        let simplified: Int? = TraditionalScript.isTraditional(lines) ? TraditionalScript.simplify(&lines) : 0
        return NormalizedText(
            lines: lines, markers: markers, foldedScalars: folded, simplifiedScalars: simplified ?? 0,
            traditionalScriptUnread: simplified == nil)
    }

    /// Lines split on LF; a CR before the LF belongs to the break. A final LF ends the last line
    /// rather than starting an empty one.
    static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        forEachLine(text) { lines.append($0) }
        return lines
    }

    /// The lines one at a time (a file of millions of short lines never holds every piece at
    /// once beside the lines made from them), cut at the LF byte: as a Character, CR LF is one
    /// grapheme and would never equal LF.
    static func forEachLine(_ text: String, _ body: (Substring) -> Void) {
        // An empty text is one empty line, as an empty file has always been read.
        let endsWithBreak = text.utf8.last == 0x0A
        var pending: Substring?
        Scalars.forEachPiece(of: text, separatedBy: 0x0A) { piece in
            if let line = pending { body(line) }
            pending = piece.utf8.last == 0x0D ? piece.dropLast() : piece
        }
        if let line = pending, !(endsWithBreak && line.isEmpty) { body(line) }
    }

    func normalizeLine(
        _ raw: String, number: Int, markers: inout [Marker], folded: inout Int
    ) -> NormalizedLine {
        if raw.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "[") }) {
            return NormalizedLine(number: number, printedAsRead: raw)
        }
        // A line with nothing to fold and no marker (most Chinese lines) is its own text.
        if !Scalars.containsByte(UInt8(ascii: "["), in: raw), WidthFolding.foldsNothing(raw) {
            return NormalizedLine(number: number, printedAsRead: raw)
        }
        let scalars = raw.scalarArray
        var out: [UInt8] = []
        out.reserveCapacity(raw.utf8.count)
        // Each output scalar's raw column, needed only once a scalar is removed: until then the
        // columns are 0, 1, 2, … and are made at the first removal, not appended one by one for
        // every line that only folds (most lines that reach here).
        var columns: [Int]? = nil
        var index = 0
        while index < scalars.count {
            if scalars[index] == "[", let marker = Self.marker(in: scalars, at: index) {
                markers.append(
                    Marker(kind: marker.kind, name: marker.name, line: number, column: index + 1))
                if columns == nil { columns = Array(0..<index) }
                index = marker.end
                continue
            }
            switch WidthFolding.fold(scalars[index]) {
            case .keep:
                Scalars.appendUTF8(scalars[index], to: &out)
                columns?.append(index)
            case .replace(let replacement):
                Scalars.appendUTF8(replacement, to: &out)
                columns?.append(index)
                folded += 1
            case .remove:
                folded += 1
                if columns == nil { columns = Array(0..<index) }
            }
            index += 1
        }
        return NormalizedLine(
            number: number, text: String(decoding: out, as: UTF8.self), raw: raw, rawColumns: columns)
    }

    /// A marker `[bookmark: NAME]` or `[image: ALT]` starting at `start`, and the index after it.
    static func marker(
        in scalars: [Unicode.Scalar], at start: Int
    ) -> (kind: Marker.Kind, name: String, end: Int)? {
        for kind in [Marker.Kind.bookmark, .image] {
            let prefix = Array("[\(kind.rawValue): ".unicodeScalars)
            guard start + prefix.count <= scalars.count,
                Array(scalars[start..<start + prefix.count]) == prefix
            else { continue }
            guard let close = scalars[(start + prefix.count)...].firstIndex(of: "]") else { return nil }
            var name = String.UnicodeScalarView()
            name.append(contentsOf: scalars[(start + prefix.count)..<close])
            return (kind, String(name), close + 1)
        }
        return nil
    }
}

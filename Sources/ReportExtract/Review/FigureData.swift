/// The figures of a page as JSON for its side panel, written by hand (keys sorted, nil left out)
/// with only the members the panel shows (where a figure sits is in its id and on its cell: the
/// table, row, column, source and table kind were a sixth of a long table's page), and
/// script-safe: `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`, so no report text can close
/// the `<script>` element holding it.
enum FigureData {
    /// The JSON array of the figures, written figure by figure into a page that may be streamed.
    static func write(_ figures: some Collection<ReviewFigure>, into html: inout HTMLWriter) {
        // A `ByteBuffer`: the many short appends of a figure went through the array's generic path.
        let out = ByteBuffer(capacity: 80 * 1024)
        out.append(UInt8(ascii: "["))
        var anchor: ContextAnchor?
        for (index, figure) in figures.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            object(figure, sharing: anchor, into: out)
            if let context = figure.context, !(anchor?.holds(context) ?? false) {
                anchor = ContextAnchor(id: figure.id, context: context)
            }
            if out.count >= 64 * 1024 {
                html.raw(bytes: out)
                out.removeAll()
            }
        }
        out.append(UInt8(ascii: "]"))
        html.raw(bytes: out)
    }

    /// Members written as they come, in key byte order (as JSONEncoder's `.sortedKeys`), nil
    /// ones left out: no list of members and boxed values per figure.
    private static func object(_ f: ReviewFigure, sharing anchor: ContextAnchor?, into out: ByteBuffer) {
        var members = ObjectMembers()
        members.text("alias", f.alias, into: out)
        members.texts("candidates", f.candidates, into: out)
        members.texts("checks", f.checks, into: out)
        members.text("column_label", f.columnLabel, into: out)
        members.text("confidence", f.confidence, into: out)
        if let context = f.context, let anchor, anchor.isShorter(than: context), anchor.holds(context) {
            members.text("context_as", anchor.id, into: out)
        } else {
            members.text("context", f.context, into: out)
        }
        members.text("field", f.field, into: out)
        members.text("id", f.id, into: out)
        members.number("line", f.line, into: out)
        members.text("qualifier", f.qualifier, into: out)
        members.text("raw", f.raw, into: out)
        members.texts("reasons", f.reasons, into: out)
        if let repairs = f.repairs {
            members.key("repairs", into: out)
            out.append(UInt8(ascii: "["))
            for (index, repair) in repairs.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                var inner = ObjectMembers()
                inner.text("from", repair.from, into: out)
                inner.text("kind", repair.kind, into: out)
                inner.text("to", repair.to, into: out)
                inner.close(into: out)
            }
            out.append(UInt8(ascii: "]"))
        }
        members.text("row_label", f.rowLabel, into: out)
        members.texts("row_path", f.rowPath, into: out)
        members.text("scale", f.scale, into: out)
        members.text("unit", f.unit, into: out)
        members.text("value", f.value, into: out)
        members.close(into: out)
    }

    /// The last figure whose context was written out. The figures of a paragraph follow one
    /// another and share its text as their context: each after the first names the figure that
    /// carries it (`context_as`), and the page's script fills it in. Written once per figure,
    /// paragraphs were 25 KB of the 71 KB of figure data of the corpus's `000` report.
    private struct ContextAnchor {
        let id: String
        let context: String

        func holds(_ text: String) -> Bool { Scalars.sameBytes(context, text) }

        /// Naming the anchor is shorter than repeating `text` (a cell's `12.5` is repeated).
        func isShorter(than text: String) -> Bool { id.utf8.count + 3 < text.utf8.count }
    }

    /// One JSON object's members, appended to the caller's bytes: `{` before the first, `}` at
    /// `close`.
    private struct ObjectMembers {
        private var count = 0

        mutating func key(_ name: StaticString, into out: ByteBuffer) {
            out.append(UInt8(ascii: count == 0 ? "{" : ","))
            count += 1
            out.append(UInt8(ascii: "\""))
            name.withUTF8Buffer { out.append(contentsOf: $0) }
            out.append(UInt8(ascii: "\""))  // two appends: an array literal here allocated per member
            out.append(UInt8(ascii: ":"))
        }

        mutating func text(_ name: StaticString, _ value: String?, into out: ByteBuffer) {
            guard let value else { return }
            key(name, into: out)
            FigureData.string(value, into: out)
        }

        mutating func texts(_ name: StaticString, _ values: [String]?, into out: ByteBuffer) {
            guard let values else { return }
            key(name, into: out)
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                FigureData.string(value, into: out)
            }
            out.append(UInt8(ascii: "]"))
        }

        mutating func number(_ name: StaticString, _ value: Int?, into out: ByteBuffer) {
            guard let value else { return }
            key(name, into: out)
            DecimalBytes.append(value, to: out)
        }

        func close(into out: ByteBuffer) {
            if count == 0 { out.append(UInt8(ascii: "{")) }
            out.append(UInt8(ascii: "}"))
        }
    }

    fileprivate static func string(_ text: String, into out: ByteBuffer) {
        out.append(UInt8(ascii: "\""))
        // Runs of bytes that need no escape are copied whole (a page's strings are mostly CJK
        // text and digits); only the few that do are looked at one by one.
        text.withUTF8InPlace { utf8 in
            var clean = 0  // start of the bytes not yet copied
            JSONEscapeScan.forEachEscape(in: utf8, word: JSONEscapeScan.mayNeedScriptEscape, byte: JSONEscapeScan.needsScriptEscape) { position in
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<position]))
                escape(utf8[position], into: out)
                clean = position + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8, into out: ByteBuffer) {
        switch byte {
        case UInt8(ascii: "\""): out.append(utf8: "\\\"")
        case UInt8(ascii: "\\"): out.append(utf8: "\\\\")
        case UInt8(ascii: "<"): out.append(utf8: "\\u003c")
        case UInt8(ascii: ">"): out.append(utf8: "\\u003e")
        case UInt8(ascii: "&"): out.append(utf8: "\\u0026")
        case 0x0A: out.append(utf8: "\\n")
        case 0x0D: out.append(utf8: "\\r")
        case 0x09: out.append(utf8: "\\t")
        default:
            let hex = String(byte, radix: 16)
            out.append(utf8: "\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
        }
    }
}

/// The figures of a page as JSON for its side panel, written by hand (keys sorted, nil left out)
/// and script-safe: `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`, so no report text can close
/// the `<script>` element holding it.
enum FigureData {
    /// The JSON array of the figures, written figure by figure into a page that may be streamed.
    static func write(_ figures: some Collection<ReviewFigure>, into html: inout HTMLWriter) {
        var out: [UInt8] = [UInt8(ascii: "[")]
        out.reserveCapacity(4096)
        for (index, figure) in figures.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            object(figure, into: &out)
            if out.count >= 64 * 1024 {
                html.raw(bytes: out)
                out.removeAll(keepingCapacity: true)
            }
        }
        out.append(UInt8(ascii: "]"))
        html.raw(bytes: out)
    }

    /// Members written as they come, in key byte order (as JSONEncoder's `.sortedKeys`), nil
    /// ones left out: no list of members and boxed values per figure.
    private static func object(_ f: ReviewFigure, into out: inout [UInt8]) {
        var members = ObjectBytes(out: out)
        out = []  // the bytes move into `members` and back: appended in place, not copied
        members.text("alias", f.alias)
        members.texts("candidates", f.candidates)
        members.texts("checks", f.checks)
        members.number("column", f.column)
        members.text("column_label", f.columnLabel)
        members.text("confidence", f.confidence)
        members.text("context", f.context)
        members.text("field", f.field)
        members.text("id", f.id)
        members.number("line", f.line)
        members.text("qualifier", f.qualifier)
        members.text("raw", f.raw)
        members.texts("reasons", f.reasons)
        if let repairs = f.repairs {
            members.key("repairs")
            members.out.append(UInt8(ascii: "["))
            for (index, repair) in repairs.enumerated() {
                if index > 0 { members.out.append(UInt8(ascii: ",")) }
                var inner = ObjectBytes(out: members.out)
                members.out = []
                inner.text("from", repair.from)
                inner.text("kind", repair.kind)
                inner.text("to", repair.to)
                members.out = inner.close()
            }
            members.out.append(UInt8(ascii: "]"))
        }
        members.number("row", f.row)
        members.text("row_label", f.rowLabel)
        members.texts("row_path", f.rowPath)
        members.text("scale", f.scale)
        members.text("source", f.source)
        members.number("table", f.table)
        members.text("table_kind", f.tableKind)
        members.text("unit", f.unit)
        members.text("value", f.value)
        out = members.close()
    }

    /// One JSON object's members appended to `out`: `{` before the first, `}` at `close()`.
    private struct ObjectBytes {
        var out: [UInt8]
        private var count = 0

        init(out: [UInt8]) { self.out = out }

        mutating func key(_ name: StaticString) {
            out.append(UInt8(ascii: count == 0 ? "{" : ","))
            count += 1
            out.append(UInt8(ascii: "\""))
            name.withUTF8Buffer { out.append(contentsOf: $0) }
            out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        }

        mutating func text(_ name: StaticString, _ value: String?) {
            guard let value else { return }
            key(name)
            FigureData.string(value, into: &out)
        }

        mutating func texts(_ name: StaticString, _ values: [String]?) {
            guard let values else { return }
            key(name)
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                FigureData.string(value, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        }

        mutating func number(_ name: StaticString, _ value: Int?) {
            guard let value else { return }
            key(name)
            out.append(contentsOf: String(value).utf8)
        }

        consuming func close() -> [UInt8] {
            if count == 0 { out.append(UInt8(ascii: "{")) }
            out.append(UInt8(ascii: "}"))
            return out
        }
    }

    fileprivate static func string(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        // Runs of bytes that need no escape are copied whole (a page's strings are mostly CJK
        // text and digits); only the few that do are looked at one by one.
        text.withUTF8 { utf8 in
            var clean = 0  // start of the bytes not yet copied
            for (position, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C
                || byte == 0x3C || byte == 0x3E || byte == 0x26
            {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<position]))
                escape(byte, into: &out)
                clean = position + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8, into out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
        case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
        case UInt8(ascii: "<"): out.append(contentsOf: "\\u003c".utf8)
        case UInt8(ascii: ">"): out.append(contentsOf: "\\u003e".utf8)
        case UInt8(ascii: "&"): out.append(contentsOf: "\\u0026".utf8)
        case 0x0A: out.append(contentsOf: "\\n".utf8)
        case 0x0D: out.append(contentsOf: "\\r".utf8)
        case 0x09: out.append(contentsOf: "\\t".utf8)
        default:
            let hex = String(byte, radix: 16)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        }
    }
}

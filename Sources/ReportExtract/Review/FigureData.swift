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

    private static func object(_ f: ReviewFigure, into out: inout [UInt8]) {
        var members: [(String, Value)] = []  // keys in byte order, as JSONEncoder's .sortedKeys
        func add(_ key: String, _ value: Value?) { if let value { members.append((key, value)) } }
        add("alias", f.alias.map(Value.text))
        add("candidates", f.candidates.map(Value.texts))
        add("checks", f.checks.map(Value.texts))
        add("column", f.column.map(Value.number))
        add("column_label", f.columnLabel.map(Value.text))
        add("confidence", f.confidence.map(Value.text))
        add("context", f.context.map(Value.text))
        add("field", f.field.map(Value.text))
        add("id", .text(f.id))
        add("line", f.line.map(Value.number))
        add("qualifier", f.qualifier.map(Value.text))
        add("raw", f.raw.map(Value.text))
        add("reasons", f.reasons.map(Value.texts))
        add("repairs", f.repairs.map(Value.repairs))
        add("row", f.row.map(Value.number))
        add("row_label", f.rowLabel.map(Value.text))
        add("row_path", f.rowPath.map(Value.texts))
        add("scale", f.scale.map(Value.text))
        add("source", f.source.map(Value.text))
        add("table", f.table.map(Value.number))
        add("table_kind", f.tableKind.map(Value.text))
        add("unit", f.unit.map(Value.text))
        add("value", f.value.map(Value.text))
        out.append(UInt8(ascii: "{"))
        for (index, (key, value)) in members.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            string(key, into: &out)
            out.append(UInt8(ascii: ":"))
            value.write(into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    private enum Value {
        case text(String), texts([String]), number(Int), repairs([ReviewFigure.Repair])

        func write(into out: inout [UInt8]) {
            switch self {
            case .text(let text): string(text, into: &out)
            case .number(let number): out.append(contentsOf: String(number).utf8)
            case .texts(let texts): list(texts.map(Value.text), into: &out)
            case .repairs(let repairs):
                out.append(UInt8(ascii: "["))
                for (index, repair) in repairs.enumerated() {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    out.append(UInt8(ascii: "{"))
                    let members = [("from", repair.from), ("kind", repair.kind), ("to", repair.to)].filter { $0.1 != nil }
                    for (position, (key, value)) in members.enumerated() {
                        if position > 0 { out.append(UInt8(ascii: ",")) }
                        string(key, into: &out)
                        out.append(UInt8(ascii: ":"))
                        string(value!, into: &out)
                    }
                    out.append(UInt8(ascii: "}"))
                }
                out.append(UInt8(ascii: "]"))
            }
        }

        private func list(_ values: [Value], into out: inout [UInt8]) {
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                value.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
    }

    private static func string(_ text: String, into out: inout [UInt8]) {
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

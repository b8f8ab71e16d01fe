/// Reads back pieces of compact JSON that `JSONWriter` wrote: the text of a string token and the
/// elements of an array, for the CSV columns taken from a figure's row.
enum JSONText {
    /// A string token's text (`"a\"b"` → `a"b`); nil when the bytes are not a string. Read by
    /// `JSONValue`, the project's one unescaping of JSON text.
    static func string(_ token: ArraySlice<UInt8>) -> String? {
        guard token.first == 0x22, case .string(let text)? = JSONValue.read(token) else { return nil }
        return text
    }

    /// The elements of an array token (`[1,"a",[2]]` → `1`, `"a"`, `[2]`); nil when the bytes
    /// are not an array.
    static func elements(_ token: ArraySlice<UInt8>) -> [ArraySlice<UInt8>]? {
        guard token.count >= 2, token.first == UInt8(ascii: "["), token.last == UInt8(ascii: "]") else { return nil }
        let inner = token.dropFirst().dropLast()
        guard !inner.isEmpty else { return [] }
        var elements: [ArraySlice<UInt8>] = []
        var (depth, inString, escaped, start) = (0, false, false, inner.startIndex)
        for position in inner.indices {
            let byte = inner[position]
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: ",") where depth == 0:
                elements.append(inner[start..<position])
                start = position + 1
            default: break
            }
        }
        elements.append(inner[start...])
        return elements
    }
}

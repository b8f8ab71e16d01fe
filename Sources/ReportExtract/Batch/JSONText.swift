/// Reads back pieces of compact JSON that `JSONWriter` wrote: the text of a string token and the
/// elements of an array, for the CSV columns taken from a figure's row.
enum JSONText {
    /// A string token's text (`"a\"b"` → `a"b`); nil when the bytes are not a string.
    static func string(_ token: ArraySlice<UInt8>) -> String? {
        guard token.count >= 2, token.first == 0x22, token.last == 0x22 else { return nil }
        let inner = token.dropFirst().dropLast()
        guard inner.contains(0x5C) else { return String(decoding: inner, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(inner.count)
        var position = inner.startIndex
        while position < inner.endIndex {
            let byte = inner[position]
            position += 1
            guard byte == 0x5C, position < inner.endIndex else {
                out.append(byte)
                continue
            }
            let escaped = inner[position]
            position += 1
            switch escaped {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                let hex = inner[position..<min(position + 4, inner.endIndex)]
                position = hex.endIndex
                let scalar = UInt32(String(decoding: hex, as: UTF8.self), radix: 16).flatMap(Unicode.Scalar.init)
                out += Array(String(scalar.map(Character.init) ?? "\u{FFFD}").utf8)
            default: out.append(escaped)  // \" \\ \/
            }
        }
        return String(decoding: out, as: UTF8.self)
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

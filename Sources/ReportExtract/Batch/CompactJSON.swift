import Foundation

/// Compact JSON for dataset rows, with keys in UTF-8 byte order so rows are byte-identical from
/// run to run (Swift dictionaries iterate in a per-process random order) — and without
/// `JSONSerialization`'s locale-aware key sorting, which took most of a dataset rebuild.
/// Takes the values `JSONSerialization.jsonObject` produces.
enum CompactJSON {
    static func string(_ value: Any) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    private static func write(_ value: Any, into out: inout String) {
        switch value {
        case let text as String:
            writeString(text, into: &out)
        case is NSNull:
            out += "null"
        case let array as [Any]:
            out += "["
            for (index, element) in array.enumerated() {
                if index > 0 { out += "," }
                write(element, into: &out)
            }
            out += "]"
        case let object as [String: Any]:
            out += "{"
            let keys = object.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                if index > 0 { out += "," }
                writeString(key, into: &out)
                out += ":"
                write(object[key]!, into: &out)
            }
            out += "}"
        case let number as NSNumber:
            switch String(cString: number.objCType) {
            case "c", "B": out += number.boolValue ? "true" : "false"
            case "d", "f": out += "\(number.doubleValue)"
            default: out += "\(number.int64Value)"
            }
        case let flag as Bool:
            out += flag ? "true" : "false"
        case let integer as Int:
            out += "\(integer)"
        case let double as Double:
            out += "\(double)"
        default:
            writeString("\(value)", into: &out)
        }
    }

    private static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

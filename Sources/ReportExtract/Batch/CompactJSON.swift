import Foundation

/// Compact JSON for dataset rows, with keys in UTF-8 byte order so rows are byte-identical from
/// run to run (Swift dictionaries iterate in a per-process random order) — and without
/// `JSONSerialization`'s locale-aware key sorting, which took most of a dataset rebuild.
/// Takes the values `JSONSerialization.jsonObject` produces. Containers are tested first: asking
/// a Swift dictionary whether it is an `NSNull` or `NSNumber` bridges it to Foundation first.
enum CompactJSON {
    static func string(_ value: Any) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func write(_ value: Any, into out: inout [UInt8]) {
        if let object = value as? [String: Any] {
            out.append(UInt8(ascii: "{"))
            let keys = object.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                write(object[key]!, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        } else if let array = value as? [Any] {
            out.append(UInt8(ascii: "["))
            for (index, element) in array.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(element, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        } else if let text = value as? String {
            writeString(text, into: &out)
        } else if let number = value as? NSNumber {
            switch number.objCType.pointee {
            case CChar(UInt8(ascii: "c")), CChar(UInt8(ascii: "B")): out += Array((number.boolValue ? "true" : "false").utf8)
            case CChar(UInt8(ascii: "d")), CChar(UInt8(ascii: "f")): out += Array("\(number.doubleValue)".utf8)
            default: out += Array("\(number.int64Value)".utf8)
            }
        } else if value is NSNull {
            out += Array("null".utf8)
        } else {
            writeString("\(value)", into: &out)
        }
    }

    private static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

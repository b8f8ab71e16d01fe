import Foundation

/// RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted with `"` when
/// it holds a comma, a quote, CR or LF, and quotes inside doubled.
public enum CSV {
    public static func field(_ text: String) -> String {
        var out: [UInt8] = []
        appendField(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `field(text)`'s bytes appended to `out`: the one place the quoting rule is written.
    static func appendField(_ text: String, to out: inout [UInt8]) {
        // On the string's own buffer: searched and copied through the generic UTF-8 view, the
        // fields of every figure row cost several times more.
        text.withUTF8InPlace { utf8 in
            guard utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else {
                out.append(contentsOf: utf8)
                return
            }
            out.append(0x22)
            for byte in utf8 {
                out.append(byte)
                if byte == 0x22 { out.append(0x22) }
            }
            out.append(0x22)
        }
    }

    /// `field(texts.joined(separator: ";"))`'s bytes appended to `out`, without the joined
    /// string: when no text needs quoting, neither does the list (`;` is not a quoted byte), and
    /// each text's bytes go straight in (a figure's reasons, on every figure row).
    static func appendField(joinedBySemicolons texts: [String], to out: inout [UInt8]) {
        let quoted = texts.contains { text in
            text.withUTF8InPlace { utf8 in utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) }
        }
        guard !quoted else {
            appendField(texts.joined(separator: ";"), to: &out)
            return
        }
        for (index, text) in texts.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ";")) }
            text.withUTF8InPlace { out.append(contentsOf: $0) }
        }
    }

    /// One record, CRLF included.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}

/// Maps one Unicode scalar the way the filtered ICU transform
/// `[\uFF01-\uFF5E\u3000] Fullwidth-Halfwidth` does, plus a short explicit map.
///
/// Deliberately not NFKC (it turns ① into 1, ㎡ into m2, … into ...) and not the unfiltered
/// transform (it turns 、 into ､ and 。 into ｡). The fullwidth comma U+FF0C is kept: in Chinese it
/// separates clauses and list items, and must never be read as a thousands separator later.
public enum WidthFolding {
    /// The ICU transform ID this folding equals, apart from the kept U+FF0C.
    public static let icuTransformID = #"[\uFF01-\uFF5E\u3000] Fullwidth-Halfwidth"#

    public enum Result: Equatable {
        case keep
        case replace(Unicode.Scalar)
        case remove
    }

    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> Result {
        let value = scalar.value
        if value < 0xA0 { return .keep }
        switch value {
        case 0xFF0C: return .keep
        case 0xFF01...0xFF5E: return .replace(Unicode.Scalar(value - 0xFEE0)!)
        case 0x3000, 0x00A0, 0x2002, 0x2003: return .replace(" ")
        case 0x2010, 0x2011, 0x2212: return .replace("-")
        case 0xFE6A: return .replace("%")
        case 0x301C: return .replace("~")
        case 0x00AD: return .remove
        default: return .keep
        }
    }

    /// Whether every scalar of `text` is kept as it is. Read on the UTF-8 bytes: every scalar
    /// `fold` changes starts with byte C2 (U+00A0, U+00AD), E2 (U+2002–2212), E3 (U+3000,
    /// U+301C) or EF (U+FE6A, U+FF01–FF5E), and a continuation byte is never one of these, so
    /// only a scalar that starts with one is decoded and asked (asked of every line and label;
    /// the scalar view's iterator cost more than the test).
    static func foldsNothing(_ text: String) -> Bool {
        text.withUTF8InPlace { bytes in
            var at = 0
            while at < bytes.count {
                let lead = bytes[at]
                if lead == 0xC2, at + 1 < bytes.count {
                    let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[at + 1] & 0x3F)
                    if case .keep = fold(Unicode.Scalar(value).unsafelyUnwrapped) {} else { return false }
                } else if lead == 0xE2 || lead == 0xE3 || lead == 0xEF, at + 2 < bytes.count {
                    let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[at + 1] & 0x3F) << 6 | UInt32(bytes[at + 2] & 0x3F)
                    if case .keep = fold(Unicode.Scalar(value).unsafelyUnwrapped) {} else { return false }
                }
                at += 1
            }
            return true
        }
    }

    /// Folds a whole string (rule text written with full-width characters, for instance).
    public static func fold(_ text: String) -> String {
        // Labels are folded again at every lookup; most are already folded.
        guard !foldsNothing(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch fold(scalar) {
            case .keep: out.append(scalar)
            case .replace(let replacement): out.append(replacement)
            case .remove: break
            }
        }
        return String(out)
    }
}

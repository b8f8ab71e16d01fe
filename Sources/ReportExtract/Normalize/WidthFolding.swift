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

    /// Whether every scalar of `text` is kept as it is.
    static func foldsNothing(_ text: String) -> Bool {
        !text.unicodeScalars.contains { if case .keep = fold($0) { false } else { true } }
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

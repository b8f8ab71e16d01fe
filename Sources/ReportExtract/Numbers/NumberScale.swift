import Foundation

/// A Chinese scale word printed after a number: `0.92亿` is the mantissa 0.92 at scale 亿.
///
/// Kept apart from the mantissa so precision stays readable: `0.92亿` claims ±0.005 亿, which
/// `92000000` would hide.
///
/// `万亿` (10^12, national and provincial totals: `1.21万亿`) comes before `万` so a unit that
/// starts with a scale (`万亿元`) is split at the longer one.
public enum NumberScale: String, Sendable, Codable, CaseIterable {
    case wanYi = "万亿"
    case qian = "千"
    case wan = "万"
    case yi = "亿"

    public var symbol: String { rawValue }

    /// The power of ten the scale stands for.
    public var exponent: Int {
        switch self {
        case .qian: 3
        case .wan: 4
        case .yi: 8
        case .wanYi: 12
        }
    }

    public var multiplier: Decimal { DecimalText.powerOfTen(exponent) }

    /// The scale a scalar names, including the traditional and financial forms; `万亿`, two
    /// scalars, is read by `init?(_:at:)`.
    init?(scalar: Unicode.Scalar) {
        switch scalar {
        case "千", "仟": self = .qian
        case "万", "萬": self = .wan
        case "亿", "億": self = .yi
        default: return nil
        }
    }
}

extension NumberScale {
    /// The scale printed at `index`, with the index after it: `万亿` before `万`.
    static func read(_ text: [Unicode.Scalar], at index: Int) -> (scale: NumberScale, end: Int)? {
        guard index < text.count, let scale = NumberScale(scalar: text[index]) else { return nil }
        if scale == .wan, index + 1 < text.count, NumberScale(scalar: text[index + 1]) == .yi {
            return (.wanYi, index + 2)
        }
        return (scale, index + 1)
    }
}

extension Optional where Wrapped == NumberScale {
    /// Power of ten of an optional scale; nil means plain units (10^0).
    var exponent: Int { self?.exponent ?? 0 }
}

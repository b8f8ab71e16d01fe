import Foundation

/// A Chinese scale word printed after a number: `0.92亿` is the mantissa 0.92 at scale 亿.
///
/// Kept apart from the mantissa so precision stays readable: `0.92亿` claims ±0.005 亿, which
/// `92000000` would hide.
public enum NumberScale: String, Sendable, Codable, CaseIterable {
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
        }
    }

    public var multiplier: Decimal { DecimalText.powerOfTen(exponent) }

    /// The scale a scalar names, including the traditional and financial forms.
    init?(scalar: Unicode.Scalar) {
        switch scalar {
        case "千", "仟": self = .qian
        case "万", "萬": self = .wan
        case "亿", "億": self = .yi
        default: return nil
        }
    }
}

extension Optional where Wrapped == NumberScale {
    /// Power of ten of an optional scale; nil means plain units (10^0).
    var exponent: Int { self?.exponent ?? 0 }
}

import Foundation

/// One printed figure, with everything needed to reproduce, check and explain it.
///
/// The value is the mantissa in the printed scale (`0.92亿元` is 0.92 at scale 亿), with the number
/// of decimals as printed (`30.00` has 2), because precision is part of the claim and `Decimal`
/// drops trailing zeros.
public struct NumberValue: Sendable, Equatable {
    // Stored in this order, widest first and the one-byte members last: 80 bytes instead of 104
    // (a figure holds two values, and a long table has a figure per row). Decimals as `Int32`
    // after the value, so that a figure's reading leaves room for its one-byte members.
    /// The exact text parsed (a trimmed cell, or a token found in prose).
    public var raw: String
    /// The unit printed with the figure (`元`, `人`, `平方米`, `㎡`, `分`, …); the scale is not part
    /// of it (`万元` is scale 万, unit 元), and `%` is `isPercent`, not a unit.
    public var unit: String?
    /// Qualifiers in printed order: `约10余件` has `[约, 余]`.
    public var qualifiers: [Qualifier]
    /// Every change between `raw` and this reading, in the order applied.
    public var repairs: [NumberRepair]
    /// The mantissa in the printed scale, sign included.
    public var value: Decimal
    private var storedDecimals: Int32
    public var scale: NumberScale?
    /// The value is in percent points: the ratio is `value / 100`.
    public var isPercent: Bool
    /// The unit is a word the unit lexicon does not know (`20场次` before it was added): kept as
    /// printed, and the figure is never graded high on it.
    public var unitIsUnknown = false

    public init(
        raw: String, value: Decimal, decimals: Int, scale: NumberScale? = nil, unit: String? = nil,
        qualifiers: [Qualifier] = [], isPercent: Bool = false, repairs: [NumberRepair] = []
    ) {
        self.raw = raw
        self.value = value
        storedDecimals = Int32(decimals)
        self.scale = scale
        self.unit = unit
        self.qualifiers = qualifiers
        self.isPercent = isPercent
        self.repairs = repairs
    }

    /// Digits after the point as printed (after repairs): `30.00` → 2, `4,402` → 0.
    public var decimals: Int {
        get { Int(storedDecimals) }
        set { storedDecimals = Int32(newValue) }
    }

    /// The qualifier that decides the interval's shape: a bound (`≥ ≤ > < 以上 以下 余`) wins over
    /// an approximation (`约 左右`), so `约10余件` reports `余`; see `qualifiers` for all of them.
    public var qualifier: Qualifier? {
        qualifiers.first { $0.bound != .approximate } ?? qualifiers.first
    }

    /// The value in plain units: mantissa × scale multiplier (`0.92亿` → 92000000).
    public var scaledValue: Decimal {
        guard let scale else { return value }
        return value * scale.multiplier
    }

    /// The mantissa as a plain decimal string keeping printed precision (`30.00`, `-5.3`), never
    /// in exponent notation; emit this rather than a JSON float.
    public var valueString: String { DecimalText.string(value, decimals: decimals) }

    /// One unit of the last printed digit, in the printed scale: 0.01 for `1124.65`, 1 for `17`.
    public var lastDigitUnit: Decimal { DecimalText.powerOfTen(-decimals) }

    /// Whether any repair beyond formatting produced this reading.
    public var isRepaired: Bool { repairs.contains { !$0.kind.isHarmless } }
}

import Foundation

/// The set of values a printed or computed figure can stand for, for reconciliation in the style
/// of XBRL Calculations 1.1 (Arelle's `consistentFactValueInterval`): a check is violated only when
/// the computed interval and the printed one do not overlap, so no tolerance constants are needed.
///
/// Bounds are in `scale` (nil = plain units), so `0.92亿元` stays ±0.005 亿. Binary operations
/// convert the right operand into the left operand's scale (an exact shift of the exponent).
public struct DecimalInterval: Sendable, Equatable, CustomStringConvertible {
    /// nil means unbounded (−∞).
    public var lower: Decimal?
    /// nil means unbounded (+∞).
    public var upper: Decimal?
    public var lowerIsOpen: Bool
    public var upperIsOpen: Bool
    /// The scale the bounds are written in.
    public var scale: NumberScale?

    public init(
        lower: Decimal?, upper: Decimal?, lowerIsOpen: Bool = false, upperIsOpen: Bool = false,
        scale: NumberScale? = nil
    ) {
        self.lower = lower
        self.upper = upper
        self.lowerIsOpen = lower == nil ? true : lowerIsOpen
        self.upperIsOpen = upper == nil ? true : upperIsOpen
        self.scale = scale
    }

    /// The zero-width interval of an exact value (a headcount, an assigned weight).
    public init(exactly value: Decimal, scale: NumberScale? = nil) {
        self.init(lower: value, upper: value, scale: scale)
    }

    public var description: String {
        // `DecimalText.plain` is `Decimal.description` without its digit-by-digit division: every
        // check that closes prints its computed interval.
        let low = lower.map { (lowerIsOpen ? "(" : "[") + DecimalText.plain($0) } ?? "(-∞"
        let high = upper.map { DecimalText.plain($0) + (upperIsOpen ? ")" : "]") } ?? "+∞)"
        return "\(low), \(high)" + (scale.map { " \($0.symbol)" } ?? "")
    }

    /// The same interval written in another scale (`0.92亿` → `92万`); exact.
    public func converted(to target: NumberScale?) -> DecimalInterval {
        let shift = scale.exponent - target.exponent
        guard shift != 0 else { return self }
        let factor = DecimalText.powerOfTen(shift)
        var result = self
        result.lower = lower.map { $0 * factor }
        result.upper = upper.map { $0 * factor }
        result.scale = target
        return result
    }

    public func contains(_ value: Decimal) -> Bool {
        Self.ordered(lower, lowerIsOpen, value, false) && Self.ordered(value, false, upper, upperIsOpen)
    }

    /// Whether the two intervals share at least one value (open ends respected).
    public func overlaps(_ other: DecimalInterval) -> Bool {
        let other = other.converted(to: scale)
        return Self.ordered(lower, lowerIsOpen, other.upper, other.upperIsOpen)
            && Self.ordered(other.lower, other.lowerIsOpen, upper, upperIsOpen)
    }

    /// Distance between two disjoint intervals, in this interval's scale; nil when they overlap.
    /// Intervals that only touch at an open end are disjoint with a gap of 0.
    public func gap(to other: DecimalInterval) -> Decimal? {
        guard !overlaps(other) else { return nil }
        let other = other.converted(to: scale)
        if let upper, let otherLower = other.lower, upper <= otherLower { return otherLower - upper }
        if let lower, let otherUpper = other.upper { return lower - otherUpper }
        return nil
    }

    /// Whether a low end (with its openness) lies at or below a high end; nil ends are infinite.
    static func ordered(_ low: Decimal?, _ lowOpen: Bool, _ high: Decimal?, _ highOpen: Bool) -> Bool {
        guard let low, let high else { return true }
        return low < high || (low == high && !lowOpen && !highOpen)
    }
}

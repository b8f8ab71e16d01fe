import Foundation

/// Interval arithmetic (notes §6). Bounds are rounded outward whenever an operation may be
/// inexact (see `OutwardRounding`); an end is open when any end it came from is open.
extension DecimalInterval {
    /// `[a.lo + b.lo, a.hi + b.hi]`, in the left operand's scale.
    public static func + (lhs: DecimalInterval, rhs: DecimalInterval) -> DecimalInterval {
        let rhs = rhs.converted(to: lhs.scale)
        return DecimalInterval(
            lower: both(lhs.lower, rhs.lower) { OutwardRounding.add($0, $1, .down) },
            upper: both(lhs.upper, rhs.upper) { OutwardRounding.add($0, $1, .up) },
            lowerIsOpen: lhs.lowerIsOpen || rhs.lowerIsOpen, upperIsOpen: lhs.upperIsOpen || rhs.upperIsOpen,
            scale: lhs.scale)
    }

    /// `[a.lo − b.hi, a.hi − b.lo]`, in the left operand's scale.
    public static func - (lhs: DecimalInterval, rhs: DecimalInterval) -> DecimalInterval {
        lhs + rhs.negated()
    }

    public func negated() -> DecimalInterval {
        DecimalInterval(
            lower: upper.map { -$0 }, upper: lower.map { -$0 }, lowerIsOpen: upperIsOpen,
            upperIsOpen: lowerIsOpen, scale: scale)
    }

    /// Multiplies by an exact factor (a weight, 100 for percent points); a negative factor swaps
    /// the ends. The scale is kept.
    public func scaled(by factor: Decimal) -> DecimalInterval {
        if factor.isZero { return DecimalInterval(exactly: 0, scale: scale) }
        if factor < 0 { return negated().scaled(by: -factor) }
        return DecimalInterval(
            lower: lower.map { OutwardRounding.multiply($0, factor, .down) },
            upper: upper.map { OutwardRounding.multiply($0, factor, .up) },
            lowerIsOpen: lowerIsOpen, upperIsOpen: upperIsOpen, scale: scale)
    }

    /// The product of two non-negative intervals, in plain units (scale nil); nil when either can
    /// be negative.
    public static func * (lhs: DecimalInterval, rhs: DecimalInterval) -> DecimalInterval? {
        let a = lhs.converted(to: nil)
        let b = rhs.converted(to: nil)
        guard let aLow = a.lower, let bLow = b.lower, aLow >= 0, bLow >= 0 else { return nil }
        // A closed zero end makes the product's low end a closed zero, whatever the other end.
        let zero = (aLow.isZero && !a.lowerIsOpen) || (bLow.isZero && !b.lowerIsOpen)
        let upper: Decimal?
        if a.upper == 0 && !a.upperIsOpen || b.upper == 0 && !b.upperIsOpen {
            upper = 0
        } else {
            upper = both(a.upper, b.upper) { OutwardRounding.multiply($0, $1, .up) }
        }
        return DecimalInterval(
            lower: OutwardRounding.multiply(aLow, bLow, .down), upper: upper,
            lowerIsOpen: !zero && (a.lowerIsOpen || b.lowerIsOpen),
            upperIsOpen: upper == 0 ? false : a.upperIsOpen || b.upperIsOpen)
    }

    /// The ratio `lhs / rhs` of a non-negative interval by a positive one:
    /// `[B.lo / A.hi, B.hi / A.lo]`. Dimensionless (scale nil): the right operand is first
    /// converted to the left one's scale. Nil when `lhs` can be negative or `rhs` can be zero or
    /// negative.
    public static func / (lhs: DecimalInterval, rhs: DecimalInterval) -> DecimalInterval? {
        let b = lhs
        let a = rhs.converted(to: lhs.scale)
        guard let bLow = b.lower, bLow >= 0, let aLow = a.lower, aLow >= 0 else { return nil }
        if aLow.isZero && !a.lowerIsOpen { return nil }
        let lower: Decimal
        let lowerIsOpen: Bool
        if let aHigh = a.upper {
            lower = OutwardRounding.divide(bLow, aHigh, .down)
            lowerIsOpen = b.lowerIsOpen || a.upperIsOpen
        } else {
            // B.lo / ∞ is approached, never reached, unless B.lo is a closed zero.
            lower = 0
            lowerIsOpen = !(bLow.isZero && !b.lowerIsOpen)
        }
        var upper: Decimal?
        if let bHigh = b.upper, !aLow.isZero { upper = OutwardRounding.divide(bHigh, aLow, .up) }
        return DecimalInterval(
            lower: lower, upper: upper, lowerIsOpen: lowerIsOpen,
            upperIsOpen: b.upperIsOpen || a.lowerIsOpen, scale: nil)
    }

    private static func both(_ a: Decimal?, _ b: Decimal?, _ combine: (Decimal, Decimal) -> Decimal) -> Decimal? {
        guard let a, let b else { return nil }
        return combine(a, b)
    }
}

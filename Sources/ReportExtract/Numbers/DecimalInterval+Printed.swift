import Foundation

extension DecimalInterval {
    /// How far `约` and `左右` widen a figure: ±5 % of its value on top of rounding. There is no
    /// standard for "about"; 5 % keeps `约1365人` from contradicting a table's 1300-1430 and can be
    /// overridden per call.
    public static let defaultApproximateTolerance = Decimal(sign: .plus, exponent: -2, significand: 5)

    /// The interval a printed figure stands for, in its printed scale (percent points for a
    /// percent).
    ///
    /// - A value with d decimals is rounded: `[v − ½·10^−d, v + ½·10^−d]`. An `exact` value (a
    ///   count such as 人 or 户, an assigned 分值) has zero width; the caller decides exactness.
    /// - `≥ 以上` → `[v, ∞)`, `> 余` → `(v, ∞)`, `≤ 以下 以内` → `(−∞, v]`, `<` → `(−∞, v)`: a
    ///   threshold is taken at its printed value, not widened by rounding.
    /// - `约 左右` widen both ends by `approximateTolerance × |v|` beyond rounding; combined with a
    ///   bound (`约10余件`) the bound's end uses the widened value and is closed.
    public init(
        printed: NumberValue, exact: Bool,
        approximateTolerance: Decimal = DecimalInterval.defaultApproximateTolerance
    ) {
        let value = printed.value
        let approximate = printed.qualifiers.contains { $0.bound == .approximate }
        if !exact, !approximate, let bounds = Self.roundingBounds(value, decimals: printed.decimals) {
            self.init(lower: bounds.lower, upper: bounds.upper, scale: printed.scale)
        } else {
            var halfWidth = exact ? Decimal(0) : Self.halfUnit(decimals: printed.decimals)
            if approximate { halfWidth += value.magnitude * approximateTolerance }
            self.init(lower: value - halfWidth, upper: value + halfWidth, scale: printed.scale)
        }
        for qualifier in printed.qualifiers {
            switch qualifier.bound {
            case .lower(let inclusive):
                if !approximate { lower = value }
                lowerIsOpen = !inclusive && !approximate
                upper = nil
                upperIsOpen = true
            case .upper(let inclusive):
                if !approximate { upper = value }
                upperIsOpen = !inclusive && !approximate
                lower = nil
                lowerIsOpen = true
            case .approximate:
                break
            }
        }
    }
}

/// The outcome of comparing a computed interval with a printed figure (notes §8).
public enum IntervalComparison: Sendable, Equatable {
    /// The intervals overlap: the check closes.
    case consistent
    /// No overlap, but the gap is below one unit of the printed figure's last digit.
    case roundingOnly(gap: Decimal)
    /// No overlap by at least one unit of the last printed digit.
    case substantive(gap: Decimal)
}

extension DecimalInterval {
    /// Compares this computed interval with a printed figure; the gap is in this interval's scale.
    public func compare(
        toPrinted printed: NumberValue, exact: Bool = false,
        approximateTolerance: Decimal = DecimalInterval.defaultApproximateTolerance
    ) -> IntervalComparison {
        let printedInterval = DecimalInterval(
            printed: printed, exact: exact, approximateTolerance: approximateTolerance)
        guard let gap = gap(to: printedInterval) else { return .consistent }
        let unit = printed.lastDigitUnit * DecimalText.powerOfTen(printed.scale.exponent - scale.exponent)
        return gap < unit ? .roundingOnly(gap: gap) : .substantive(gap: gap)
    }
}

import Foundation

/// A share printed as a fraction where its column means percents: `执行率 | 0.958` for 27.8 / 29
/// (裕安 2023), `执行率(B/A) | 0.1` for 94 / 650 (施甸). Read at the column's `%` alone it is
/// 0.958 %, and every check on it fails by a factor of a hundred. Both readings are kept, the
/// fraction's with a `rate_as_fraction` repair: a check that closes on one chooses it, and
/// without one the figure stays undecided (low), since 0.5 % can be a real rate.
enum FractionRate {
    /// Offers the fraction reading of a bare decimal in (0, 1] whose `%` comes from its field or
    /// column, not from its text, in a rate field whose unit is `%`.
    static func offer(_ figure: inout Figure, field: FieldRule?) {
        guard let field, field.kind == .rate, field.unit == "%", figure.unit == "%", figure.unitSource != "figure",
            case .value(let printed) = figure.reading, isBareFraction(printed)
        else { return }
        var fraction = printed
        fraction.value = printed.value * 100
        // `0.1` is 10 % ± 5: a printed digit of the fraction is ten points, so decimals may go below 0.
        fraction.decimals = printed.decimals - 2
        fraction.isPercent = true
        fraction.repairs.append(NumberRepair(kind: .rateAsFraction, from: printed.raw, to: fraction.valueString + "%"))
        figure.reading = .candidates([printed, fraction])
        FigureValue.settle(&figure)
    }

    /// `0.958`, `1.00`: digits after a point, nothing printed around them, at most one.
    private static func isBareFraction(_ value: NumberValue) -> Bool {
        !value.isPercent && value.unit == nil && value.scale == nil && value.qualifiers.isEmpty && value.decimals > 0
            && value.value > 0 && value.value <= 1
    }
}

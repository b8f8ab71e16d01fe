/// One typed change between the printed text and a reading of it. A reading carries every repair
/// that produced it, so the output can explain and undo it; nothing is changed silently.
public struct NumberRepair: Sendable, Equatable, Codable {
    public var kind: RepairKind
    /// The printed text the repair replaced.
    public var from: String
    /// What the repair read it as.
    public var to: String

    public init(kind: RepairKind, from: String, to: String) {
        self.kind = kind
        self.from = from
        self.to = to
    }
}

/// The kinds of repair. Raw values are stable snake_case codes for the JSON output and reasons.
public enum RepairKind: String, Sendable, Codable, CaseIterable {
    /// `1124..65` → `1124.65`: a doubled decimal point between digits.
    case doublePoint = "double_point"
    /// `415.75.795` → `41575.795` or `415.75795`: two points, either may be spurious.
    case twoPoints = "two_points"
    /// `98%1` → `98%` or `98.1%`: a digit printed after the percent sign.
    case digitAfterPercent = "digit_after_percent"
    /// `10份` → `10分`, only in a score column (`155份` certificates is a real unit).
    case fenForScore = "fen_for_score"
    /// `1O5` → `105`: letter O/o for 0, l/I for 1, between digits and only in a token without a
    /// decimal point (an OCR-style fix next to an explicit point risks a 10× error).
    case letterForDigit = "letter_for_digit"
    /// `7.50.` → `7.50`: a stray point after the last digit.
    case trailingPoint = "trailing_point"
    /// `14,534.54` → `14534.54`: ASCII commas in groups of exactly three digits.
    case thousandsSeparator = "thousands_separator"
    /// `4,402 万元` → `4,402万元`: white space between the number and its scale, unit or `%`.
    case spacedUnit = "spaced_unit"
    /// `0.958` under `执行率` → `95.8%`: a share printed as a fraction in a column of percents
    /// (裕安, 施甸: `执行率(B/A) | 0.1` for 94 / 650), offered beside the percent reading.
    case rateAsFraction = "rate_as_fraction"

    /// Whether the repair only removes formatting and can never change the figure. Readings with
    /// only harmless repairs are clean values; any other repair makes them unconfirmed candidates.
    public var isHarmless: Bool {
        switch self {
        case .thousandsSeparator, .spacedUnit: true
        case .doublePoint, .twoPoints, .digitAfterPercent, .fenForScore, .letterForDigit, .trailingPoint, .rateAsFraction: false
        }
    }
}

/// The outcome of reading one whole cell (or one token found in prose).
public enum NumberReading: Sendable, Equatable {
    /// A clean figure; its repairs, if any, are harmless formatting (thousands separators, a
    /// space before the unit).
    case value(NumberValue)
    /// A malformed figure and its repaired readings, each carrying the repair that produced it.
    /// Even a single candidate lands here when a real repair was needed: it is unconfirmed until
    /// a check chooses it.
    case candidates([NumberValue])
    /// An explicit "no value" (blank, `——`, `/`, `无`, `不适用`, `……`): not zero. Carries the
    /// trimmed marker text, empty for a blank cell.
    case absent(String)
    /// Not a figure: prose, a year or a date, a label such as `指标1：`, an ordinal, a phone number.
    case text

    /// The clean value, if this is one.
    public var value: NumberValue? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// Every numeric reading: the clean value, or all candidates.
    public var readings: [NumberValue] {
        switch self {
        case .value(let value): [value]
        case .candidates(let values): values
        case .absent, .text: []
        }
    }
}

/// What the caller knows about where the text stands.
public struct NumberContext: Sendable, Equatable {
    /// The cell is in a score column (得分, 分值): `分` is a score there, and `10份` is read as a
    /// typo for `10分` (repair `fen_for_score`).
    public var isScoreColumn: Bool

    public init(isScoreColumn: Bool = false) {
        self.isScoreColumn = isScoreColumn
    }
}

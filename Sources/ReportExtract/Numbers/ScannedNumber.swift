/// A number token found in prose, with where it is and what kind of number it is.
public struct ScannedNumber: Sendable, Equatable {
    /// What the token is. Only `quantity` tokens are figures; the others are numbers a caller
    /// should skip when matching prose against tables.
    public enum Role: String, Sendable, Codable, CaseIterable {
        case quantity
        /// `2022年`, `2022年度`, `二〇二三年`.
        case year
        /// `12月`, `3月份`, `15日`, `2023-9-18`, `2023.9.18`.
        case date
        /// `1、`, `(2)`, `3.` at the start of a line or clause.
        case listMarker = "list_marker"
        /// `指标1`, `附件2`, `附件1-1`, `第3项`, `1号` (a building, a document number).
        case label
        /// Phone numbers, long digit strings, digits glued to Latin letters (`5G`, `GB2312`).
        case code
        /// One end of a range (`3-5万`, `3~5`, `3至5`): its scale and unit may belong to the other end.
        case rangeBound = "range_bound"
    }

    /// Scalar offsets of the token in the scanned text (qualifier and unit included), so callers
    /// can map back to raw columns.
    public var range: Range<Int>
    public var role: Role
    /// The clean reading, or the first candidate when a repair was needed.
    public var value: NumberValue
    /// All readings when a real repair was needed (`1124..65`, `415.75.795`); empty when clean.
    public var candidates: [NumberValue]

    public init(range: Range<Int>, role: Role, value: NumberValue, candidates: [NumberValue] = []) {
        self.range = range
        self.role = role
        self.value = value
        self.candidates = candidates
    }

    /// `.value` for a clean token, `.candidates` for a repaired one.
    public var reading: NumberReading {
        candidates.isEmpty ? .value(value) : .candidates(candidates)
    }

    public var isQuantity: Bool { role == .quantity }
    public var isYearOrDate: Bool { role == .year || role == .date }
    /// Whether the token needs a check to confirm a repair.
    public var needsConfirmation: Bool { !candidates.isEmpty }
}

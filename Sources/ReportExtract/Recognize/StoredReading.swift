import Foundation

/// A figure's reading as the figure holds it.
///
/// Nearly every figure reads one clean value printed as the figure's own raw text, with no unit,
/// qualifier or repair (a table's amount cell, `2752.03`): for those only the number and its
/// one-byte members are kept (28 bytes, not an 80-byte `NumberValue`), the raw text taken from
/// the figure when the value is asked for. A long table holds a figure per row from recognize to
/// the last output: 300,000 figures of 128 bytes instead of 176, about 14 MB of every later
/// stage's peak.
enum StoredReading: Sendable {
    case plain(PlainNumber)
    case absent(String)
    case text
    /// Any other reading: candidates, or a value with a unit, qualifiers, repairs or a raw text
    /// of its own.
    indirect case other(NumberReading)

    /// The members of a clean value beside its raw text, the empty lists and no unit.
    struct PlainNumber: Sendable {
        let value: Decimal
        let decimals: Int32
        let scale: NumberScale?
        let isPercent: Bool
        let unitIsUnknown: Bool

        /// The value, printed as `raw`.
        func value(raw: String) -> NumberValue {
            var value = NumberValue(raw: raw, value: value, decimals: Int(decimals), scale: scale, isPercent: isPercent)
            value.unitIsUnknown = unitIsUnknown
            return value
        }
    }

    /// Stores `reading` of a figure printed as `raw`.
    init(_ reading: NumberReading, raw: String) {
        switch reading {
        case .value(let value) where value.unit == nil && value.qualifiers.isEmpty && value.repairs.isEmpty
            // Byte for byte, not `==`: canonically equal spellings print differently.
            && Scalars.sameBytes(value.raw, raw):
            self = .plain(PlainNumber(
                value: value.value, decimals: Int32(value.decimals), scale: value.scale, isPercent: value.isPercent,
                unitIsUnknown: value.unitIsUnknown))
        case .absent(let marker): self = .absent(marker)
        case .text: self = .text
        default: self = .other(reading)
        }
    }

    /// The reading stored, for a figure printed as `raw`.
    func reading(raw: String) -> NumberReading {
        switch self {
        case .plain(let plain): return .value(plain.value(raw: raw))
        case .absent(let marker): return .absent(marker)
        case .text: return .text
        case .other(let reading): return reading
        }
    }

    /// The qualifier of the first reading (a plain value has none), read without making it.
    var firstQualifier: Qualifier? {
        guard case .other(let reading) = self else { return nil }
        switch reading {
        case .value(let value): return value.qualifier
        case .candidates(let candidates): return candidates.first?.qualifier
        case .absent, .text: return nil
        }
    }
}

/// How precisely a bare integer amount was meant. A clerk filling a form whose amounts print two
/// decimals writes `1` for one and `0` for nothing, not for "somewhere between 0.5 and 1.5"; read
/// at ±0.5, such integers let a sum close that does not (seed 001's 三公经费: parts 0 + 0 + 1
/// against a total of 0). So:
/// - `0` in an amount column or paragraph is an exact zero;
/// - a bare integer amount in a column whose other amounts print decimals is read at the
///   column's usual number of decimals (the most common one; ties go to fewer digits, the wider
///   reading); in prose the same holds within one paragraph;
/// - figures that print decimals keep them (`54.6` stays [54.55, 54.65]), counts and 分值 stay
///   exact, and a column with no decimals anywhere keeps the integers' ±0.5.
enum PrecisionInference {
    static func apply(to figures: inout [Figure]) {
        var groups: [GroupKey: [Int]] = [:]
        var conventions: [(members: [Int], convention: Int?)] = []
        // Read through a pointer, member by member: an element of an inout array, or of its
        // buffer, handed to a function was copied whole (every string retained), for every
        // figure of a long table.
        // Table cells with no unit and no field join their column's amounts when it has any (鄂州
        // 2022, a clerk's reading: a form with no 单位 line, its 合计 an amount, `191` and `99` read
        // at ±0.5 over `372.88` let a total 0.10 off close).
        var unnamed: [GroupKey: [Int]] = [:]
        figures.withUnsafeBufferPointer { buffer in
            guard let figures = buffer.baseAddress else { return }
            for index in buffer.indices {
                if isAmount(figures + index) {
                    groups[GroupKey(figures + index), default: []].append(index)
                } else if isUnnamedCell(figures + index) {
                    unnamed[GroupKey(figures + index), default: []].append(index)
                }
            }
            for (key, members) in unnamed where groups[key] != nil { groups[key]! += members }
            conventions = groups.values.map { members in
                (members, usualDecimals(members.compactMap { figures[$0].chosen?.decimals }))
            }
        }
        for (members, convention) in conventions {
            for index in members { infer(&figures[index], convention: convention) }
        }
    }

    /// A column of one table (same cell position and column label), or one prose paragraph.
    private struct GroupKey: Hashable {
        var table: Int?
        var column: Int?
        var columnLabel: String?
        var line: Int?

        init(_ figure: UnsafePointer<Figure>) {
            if figure.pointee.source == .prose {
                line = figure.pointee.line
            } else {
                table = figure.pointee.table
                column = figure.pointee.column
                columnLabel = figure.pointee.columnLabel
            }
        }
    }

    /// Money, not counts, weights, scores or rates: a figure whose field is an amount, or whose
    /// field is unknown and whose unit is a currency.
    static func isAmount(_ figure: UnsafePointer<Figure>) -> Bool {
        guard let value = figure.pointee.chosen, !value.isPercent, figure.pointee.source != .cellText else { return false }
        if let kind = figure.pointee.fieldKind { return kind == .amount }
        return figure.pointee.unit == "元"
    }

    /// A plain number in a table cell, nothing naming what it counts.
    static func isUnnamedCell(_ figure: UnsafePointer<Figure>) -> Bool {
        guard let value = figure.pointee.chosen, !value.isPercent, figure.pointee.source == .tableCell else { return false }
        return figure.pointee.fieldKind == nil && figure.pointee.unit == nil && value.unit == nil
    }

    /// The most common positive number of decimals; nil when none prints decimals.
    static func usualDecimals(_ decimals: [Int]) -> Int? {
        var counts: [Int: Int] = [:]
        for digits in decimals where digits > 0 { counts[digits, default: 0] += 1 }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }

    private static func infer(_ figure: inout Figure, convention: Int?) {
        guard let value = figure.chosen, value.decimals == 0, !figure.isRepaired else { return }
        figure.inferredDecimals = convention
        if value.value == 0 {
            figure.decimalsSource = .exactZero
        } else if convention != nil {
            figure.decimalsSource = figure.source == .prose ? .paragraph : .column
        }
    }
}

extension Figure {
    /// The reading as a check takes it: a bare integer at its column's digits (`1` in a column
    /// of `0.56`s is [0.995, 1.005], and one unit of its last digit is 0.01).
    func effective(_ value: NumberValue) -> NumberValue {
        guard let inferredDecimals, value.decimals == 0, value == chosen else { return value }
        var widened = value
        widened.decimals = inferredDecimals
        return widened
    }

    /// Exact for counts and weights, and for a clerk's `0` in an amount column.
    func isExact(_ value: NumberValue) -> Bool {
        isExact || (decimalsSource == .exactZero && value == chosen)
    }
}

/// Normalizes a printed label for matching against rule aliases: spacing, list numbering
/// (`1、` `（一）` `(2)` `一、` `1.`), a leading `其中:`, a leading year (`2023年实际在职人数`), a
/// trailing colon and trailing parenthesized notes are ignored. What the parentheses said is kept
/// when it is a unit (`经费控制情况(万元)`) or a score (`产出指标(50分)`).
public enum LabelText {
    public struct Key: Sendable, Equatable {
        public var text: String
        public var unit: String?
        public var year: Int?
        /// The score in `产出指标(50分)`.
        public var score: String?
    }

    public static func key(_ label: String, units: [String]) -> Key {
        let compacted = CellText.compact(WidthFolding.fold(label))
        if isPlain(compacted) { return Key(text: compacted, unit: nil, year: nil, score: nil) }
        var scalars = compacted.scalarArray
        var key = Key(text: "", unit: nil, year: nil, score: nil)
        var changed = true
        while changed {
            changed = false
            if dropPrefix(&scalars, "其中:") || dropPrefix(&scalars, "其中：") || dropListNumber(&scalars) {
                changed = true
            }
        }
        if let year = dropYear(&scalars) { key.year = year }
        while let last = scalars.last, last == ":" || last == "：" { scalars.removeLast() }
        while let note = dropTrailingParenthesis(&scalars) {
            if key.unit == nil, units.contains(note) { key.unit = note }
            if key.score == nil, let score = scoreNote(note) { key.score = score }
        }
        while let last = scalars.last, last == ":" || last == "：" { scalars.removeLast() }
        key.text = Scalars.string(scalars)
        return key
    }

    private static let chineseDigits = Set("一二三四五六七八九十".unicodeScalars)

    /// A label none of the steps below would change (most labels, looked up once per cell): it
    /// cannot open with a list number, a year or `其中`, has no bracket and no trailing colon.
    private static func isPlain(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return true }
        if isDigit(first) || chineseDigits.contains(first) || first == "其" { return false }
        if last == ":" || last == "：" { return false }
        return !scalars.contains { $0 == "(" || $0 == "（" || $0 == ")" || $0 == "）" }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func dropPrefix(_ scalars: inout [Unicode.Scalar], _ prefix: String) -> Bool {
        // Compared in place: two arrays made per test were most of a long table's label keys.
        let prefix = prefix.unicodeScalars
        let count = prefix.count
        guard scalars.count > count, scalars.starts(with: prefix) else { return false }
        scalars.removeFirst(count)
        return true
    }

    /// `1、` `1.` `(1)` `（一）` `一、` at the start; never the digits of `2023年` or `1.5`.
    private static func dropListNumber(_ scalars: inout [Unicode.Scalar]) -> Bool {
        var index = 0
        let opened = index < scalars.count && (scalars[index] == "(" || scalars[index] == "（")
        if opened { index += 1 }
        let start = index
        while index < scalars.count, isDigit(scalars[index]) || chineseDigits.contains(scalars[index]) {
            index += 1
        }
        guard index > start, index - start <= 3, index < scalars.count else { return false }
        if opened {
            guard scalars[index] == ")" || scalars[index] == "）" else { return false }
            index += 1
            if index < scalars.count, scalars[index] == "、" { index += 1 }
        } else {
            let mark = scalars[index]
            let isDot = mark == "." || mark == "．"
            guard mark == "、" || isDot else { return false }
            if isDot, index + 1 < scalars.count, isDigit(scalars[index + 1]) { return false }
            index += 1
        }
        guard index < scalars.count else { return false }
        scalars.removeFirst(index)
        return true
    }

    private static func dropYear(_ scalars: inout [Unicode.Scalar]) -> Int? {
        guard scalars.count > 5, scalars.prefix(4).allSatisfy(isDigit), scalars[4] == "年" else { return nil }
        let year = scalars.prefix(4).reduce(0) { $0 * 10 + Int($1.value - 0x30) }
        scalars.removeFirst(5)
        if scalars.first == "度", scalars.count > 1 { scalars.removeFirst() }
        return year
    }

    /// Removes a trailing `(…)` (or an unclosed `(10分` at the very end) and returns its content.
    private static func dropTrailingParenthesis(_ scalars: inout [Unicode.Scalar]) -> String? {
        guard let last = scalars.last else { return nil }
        if last == ")" || last == "）" {
            guard let open = scalars.lastIndex(where: { $0 == "(" || $0 == "（" }), open > 0 else { return nil }
            let note = Scalars.string(scalars[(open + 1)..<(scalars.count - 1)])
            scalars.removeSubrange(open...)
            return note
        }
        if let open = scalars.lastIndex(where: { $0 == "(" || $0 == "（" }), open > 0 {
            let note = Scalars.string(scalars[(open + 1)...])
            if scoreNote(note) != nil {
                scalars.removeSubrange(open...)
                return note
            }
        }
        return nil
    }

    /// `50分` → `50`.
    static func scoreNote(_ note: String) -> String? {
        guard note.hasSuffix("分") else { return nil }
        let number = note.dropLast()
        guard !number.isEmpty, number.unicodeScalars.allSatisfy({ isDigit($0) || $0 == "." }) else { return nil }
        return String(number)
    }
}

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

    /// Whether a label may hold a unit: units are read from a parenthesized note only.
    static func mayHoldUnit(_ label: String) -> Bool {
        label.utf8.contains(0x28) || label.unicodeScalars.contains("（")
    }

    public static func key(_ label: String, units: [String]) -> Key {
        let compacted = CellText.compact(WidthFolding.fold(label))
        if isPlain(compacted) { return Key(text: compacted, unit: nil, year: nil, score: nil) }
        if let key = yearThenPlain(compacted) { return key }
        return keyBySteps(compacted, units: units)
    }

    /// Every step in turn, on the label's scalars (`key` without its shortcuts).
    static func keyBySteps(_ compacted: String, units: [String]) -> Key {
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

    /// `2016年保障性住房债券利息`: a year, then text no other step would change, read on the
    /// UTF-8 bytes. A long table's row labels are often so, each asked once; taking them apart
    /// into scalars and back was most of their key's cost. Four digits cannot be a list number
    /// (three at most), so the steps before the year change nothing either.
    private static func yearThenPlain(_ text: String) -> Key? {
        text.withUTF8InPlace { bytes -> Key? in
            // `dddd年` (年 is E5 B9 B4) and at least one byte more, as `dropYear` asks.
            guard bytes.count > 7, bytes[4] == 0xE5, bytes[5] == 0xB9, bytes[6] == 0xB4 else { return nil }
            var year = 0
            for byte in bytes[0..<4] {
                guard (0x30...0x39).contains(byte) else { return nil }
                year = year * 10 + Int(byte - 0x30)
            }
            var start = 7
            // 度 (E5 BA A6) goes with the year unless it is all that is left.
            if bytes.count > start + 3, bytes[start] == 0xE5, bytes[start + 1] == 0xBA, bytes[start + 2] == 0xA6 { start += 3 }
            let rest = UnsafeBufferPointer(rebasing: bytes[start...])
            // No bracket, ASCII or fullwidth (EF BC 88 / 89), and no trailing colon (EF BC 9A).
            for (offset, byte) in rest.enumerated() {
                if byte == 0x28 || byte == 0x29 { return nil }
                if byte == 0xEF, offset + 2 < rest.count, rest[offset + 1] == 0xBC, rest[offset + 2] == 0x88 || rest[offset + 2] == 0x89 {
                    return nil
                }
            }
            if rest.last == 0x3A { return nil }
            if rest.count >= 3, rest[rest.count - 3] == 0xEF, rest[rest.count - 2] == 0xBC, rest[rest.count - 1] == 0x9A { return nil }
            return Key(text: String(decoding: rest, as: UTF8.self), unit: nil, year: year, score: nil)
        }
    }

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

import Foundation

/// The digits of an Arabic-numeral figure as printed: digit groups and the separators between
/// them, before any sign, scale, unit or percent sign.
///
/// Lexing is deliberately narrow, so a run never swallows the text around it: a point or comma
/// belongs to the number only when digits follow, a comma only when it starts a group of exactly
/// three digits, and a letter (O/o/l/I) only when it sits between digits.
struct ArabicCore {
    enum Separator: Equatable {
        case comma
        case point
        /// `..` between digits.
        case doublePoint
        /// A space between thousands (`7 895万元`).
        case space
    }

    /// Scalar range of the core in the text it was lexed from.
    let range: Range<Int>
    /// Digit groups, letters still in place (`["1124", "65"]` for `1124..65`).
    let groups: [[Unicode.Scalar]]
    /// `separators[i]` stands between `groups[i]` and `groups[i + 1]`.
    let separators: [Separator]
    let raw: String

    var hasLetters: Bool { groups.contains { $0.contains { !Scalars.isDigit($0) } } }
    var pointCount: Int { separators.count(where: { $0 == .point || $0 == .doublePoint }) }
    var isPlainInteger: Bool { separators.isEmpty && !hasLetters }
    var digitCount: Int { groups.reduce(0) { $0 + $1.count } }

    /// Lexes the core starting at `start`, which must be an ASCII digit.
    static func lex(_ text: [Unicode.Scalar], at start: Int) -> ArabicCore? {
        guard Scalars.isDigit(text, start) else { return nil }
        var groups: [[Unicode.Scalar]] = []
        var separators: [Separator] = []
        var current: [Unicode.Scalar] = []
        var index = start
        while index < text.count {
            let scalar = text[index]
            if Scalars.isDigit(scalar) {
                current.append(scalar)
                index += 1
            } else if let letters = lettersBetweenDigits(text, at: index, after: current) {
                current.append(contentsOf: text[index..<letters])
                index = letters
            } else if let (separator, next) = separator(text, at: index, start: start, groups: groups, current: current,
                                                        separators: separators) {
                groups.append(current)
                separators.append(separator)
                current = []
                index = next
            } else {
                break
            }
        }
        groups.append(current)
        return ArabicCore(
            range: start..<index, groups: groups, separators: separators,
            raw: Scalars.string(text, start..<index))
    }

    /// End of a run of at most two digit-like letters at `index` that has a digit on both sides,
    /// or of one letter O closing a whole number (`92O`: a zero typed as a capital, not a unit;
    /// `5l` may be litres, so l and I only between digits).
    private static func lettersBetweenDigits(
        _ text: [Unicode.Scalar], at index: Int, after current: [Unicode.Scalar]
    ) -> Int? {
        guard let last = current.last, Scalars.isDigit(last) else { return nil }
        var end = index
        while end < text.count, end - index < 2, Scalars.letterDigit(text[end]) != nil { end += 1 }
        if end > index && Scalars.isDigit(text, end) { return end }
        guard text[index] == "O" || text[index] == "o" else { return nil }
        guard index + 1 < text.count else { return index + 1 }
        let next = text[index + 1]
        return Scalars.isASCIILetter(next) || Scalars.isDigit(next) || next == "." ? nil : index + 1
    }

    /// The separator at `index` and where the next group starts, if it belongs to the number.
    private static func separator(
        _ text: [Unicode.Scalar], at index: Int, start: Int, groups: [[Unicode.Scalar]], current: [Unicode.Scalar],
        separators: [Separator]
    ) -> (Separator, Int)? {
        switch text[index] {
        case ".":
            if Scalars.isDigit(text, index + 1) { return (.point, index + 1) }
            // `3.,83`, and `3,.83` below: a comma typed beside the point is as stray as a second point.
            if index + 1 < text.count, text[index + 1] == "." || text[index + 1] == ",", Scalars.isDigit(text, index + 2) {
                return (.doublePoint, index + 2)
            }
            return nil
        case ",":
            // `公务接待费支出3,.83万元` (a clerk's reading of stop 67: read as 83万元, labelled `.`).
            if index + 1 < text.count, text[index + 1] == ".", Scalars.isDigit(text, index + 2),
                !separators.contains(where: { $0 != .comma })
            {
                return (.doublePoint, index + 2)
            }
            // A thousands separator: integer part only, first group 1-3 digits, then exactly
            // three digits. The fullwidth `，` never gets here: it separates clauses.
            guard !separators.contains(where: { $0 != .comma }) else { return nil }
            let firstGroup = groups.first ?? current
            guard (1...3).contains(firstGroup.count), groups.isEmpty || current.count == 3 else { return nil }
            return digitRunLength(text, from: index + 1) == 3 ? (.comma, index + 1) : nil
        case " ":
            return spacedThousands(text, at: index, start: start, groups: groups, current: current, separators: separators)
                ? (.space, index + 1) : nil
        default:
            return nil
        }
    }
}

extension ArabicCore {
    /// A space between thousands in an amount written on to its words (`资金7 895万元`, `18 398.31
    /// 万元`: 双高计划 2021, a clerk's reading of stop 68, read as 895 and 398.31, and a list of
    /// such parts checked ok on the truncated values): the number opens on a word, not after a
    /// space (a flattened row's `分值 10 200万元` is two numbers) nor after a count's or a weight's
    /// name (`权重20 100.00%`, `人数120 300万元`), its first group has 1–3 digits, at most three
    /// more groups of exactly three follow, and a scale or 元 ends it, after decimals or not.
    /// Told once, at the first space, walking forward; a later space of the run is then taken.
    fileprivate static func spacedThousands(
        _ text: [Unicode.Scalar], at index: Int, start: Int, groups: [[Unicode.Scalar]], current: [Unicode.Scalar],
        separators: [Separator]
    ) -> Bool {
        if !groups.isEmpty { return separators.allSatisfy { $0 == .space } && current.count == 3 && Scalars.isDigit(text, index + 1) }
        guard start > 0, !Scalars.isSpace(text[start - 1]), !Scalars.isDigit(text[start - 1]),
            !countNameEnds.contains(text[start - 1]), (1...3).contains(current.count)
        else { return false }
        var position = index
        for _ in 0..<4 {
            guard position < text.count, text[position] == " ", digitRunLength(text, from: position + 1) == 3 else { return false }
            position += 4
            if position < text.count, text[position] == " ", Scalars.isDigit(text, position + 1) { continue }
            if position < text.count, text[position] == ".", Scalars.isDigit(text, position + 1) {
                position += 1 + digitRunLength(text, from: position + 1)
            }
            return position < text.count && amountEnds.contains(text[position])
        }
        return false
    }

    /// How many ASCII digits run from `start`.
    fileprivate static func digitRunLength(_ text: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while Scalars.isDigit(text, end) { end += 1 }
        return end - start
    }

    private static let amountEnds = Set("万亿千元萬億".unicodeScalars)
    /// The last characters of 人数, 权重, 分值, 项目, 得分, 比率: a number after them is theirs.
    private static let countNameEnds = Set("数重值目分率".unicodeScalars)
}

// MARK: - Readings

extension ArabicCore {
    /// One way of reading the core: its digits without separators and how many are decimals.
    struct Reading: Equatable {
        var digits: [Unicode.Scalar]
        var decimals: Int
        var repairs: [NumberRepair]
        /// The repaired core as text, for repair records (`1124.65`).
        var text: String {
            guard decimals > 0 else { return Scalars.string(digits) }
            let split = digits.count - decimals
            return Scalars.string(digits[..<split]) + "." + Scalars.string(digits[split...])
        }
    }

    /// The readings of the core: one for a clean number, one or two for a repaired one, none when
    /// it cannot be a number (three or more points, letters next to a point).
    func readings() -> [Reading] {
        var repairs: [NumberRepair] = []
        var groups = self.groups
        if hasLetters {
            // No letter fix in a token with an explicit point: that is where OCR-style fixes
            // produce 10× errors.
            guard pointCount == 0 else { return [] }
            groups = groups.map { $0.map { Scalars.letterDigit($0) ?? $0 } }
            let fixed = zip(groups, separators.map { _ in "," } + [""]).map { Scalars.string($0) + $1 }
            repairs.append(NumberRepair(kind: .letterForDigit, from: raw, to: fixed.joined()))
        }
        // Join comma groups into the integer part.
        var parts: [[Unicode.Scalar]] = [groups[0]]
        var points: [Separator] = []
        for (separator, group) in zip(separators, groups.dropFirst()) {
            if separator == .comma || separator == .space {
                parts[parts.count - 1] += group
            } else {
                parts.append(group)
                points.append(separator)
            }
        }
        if separators.contains(.comma) || separators.contains(.space) {
            let stripped = raw.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: " ", with: "")
            repairs.append(NumberRepair(kind: .thousandsSeparator, from: raw, to: stripped))
        }
        return Self.readings(parts: parts, points: points, raw: raw, repairs: repairs)
    }

    private static func readings(
        parts: [[Unicode.Scalar]], points: [Separator], raw: String, repairs: [NumberRepair]
    ) -> [Reading] {
        switch points {
        case []:
            return [Reading(digits: parts[0], decimals: 0, repairs: repairs)]
        case [.point]:
            return [Reading(digits: parts[0] + parts[1], decimals: parts[1].count, repairs: repairs)]
        case [.doublePoint]:
            var reading = Reading(digits: parts[0] + parts[1], decimals: parts[1].count, repairs: repairs)
            reading.repairs.append(NumberRepair(kind: .doublePoint, from: raw, to: reading.text))
            return [reading]
        case [.point, .point]:
            // Either point may be the stray one; only a check can tell.
            let digits = parts[0] + parts[1] + parts[2]
            return [parts[2].count, parts[1].count + parts[2].count].map { decimals in
                var reading = Reading(digits: digits, decimals: decimals, repairs: repairs)
                reading.repairs.append(NumberRepair(kind: .twoPoints, from: raw, to: reading.text))
                return reading
            }
        default:
            return []
        }
    }

    /// Whether the groups read as a date `YYYY.M.D` (or with `-`/`/`, checked by the caller).
    var looksLikeDottedDate: Bool {
        separators == [.point, .point] && !hasLetters && DateShape.isDate(groups)
    }
}

/// Year, month and day ranges for telling dates from malformed numbers.
enum DateShape {
    /// A plausible four-digit year (a figure of 1900-2100 followed by `年` is a year, not a count).
    static func isYear(_ digits: [Unicode.Scalar]) -> Bool {
        guard digits.count == 4, let year = Int(Scalars.string(digits)) else { return false }
        return (1900...2100).contains(year)
    }

    /// `[year, month]` or `[year, month, day]` digit groups.
    static func isDate(_ groups: [[Unicode.Scalar]]) -> Bool {
        guard groups.count == 2 || groups.count == 3, isYear(groups[0]) else { return false }
        let numbers = groups.dropFirst().map { $0.count <= 2 ? Int(Scalars.string($0)) : nil }
        guard let month = numbers[0], (1...12).contains(month) else { return false }
        guard numbers.count == 3 else { return true }
        guard let day = numbers[1] else { return false }
        return (1...31).contains(day)
    }
}

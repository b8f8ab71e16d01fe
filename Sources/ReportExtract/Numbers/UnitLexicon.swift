/// Units printed directly after a figure (after its scale, if any), matched longest first.
///
/// Deliberately absent: `月`, `日`, `号` (they make dates: `12月`, `15日`), `级` (`一级指标`) and
/// `%` (a flag, not a unit). `年` is a unit only for durations; a four-digit year followed by `年`
/// is rejected by the callers. `个月` and `分钟` are listed so that `个` and `分` do not cut them.
enum UnitLexicon {
    private static let units: [String] = [
        // money and scores
        "元", "分",
        // area, volume, length, weight, energy
        "平方米", "平方公里", "平方千米", "平米", "㎡", "m²", "亩", "公顷", "hm²", "立方米", "m³", "㎥",
        "米", "公里", "千米", "km²", "km2", "hm2", "m2", "km", "cm", "mm", "m", "吨", "公斤", "千克", "克", "kg", "斤", "千瓦时", "千瓦",
        "kWh", "kW", "MW", "度",
        // time
        "小时", "分钟", "秒", "天", "周", "个月", "个季度", "年", "个工作日", "工作日",
        // counts
        "人次", "户次", "人", "户", "次", "个", "处", "套", "件", "份", "家", "项", "张", "台", "辆", "间",
        "栋", "幢", "座", "所", "条", "架", "批", "场", "期", "篇", "册", "本", "起", "宗", "笔", "名", "位",
        "支", "块", "部", "盏", "株", "棵", "粒", "类", "种", "轮", "组", "队", "层", "段", "倍", "个百分点",
        "百分点", "场次", "架次", "车次", "班次", "批次", "辆次", "台次", "台套", "课时", "学时", "人天", "人月", "户数", "人数", "字",
        // per mille: a unit of its own (a rate, but not percent points)
        "‰",
    ]

    /// Units that may follow a `/` in a compound unit (`元/月`, `元/平方米`, `次/年`, `元/亩`): any
    /// unit above, the calendar words that are no unit of their own, and `生` (a pupil: 昌宁县's
    /// `人均补助标准6000元/生`).
    private static let perUnits: [String] = units + ["月", "日", "季度", "季", "学期", "批次", "生"]

    private static let table = byFirstScalar(units)
    private static let perJoiners: Set<Unicode.Scalar> = ["/", "*", "·", "•", "×"]

    /// UTF-8 bytes in the longest text `isWholeUnit` can accept: a scale, a unit, `/` and a unit.
    private static let longestWholeUnit =
        NumberScale.allCases.map(\.symbol.utf8.count).max()! + units.map(\.utf8.count).max()! + 1
        + perUnits.map(\.utf8.count).max()!
    private static let perTable = byFirstScalar(perUnits)

    /// The words longest first, grouped by their first scalar (the order kept within a group):
    /// a unit is looked for after every number and in every label cell, and walking the whole
    /// list for the few words that open with the scalar was most of the lookup.
    private static func byFirstScalar(_ words: [String]) -> [Unicode.Scalar: [[Unicode.Scalar]]] {
        var groups: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for word in words.map({ Array($0.unicodeScalars) }).sorted(by: { $0.count > $1.count }) {
            groups[word[0], default: []].append(word)
        }
        return groups
    }

    /// The longest unit a rate is per (`亩`, `公斤`, `月`) at `index`: `每亩` before an amount.
    static func perUnit(_ text: [Unicode.Scalar], at index: Int) -> String? {
        longest(in: perTable, text, at: index).map { Scalars.string($0) }
    }

    /// The longest unit at `index`, with a compound `/…` part when present.
    static func match(_ text: [Unicode.Scalar], at index: Int) -> (unit: String, end: Int)? {
        guard let unit = longest(in: table, text, at: index) else { return nil }
        var end = index + unit.count
        // `部门` is a word, not 部 (马坪 2022's form, a clerk's reading of stop 67: `申报日期: 2022
        // 部门` was 2022 部).
        if unit == ["部"], end < text.count, text[end] == "门" { return nil }
        // `km2`'s 2 is a square, not a digit a number goes on with.
        if let last = unit.last, Scalars.isDigit(last), Scalars.isDigit(text, end) { return nil }
        var name = Scalars.string(unit)
        if end < text.count, text[end] == "/", let per = longest(in: perTable, text, at: end + 1) {
            name += "/" + Scalars.string(per)
            end += 1 + per.count
            // `1300元/人/月`, `530元/人*月`, `元/人·月` (濉溪 2019, 福田 2021: clerks' readings; the
            // month was cut off, or the whole cell's value lost).
            if end < text.count, perJoiners.contains(text[end]), let period = longest(in: perTable, text, at: end + 1) {
                name += String(text[end]) + Scalars.string(period)
                end += 1 + period.count
            }
        }
        return (name, end)
    }

    /// Whether a cell holds nothing but a unit (`小时`, `万元`, `%`, `元/亩`): a 度量单位 column's
    /// cell, which never names a row.
    static func isWholeUnit(_ text: String) -> Bool {
        let compacted = CellText.compact(text)
        // Asked of every label cell: a text longer than any unit with its scale and `/…` part is
        // none, told by its byte count (kept by the string) before its scalars are made.
        guard compacted.utf8.count <= longestWholeUnit else { return false }
        var scalars = compacted.scalarArray
        guard !scalars.isEmpty else { return false }
        if scalars == ["%"] || scalars == ["‰"] { return true }
        if let (_, scaleEnd) = NumberScale.read(scalars, at: 0), scalars.count > scaleEnd,
            !unitStartsWithScale(scalars, at: 0)
        {
            scalars.removeFirst(scaleEnd)
        }
        guard let (_, end) = match(scalars, at: 0) else { return false }
        return end == scalars.count
    }

    /// Whether a cell holds the first line of a unit wrapped in its cell (`万平` ¶ `方米`, `个工作` ¶
    /// `日`): a unit's start, after a scale or not, and not a whole unit.
    static func isUnitStart(_ text: String) -> Bool {
        var scalars = CellText.compact(text).scalarArray
        if let first = scalars.first, NumberScale(scalar: first) != nil, scalars.count > 1 { scalars.removeFirst() }
        guard let first = scalars.first, let words = table[first] else { return false }
        return words.contains { $0.count > scalars.count && Array($0.prefix(scalars.count)) == scalars }
    }

    /// Whether a unit starting with a scale character (`千米`, `千克`, `千瓦`) stands at `index`,
    /// so the `千` is not taken for a scale.
    static func unitStartsWithScale(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        guard let unit = longest(in: table, text, at: index) else { return false }
        return NumberScale(scalar: unit[0]) != nil
    }

    private static func longest(
        in table: [Unicode.Scalar: [[Unicode.Scalar]]], _ text: [Unicode.Scalar], at index: Int
    ) -> [Unicode.Scalar]? {
        guard index < text.count, let words = table[text[index]] else { return nil }
        for word in words where Scalars.has(word, in: text, at: index) {
            return word
        }
        return nil
    }
}

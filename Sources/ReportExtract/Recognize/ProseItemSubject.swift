/// What a numbered list item is about, when it says so before a colon
/// (`1、烈士纪念设施维修项目:预算35.3万元,…实际支付35.3万元`): the paragraph's figures belong to it,
/// and four projects' `预算` are told apart only by it. Their labels stay as read; the subject
/// heads their `row_path`, as a merged label cell heads a table row's.
enum ProseItemSubject {
    /// The longest subject taken, in scalars: a longer lead is a sentence, not a name.
    static let longest = 40

    /// The subject and the offset just past its colon, nil when the paragraph is no list item
    /// with one: it opens with a list marker (`1、`, `2.`, `(3)`, `四、`, `①`), and a colon comes
    /// before any clause ends, 2 to `longest` scalars after it, not after a `stops` word
    /// (`主要内容包括:` introduces, it names nothing).
    /// A lead ending in one of `nouns` (`项目`, `工程`) may end at a comma instead (裕民县 2021:
    /// `1、哈拉布拉乡南哈拉布拉村农田道路建设项目,铺建砂石路11公里…`).
    /// A lead closed by a full stop is a subject when it is short, holds no digit and names what
    /// money is spent on by an alias of an item field of `items` (`(二)公务接待费。`). The rule set is
    /// passed, not a closure over it: capturing it copied it, every list retained and released,
    /// once per paragraph (10 M instructions over the seeds ×4).
    /// An indicator's name before a comma and its values (`项目完成及时率,年初目标值100%,实际完成值100%`, a
    /// self-evaluation's prose, a clerk's reading of stop 69: labelled 年初目标值 / 实际完成值 alone,
    /// 22 figures in one report) is a subject too, list marker or not (`valueNames`).
    static func find(
        _ text: String, stops: [[Unicode.Scalar]], nouns: [[Unicode.Scalar]] = [], items: RuleSet? = nil,
        valueNames: [[Unicode.Scalar]] = []
    ) -> (name: String, end: Int)? {
        let lead = Array(text.unicodeScalars.prefix(longest + 8))
        let marker = markerEnd(lead)
        guard marker != nil || !valueNames.isEmpty else { return nil }
        let start = marker ?? (lead.firstIndex { !Scalars.isSpace($0) } ?? lead.count)
        var index = start
        while index < lead.count, !isColon(lead[index]) {
            if clauseEnds.contains(lead[index]) {
                if marker != nil, let items, isHeadingEnd(lead, start: start, end: index, items: items) { break }
                let isComma = lead[index] == "," || lead[index] == "，"
                let after = isComma && !valueNames.isEmpty ? Array(text.unicodeScalars.dropFirst(index + 1).prefix(8)) : []
                // A name, not a figure's clause (`…设备购置资金300万,年初目标值300万`).
                let namesValues = valueNames.contains { Scalars.has($0, in: after, at: 0) }
                    && !lead[start..<index].contains(where: Scalars.isDigit)
                guard isComma, marker != nil && nouns.contains(where: { Scalars.has($0, in: lead, endingAt: index) }) || namesValues
                else { return nil }
                break
            }
            index += 1
        }
        guard marker != nil || index < lead.count && !isColon(lead[index]) else { return nil }
        guard index < lead.count else { return nil }
        let name = Array(lead[start..<index]).proseTrimmed
        guard (2...longest).contains(name.count), !stops.contains(where: { Scalars.has($0, in: name, endingAt: name.count) })
        else { return nil }
        return (Scalars.string(name), index + 1)
    }

    /// A heading closed by a full stop that names an item names it as a colon would (泾县中学 2021,
    /// a clerk's reading: `(二)公务接待费。2021年预算支出11.77万元,比2020年预算减少0.13万元` read,
    /// high, as the school's whole 预算支出). A section's heading (`(一)收入支出总体情况。`) names
    /// no item: taken, it headed the row paths of a whole paragraph and displaced the subject a
    /// rate's target takes (周至 2021's `县级一般公共预算收入`).
    private static func isHeadingEnd(_ lead: [Unicode.Scalar], start: Int, end: Int, items: RuleSet) -> Bool {
        guard lead[end] == "。", (2...headingLongest).contains(end - start),
            !lead[start..<end].contains(where: Scalars.isDigit),
            let hit = items.fieldIndex(forLabel: Scalars.string(Array(lead[start..<end])))
        else { return false }
        return items.fields[hit.field].role == .item
    }

    /// The longest heading closed by a full stop, in scalars (`(一)因公出国（境）费用。`).
    private static let headingLongest = 16

    private static let clauseEnds: Set<Unicode.Scalar> = [",", "，", "。", ";", "；", "!", "?", "！", "？"]
    private static let numerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    private static func isColon(_ scalar: Unicode.Scalar) -> Bool { scalar == ":" || scalar == "：" }

    /// Where the text after a leading list marker starts.
    private static func markerEnd(_ text: [Unicode.Scalar]) -> Int? {
        var index = 0
        while index < text.count, Scalars.isSpace(text[index]) { index += 1 }
        guard index < text.count else { return nil }
        if (0x2460...0x2473).contains(text[index].value) { return index + 1 }   // ①…⑳
        let opens = text[index] == "(" || text[index] == "（"
        if opens { index += 1 }
        let digits = run(text, from: index) { Scalars.isDigit($0) }
        let count = digits > 0 ? digits : run(text, from: index) { numerals.contains($0) }
        guard (1...3).contains(count) else { return nil }
        index += count
        guard index < text.count else { return nil }
        let next = text[index]
        let closes = next == ")" || next == "）"
        if opens { return closes ? index + 1 : nil }
        if next == "、" { return index + 1 }
        return digits > 0 && (next == "." || next == "．" || closes) ? index + 1 : nil
    }

    private static func run(_ text: [Unicode.Scalar], from start: Int, _ test: (Unicode.Scalar) -> Bool) -> Int {
        var end = start
        while end < text.count, test(text[end]) { end += 1 }
        return end - start
    }
}

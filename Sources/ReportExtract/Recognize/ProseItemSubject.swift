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
    static func find(_ text: String, stops: [[Unicode.Scalar]], nouns: [[Unicode.Scalar]] = []) -> (name: String, end: Int)? {
        let lead = Array(text.unicodeScalars.prefix(longest + 8))
        guard let start = markerEnd(lead) else { return nil }
        var index = start
        while index < lead.count, !isColon(lead[index]) {
            if clauseEnds.contains(lead[index]) {
                let isComma = lead[index] == "," || lead[index] == "，"
                guard isComma, nouns.contains(where: { Scalars.has($0, in: lead, endingAt: index) }) else { return nil }
                break
            }
            index += 1
        }
        guard index < lead.count else { return nil }
        let name = Array(lead[start..<index]).proseTrimmed
        guard (2...longest).contains(name.count), !stops.contains(where: { Scalars.has($0, in: name, endingAt: name.count) })
        else { return nil }
        return (Scalars.string(name), index + 1)
    }

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

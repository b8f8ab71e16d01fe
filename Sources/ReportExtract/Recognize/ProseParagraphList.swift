/// A `其中` list whose parts are the paragraphs after it (政协平凉市委员会办公室: `基本支出1076.17万元。
/// 其中:` ¶ `人员经费896.34万元,主要包括…` ¶ `公用经费179.83万元,主要包括…`): the total is the last
/// figure of the paragraph that ends in `其中:`, each part the figure a following paragraph opens
/// with (a label, then the number, in the total's unit), up to the first paragraph that does not
/// open so. Fed the paragraphs in order; a list of two parts or more becomes a `parts` relation.
struct ProseParagraphList {
    /// Scalars a part's number may stand after, at most: its label.
    static let longestLead = 20
    private static let openers = ["其中:", "其中：", "其中"].map { Array($0.unicodeScalars) }

    private var total: Figure?
    /// The change a list was handed from (`changed(by:in:)`): the list is its own again when its
    /// first part is a change too (`较上年增加20万元。其中:` ¶ `基本支出增加15万元;`).
    private var change: Figure?
    private var parts: [String] = []
    /// Whether every part so far opens with its number (`1.`, `2、`).
    private var numbered = true

    /// Reads one paragraph with its prose figures; gives the list that this paragraph ends.
    mutating func read(_ paragraph: Paragraph, figures: [Figure]) -> ProseRelation? {
        var closed: ProseRelation?
        if total != nil {
            if parts.isEmpty, let change, let lead = figures.first, ProseRelationFinder.direction(lead.rowLabel) != 0 {
                self.total = change
                self.change = nil
            }
            // Parts numbered so far end at a paragraph that is not (长乐 2017, a clerk's reading of
            // stop 69: `(二)公务用车购置及运行费…其中:` ¶ `1、…` ¶ `2、…` ¶ `(三)公务接待费221.98万元` took the
            // next heading's amount for a third part).
            let numberedOn = parts.isEmpty || !numbered || Self.opensWithNumber(paragraph)
            if numberedOn, let total = self.total, let lead = figures.first, Self.opens(paragraph, with: lead), lead.unit == total.unit,
                lead.rowLabel != nil
            {
                parts.append(lead.id)
                numbered = numbered && Self.opensWithNumber(paragraph)
            } else {
                closed = close()
            }
        }
        if let last = figures.last, Self.mayEndInList(paragraph), Self.endsInList(paragraph, after: last) {
            if closed == nil { closed = close() }
            let amount = Self.changed(by: last, in: figures)
            (total, change) = (amount ?? last, amount == nil ? nil : last)
            parts = []
            numbered = true
        }
        return closed
    }

    /// The amount a change compares (`预算合计24.75万元,比上年预算数减少4.65万元。其中:`, 鹤山 2018, a
    /// clerk's reading of stop 66: the change took the list), nil when `figure` is no such change.
    private static func changed(by figure: Figure, in figures: [Figure]) -> Figure? {
        guard figures.count >= 2, let label = figure.rowLabel, ProseRelationFinder.direction(label) != 0,
            label.unicodeScalars.contains(where: ProseRelationFinder.comparedBy.contains)
        else { return nil }
        let amount = figures[figures.count - 2]
        return amount.unit == figure.unit && amount.rowLabel != nil ? amount : nil
    }

    /// The list still open at the document's end.
    mutating func finish() -> ProseRelation? { close() }

    /// Parts numbered one by one all belong to the list (刘堡镇卫生院 2021, a clerk's reading of stop
    /// 68: `收入总计为415.2644万元,其中:` ¶ `1.财政拨款收入364.5594万元` ¶ `2.事业收入50.7050万元` ¶
    /// `3.上年结转和结余14.9614万元` was ok on the first two, and lifted them to high).
    private mutating func close() -> ProseRelation? {
        defer { total = nil; change = nil; parts = []; numbered = true }
        guard let total, parts.count >= 2 else { return nil }
        return ProseRelation(kind: .parts, total: total.id, parts: parts, ratio: nil, listed: numbered ? parts.count : nil)
    }

    /// `1.`, `2、`, `3．` at the paragraph's start.
    private static func opensWithNumber(_ paragraph: Paragraph) -> Bool {
        let scalars = paragraph.text.unicodeScalars.drop(while: CellText.isSpace)
        let digits = scalars.prefix(while: Scalars.isDigit)
        guard (1...2).contains(digits.count), let mark = scalars.dropFirst(digits.count).first else { return false }
        return mark == "." || mark == "、" || mark == "．"
    }

    private static func printed(_ paragraph: Paragraph) -> [Unicode.Scalar] {
        Array((paragraph.raw ?? paragraph.text).unicodeScalars)
    }

    /// Whether the paragraph's text opens with a label and then `figure`.
    private static func opens(_ paragraph: Paragraph, with figure: Figure) -> Bool {
        let text = printed(paragraph)
        let raw = Array(figure.raw.unicodeScalars)
        guard !raw.isEmpty, figure.line == paragraph.firstLine else { return false }
        let reach = min(text.count - raw.count, longestLead)
        guard reach >= 1 else { return false }
        return (1...reach).contains { Scalars.has(raw, in: text, at: $0) }
    }

    /// Whether `中` is among the last nine bytes of the paragraph's text (trimmed, folded: `其中:`
    /// is seven): asked of every paragraph, on its bytes, before its text is copied for the test
    /// below.
    private static func mayEndInList(_ paragraph: Paragraph) -> Bool {
        let zhong: [UInt8] = [0xE4, 0xB8, 0xAD]
        let tail = paragraph.text.utf8.suffix(9)
        var window = tail.startIndex
        while window != tail.endIndex {
            if tail[window...].starts(with: zhong) { return true }
            window = tail.index(after: window)
        }
        return false
    }

    /// Whether nothing but separators and `其中:` follows `figure`, the paragraph's last.
    private static func endsInList(_ paragraph: Paragraph, after figure: Figure) -> Bool {
        var text = printed(paragraph)
        while let last = text.last, CellText.isSpace(last) { text.removeLast() }
        guard let opener = openers.first(where: { Scalars.has($0, in: text, endingAt: text.count) })
        else { return false }
        var end = text.count - opener.count
        while end > 0, "。，,；; ".unicodeScalars.contains(text[end - 1]) { end -= 1 }
        let raw = Array(figure.raw.unicodeScalars)
        return !raw.isEmpty && Scalars.has(raw, in: text, endingAt: end)
    }
}

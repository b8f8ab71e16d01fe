/// The label phrase of a prose number: the words before it back to the nearest boundary, trimmed
/// of filler and subject (see `ProseGrammar`), or, for a count with nothing before it, the noun
/// after it. Works on scalars throughout (see `ProseLexicon`).
struct ProseLabel {
    let lexicon: ProseLexicon
    /// Field aliases and prose labels of the number's kind.
    let aliases: ProseLexicon.Aliases
    /// Whether the number is a rate: its label keeps a leading verb (`完成预算的111.29%`).
    var isRate = false
    /// Whether the number is an amount: a level of government before a splitter stays in its
    /// label, saying whose share of a fund it is (see `clean`; a task's, `省下达我区棚户区改造任务2个`,
    /// does not), and names joined by `、` before it are all its own (`joinedWords`).
    var isAmount = false

    /// Labels longer than this are a clause, not a name: they keep only their last characters
    /// past the last boundary-like word, which the trimming below handles; this caps the walk.
    static let longest = 40

    /// The label's length as a name: a year compared with (`较2020年度决算数减少`) counts as one
    /// character, so the year a label keeps does not make it a clause.
    static func nameLength(_ label: String) -> Int {
        let scalars = Array(label.unicodeScalars)
        var length = scalars.count
        for index in scalars.indices where ProseRelationFinder.comparisonScalars.contains(scalars[index]) {
            guard var end = Scalars.yearEnd(in: scalars, at: index + 1) else { continue }
            if end < scalars.count, scalars[end] == "度" { end += 1 }
            length -= end - index - 2
        }
        return length
    }

    func label(before start: Int, floor: Int, in scalars: [Unicode.Scalar]) -> String {
        let (kept, afterColon) = phrase(before: start, floor: floor, in: scalars)
        let label = clean(kept)
        // `其中：792.22万元`: a list word names nothing.
        guard afterColon, lexicon.leadingFiller.contains(where: { $0.elementsEqual(label.unicodeScalars) }) else {
            if isAmount, lexicon.leadingVerbs.contains(where: { $0.elementsEqual(label.unicodeScalars) }),
                let subject = leadInSubject(before: start, floor: floor, in: scalars)
            {
                return subject + label
            }
            return label
        }
        return ""
    }

    /// `从总税收收入看:全年完成3.2亿元` (杨陵, a clerk's reading of stop 68: three amounts labelled
    /// `完成`, high): the subject a `从…看:` lead-in names, for an amount its clause names by a
    /// verb alone (`prose_grammar.leading_verbs`; a noun, `从资金来源看:中央1.2亿元`, names its own).
    private func leadInSubject(before start: Int, floor: Int, in scalars: [Unicode.Scalar]) -> String? {
        var colon = start - 1
        while colon >= floor, !lexicon.boundaries.contains(scalars[colon]) { colon -= 1 }
        guard colon >= floor, scalars[colon] == ":" || scalars[colon] == "：" else { return nil }
        var end = colon - 1
        guard end >= 0, scalars[end] == "看" else { return nil }
        if end > 0, scalars[end - 1] == "来" { end -= 1 }
        var from = end - 1
        while from >= 0, end - from <= 12, scalars[from] != "从" {
            guard !lexicon.boundaries.contains(scalars[from]) else { return nil }
            from -= 1
        }
        guard from >= 0, scalars[from] == "从", end - from >= 3 else { return nil }
        // A subject an amount can be (`总税收收入`, `非税收入`), not a view (`总体上`, `上半年`, `各项指标完成情况`).
        let subject = Array(scalars[(from + 1)..<end])
        guard Self.amountSubjectEndings.contains(where: { Scalars.has($0, in: subject, endingAt: subject.count) }) else { return nil }
        return Scalars.string(subject)
    }

    private static let amountSubjectEndings = ["收入", "支出", "资金", "经费", "基金", "税", "费"].map { Array($0.unicodeScalars) }

    /// The words qualifying the label, not its subject, that an alias cut the phrase before `start`
    /// down to left off (`下达我市中央补助地方公共文化服务体系建设|专项资金`, where `…服务中心|年初预算`
    /// leaves off the unit, `2023年|基本支出` the year): four characters or more not ending in a
    /// `subject_endings` word; nil when there are none.
    func droppedQualifier(before start: Int, floor: Int, alias: String, in scalars: [Unicode.Scalar]) -> String? {
        let text = trimTrailing(phrase(before: start, floor: floor, in: scalars).kept)
        let aliasCount = alias.unicodeScalars.count
        guard text.count >= aliasCount + 4, Scalars.has(Array(alias.unicodeScalars), in: text, endingAt: text.count) else {
            return nil
        }
        let dropped = Array(text.dropLast(aliasCount))
        return lexicon.subjectEndings.contains { Scalars.has($0, in: dropped, endingAt: dropped.count) } ? nil : Scalars.string(dropped)
    }

    /// The words before the number back to the nearest boundary (parenthesized notes skipped),
    /// in reading order, and whether a colon stood right before the number.
    private func phrase(before start: Int, floor: Int, in scalars: [Unicode.Scalar]) -> (kept: [Unicode.Scalar], afterColon: Bool) {
        var kept: [Unicode.Scalar] = []
        var position = start - 1
        var closing = 0
        // A colon right before the number ends the words that name it (`1、收入：792.22万元`):
        // the label is before the colon, not nothing.
        var afterColon = false
        while position >= floor, kept.count < Self.longest {
            let scalar = scalars[position]
            if scalar == ")" || scalar == "）" {
                closing += 1
            } else if closing > 0 {
                if scalar == "(" || scalar == "（" { closing -= 1 }
            } else if !afterColon, scalar == ":" || scalar == "：", kept.allSatisfy(CellText.isSpace) {
                afterColon = true
            } else if lexicon.boundaries.contains(scalar) {
                // `共计下达中央、市级转移支付资金3580.69万元` (忠县 2024): levels joined by `、` are
                // one name, the sum of both, not the last level's; the name starts at the first.
                while position >= floor, scalars[position] == "、",
                    let level = joinedLevel(before: position, floor: floor, in: scalars, after: kept)
                        ?? joinedCharacter(before: position, floor: floor, in: scalars)
                        ?? (isAmount && !kept.isEmpty ? joinedWords(before: position, floor: floor, in: scalars) : nil)
                {
                    kept.append("、")
                    kept.append(contentsOf: level.reversed())
                    position -= level.count + 1
                }
                break
            } else {
                kept.append(scalar)
            }
            position -= 1
        }
        kept.reverse()
        return (kept, afterColon)
    }

    /// The level word right before the `、` at `comma` (back to a boundary) when the words after
    /// it (`kept`, reversed) start with a level word too; nil otherwise.
    private func joinedLevel(
        before comma: Int, floor: Int, in scalars: [Unicode.Scalar], after kept: [Unicode.Scalar]
    ) -> [Unicode.Scalar]? {
        let following = Array(kept.reversed())
        guard lexicon.levelWords.contains(where: { Scalars.has($0, in: following, at: 0) }) else { return nil }
        return lexicon.levelWords.filter { word in
            comma - word.count >= floor && scalars[(comma - word.count)..<comma].elementsEqual(word)
        }.max { $0.count < $1.count }
    }

    /// `；上级专项、上年结转安排支出25.2亿元` (本溪 2023, a clerk's reading: labelled 上年结转安排支出,
    /// high): a short name with no number alone between a boundary and `、` shares the amount
    /// after the last name (`建厂房、酒窖及基础设施建设12.08万元`), unless it says what was paid for
    /// (`用于办公、…`). Amounts only: the seeds' clerks named counts by their last item
    /// (`公租房、城镇棚户区改造项目8个` as 城镇棚户区改造项目).
    private func joinedWords(before comma: Int, floor: Int, in scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var start = comma
        while start > floor, Scalars.isHan(scalars[start - 1]), !NumeralScalarSet.contains(scalars[start - 1]) { start -= 1 }
        guard comma - start >= 2, comma - start <= 8, start == floor || lexicon.boundaries.contains(scalars[start - 1]) else { return nil }
        let piece = Array(scalars[start..<comma])
        let paidFor = Self.paidForWords.contains { word in piece.indices.contains { Scalars.has(word, in: piece, at: $0) } }
        return paidFor ? nil : piece
    }

    private static let paidForWords = ["用于", "包括", "其中", "主要", "用", "等"].map { Array($0.unicodeScalars) }

    /// `收、支总计各是…` (a clerk's reading, 2022): one character alone before `、` is half of a
    /// joined name (收入、支出总计), not a list item.
    private func joinedCharacter(before comma: Int, floor: Int, in scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let start = comma - 1
        // `一、群众体育` is a list item's number.
        guard start >= floor, Scalars.isHan(scalars[start]), !NumeralScalarSet.contains(scalars[start]),
            start == floor || lexicon.boundaries.contains(scalars[start - 1])
                || lexicon.leadingFiller.contains(where: { $0.elementsEqual(scalars[floor..<start]) })
        else { return nil }
        return [scalars[start]]
    }

    /// The noun after a count (`234户陈欠租金住户进行` → `陈欠租金住户`), up to a boundary, the next
    /// number or a stop word; nil when nothing is there. Words running straight into the next
    /// number belong to it unless it takes a noun of its own (`155栋面积117.1万㎡`: 面积 is the
    /// area's; `20个小区229台电梯`: 小区 is the 20's).
    /// `reachesNext`: the noun runs up to the next number (`33个行政村26113户`), whose words before
    /// it are then taken.
    func label(after end: Int, ceiling: Int, nextTakesNoun: Bool, in scalars: [Unicode.Scalar])
        -> (text: String, reachesNext: Bool)?
    {
        var kept: [Unicode.Scalar] = []
        var position = end
        while position < ceiling, kept.count < 12, !lexicon.boundaries.contains(scalars[position]),
            !"()（）".unicodeScalars.contains(scalars[position])
        {
            kept.append(scalars[position])
            position += 1
        }
        var stopped = false
        for stop in lexicon.forwardStops {
            if let start = kept.firstStart(of: stop) {
                kept.removeSubrange(start...)
                stopped = true
            }
        }
        let reachesNext = !stopped && position == ceiling && ceiling < scalars.count
        if reachesNext, !nextTakesNoun { return nil }
        kept = kept.proseTrimmed
        return kept.count >= 2 ? (Scalars.string(kept), reachesNext) : nil
    }

    /// Filler off both ends, then the subject: the longest alias ending the phrase, else what
    /// follows the last splitter word.
    func clean(_ phrase: [Unicode.Scalar]) -> String {
        var text = trimTrailing(Self.withoutLayoutSpaces(phrase))
        // A two-character alias (`总计`, `收入`) names too little to cut `资产总计` down to.
        if let last = text.last, let alias = aliases.byLast[last]?.first(where: {
            $0.scalars.count >= 3 && Scalars.has($0.scalars, in: text, endingAt: text.count) || text == $0.scalars
        }), !keepsWhole(text, before: alias.scalars),
            !splitsWholeWord(text, at: text.count - alias.scalars.count)
        {
            return alias.text
        }
        for splitter in lexicon.splitters {
            // `累计入库各项税收收入` holds `计入` (a clerk's reading of stop 68: labelled `库各项税收收入`).
            guard let start = text.lastStart(of: splitter), !splitsWholeWord(text, at: start) else { continue }
            let rest = trimTrailing(Array(text[(start + splitter.count)...]))
            // `省级拨付我区农机购置补贴资金62万元` (龙感湖 2023): the level before the splitter says
            // whose share the amount is; cut, it read as the whole fund.
            let cut = trimLeading(Array(text[..<start]), lexicon.leadingFiller)
            let leveled = isAmount && lexicon.levelWords.contains { Scalars.has($0, in: cut, at: 0) }
            if rest.count >= 2, !leveled { text = rest }
        }
        text = trimLeading(text, lexicon.leadingFiller)
        if let connective = lexicon.sumConnectives.first(where: {
            Scalars.has($0.cut, in: text, at: 0) && Scalars.has($0.before, in: text, at: $0.cut.count)
        }) {
            text = Array(text.dropFirst(connective.cut.count))
        }
        return Scalars.string(isRate ? text : trimLeading(text, lexicon.leadingVerbs))
    }

    /// `“ 三公 ” 经费支出` (pdftotext sets full-width quotes apart): a space is the layout's unless
    /// it parts two ASCII letters or digits, as in a cell's text.
    static func withoutLayoutSpaces(_ phrase: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard phrase.contains(" ") else { return phrase }
        return phrase.indices.compactMap { index in
            guard phrase[index] == " " else { return phrase[index] }
            let keeps = index > 0 && index + 1 < phrase.count
                && CellText.isASCIIAlphanumeric(phrase[index - 1]) && CellText.isASCIIAlphanumeric(phrase[index + 1])
            return keeps ? " " : nil
        }
    }

    /// Whether a change or level word right before the alias makes the amount a change or a
    /// share of it (`节约办公经费`, `中央专项资金`). An alias naming a level itself is that level's
    /// whatever place precedes it (巩义 2023: `郑州市市级资金6954万元` is 市级资金), unless that
    /// place is of another level: `市、县财政资金`, `市县财政资金`, `省市财政资金` are two levels'
    /// together (广西 2022, a clerk's reading: 88446.62万元 of 市、县 read as county_funds, high).
    private func keepsWhole(_ text: [Unicode.Scalar], before alias: [Unicode.Scalar]) -> Bool {
        let end = text.count - alias.count
        if lexicon.changeWords.contains(where: { Scalars.has($0, in: text, endingAt: end) }) { return true }
        let before = end > 0 && text[end - 1] == "、" ? end - 1 : end
        guard let levelBefore = lexicon.levelWords.first(where: { Scalars.has($0, in: text, endingAt: before) }) else {
            return false
        }
        guard let aliasLevel = lexicon.levelWords.first(where: { Scalars.has($0, in: alias, at: 0) }) else {
            return before == end
        }
        return Self.placeLevels.contains(levelBefore[0]) && Self.placeLevels.contains(aliasLevel[0])
            && levelBefore[0] != aliasLevel[0]
    }

    /// The first characters of the levels that are places (not 本级, 上级, 地方…).
    private static let placeLevels = Set("中省自市州盟县旗区乡镇苏兵".unicodeScalars)

    /// Whether a cut at `cut` falls inside one of the grammar's whole words (`行政|事业编制`).
    private func splitsWholeWord(_ text: [Unicode.Scalar], at cut: Int) -> Bool {
        lexicon.wholeWords.contains { word in
            (1..<word.count).contains { split in
                cut - split >= 0 && cut + word.count - split <= text.count
                    && text[(cut - split)..<(cut + word.count - split)].elementsEqual(word)
            }
        }
    }

    private func trimTrailing(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var text = text.proseTrimmed
        var changed = true
        while changed {
            changed = false
            for word in lexicon.trailingFiller
            where Scalars.has(word, in: text, endingAt: text.count) && text.count > word.count
                && !splitsWholeWord(text, at: text.count - word.count)
            {
                text = Array(text.dropLast(word.count)).proseTrimmed
                changed = true
            }
        }
        return text
    }

    /// Drops the words from the start while at least two characters remain.
    private func trimLeading(_ text: [Unicode.Scalar], _ words: [[Unicode.Scalar]]) -> [Unicode.Scalar] {
        var text = text.proseTrimmed
        var changed = true
        while changed {
            changed = false
            for word in words
            where Scalars.has(word, in: text, at: 0) && text.count >= word.count + 2 && !splitsWholeWord(text, at: word.count) {
                text = Array(text.dropFirst(word.count)).proseTrimmed
                changed = true
            }
        }
        return text
    }
}

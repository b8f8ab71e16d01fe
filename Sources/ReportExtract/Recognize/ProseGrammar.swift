/// The figures of one prose paragraph: every quantity whose unit makes it a budget, people, rate,
/// score or count figure, with the label phrase it belongs to.
///
/// How Chinese report prose attaches a label to a number (driven by `prose_grammar`):
/// - `X为N` / `X N万元` / `X达N%`: the label runs back from the number to the nearest clause or
///   list boundary (`，` `、` `；` `:` `。`), a year or another number, then loses its filler
///   (`其中`, `全年`, `共`, trailing `为` `达到` `共计`) and its subject (`共有人员100人` → `人员`,
///   `…服务中心年初预算` → `年初预算`: the longest alias that ends the phrase, else what follows
///   a splitter word);
/// - parenthesized notes inside the label are dropped (`固定资产总额(账面原值)358.78万元`);
/// - a count with nothing nameable before it takes the noun after it (`对234户陈欠租金住户`).
/// Years, dates, list numbering, codes and phone numbers are roles of `NumberScanner`; numbers
/// inside `《》` (titles), after `第` / `附件` (ordinals, citations) or with a per-unit (`2万元/人`,
/// a rate of pay, not an amount) are skipped.
struct ProseGrammar {
    struct Match {
        var token: ScannedNumber
        /// Position of the token among all the paragraph's number tokens (years and codes included).
        var tokenIndex: Int
        var raw: String
        var kind: String
        /// The label phrase, nil when nothing nameable is near the number.
        var label: String?
        var field: FieldRule?
        /// The alias (as written) that named `field`.
        var alias: String?
        /// Whether the label is the noun after the number running up to the next number
        /// (`33个行政村26113户`): the next number's words before it are this one's.
        var nounAfter = false
        /// The words qualifying the label that the alias naming the field left off (`ProseLabel.droppedQualifier`).
        var droppedQualifier: String?
    }

    let rules: RuleSet
    private var grammar: ProseGrammarRules { rules.proseGrammar }
    private var lexicon: ProseLexicon { rules.proseLexicon }

    init(rules: RuleSet) {
        self.rules = rules
    }

    /// Figure kind → the aliases of the fields that kind of number can be, longest first (made
    /// once, into `RuleSet.proseLexicon`).
    static func aliasesByKind(
        fields: [FieldRule], prosePatterns: [ProsePatternRule], grammar: ProseGrammarRules,
        field: (String) -> FieldRule?
    ) -> [String: [String]] {
        var byKind: [String: Set<String>] = [:]
        let fieldAliases = fields.map { ($0, $0.aliases) }
        let patternLabels = prosePatterns.compactMap { pattern in field(pattern.field).map { ($0, pattern.labels) } }
        for (field, aliases) in fieldAliases + patternLabels {
            for kind in grammar.units.keys where Self.fits(field, kind) { byKind[kind, default: []].formUnion(aliases) }
        }
        return byKind.mapValues { $0.sorted { ($0.unicodeScalars.count, $0) > ($1.unicodeScalars.count, $1) } }
    }

    func matches(in text: String) -> [Match] {
        analyze(text).matches
    }

    /// The paragraph's figures and the arithmetic its sentences state between them (indexes
    /// into `matches`).
    func analyze(_ text: String) -> (matches: [Match], relations: [ProseRelationFinder.Found]) {
        let scalars = Array(text.unicodeScalars)
        var matches = figures(scalars, text)
        let relations = ProseRelationFinder.find(scalars, matches, changeWords: grammar.changeWords)
        if relations.contains(where: { $0.kind == .parts }) {
            ProseListTotal.widen(
                &matches, relations: relations, text: scalars,
                // Not as an amount's: each item is one name, not the names joined before it.
                labels: ProseLabel(lexicon: lexicon, aliases: lexicon.aliasesByKind["budget"] ?? ProseLexicon.Aliases([])))
        }
        return (matches, relations)
    }

    private func figures(_ scalars: [Unicode.Scalar], _ text: String) -> [Match] {
        var tokens = NumberScanner().scan(text)
        let singles = SingleNumeralCounts.find(
            scalars, classifiers: lexicon.countClassifiers,
            idioms: grammar.numeralIdioms, taken: tokens)
        if !singles.isEmpty { tokens = (tokens + singles).sorted { $0.range.lowerBound < $1.range.lowerBound } }
        Self.dropShareNotes(&tokens, scalars)
        let paired = Self.sharePairedUnits(&tokens, scalars)
        let titled = Self.insideTitles(scalars)
        var matches: [Match] = []
        for (position, token) in tokens.enumerated() where token.isQuantity {
            guard let kind = kind(of: token.value), !titled[token.range.lowerBound], !followsSkipWord(token, scalars),
                kind != "score" || !Self.isClockMinutes(token, scalars)
            else { continue }
            let floor = Self.labelFloor(before: position, tokens, scalars)
            let next = position + 1 < tokens.count ? tokens[position + 1].range.lowerBound : scalars.count
            let labels = ProseLabel(
                lexicon: lexicon, aliases: lexicon.aliasesByKind[kind] ?? ProseLexicon.Aliases([]), isRate: kind == "rate",
                isAmount: kind == "budget")
            // The count before took the words up to this number as its noun (`33个行政村26113户`).
            let claimed = matches.last.map { $0.tokenIndex == position - 1 && $0.nounAfter } ?? false
            var label = claimed ? "" : Self.withoutShare(labels.label(before: token.range.lowerBound, floor: floor, in: scalars))
            // `各是4125.49,4143.91万元`: the second of a pair is named as the first.
            if label.isEmpty, position > 0, paired.contains(position - 1), let previous = matches.last,
                previous.tokenIndex == position - 1
            {
                label = previous.label ?? ""
            }
            var nounAfter = false
            // An amount right after a count and its noun (`年初批复预算8个项目985万元`): the count
            // names what the amount covers, the words before it what the amount is.
            // So a head count (`在校学生112个班、5773人`, 河南省实验中学, a clerk's reading of stop 67:
            // 5773 labelled `班、`, high).
            if kind == "budget" || kind == "people", position > 0,
                let counted = countedNoun(before: position, tokens, scalars, joinedOnly: kind == "people")
            {
                let before = position > 1 ? tokens[position - 2].range.upperBound : 0
                let outer = labels.label(before: counted, floor: before, in: scalars)
                if outer.unicodeScalars.count >= 2 { label = outer }
            }
            // Chinese counts put the noun after the classifier (`四个股室`, `对234户陈欠租金住户`):
            // a noun right after a count is its label.
            if kind == "count" || kind == "people",
                label.unicodeScalars.count < 2 || kind == "count" && nounFollows(token, scalars)
            {
                let nextToken = position + 1 < tokens.count ? tokens[position + 1] : nil
                // In a run of counts each noun follows its count (`15个乡镇33个行政村26113户97401人`):
                // a count or head count next does not take the words before it.
                let nextTakesNoun = nextToken.map { next in
                    let kind = self.kind(of: next.value)
                    return kind == "count" && nounFollows(next, scalars) || kind == "people" || kind == "count" && self.kind(of: token.value) == "count"
                } ?? false
                if let after = labels.label(after: token.range.upperBound, ceiling: next, nextTakesNoun: nextTakesNoun, in: scalars) {
                    label = after.text
                    nounAfter = after.reachesNext
                }
            }
            if kind == "budget", let previous = matches.last, let shared = Self.sharedQualifier(of: label, after: previous, scalars, at: token) {
                label = shared + label
            }
            var named = label.isEmpty ? nil : field(for: label, kind: kind)
            let droppedQualifier = named == nil || claimed
                ? nil : labels.droppedQualifier(before: token.range.lowerBound, floor: floor, alias: label, in: scalars)
            if let total = named, let item = itemScore(for: total.field, after: matches, before: token, scalars) {
                named = (item, total.alias)
            }
            matches.append(Match(
                token: token, tokenIndex: position, raw: Scalars.string(Array(scalars[token.range])).proseTrimmed, kind: kind,
                label: label.isEmpty ? nil : label, field: named?.field, alias: named?.alias, nounAfter: nounAfter,
                droppedQualifier: droppedQualifier))
        }
        return matches
    }

    /// `国内增值税(50%部分)3.06亿元`, `企业所得税(地方40%)1.20亿元` (a budget execution report, a
    /// clerk's reading of stop 68: the 50% a figure, the amount no label): a percent in brackets
    /// between a name and the amount, saying which share of a tax the name means (a level's word
    /// before it or a share's word after it), is part of the name, no figure; the label is read
    /// across it as across any bracketed note. A bracketed rate, weight or plain share
    /// (`利率3.25%`, `(权重50%)`, `中央资金(80%)`) stays a figure, as does one after a rate's name.
    private static func dropShareNotes(_ tokens: inout [ScannedNumber], _ scalars: [Unicode.Scalar]) {
        guard tokens.count > 1 else { return }
        var dropped: [Int] = []
        for index in tokens.indices.dropLast() where tokens[index].value.isPercent {
            let range = tokens[index].range
            // `增值税25%部分13318万元` (龙游 2015, a clerk's reading of stop 69: the 25% labelled 增值税,
            // the amount `部分`): unbracketed, the share's word must follow.
            // A tax's or a level's share only (`超过年度预算10%部分35万元` is a threshold, the review's).
            if range.lowerBound > 0, scalars[range.lowerBound - 1] == "税"
                || shareLevels.contains(where: { Scalars.has($0, in: scalars, endingAt: range.lowerBound) }),
                let word = shareWords.first(where: { Scalars.has($0, in: scalars, at: range.upperBound) }),
                tokens[index + 1].range.lowerBound == range.upperBound + word.count
            {
                dropped.append(index)
                continue
            }
            guard let (open, placed) = bracketOpening(before: range.lowerBound, scalars),
                open > 0, Scalars.isHan(scalars[open - 1]), !namesARate(scalars, endingAt: open),
                let (close, shared) = bracketClosing(after: range.upperBound, scalars),
                placed || shared, tokens[index + 1].range.lowerBound == close + 1
            else { continue }
            dropped.append(index)
        }
        for index in dropped.reversed() { tokens.remove(at: index) }
    }

    /// The label without an unbracketed tax share at its end (`增值税25%部分` → `增值税`; see
    /// `dropShareNotes`).
    private static func withoutShare(_ label: String) -> String {
        let scalars = Array(label.unicodeScalars)
        guard let word = shareWords.first(where: { Scalars.has($0, in: scalars, endingAt: scalars.count) }) else { return label }
        var start = scalars.count - word.count
        guard start > 1, scalars[start - 1] == "%" else { return label }
        start -= 1
        while start > 0, Scalars.isDigit(scalars[start - 1]) || scalars[start - 1] == "." { start -= 1 }
        guard start > 0, start < scalars.count - word.count - 1, Scalars.isDigit(scalars[start]) else { return label }
        return Scalars.string(Array(scalars[..<start]))
    }

    private static let shareWords: [[Unicode.Scalar]] = ["部分", "分成", "留成", "共享"].map { Array($0.unicodeScalars) }
    private static let shareLevels: [[Unicode.Scalar]] =
        ["地方", "中央", "省级", "市级", "县级", "区级", "本级", "省", "市", "县"].map { Array($0.unicodeScalars) }
    private static let rateEndings: [[Unicode.Scalar]] = ["率", "度", "比例", "比重"].map { Array($0.unicodeScalars) }

    private static func namesARate(_ scalars: [Unicode.Scalar], endingAt end: Int) -> Bool {
        rateEndings.contains { Scalars.has($0, in: scalars, endingAt: end) }
    }

    /// The `(` right before `start`, or before a level's word there (`地方`).
    private static func bracketOpening(before start: Int, _ scalars: [Unicode.Scalar]) -> (open: Int, placed: Bool)? {
        func isOpening(_ position: Int) -> Bool { position >= 0 && (scalars[position] == "(" || scalars[position] == "（") }
        if isOpening(start - 1) { return (start - 1, false) }
        for level in shareLevels where Scalars.has(level, in: scalars, endingAt: start) && isOpening(start - level.count - 1) {
            return (start - level.count - 1, true)
        }
        return nil
    }

    /// The `)` right after `end`, or after a share's word (`部分`).
    private static func bracketClosing(after end: Int, _ scalars: [Unicode.Scalar]) -> (close: Int, shared: Bool)? {
        let word = shareWords.first { Scalars.has($0, in: scalars, at: end) }
        let position = end + (word?.count ?? 0)
        guard position < scalars.count, scalars[position] == ")" || scalars[position] == "）" else { return nil }
        return (position, word != nil)
    }

    /// Where the words naming the number at `position` can start: after the token before it,
    /// unless that is a year compared with (`…支出决算数比2022年增加0.16万元`, 寻甸 2023, a clerk's
    /// reading: labelled 增加, high), which stays in the label as `比上年` does.
    private static func labelFloor(before position: Int, _ tokens: [ScannedNumber], _ scalars: [Unicode.Scalar]) -> Int {
        var previous = position - 1
        while previous >= 0, tokens[previous].role == .year, tokens[previous].range.lowerBound > 0,
            ProseRelationFinder.comparisonScalars.contains(scalars[tokens[previous].range.lowerBound - 1]),
            !ProseRelationFinder.isComparingVerb(scalars, at: tokens[previous].range.lowerBound - 1)
        {
            previous -= 1
        }
        return previous >= 0 ? tokens[previous].range.upperBound : 0
    }

    /// `收、支总计各是4125.49,4143.91万元`, `分别为12、8万元` (a clerk's reading, 2022: the first of
    /// the pair was no figure, its unit printed once after the last): a bare number right before
    /// another, one `,` or `、` between, after `各` or `分别` in its clause, takes the other's unit.
    /// The positions of the first numbers of such pairs (the second is named as the first).
    private static func sharePairedUnits(_ tokens: inout [ScannedNumber], _ scalars: [Unicode.Scalar]) -> Set<Int> {
        var paired: Set<Int> = []
        guard tokens.count > 1 else { return paired }
        for index in stride(from: tokens.count - 2, through: 0, by: -1) {
            let (first, second) = (tokens[index].value, tokens[index + 1].value)
            guard tokens[index].isQuantity, tokens[index + 1].isQuantity,
                tokens[index + 1].range.lowerBound - tokens[index].range.upperBound == 1,
                pairSeparators.contains(scalars[tokens[index].range.upperBound]),
                clauseDistributes(scalars, before: tokens[index].range.lowerBound)
            else { continue }
            paired.insert(index)
            guard first.unit == nil, first.scale == nil, !first.isPercent, second.unit != nil || second.isPercent else { continue }
            tokens[index].value.unit = second.unit
            tokens[index].value.scale = second.scale
            tokens[index].value.isPercent = second.isPercent
        }
        return paired
    }

    private static let pairSeparators: Set<Unicode.Scalar> = [",", "，", "、"]
    private static let distributiveWords: [[Unicode.Scalar]] = ["各", "分别"].map { Array($0.unicodeScalars) }

    /// Whether the clause before `start` (back to `。` `；`) says its numbers are each one's (`各`, `分别`).
    private static func clauseDistributes(_ scalars: [Unicode.Scalar], before start: Int) -> Bool {
        var position = start - 1
        while position >= 0, position >= start - 40, scalars[position] != "。", scalars[position] != "；", scalars[position] != ";" {
            if distributiveWords.contains(where: { Scalars.has($0, in: scalars, endingAt: position + 1) }) { return true }
            position -= 1
        }
        return false
    }

    /// Where the clause holding `position` starts: after the last `。`, `；` or `;` before it.
    private static func clauseStart(before position: Int, _ scalars: [Unicode.Scalar]) -> Int {
        var start = position
        while start > 0, !"。；;".unicodeScalars.contains(scalars[start - 1]) { start -= 1 }
        return start
    }

    /// `1.`, `2、`, `(3)`, `（3）` at `start` (spaces skipped).
    private static func opensWithItemNumber(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        var position = start
        while position < scalars.count, Scalars.isSpace(scalars[position]) { position += 1 }
        let bracketed = position < scalars.count && (scalars[position] == "(" || scalars[position] == "（")
        if bracketed { position += 1 }
        let digits = position
        while position < scalars.count, Scalars.isDigit(scalars[position]) { position += 1 }
        guard position > digits, position - digits <= 2, position < scalars.count else { return false }
        return bracketed ? scalars[position] == ")" || scalars[position] == "）" : ".、．".unicodeScalars.contains(scalars[position])
    }

    /// `分值10分,自评得分10分`: a score named by a total (`自评得分` names 总分 in `自评得分91.95分`)
    /// after a weight in its sentence, no other score between, is that item's score (得分).
    private func itemScore(
        for total: FieldRule, after matches: [Match], before token: ScannedNumber, _ scalars: [Unicode.Scalar]
    ) -> FieldRule? {
        guard total.kind == .score, let item = rules.fields.first(where: { $0.totalRowField == total.id }) else { return nil }
        var end = token.range.lowerBound
        // An indicator's values before it in a numbered item (`1.…群体免疫密度,年初目标值≥90%,实际完成值≥90%,
        // 自评得分20分;`, a 2023 self-evaluation, a clerk's reading of stop 69: five such read as
        // total_score); not a project's values before its total (`…实际完成值100%,项目自评得分95分`,
        // the review's: unnumbered).
        let clause = Self.clauseStart(before: token.range.lowerBound, scalars)
        let valueNames = Self.opensWithItemNumber(scalars, at: clause) ? lexicon.indicatorValueNames : []
        for match in matches.reversed() {
            if scalars[match.token.range.upperBound..<end].contains("。") { return nil }
            if !valueNames.isEmpty, match.token.range.lowerBound >= clause, let label = match.label.map({ Array($0.unicodeScalars) }),
                valueNames.contains(where: { Scalars.has($0, in: label, endingAt: label.count) })
            {
                return item
            }
            switch match.field?.kind {
            case .weight: return item
            case .score: return nil
            default: end = match.token.range.lowerBound
            }
        }
        return nil
    }

    /// `财政拨款收入总计500.12万元,支出总计500.12万元` (金华市救助管理站 2021, a clerk's reading of stop
    /// 67: the second labelled 支出总计, high, beside the unit's whole 支出总计 519.07): a 支出 right
    /// after the comma that follows a 收入 amount ending the same way (`…收入总计` / `支出总计`,
    /// `…收入` / `支出`), or the other way round, shares the words before it. Not a list's part's
    /// (`其中:…事业收入400万元,支出400万元`: 事业 is the part's, the review's).
    private static func sharedQualifier(of label: String, after previous: Match, _ scalars: [Unicode.Scalar], at token: ScannedNumber) -> String? {
        let gap = previous.token.range.upperBound
        guard previous.kind == "budget", gap < token.range.lowerBound, scalars[gap] == "," || scalars[gap] == "，",
            let before = previous.label
        else { return nil }
        let words = Array(label.unicodeScalars)
        guard let opening = Self.sides.first(where: { words.starts(with: $0) }), let other = Self.sides.first(where: { $0 != opening }),
            scalars[(gap + 1)..<token.range.lowerBound].starts(with: words)
        else { return nil }
        let rest = words.dropFirst(opening.count)
        let prior = Array(before.unicodeScalars)
        let cut = prior.count - rest.count - other.count
        guard cut > 0, prior.suffix(rest.count).elementsEqual(rest), prior[cut..<(cut + other.count)].elementsEqual(other) else {
            return nil
        }
        var index = previous.token.range.lowerBound - 1
        while index >= 0, !Self.sentenceEnds.contains(scalars[index]) {
            if Self.listWords.contains(where: { Scalars.has($0, in: scalars, at: index) }) { return nil }
            index -= 1
        }
        return Scalars.string(prior[..<cut])
    }

    private static let sides = ["收入", "支出"].map { Array($0.unicodeScalars) }
    private static let sentenceEnds = Set("。；;".unicodeScalars)
    private static let listWords = ProseRelationFinder.listWords.map { Array($0.unicodeScalars) }

    /// Where the count before the token at `position` starts, when only its classifier and a noun
    /// of at most three characters lie between them (`8个项目985万元`).
    /// `joinedOnly`: only when a `、` joins them (a head count's noun between, `14户贫困户39人`, is
    /// what the people are).
    private func countedNoun(before position: Int, _ tokens: [ScannedNumber], _ scalars: [Unicode.Scalar], joinedOnly: Bool = false) -> Int? {
        let count = tokens[position - 1]
        guard count.isQuantity, kind(of: count.value) == "count" else { return nil }
        var between = scalars[count.range.upperBound..<tokens[position].range.lowerBound]
        // `112个班、5773人`: a 、 joins the two numbers of one subject.
        var joined = false
        if between.last == "、" { (between, joined) = (between.dropLast(), true) }
        if joinedOnly, !joined { return nil }
        guard between.count <= 4, between.count >= (joined ? 1 : 2),
            between.allSatisfy({ !lexicon.boundaries.contains($0) && !Scalars.isDigit($0) && !CellText.isSpace($0) })
        else { return nil }
        return count.range.lowerBound
    }

    /// `budget` for `万元` / `元` / a bare `万`, `rate` for `%`, else the kind its unit is listed under.
    private func kind(of value: NumberValue) -> String? {
        if value.isPercent { return grammar.kind(ofUnit: "%") }
        guard let unit = value.unit else { return value.scale != nil ? grammar.kind(ofUnit: "元") : nil }
        // `2万元/人`, `次/年`: a rate of pay or frequency, of its first unit's kind.
        return grammar.kind(ofUnit: unit.split(separator: "/").first.map(String.init) ?? unit)
    }

    /// A Chinese character (no boundary, no digit) right after the token.
    private func nounFollows(_ token: ScannedNumber, _ scalars: [Unicode.Scalar]) -> Bool {
        let end = token.range.upperBound
        guard end < scalars.count else { return false }
        let next = scalars[end]
        return next.properties.isIdeographic && !lexicon.boundaries.contains(next)
    }

    /// `发布时间:2024年08月26日 16时46分` (a clerk's reading of stop 66: 46 分 a score): minutes
    /// right after an hour.
    /// `8小时30分` too, and a space before the minutes.
    static func isClockMinutes(_ token: ScannedNumber, _ scalars: [Unicode.Scalar]) -> Bool {
        var start = token.range.lowerBound
        while start > 0, scalars[start - 1] == " " { start -= 1 }
        guard start >= 2, scalars[start - 1] == "时" || scalars[start - 1] == "点" else { return false }
        return ("0"..."9").contains(scalars[start - 2]) || scalars[start - 2] == "小" && start >= 3 && ("0"..."9").contains(scalars[start - 3])
    }

    private func followsSkipWord(_ token: ScannedNumber, _ scalars: [Unicode.Scalar]) -> Bool {
        lexicon.skipAfter.contains { Scalars.has($0, in: scalars, endingAt: token.range.lowerBound) }
    }

    /// Whether each position sits inside `《…》` (a document or regulation title) or a short
    /// quotation (`“五个不直接分管”`, `“查处一户、整改一户”`: a name or a slogan, not a count).
    static func insideTitles(_ scalars: [Unicode.Scalar]) -> [Bool] {
        var depth = 0
        var inside = scalars.map { scalar in
            if scalar == "《" { depth += 1 } else if scalar == "》" { depth = max(0, depth - 1) }
            return depth > 0
        }
        for (open, scalar) in scalars.enumerated() where scalar == "“" {
            let end = scalars[open...].prefix(Self.longestQuotedName + 1).firstIndex(of: "”")
            if let end { for position in open..<end { inside[position] = true } }
        }
        return inside
    }

    /// Quotations longer than this are speech or a passage, whose numbers are figures.
    static let longestQuotedName = 20

    /// The field the label names, when its kind fits the number's (an amount for `万元`, a count
    /// for `人`…): prose pattern labels first, then the field aliases.
    private func field(for label: String, kind: String) -> (field: FieldRule, alias: String)? {
        for pattern in rules.prosePatterns(labelled: label) {
            if let field = rules.field(id: pattern.field), Self.fits(field, kind) { return (field, label) }
        }
        guard let hit = rules.field(forLabel: label), Self.fits(hit.field, kind) else { return nil }
        return hit
    }

    private static func fits(_ field: FieldRule, _ kind: String) -> Bool {
        switch field.kind {
        case .amount: kind == "budget"
        case .count: kind == "people" || kind == "count"
        case .rate: kind == "rate"
        case .score, .weight: kind == "score"
        default: false
        }
    }
}

extension String {
    var proseTrimmed: String {
        Scalars.string(Array(unicodeScalars).proseTrimmed)
    }
}

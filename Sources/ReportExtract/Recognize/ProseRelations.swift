/// Arithmetic a sentence states between its own figures, found from its words, for the checks:
/// - **parts**: a total, then `其中` / `包括` and the figures of the same unit listed after it up to
///   the end of the sentence (`部门预算支出5,706.39万元，其中:基本支出1,304.39万元…项目支出4,402万元`;
///   `支出799.12万元。其中：…`, two parts or more, when the total is the one figure of its unit in
///   its sentence);
///   a nested `主要包括:` list, and anything in parentheses, belong to the part before them and are
///   skipped up to the next `；`; a list in parentheses right after its total runs to their close
///   (`核定编制47名（其中行政编制30名，…事业编制5名）`);
/// - **total**: a figure labelled `合计` / `共计` / `总计` after figures of its unit in its sentence
///   (`建厂房…12.08万元;购买变压器一套18.8万元;…3.2万元;共计40.83万元`): the sum of the last of them;
/// - **share**: `占比22.8%` / `占25.23%` / `占基本支出的100%` right after a part: part / total, the
///   total being the one of the part's `其中` list;
/// - **rate**: `完成预算的111.29%`, `预算执行率100%` right after the done figure: done / target, the
///   target being the one figure of the sentence in the same unit whose label names a budget, task,
///   goal or plan (`预算`, `任务`, `目标`, `计划`).
/// - **growth** / **decline**: `支出2.14万元，…增加1.14万元，增长1.14%` (杜集 2021, printed for 114%):
///   the change's percentage of the amount before it, change / (amount ∓ change), the amount the
///   figure right before the change in its sentence; **change** when that figure is the base
///   itself (`比上年3022亿元增加304.9亿元，增长10.1%`): change / base.
/// - **changed**: a change with no rate after it (`…14.6万元，比上年减少14.6万元`), or a printed base
///   (`…251万元,比上年累计支出285万元下降34万元`), the amount before it in its sentence the one it
///   changes or is compared with: no check, its label's subject.
/// - **increase** / **decrease**: an amount, the base it is compared with and the change between
///   (`总支出1095.67万元比2017年度总支出1060.87万元增加34.80万元`): amount − base, or base − amount,
///   is the change.
/// - **base_growth**: an amount, the base it is compared with and the rate between, no change
///   printed (`教育经费73728万元,比上年的81381万元增长-9.41%`): (amount − base) / base, or
///   (base − amount) / base for a decline, is the rate.
/// Nothing is guessed: a share with no list, or a rate with no or several targets, yields no relation.
public struct ProseRelation: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case parts, total, share, rate, growth, decline, change, changed, increase, decrease
        case baseGrowth = "base_growth"
    }
    public var kind: Kind
    /// Figure ids: the total (parts, share), the target (rate), the amount changed (growth,
    /// decline, increase, decrease) or the base it is compared with (change).
    public var total: String
    /// The parts (parts, total: in reading order), the part (share), the done figure (rate),
    /// the change (growth, decline, change) or the base and the change (increase, decrease).
    public var parts: [String]
    /// The percentage (share, rate, growth, decline, change).
    public var ratio: String?
    /// How many of a `其中` list's first parts surely belong to it, when a `；` after parts
    /// parted by `，` tells (a shorter list does not close it); nil when nothing tells.
    public var listed: Int?

    public init(kind: Kind, total: String, parts: [String], ratio: String?, listed: Int? = nil) {
        (self.kind, self.total, self.parts, self.ratio, self.listed) = (kind, total, parts, ratio, listed)
    }
}

struct ProseRelationFinder {
    /// A relation among a paragraph's matches (indexes into them). `headed`: how many of a 其中
    /// list's first parts surely belong to it, their total naming them (see `find`).
    typealias Found = (kind: ProseRelation.Kind, total: Int, parts: [Int], ratio: Int?, headed: Int)

    /// `示范项目总预算36,620万元,经调整后资金的来源为:中央财政补助10,000万元,…` (2024, clerk Z's reading:
    /// unchecked) lists the total's sources as `其中` does.
    static let listWords = ["其中", "包括", "来源为"]
    private static let inclusionWord = Array("包括".unicodeScalars)
    /// A reason's amounts (`增长的主要原因是一次性增值税留抵退税补助4.23亿元;`, 璧山 2023, a clerk's
    /// reading: a part of the 收入 list, which then summed short) run to the next `；` as a nested
    /// list does.
    static let nestedWords = ["主要包括", "包括", "主要用于", "具体为", "原因是", "原因为"]
    static let targetWords = ["预算", "任务", "目标", "计划"]
    static let rateWords = ["完成", "执行率", "使用率"]
    /// A label starting with one of these names the sum of the figures before it.
    static let closingWords = ["合计", "共计", "总计"]
    private static let sumWords = closingWords + ["总额"]
    /// Their first scalars: most labels are passed over without a string comparison.
    private static let closingFirsts = Set(closingWords.compactMap(\.unicodeScalars.first))
    /// Figures looked at on either side of a total or a done figure.
    static let window = 64

    /// A label starting with one of these compares the amount with another (`比上年3022亿元`); so
    /// does a change (`changeWords`) in a clause holding one (`较2022年度决算数增加19.68万元`).
    static let comparisonWords = ["比", "较", "同比", "环比"]
    static let comparisonScalars = Set(comparisonWords.compactMap(\.unicodeScalars.first))
    static let comparedBy = Set("比较".unicodeScalars)
    private static let clauseEnds = Set("，,；;。：:".unicodeScalars)

    /// Relations among `matches` (indexes into it) of one paragraph. `changeWords`: a label ending
    /// in one names a change, which compared with another amount (`同比减少43506.06元`) is no
    /// list's total and no part of one (a change's own list, `支出较去年增加…其中基本支出增加…`, is).
    static func find(_ text: [Unicode.Scalar], _ matches: [ProseGrammar.Match], changeWords: [String] = [])
        -> [Found]
    {
        let compares = matches.indices.map { index in
            let match = matches[index]
            guard let label = match.label else { return false }
            if comparisonWords.contains(where: label.startsWithScalars) { return true }
            if changeWords.contains(where: label.endsWithScalars) { return clauseCompares(text, before: match.token.range.lowerBound) }
            // `1095.67万元比2017年度总支出1060.87万元` (忻州 2018): a field's alias is the label, the
            // comparison before it is not.
            return opensWithComparison(text, before: match.token.range.lowerBound, after: index > 0 ? matches[index - 1].token.range.upperBound : 0)
        }
        var found: [Found] = []
        var partOf: [Int: Int] = [:]
        var byToken: [Int: Int] = [:]
        for (index, match) in matches.enumerated() { byToken[match.tokenIndex] = index }
        let depth = parenthesisDepth(text)
        let sentenceOf = sentenceNumbers(text, matches)
        for (index, match) in matches.enumerated() where match.kind != "rate" {
            // A part of a list does not open a list of its own: its `包括` names what it paid for.
            // `实际支出37,124.2万元，比预算增加35%，其中：…` (潜江市民政局 2024): a rate of the total
            // may stand between it and its list.
            let rateBetween = index + 1 < matches.count && matches[index + 1].kind == "rate"
                && sentenceOf[index + 1] == sentenceOf[index]
            guard let (listEnd, nextSentence, parenthesized, noted) = listWord(after: match.token.range.upperBound, in: text)
                    ?? (rateBetween ? listWord(after: matches[index + 1].token.range.upperBound, in: text) : nil),
                // …but one in parentheses right after it is its own (`公务用车购置及运行维护费4070万元(包括:
                // 公务用车运行维护费2648万元、公务用车购置1422万元)` under a 其中 list, 江北区 2021).
                partOf[index] == nil || parenthesized
            else { continue }
            // `支出1085203.63元,同比减少43506.06元,下降3.85%。其中:基本支出…` (梧州 2025), `补助
            // 3326.9亿元,比上年3022亿元增加304.9亿元,增长10.1%,其中:…` (新疆 2019): a change before
            // the list word lists nothing; the amount it changes does.
            // Nor does a rate's target (`完成…收入28239万元,为调整预算数38651万元的73.06%,比上年减少22893万元,
            // 降低44.77%,其中:…`: 绥宁, a clerk's reading of stop 68, listed 38651's parts, unchecked).
            var total = index
            if compares[index],
                let changed = (0..<index).reversed().prefix(while: { sentenceOf[$0] == sentenceOf[index] })
                    .first(where: { matches[$0].kind != "rate" && !compares[$0] && !isTargetOfNextRate($0, matches) }),
                sameUnit(matches[changed], match), partOf[changed] == nil
            {
                total = changed
            }
            // One list per total: its check is named by it.
            if total != index, found.contains(where: { $0.kind == .parts && $0.total == total }) { continue }
            // `支出799.12万元。其中：人员经费支出434.89万元，…`: the list opens the next sentence,
            // its total the one figure of its unit in the sentence before (`同比增加189.25万元，
            // 增加31.39%。其中：财政拨款收入…` lists the parts of a figure two sentences back).
            // The total ends its sentence: the sentence's other figures are the ones before it.
            // A `；` parts the sentence's subjects (`…补贴资金预算44440万元;2021年农业生产发展资金合计671037万元。
            // 其中,…`, 广西 2021, a clerk's reading of stop 67: unlinked): figures before it are another's,
            // when the total after it names a sum (not `…;2、本年增加了其他资金预算7000万元。其中:…`, a
            // reason's amount, 寺下镇 2022).
            if nextSentence {
                let before = (0..<total).reversed().prefix(while: { sentenceOf[$0] == sentenceOf[total] })
                let totalStart = matches[total].token.range.lowerBound
                let namesSum = matches[total].label.map { label in Self.sumWords.contains(where: label.contains) } ?? false
                let cut = namesSum ? before.last.flatMap { last(text, ["；", ";"], from: matches[$0].token.range.upperBound, to: totalStart) } ?? -1 : -1
                // Another amount of the total's value (`年初预算数为500万元,全年支出决算500万元。其中:…`,
                // 迪庆, a clerk's reading of stop 68: unlinked) is no other candidate: the parts sum to
                // either, and the list is the last one's.
                let totalValue = matches[total].token.value.scaledValue
                let rivals = before.filter { matches[$0].token.range.upperBound > cut && sameUnit(matches[$0], match) }
                if rivals.contains(where: { matches[$0].token.value.scaledValue != totalValue }) { continue }
                // Of equal amounts the one whose name shares the first part's noun (`收入总计500万元,支出总计
                // 500万元。其中:财政拨款收入…`, the review's: 收入总计), else the last.
                if !rivals.isEmpty, let named = Self.namedByParts([total] + rivals, after: listEnd, matches) { total = named }
            }
            var parts: [Int] = []
            var skipping = false
            var position = listEnd
            // Whether the list's first two parts are parted by `，`/`、`: a `；` after them may end it
            // (宜春 2022: `实有人数4人，其中在职人员4人，离休人员0人，退休人员0人（不含…）；年末其他
            // 人员0人；年末学生人数0人` lists three parts, not six) or only part its groups (永兴
            // 2019: `其中九山河…监理费22万元,…16.11万元;耒水河…监理费12.66万元,…`): the sum
            // decides, and only the parts before it are surely the total's. A list parted by `；`
            // from its start (`其中:人员经费支出…；公用经费支出…`) is all of a kind.
            var partedByCommas: Bool?
            var lastPartEnd = listEnd
            var headed: Int?
            let listDepth = depth[match.token.range.lowerBound] + (parenthesized ? 1 : 0)
            // `“三公”经费支出100万元,其中:因公出国(境)费20万元;公务用车购置及运行维护费50万元,其中:
            // 公务用车购置费35万元,公务用车运行维护费15万元;公务接待费30万元` (广东省财政厅, a clerk's
            // reading of stop 68: not evaluable, and a false ok where a sub-part equalled the next
            // part): in a list parted by `；` a part's own `其中` lists its parts up to the next `；`.
            let partsHaveLists = semicolonBeforeSentenceEnd(text, from: listEnd)
            // A list is a handful of figures; the window keeps a sentence with no end linear.
            for next in (index + 1)..<min(matches.count, index + 1 + Self.window) {
                let candidate = matches[next]
                if candidate.token.range.lowerBound < listEnd { continue }
                let start = candidate.token.range.lowerBound
                if sentenceEnds(text, from: position, to: start) { break }
                // The parenthesis the list opened is closed: the list is over.
                if parenthesized, depth[start] < listDepth || closes(text, depth, below: listDepth, from: position, to: start) {
                    break
                }
                // A nested `主要包括:` list runs to the next `；`, whichever of the two comes last wins.
                // …and only once a `；` has parted the list's own parts before it (`其中:财政拨款收入900万元,
                // 其中:…800万元,…;政府性基金…100万元;其他收入150万元`, the review's: that `；` is the
                // sub-list's, and skipping to it gave a false ok).
                let partList = partsHaveLists
                    ? lastNested(text, from: position, to: start, outside: depth, deeperThan: listDepth, words: Self.partListWord)
                        .flatMap { last(text, ["；", ";"], from: listEnd, to: $0) != nil ? $0 : nil }
                    : nil
                let nested = [lastNested(text, from: position, to: start, outside: depth, deeperThan: listDepth), partList]
                    .compactMap { $0 }.max()
                // Before any `；`, where a part's own list ends is not written (`基本支出600万元,其中人员经费500万元、
                // 公用经费100万元,项目支出400万元`; `…,其中:…800万元,…;…100万元;其他收入150万元`): the list
                // ends at it, its parts the ones before (a sub-part taken for a part gave false violations).
                let subList = partList == nil && !parts.isEmpty
                    && lastNested(text, from: position, to: start, outside: depth, deeperThan: listDepth, words: Self.partListWord) != nil
                let semicolon = last(text, ["；", ";"], from: position, to: start)
                if let nested, nested > (semicolon ?? -1) { skipping = true } else if semicolon != nil { skipping = false }
                position = candidate.token.range.upperBound
                // `安排资金10万元,其中:项目立项6分,绩效目标5分,…(2)成本目标:…目标值是10万元,实际完成值为0万元`
                // (a clerk's reading of stop 67: 10 = 10 + 0, ok): a list opening with scores lists
                // those, not the amount's parts. Counts may open one (`其中:支持15个村、3个社区发展产业
                // 800万元,…`, the review's).
                if parts.isEmpty, !skipping, depth[start] == listDepth, candidate.kind == "score", match.kind != "score" { break }
                // A part's target (`…支出决算为12.02万元,完成预算12.02万元的100%`) is none.
                guard !skipping, depth[start] == listDepth, sameUnit(candidate, match), compares[total] || !compares[next],
                    !isTargetOfNextRate(next, matches)
                else { continue }
                if subList { break }
                if !parts.isEmpty {
                    let parted = last(text, ["；", ";"], from: lastPartEnd, to: start) != nil
                    if partedByCommas == nil {
                        partedByCommas = !parted
                    } else if partedByCommas == true, parted, headed == nil,
                        lastNested(text, from: lastPartEnd, to: start, outside: depth, deeperThan: listDepth) == nil
                    {
                        headed = parts.count
                    }
                }
                parts.append(next)
                lastPartEnd = candidate.token.range.upperBound
            }
            // One part across a sentence end is too little to tell the list from a new subject.
            guard parts.count >= (nextSentence ? 2 : 1) else { continue }
            // A note's amount may be in the parts' sum or outside it (`支出总计1800万元(含年末结转和
            // 结余300万元),其中:基本支出1000万元,项目支出500万元`, the review's): only parts summing to
            // the total exactly say which, and make it the list's.
            if noted, parts.dropFirst().reduce(matches[parts[0]].token.value.scaledValue, { $0 + matches[$1].token.value.scaledValue })
                != matches[total].token.value.scaledValue
            {
                continue
            }
            // A change's list is of changes its way (鄂尔多斯 2022, a clerk's reading: `较2021年度增加
            // 1.68万元，其中公务接待较上年同期减少0.58万元` lists the items' changes, not parts of it).
            if compares[total], parts.contains(where: { Self.direction(matches[$0].label) != Self.direction(matches[total].label) }) {
                continue
            }
            // `…支出19.9983万元，包括老人餐厅顶部…，总计支出69.9776万元`: 包括 lists what the amount
            // paid for, not amounts, when a figure after it is larger than the amount.
            if Scalars.has(Self.inclusionWord, in: text, endingAt: listEnd),
                parts.contains(where: { matches[$0].token.value.scaledValue > matches[total].token.value.scaledValue })
            {
                continue
            }
            found.append((.parts, total, parts, nil, headed ?? parts.count))
            for part in parts where partOf[part] == nil { partOf[part] = total }
        }
        // A total after its parts, none of them a part of a 其中 list already (a list's figures
        // count once, in it). Not taken across parentheses (`（其中建筑工程3292万元）` belongs to the
        // amount before it).
        for (index, match) in matches.enumerated() where match.kind != "rate" && partOf[index] == nil {
            guard let first = match.label?.unicodeScalars.first, closingFirsts.contains(first),
                let label = match.label, closingWords.contains(where: label.hasPrefix)
            else { continue }
            var parts: [Int] = []
            var other = index - 1
            while other >= 0, index - other <= Self.window, sentenceOf[other] == sentenceOf[index] {
                let candidate = matches[other]
                if depth[candidate.token.range.lowerBound] == depth[match.token.range.lowerBound], sameUnit(candidate, match),
                    partOf[other] == nil, !compares[other]
                {
                    parts.append(other)
                }
                other -= 1
            }
            guard parts.count >= 2 else { continue }
            found.append((.total, index, parts.reversed(), nil, 0))
        }
        var sentences: [Int: [Int]] = [:]
        for (index, sentence) in sentenceOf.enumerated() { sentences[sentence, default: []].append(index) }
        // `安排335000万元(其中:…收入45000万元),比人代会预算数增加35000万元,增长11.7%` (达拉特旗 2022,
        // a clerk's reading: 35000 / (45000 − 35000), a false violation): what a rate or a change
        // outside parentheses follows is the figure before them, not the last part inside.
        func before(_ index: Int) -> Int? {
            let level = depth[matches[index].token.range.lowerBound]
            var other = index - 1
            while other >= 0, index - other <= Self.window, sentenceOf[other] == sentenceOf[index] {
                if depth[matches[other].token.range.lowerBound] <= level { return other }
                other -= 1
            }
            return nil
        }
        // `收入38941万元,完成预算的107.47%,同比增收7796万元,增长25.03%` (天等县 2023, a clerk's reading:
        // unchecked): a change follows its level past the level's completion rate, and past the
        // target that rate names (`决算为62.07万元,完成全年预算84.82万元的73.2%,比上年决算数增加…`).
        func level(before index: Int) -> Int? {
            let other = before(index)
            guard let other, matches[other].kind == "rate", !namesChangeRate(matches[other].label) else { return other }
            // Only a target printed right before its rate (`…84.82万元的73.2%`): `基本支出预算89.52万元,
            // 占支出总预算的7.55%` names its base in words, and 89.52 is the level (阳和三幼 2023).
            let prior = before(other)
            guard let prior, matches[other].label == "的", let label = matches[prior].label, namesTarget(label) else { return prior }
            return before(prior)
        }
        for (index, match) in matches.enumerated() where match.kind == "rate" {
            guard match.tokenIndex > 0, var previous = byToken[match.tokenIndex - 1],
                sentenceOf[previous] == sentenceOf[index]
            else { continue }
            if depth[matches[previous].token.range.lowerBound] > depth[match.token.range.lowerBound] {
                guard let outside = before(index) else { continue }
                previous = outside
            }
            let label = match.label ?? ""
            // `完成132434万元,为年初预算110800万元的119.5%` (尖草坪, 临洮, 宁县 2020s: clerk Q's readings,
            // unchecked): the done figure, then its target, then the rate of the one to the other.
            if label == "的", let label = matches[previous].label, namesTarget(label), let done = before(previous),
                matches[done].kind == "budget", sameUnit(matches[done], matches[previous]), !compares[done]
            {
                found.append((.rate, previous, [done], index, 0))
            } else if label.hasPrefix("占"), let total = partOf[previous], namesTheTotal(label, matches[total].label),
                !opensRateList(index, text, matches)
            {
                found.append((.share, total, [previous], index, 0))
            } else if rateWords.contains(where: label.contains), matches[previous].kind != "rate", let target = target(for: previous, besides: index, text, matches, sentence: sentences[sentenceOf[previous]] ?? [], total: partOf[previous], compares: compares) {
                found.append((.rate, target, [previous], index, 0))
            } else if let reversed = laterYearFirst(rate: index, change: previous, level: level(before: previous), before: before, text, matches, compares: compares) {
                found.append(contentsOf: reversed)
            } else if let change = changeRelation(rate: index, change: previous, before: level(before: previous), text, matches, sentenceOf: sentenceOf, compares: compares)
                ?? changeAfterRate(index, text, matches, sentenceOf: sentenceOf, compares: compares)
                ?? baseGrowth(rate: index, base: previous, amount: before(previous), matches, compares: compares)
            {
                found.append(change)
                // `公务用车及运行维护费支出251万元,比上年累计支出285万元下降34万元` (a clerk's reading): the
                // base compared with names the amount before it, as a change does.
                let base = change.total
                if change.kind == .change, let amount = amountCompared(before: base, matches, sentenceOf: sentenceOf),
                    matches[amount].kind == "budget",
                    sameUnit(matches[amount], matches[base]), !compares[amount], matches[amount].label != nil,
                    !sentenceOpensWithPriorYear(text, before: matches[base].token.range.lowerBound)
                {
                    found.append((.changed, amount, [base], nil, 0))
                    if let change = change.parts.first, let difference = difference(amount, base, change, matches) {
                        found.append(difference)
                    }
                }
            }
        }
        // `公务接待费14.6万元，比上年减少14.6万元` (开平 2022, a clerk's reading: two such changes in one
        // document, high, both labelled 比上年减少): a change names the amount before it.
        let rated = Set(found.filter { [.growth, .decline, .change].contains($0.kind) }.flatMap(\.parts))
        for index in matches.indices.dropFirst() where compares[index] && !rated.contains(index) && partOf[index] == nil {
            let before = index - 1
            // `决算总收入1244.27万元,比2017年度决算总收入1058.51万元增加了185.76万元` (忻州 2018, a
            // clerk's reading: unchecked): the base printed between the amount and the change.
            if before > 0, compares[before], direction(matches[before].label) == 0,
                sentenceOf[before - 1] == sentenceOf[index], !compares[before - 1], partOf[before - 1] == nil,
                partOf[before] == nil, matches[before - 1].label != nil, sameUnit(matches[before - 1], matches[before]),
                let difference = difference(before - 1, before, index, matches)
            {
                found.append((.changed, before - 1, [before], nil, 0))
                found.append(difference)
                continue
            }
            guard matches[index].kind == "budget", direction(matches[index].label) != 0, sentenceOf[before] == sentenceOf[index],
                sameUnit(matches[before], matches[index]), !compares[before], matches[before].label != nil,
                matches[index].token.range.lowerBound - matches[before].token.range.upperBound > 1
            else { continue }
            found.append((.changed, before, [index], nil, 0))
        }
        return found
    }

    /// The figure right before a compared base in its sentence, past a completion rate of it and
    /// that rate's target (`…总收入完成23992万元,占年度预算22443万元的106.9%,较上年21012万元,增收
    /// 2980万元,增幅14.2%`, a county's 2021 budget execution, a clerk's reading of stop 69: the base,
    /// change and rate, high, not placed under the amount they compare).
    private static func amountCompared(before base: Int, _ matches: [ProseGrammar.Match], sentenceOf: [Int]) -> Int? {
        var amount = base - 1
        // The target a budget's (`占年度预算`), not another amount the rate is a share of
        // (`占全县一般公共预算支出200000万元的25%`, the review's).
        if amount > 1, matches[amount].kind == "rate", matches[amount].label == "的", isTargetOfNextRate(amount - 1, matches),
            let target = matches[amount - 1].label, budgetTargetEndings.contains(where: target.endsWithScalars)
        {
            amount -= 2
        }
        return amount >= 0 && sentenceOf[amount] == sentenceOf[base] ? amount : nil
    }

    /// The one of `candidates` whose label holds the noun (last two characters) of the first
    /// figure after `listEnd`; nil when none or several do.
    private static func namedByParts(_ candidates: [Int], after listEnd: Int, _ matches: [ProseGrammar.Match]) -> Int? {
        guard let first = matches.first(where: { $0.token.range.lowerBound >= listEnd }), let label = first.label, label.count >= 2
        else { return nil }
        let noun = String(label.suffix(2))
        let named = candidates.filter { matches[$0].label?.contains(noun) == true }
        return named.count == 1 ? named[0] : nil
    }

    private static let budgetTargetEndings = ["预算", "预算数", "任务", "计划", "目标"]

    /// An amount, its printed base and the change from the one to the other, all amounts of one
    /// unit, the change naming its direction.
    private static func difference(_ amount: Int, _ base: Int, _ change: Int, _ matches: [ProseGrammar.Match]) -> Found? {
        guard [amount, base, change].allSatisfy({ matches[$0].kind == "budget" }), sameUnit(matches[base], matches[change]) else {
            return nil
        }
        switch direction(matches[change].label) {
        case 1: return (.increase, amount, [base, change], nil, 0)
        case -1: return (.decrease, amount, [base, change], nil, 0)
        default: return nil
        }
    }

    /// A revenue report's `同比增收164万元,增长2.78%` and `减收531万元,下降33.31%` (天等县 2023, a clerk's
    /// reading: fifteen such changes, none checked), a spending one's `增支` / `减支`.
    static let increaseWords = ["增加", "增长", "提高", "上升", "增收", "增支"]
    static let decreaseWords = ["减少", "下降", "降低", "减收", "减支"]
    /// `…38651万元的73.06%`: the figure is what the rate right after it is of.
    private static func isTargetOfNextRate(_ index: Int, _ matches: [ProseGrammar.Match]) -> Bool {
        index + 1 < matches.count && matches[index + 1].kind == "rate" && matches[index + 1].label == "的"
    }

    /// A rate's own names for a change's percentage (`比上年增加100万元，增幅8.81%`).
    static let changeRateWords = ["增幅", "降幅", "涨幅"]
    private static let directionWords = increaseWords + decreaseWords
    private static let changeRateNames = directionWords + changeRateWords

    private static func namesChangeRate(_ label: String?) -> Bool {
        guard let label else { return false }
        return changeRateNames.contains(where: label.contains)
    }

    /// `…2.14万元，…增加1.14万元，增长1.14%`: the rate of a change right after it, against the amount
    /// the sentence states right before the change (or the base it compares with, `比上年3022亿元`).
    /// - Parameter before: the figure before the change, parentheses passed over.
    private static func changeRelation(
        rate: Int, change: Int, before: Int?, _ text: [Unicode.Scalar], _ matches: [ProseGrammar.Match], sentenceOf: [Int],
        compares: [Bool]
    ) -> Found? {
        guard namesChangeRate(matches[rate].label), let changeLabel = matches[change].label, matches[change].kind == "budget"
        else { return nil }
        let way = direction(changeLabel)
        guard way != 0, let before, sameUnit(matches[before], matches[change]) else { return nil }
        // `各减少1267.86,2570.97万元，各下降23.51%、38.28%`: a pair's numbers are each one's, not
        // an amount and its change.
        guard matches[change].token.range.lowerBound - matches[before].token.range.upperBound > 1 else { return nil }
        // `较2024年的2190万元减少221万元` (绵竹市 2025, a clerk's reading: labelled 的, it was read as
        // the amount after the change, a false violation): a figure in a comparing clause is the base.
        let label = matches[before].label ?? ""
        if comparisonWords.contains(where: label.startsWithScalars) || clauseCompares(text, before: matches[before].token.range.lowerBound)
            || sentenceOpensWithPriorYear(text, before: matches[before].token.range.lowerBound)
                && contains(text, ["本年"], from: matches[before].token.range.upperBound, to: matches[change].token.range.lowerBound),
            direction(label) == 0
        {
            return (.change, before, [change], rate, 0)
        }
        guard !compares[before], !namesOtherSubject(changeLabel, than: matches[before].label),
            !differenceWords.contains(where: label.endsWithScalars)
        else { return nil }
        return (way > 0 ? .growth : .decline, before, [change], rate, 0)
    }

    /// A figure that is itself a difference is no level a change is measured from (甘谷 2021:
    /// `完成预算16634万元的161.0%,超收10151万元,同比增收6411万元,增长31.5%` was checked as 6411 /
    /// (10151 − …), a false violation: the year's level is the 26785 before the budget).
    private static let differenceWords = ["超收", "短收", "超支", "节支", "节约"]

    /// `其中:因公出国(境)费支出0.00元;公务用车购置费支出决算减少272780.00元,下降100.00%` (寻甸 2022,
    /// a clerk's reading: ok on 272780 / (0 + 272780), both high, the 100 % under 因公出国费): a
    /// change whose label names a subject of its own, one the amount before it does not name, is
    /// that subject's change, not the amount's.
    static func namesOtherSubject(_ changeLabel: String, than amountLabel: String?) -> Bool {
        let scalars = Array(changeLabel.unicodeScalars)
        var end = scalars.count
        if let compared = scalars.indices.first(where: { "比较".unicodeScalars.contains(scalars[$0]) && !isComparingVerb(scalars, at: $0) }) {
            end = compared
            if end > 0, scalars[end - 1] == "同" || scalars[end - 1] == "环" { end -= 1 }
            // `与上年同期相比下降`: the comparison starts at its 与 / 和 / 跟.
            if end > 0, scalars[end - 1] == "相", let with = scalars[..<end].firstIndex(where: { "与和跟".unicodeScalars.contains($0) }) {
                end = with
            }
        } else if let word = directionWords.first(where: changeLabel.endsWithScalars) {
            end -= word.unicodeScalars.count
        }
        guard end >= 2, let amountLabel, !amountLabel.isEmpty else { return false }
        let subject = Scalars.string(Array(scalars[..<end]))
        // `按同口径同比减少` says how it compares, not what.
        guard amountEndings.contains(where: subject.endsWithScalars) else { return false }
        return !amountLabel.contains(subject) && !subject.contains(amountLabel)
    }

    static let amountEndings = ["费", "支出", "收入", "决算", "预算", "资金", "经费", "数", "额", "款", "金"]

    /// `…分别为7738.1亿元、14486.8亿元和11704.8亿元,占全国政府采购规模比例为22.8%、42.7%和34.5%` (全国
    /// 2023, a clerk's reading of stop 67: 22.8 % checked against the last amount, a false
    /// violation): rates listed one after another pair with the amounts by place, not the first
    /// with the amount before it.
    private static func opensRateList(_ rate: Int, _ text: [Unicode.Scalar], _ matches: [ProseGrammar.Match]) -> Bool {
        guard rate + 1 < matches.count, matches[rate + 1].kind == "rate" else { return false }
        let gap = text[matches[rate].token.range.upperBound..<matches[rate + 1].token.range.lowerBound]
        return gap.count == 1 && Self.rateListJoints.contains(gap.first!)
    }

    private static let rateListJoints = Set("、和及,，".unicodeScalars)

    /// `2021年全县教育经费为73728万元,比上年的81381万元增长-9.41%` (栾川 2021, a clerk's reading of stop 67:
    /// no such rate was checked, and the document's own `与上年的73991万元同口径相比增12.05%` for 64469
    /// went unflagged): a rate right after the base an amount is compared with. The base's label
    /// ends as a base's does (`比上年`, `比2022年决算数`): `比上年预算数加23.47万元` (湄洲岛 2024) is a
    /// change whose 加 names no direction, a false violation when read as a base.
    private static func baseGrowth(rate: Int, base: Int, amount: Int?, _ matches: [ProseGrammar.Match], compares: [Bool]) -> Found? {
        guard let amount, let baseLabel = matches[base].label, Self.baseEndings.contains(where: baseLabel.endsWithScalars),
            namesChangeRate(matches[rate].label), compares[base], direction(baseLabel) == 0,
            // `比上年减少支出613.80万元,下降31.1%` (长乐 2017, a clerk's reading of stop 69: a false
            // violation): a change word inside the label names a change, whatever word ends it.
            !(increaseWords + decreaseWords).contains(where: { baseLabel.contains($0) }),
            !compares[amount], matches[amount].kind == "budget", matches[base].kind == "budget",
            sameUnit(matches[amount], matches[base])
        else { return nil }
        return (.baseGrowth, amount, [base], rate, 0)
    }

    private static let baseEndings = ["的", "年", "年度", "同期"] + amountEndings

    /// `公务车辆运行2016年预算25万元,2015年预算45.2万元;对比减少20.20万元,减少率44.69%` (英德 2016, a
    /// clerk's reading of stop 68: 20.20 / (45.2 + 20.20), a false violation): the figure before a
    /// change printed under an earlier year than the figure before it is the base, not the level;
    /// the rate is (amount − base) / base and the change their difference.
    private static func laterYearFirst(
        rate: Int, change: Int, level: Int?, before: (Int) -> Int?, _ text: [Unicode.Scalar], _ matches: [ProseGrammar.Match],
        compares: [Bool]
    ) -> [Found]? {
        // The two name one thing, a year apart (`预算` twice once their years go): not a part and
        // its total (`支出决算500万元,其中使用2021年结转资金50万元,比上年增加10万元`, the review's).
        guard let base = level, let amount = before(base), namesChangeRate(matches[rate].label),
            matches[amount].label != nil, matches[amount].label == matches[base].label,
            direction(matches[change].label) != 0, !compares[base], !compares[amount],
            [amount, base, change].allSatisfy({ matches[$0].kind == "budget" }),
            sameUnit(matches[amount], matches[base]), sameUnit(matches[base], matches[change]),
            let baseYear = printedYear(text, from: matches[amount].token.range.upperBound, to: matches[base].token.range.lowerBound),
            let amountYear = printedYear(
                text, from: max(amount > 0 ? matches[amount - 1].token.range.upperBound : 0, matches[amount].token.range.lowerBound - 40),
                to: matches[amount].token.range.lowerBound),
            baseYear < amountYear
        else { return nil }
        return [(.baseGrowth, amount, [base], rate, 0)] + (difference(amount, base, change, matches).map { [$0] } ?? [])
    }

    /// The last year (`2015年`) printed in the text between two positions.
    private static func printedYear(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
        var position = end - 5
        while position >= start {
            if text[position + 4] == "年", (0..<4).allSatisfy({ Scalars.isDigit(text[position + $0]) }),
                position == 0 || !Scalars.isDigit(text[position - 1])
            {
                return (0..<4).reduce(0) { $0 * 10 + Int(text[position + $1].value) - 0x30 }
            }
            position -= 1
        }
        return nil
    }

    /// `收入总计3000万元，较上年增长7.14%，增加200万元`: the rate compared before its change, the
    /// change right after it, the amount right before it: change / (amount ∓ change) as above.
    private static func changeAfterRate(
        _ rate: Int, _ text: [Unicode.Scalar], _ matches: [ProseGrammar.Match], sentenceOf: [Int], compares: [Bool]
    ) -> Found? {
        let amount = rate - 1, change = rate + 1
        guard amount >= 0, change < matches.count, sentenceOf[amount] == sentenceOf[rate], sentenceOf[change] == sentenceOf[rate],
            let rateLabel = matches[rate].label, namesChangeRate(rateLabel),
            comparisonWords.contains(where: rateLabel.startsWithScalars) || clauseCompares(text, before: matches[rate].token.range.lowerBound),
            matches[change].kind == "budget", matches[amount].kind == "budget", !compares[amount], matches[amount].label != nil,
            sameUnit(matches[amount], matches[change])
        else { return nil }
        let way = direction(matches[change].label)
        guard way != 0, direction(rateLabel) != -way, !namesOtherSubject(rateLabel, than: matches[amount].label),
            !differenceWords.contains(where: (matches[amount].label ?? "").endsWithScalars)
        else { return nil }
        return (way > 0 ? .growth : .decline, amount, [change], rate, 0)
    }

    /// `上年年初预算收入801.4万元,收入决算数为991.58万元,本年收入决算数比上年减少105.95万元,减少10.68%`
    /// (德钦 2021, a clerk's reading of stop 68: 105.95 / (991.58 + 105.95), a false violation): a
    /// sentence that opens on last year states last year's figures, the base a change of `本年`
    /// is measured from.
    /// Not when this year is named before the figure (`上年结转结余50万元,本年收入合计1000万元,本年比上年
    /// 增加100万元`: the review of stop 68). Looks back at most `sentenceReach` scalars.
    private static func sentenceOpensWithPriorYear(_ text: [Unicode.Scalar], before start: Int) -> Bool {
        var position = start - 1
        while position > 0, text[position - 1] != "。", start - position < sentenceReach { position -= 1 }
        guard position >= 0, position + 2 <= start, position == 0 || text[position - 1] == "。" else { return false }
        let opens = text[position] == "上" && (text[position + 1] == "年" || position + 2 < start && text[position + 1] == "一" && text[position + 2] == "年")
        return opens && !contains(text, ["本年", "今年"], from: position, to: start)
    }

    private static let sentenceReach = 200

    /// Whether the clause before `start` (back to `，` `；` `。` `：`) holds `比` or `较`, not as
    /// the verb `比较` / `对比` (焦石镇 2020, two clerks' readings: `经比较2020年度镇本级“三公”经费
    /// 41万元,较上年减少19万元,下降43.78%` read 41 as the base compared with, 19 / 41).
    private static func clauseCompares(_ text: [Unicode.Scalar], before start: Int) -> Bool {
        var position = start - 1
        while position >= 0, !clauseEnds.contains(text[position]) {
            // `同` and `环` compare only before `比`, which is found on its own (汕尾 2018: `(…,下同)一般
            // 公共预算收入决算数129748万元` read as a compared base, a false violation).
            if comparedBy.contains(text[position]), !isComparingVerb(text, at: position) { return true }
            position -= 1
        }
        return false
    }

    /// Whether the words leading to a figure, from the figure before it or its clause's start,
    /// open with `比` or `较` (not `比例`, `比重`, `比率`, nor `较好`, `较高`… where 较 means fairly).
    private static func opensWithComparison(_ text: [Unicode.Scalar], before start: Int, after end: Int) -> Bool {
        var position = start - 1
        while position >= end, !clauseEnds.contains(text[position]) { position -= 1 }
        position += 1
        while position < start, text[position] == " " { position += 1 }
        guard position + 1 < start, comparedBy.contains(text[position]), !isComparingVerb(text, at: position) else { return false }
        let next = text[position + 1]
        return text[position] == "比" ? !"例重率".unicodeScalars.contains(next) : !"好大高为多少低快".unicodeScalars.contains(next)
    }

    static func isComparingVerb(_ text: [Unicode.Scalar], at position: Int) -> Bool {
        let next = position + 1 < text.count ? text[position + 1] : " "
        let previous = position > 0 ? text[position - 1] : " "
        switch text[position] {
        case "比": return next == "较" || previous == "对"
        case "较": return previous == "比"
        default: return false
        }
    }

    /// Whether a rate's label names a fall: ending in a decrease, or a decrease's rate (`减少率`, `降幅`).
    static func namesDecline(_ label: String?) -> Bool {
        guard let label else { return false }
        return direction(label) < 0 || label.contains("降幅") || decreaseWords.contains { label.contains($0 + "率") }
    }

    /// +1 for a label ending in an increase, −1 in a decrease, 0 otherwise.
    static func direction(_ label: String?) -> Int {
        guard let label else { return 0 }
        if increaseWords.contains(where: label.endsWithScalars) { return 1 }
        if decreaseWords.contains(where: label.endsWithScalars) { return -1 }
        // `比上年减少支出613.80万元,下降31.1%` (长乐 2017, a clerk's reading of stop 69): the change
        // word before the amount's noun.
        guard let noun = changedNouns.first(where: label.endsWithScalars), label.count > noun.count else { return 0 }
        let words = String(label.dropLast(noun.count))
        if increaseWords.contains(where: words.endsWithScalars) { return 1 }
        return decreaseWords.contains(where: words.endsWithScalars) ? -1 : 0
    }

    private static let changedNouns = ["支出", "收入", "资金", "经费"]

    /// Whether a share's words name its list's total, or no base at all (`占比`, `占`): 大英's
    /// `授予小微企业合同金额21万元，占政府采购支出总额的17.36%` in a list under 授予中小企业合同金额
    /// (21万元) names another base, and was checked against the list's total (a false violation,
    /// a clerk's reading of 2019).
    private static func namesTheTotal(_ share: String, _ total: String?) -> Bool {
        var base = Substring(share.dropFirst())  // 占
        for ending in ["的", "比例", "比重", "比"] where base.hasSuffix(ending) { base = base.dropLast(ending.count) }
        guard !base.isEmpty, let total, !total.isEmpty else { return true }
        return total.contains(base) || base.contains(total)
    }

    /// The one figure of the done figure's sentence in its unit whose label names a target.
    /// Looks only at the done figure's sentence (`sentences`: each sentence's match indexes), so
    /// a paragraph of many sentences costs no more than its sentences' lengths.
    /// Not across a `；`: 九华山 2024 (a clerk's reading) `中央资金10.7万元,执行数8.46万元,预算执行率为
    /// 79.07%;其他资金预算2.364万元` checked 8.46 against the next fund's budget, a false violation.
    /// `total`: the total of the list the done figure is a part of. A part's target is not the
    /// total's (上海嘉定区 2017, a clerk's reading: `…年初预算为22.00万元,支出决算为8.77万元,…其中:因公
    /// 出国(境)费决算为0万元,完成预算的0%` was ok on 0 / 22, both high; any other part's would be a
    /// false violation).
    /// Nor is a change a target (东莞 2016, a clerk's reading of stop 68: `…支出9615.12万元,完成年初预算
    /// 71.21%,比年初预算减少3887.49万元` was checked as 9615.12 / 3887.49, a false violation).
    private static func target(
        for done: Int, besides rate: Int, _ text: [Unicode.Scalar], _ matches: [ProseGrammar.Match], sentence: [Int],
        total: Int?, compares: [Bool]
    ) -> Int? {
        guard let first = sentence.first else { return nil }
        let offset = done - first
        let nearby = sentence[max(0, offset - window)..<min(sentence.count, offset + window + 1)]
        let candidates = nearby.filter { other in
            guard other != done, other != rate, sameUnit(matches[other], matches[done]), other > total ?? -1, !compares[other],
                let label = matches[other].label
            else { return false }
            let (from, to) = other < done ? (matches[other].token.range.upperBound, matches[done].token.range.lowerBound)
                : (matches[done].token.range.upperBound, matches[other].token.range.lowerBound)
            return namesTarget(label) && !contains(text, ["；", ";"], from: from, to: to)
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// The four budgets' names hold 预算 and name no target (泉港区 2023, a clerk's reading:
    /// `总收入1011746万元，完成预算数107.06%，…其中：一般公共预算收入243670万元` read 243670 as the
    /// target, and both rates were violated).
    /// Nor does the fund that steadies a budget (鄠邑 2020, clerk Q's reading: `完成调整预算的99.31%,…调入
    /// 预算稳定调节基金7770万元` was the rate's target, a false violation).
    /// `公共预算支出` too (中山市委党校 2017, a clerk's reading of stop 68: `涉及公共预算支出共213.37万元,…
    /// 项目支出20.67万元,预算执行率82.68%` was checked as 20.67 / 213.37, a false violation).
    static let budgetNames = ["一般公共预算", "公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算", "预算稳定调节基金"]

    /// A word in quotation marks is a name (`“双高计划”学校层面数量指标134项`: 双高计划 2021, a clerk's
    /// reading of stop 68, was the target of `…51项,…中期绩效指标完成度100.62%`, a false violation).
    private static func namesTarget(_ label: String) -> Bool {
        guard targetWords.contains(where: label.contains) else { return false }
        if label.unicodeScalars.contains("“") { return namesTarget(withoutQuotations(label)) }
        guard budgetNames.contains(where: label.contains) else { return true }
        var rest = label
        for name in budgetNames { rest = rest.replacingOccurrences(of: name, with: "") }
        return targetWords.contains(where: rest.contains)
    }

    private static func withoutQuotations(_ label: String) -> String {
        var kept = String.UnicodeScalarView()
        var quoted = false
        for scalar in label.unicodeScalars {
            if scalar == "“" { quoted = true } else if scalar == "”" { quoted = false } else if !quoted { kept.append(scalar) }
        }
        return String(kept)
    }

    /// Each match's sentence number (sentences end at `。`), in one pass over the text.
    private static func sentenceNumbers(_ text: [Unicode.Scalar], _ matches: [ProseGrammar.Match]) -> [Int] {
        var numbers: [Int] = []
        var sentence = 0
        var position = 0
        for match in matches {
            while position < match.token.range.lowerBound, position < text.count {
                if text[position] == "。" { sentence += 1 }
                position += 1
            }
            numbers.append(sentence)
        }
        return numbers
    }

    private static func sameUnit(_ a: ProseGrammar.Match, _ b: ProseGrammar.Match) -> Bool {
        a.kind == b.kind && a.token.value.unit == b.token.value.unit && a.token.value.isPercent == b.token.value.isPercent
    }

    /// Where the list word after a total ends: past punctuation, across one sentence end
    /// (`nextSentence`), or right inside a parenthesis opened after the total (`parenthesized`,
    /// `47名（其中`).
    /// `noted`: a `(含…)` note printing an amount stood between (see `afterInclusionNote`).
    private static func listWord(after end: Int, in text: [Unicode.Scalar])
        -> (end: Int, nextSentence: Bool, parenthesized: Bool, noted: Bool)?
    {
        var position = end
        var nextSentence = false
        while position < text.count, "，,:： 。".unicodeScalars.contains(text[position]) {
            if text[position] == "。" {
                if nextSentence { return nil }
                nextSentence = true
            }
            position += 1
        }
        // `“三公”经费支出预算为4432万元,与2020年预算基本持平,其中:…` (江北区 2021, a clerk's reading: the
        // list unlinked, its 三公 budget items high as plain items): a clause or two with no number
        // but a year stand between a total and its list.
        if !nextSentence, !startsListWord(text, at: position), let after = afterNumberlessClauses(text, from: position) {
            position = after
        }
        // `支出总额500万元(含上年结转20万元),其中:…` (高台, a clerk's reading of stop 68: the list
        // unlinked): a note of what the total includes stands between it and its list.
        var noted = false
        if !nextSentence, let after = afterInclusionNote(text, from: position) {
            noted = text[position..<after].contains(where: Scalars.isDigit)
            position = after
            while position < text.count, "，,:： ".unicodeScalars.contains(text[position]) { position += 1 }
        }
        var parenthesized = false
        if !nextSentence, position < text.count, text[position] == "(" || text[position] == "（" {
            parenthesized = true
            position += 1
        }
        for scalars in listWordScalars
        where position + scalars.count <= text.count && text[position..<position + scalars.count].elementsEqual(scalars) {
            return (position + scalars.count, nextSentence, parenthesized, noted)
        }
        return nil
    }

    private static let inclusionNoteWords = ["含", "不含", "包含"].map { Array($0.unicodeScalars) }

    /// The position after a bracketed `(含…)` / `(不含…)` note opening at `position`, closed
    /// within the sentence; nil when none opens there.
    private static func afterInclusionNote(_ text: [Unicode.Scalar], from position: Int) -> Int? {
        guard position < text.count, text[position] == "(" || text[position] == "（",
            inclusionNoteWords.contains(where: { Scalars.has($0, in: text, at: position + 1) })
        else { return nil }
        var end = position + 1
        while end < text.count, end - position <= 60 {
            switch text[end] {
            case ")", "）": return end + 1
            case "(", "（", "。": return nil
            default: end += 1
            }
        }
        return nil
    }

    /// Whether the text between the two positions drops below `depth` (a parenthesis closes).
    private static func closes(_ text: [Unicode.Scalar], _ depth: [Int], below level: Int, from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        return (from..<to).contains { depth[$0] < level }
    }

    private static let listWordScalars = listWords.map { Array($0.unicodeScalars) }

    private static func startsListWord(_ text: [Unicode.Scalar], at position: Int) -> Bool {
        listWordScalars.contains { Scalars.has($0, in: text, at: position) }
    }

    /// Where a list word starts after at most two short clauses (up to `，`) holding no digit but
    /// a year's (`与2020年预算基本持平,`), nil when none does.
    private static func afterNumberlessClauses(_ text: [Unicode.Scalar], from start: Int) -> Int? {
        var position = start
        for _ in 0..<2 {
            var end = position
            while end < text.count, end - position <= 24, text[end] != "，", text[end] != "," {
                let scalar = text[end]
                if "。；;:：".unicodeScalars.contains(scalar) { return nil }
                if Scalars.isDigit(scalar) {
                    // A year (`2020年`) is no amount.
                    guard let year = Scalars.yearEnd(in: text, at: end) else { return nil }
                    end = year - 1
                }
                end += 1
            }
            guard end < text.count, end > position, text[end] == "，" || text[end] == "," else { return nil }
            position = end + 1
            if startsListWord(text, at: position) { return position }
        }
        return nil
    }

    private static func sentenceEnds(_ text: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        contains(text, ["。"], from: from, to: to)
    }

    /// Where the last nested-list word between the two positions starts, outside parentheses
    /// deeper than the list's: a part's note (`其他资金(包括结转结余资金、利息收入)551万元`, 锡林郭勒
    /// 2022, a clerk's reading) is the part's, and the list goes on after it.
    /// Compared in place: each candidate start copied the piece and the word into arrays before
    /// (two allocations per position, for every list in prose).
    private static func lastNested(
        _ text: [Unicode.Scalar], from: Int, to: Int, outside depth: [Int], deeperThan listDepth: Int,
        words: [[Unicode.Scalar]] = nestedWordScalars
    ) -> Int? {
        guard from < to else { return nil }
        var found: Int?
        for needle in words {
            guard needle.count <= to - from else { continue }
            for start in from...(to - needle.count)
            where depth[start] <= listDepth && text[start..<start + needle.count].elementsEqual(needle) {
                found = max(found ?? -1, start)
            }
        }
        return found
    }

    private static let nestedWordScalars = nestedWords.map { Array($0.unicodeScalars) }
    private static let partListWord = [Array("其中".unicodeScalars)]

    /// Whether a `；` comes after `start` before the sentence ends (looked for in the next 1,000
    /// scalars: a paragraph with no `。` stays linear in its lists).
    private static func semicolonBeforeSentenceEnd(_ text: [Unicode.Scalar], from start: Int) -> Bool {
        var position = start
        while position < min(text.count, start + 1000), text[position] != "。" {
            if text[position] == "；" || text[position] == ";" { return true }
            position += 1
        }
        return false
    }

    private static func last(_ text: [Unicode.Scalar], _ marks: [String], from: Int, to: Int) -> Int? {
        guard from < to else { return nil }
        return (from..<to).last { position in marks.contains { $0.unicodeScalars.first == text[position] } }
    }

    private static func contains(_ text: [Unicode.Scalar], _ marks: [String], from: Int, to: Int) -> Bool {
        last(text, marks, from: from, to: to) != nil
    }

    private static func parenthesisDepth(_ text: [Unicode.Scalar]) -> [Int] {
        var depth = 0
        return text.map { scalar in
            if scalar == ")" || scalar == "）" { depth = max(0, depth - 1) }
            let here = depth
            if scalar == "(" || scalar == "（" { depth += 1 }
            return scalar == "(" || scalar == "（" ? here + 1 : here
        }
    }
}

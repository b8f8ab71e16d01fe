/// Turns the prose grammar's matches into figures: every budget, people, rate, score and count
/// figure of a paragraph, with its label phrase, and its field when a rule names the label (a
/// prose pattern's labels or a field's aliases). Prose figures start at medium: only a check that
/// closes on one makes it high.
struct ProseFigureReader {
    let rules: RuleSet
    private let grammar: ProseGrammar

    init(rules: RuleSet) {
        self.rules = rules
        grammar = ProseGrammar(rules: rules)
    }

    /// Parts of a head count that are no staff in post.
    static let retiredWords = ["退休", "离休"]

    /// The paragraph's figures and the arithmetic its sentences state between them.
    func read(_ paragraph: Paragraph) -> (figures: [Figure], relations: [ProseRelation]) {
        let (found, relations) = grammar.analyze(paragraph.text)
        let id = { (offset: Int) in "p\(paragraph.firstLine).k\(offset)" }
        let printed = paragraph.raw.map(\.scalarArray)
        let lexicon = rules.proseLexicon
        let subject = ProseItemSubject.find(
            paragraph.text, stops: lexicon.itemSubjectStops, nouns: lexicon.itemSubjectNouns, items: rules,
            valueNames: lexicon.indicatorValueNames)
        let read = matches(found)
        var figures = read.enumerated().map { offset, match in
            // The raw text as printed (`8.96％`), not as folded.
            let raw = printed.map { Scalars.string(Array($0[match.range])).proseTrimmed } ?? match.token
            var figure = Figure(
                id: id(offset), source: .prose, table: nil, row: nil, column: nil,
                tableKind: nil, field: match.field?.id, rowField: match.field?.id, columnField: nil,
                alias: match.field == nil ? nil : match.label, rowLabel: match.label, columnLabel: nil,
                rowPath: path(match, subject), raw: raw, reading: match.reading, chosen: nil,
                fieldKind: match.field?.kind ?? Self.fieldKind(match.kind), unit: nil, scale: nil, unitSource: nil,
                line: paragraph.line(at: match.range.lowerBound), confidence: .medium, reasons: [], repairs: [])
            FigureValue.settle(&figure)
            UnitResolver.resolve(
                &figure, field: match.field, otherField: nil, columnUnit: nil, blockUnit: nil, tableUnit: nil)
            if figure.unit == "元", let per = match.label.flatMap(Self.perUnit) { figure.unit = "元/" + per }
            figure.reasons.append("prose:\(match.pattern ?? match.kind)")
            if match.field == nil, let label = match.label, label.count > rules.proseGrammar.longestName,
                ProseLabel.nameLength(label) > rules.proseGrammar.longestName
            {
                figure.reasons.append(LabelDoubt.proseClause)
            }
            if match.field == nil, match.label.map(isFiller) ?? true { figure.reasons.append(LabelDoubt.unnamed) }
            if match.droppedQualifier != nil { figure.reasons.append(LabelDoubt.qualifierDropped) }
            return figure
        }
        // `基本支出607.91万元,占46%`: a share is its part's (南宫市人民检察院 2020: three shares of
        // two totals, each labelled 占, high).
        for relation in relations where relation.kind == .share {
            guard let ratio = relation.ratio, let part = relation.parts.first, let name = figures[part].rowLabel,
                figures[ratio].rowLabel != nil
            else { continue }
            var path = figures[ratio].rowPath
            // A bare `占` names nothing in a dataset row (儋州 2024: `基本支出300.70万元,占32.8%`,
            // high, labelled 占): the part's share it is.
            if Self.bareShareWords.contains(figures[ratio].rowLabel ?? ""), !path.isEmpty {
                figures[ratio].rowLabel = name + "占比"
                path[path.count - 1] = name + "占比"
            } else {
                path.insert(name, at: path.count - 1)
            }
            figures[ratio].rowPath = path
        }
        // `预算支出27,360.5万元,其中:人员经费支出3,183.78万元…` and `实际支出37,124.2万元,…其中:
        // 人员经费支出2,937.64万元…` (潜江市民政局 2024): the parts of a total are told apart by it,
        // as a table's rows by their group's label. Outer lists come first, so paths nest.
        // Totals that lost a staff field to a part: their parts are not doubted for sharing it.
        var headCounts = Set<Int>()
        for relation in relations where relation.kind == .parts {
            guard figures[relation.total].rowLabel != nil else { continue }
            let head = figures[relation.total].rowPath
            for part in relation.parts.prefix(relation.headed) {
                guard let label = figures[part].rowLabel else { continue }
                figures[part].rowPath = head + [label]
            }
            // `实有人数11人,其中:在职人员10人,离休人员0人,退休人员1人` (乌鲁木齐 2023, a clerk's reading
            // of stop 66: 11 high as staff_actual): a head count that lists its retired is no count
            // of staff in post; the part the field names is.
            if figures[relation.total].fieldKind == .count, let field = figures[relation.total].field,
                relation.parts.contains(where: { figures[$0].field == field }),
                relation.parts.prefix(relation.headed).contains(where: { part in Self.retiredWords.contains { figures[part].rowLabel?.contains($0) ?? false } })
            {
                (figures[relation.total].field, figures[relation.total].rowField, figures[relation.total].alias) = (nil, nil, nil)
                headCounts.insert(relation.total)
            }
            // `年末实有人数41人(其中行政编制20人,事业编制21人)` (沅陵县火场乡 2024, a clerk's reading of stop 67:
            // 21 the 事业编制 quota, high once a check closed): posts filled, not posts allowed.
            if let inPost = rules.proseGrammar.inPostTotal, figures[relation.total].field == inPost {
                for part in relation.parts where figures[part].field.map(rules.proseGrammar.inPostSplitFields.contains) ?? false {
                    (figures[part].field, figures[part].rowField, figures[part].alias) = (nil, nil, nil)
                }
            }
            if let total = figures[relation.total].rowLabel, !namesWholeBudget(total) {
                for part in relation.parts where figures[part].field.map(rules.proseGrammar.budgetSplitFields.contains) ?? false {
                    (figures[part].field, figures[part].rowField, figures[part].alias) = (nil, nil, nil)
                    figures[part].fieldKind = .amount
                }
            }
        }
        // `财政拨款收入总计1614.63万元，与2019年相比增加540.23万元，增长50.28%` (a clerk's reading: the
        // change and its rate labelled 相比增加 / 增长 alone, high, like the 支出's beside them): a
        // change and its rate sit under the amount they change.
        func place(_ relation: ProseRelationFinder.Found, under amount: Int) {
            guard figures[amount].rowLabel != nil else { return }
            let head = figures[amount].rowPath
            for index in relation.parts + [relation.ratio].compactMap({ $0 }) {
                // A base named as its amount is (`2016年预算25万元,2015年预算45.2万元`: both `预算`
                // once their years go) sits beside it, not under it.
                guard let label = figures[index].rowLabel, head.last != label else { continue }
                figures[index].rowPath = head + [label]
            }
        }
        for relation in relations where [.growth, .decline, .changed, .increase, .decrease, .baseGrowth].contains(relation.kind) {
            place(relation, under: relation.total)
        }
        // `总支出1095.67万元比2017年度总支出1060.87万元增加34.80万元` (忻州 2018, a clerk's reading): the
        // base is the year before's 总支出, not the field of this year's, and is named with its
        // comparison (the alias alone named it).
        let differences = relations.filter { [.increase, .decrease, .baseGrowth].contains($0.kind) }
        let text = differences.isEmpty ? [] : paragraph.text.scalarArray
        for relation in differences {
            let base = relation.parts[0]
            guard figures[base].field != nil else { continue }
            (figures[base].field, figures[base].rowField, figures[base].alias) = (nil, nil, nil)
            let words = text[read[relation.total].range.upperBound..<read[base].range.lowerBound].drop { !ProseRelationFinder.comparedBy.contains($0) }
            guard !words.isEmpty, let label = figures[base].rowLabel else { continue }
            figures[base].rowLabel = Scalars.string(Array(words))
            if figures[base].rowPath.last == label { figures[base].rowPath[figures[base].rowPath.count - 1] = figures[base].rowLabel! }
        }
        // `…251万元,比上年累计支出285万元下降34万元,下降12%`: a change from a printed base, and its
        // rate, sit under the amount the base is compared with.
        for relation in relations where relation.kind == .change {
            guard let amount = relations.first(where: { $0.kind == .changed && $0.parts == [relation.total] })?.total else { continue }
            place(relation, under: amount)
        }
        // `“三公”经费支出预算为246万元,支出决算为167.37万元,完成预算的68%` (杜集 2021, 徽州师范 2022:
        // two clerks' readings of stop 61, the 决算 high as 支出决算 alone): a done figure no field
        // names, and its rate, take the subject of the budget they are measured against.
        // `“三公”经费财政拨款支出年初预算为683.51万元,支出决算为358.18万元,完成预算的52.4%` (闵行区教育局
        // 2020, a clerk's reading of stop 67: 支出决算 alone, high): the words the target's alias left
        // off are that subject, and head the target too.
        for relation in relations where relation.kind == .rate {
            let offAlias = read[relation.total].droppedQualifier.flatMap(Self.subject(offAlias:))
            if let offAlias, figures[relation.total].rowPath.count == 1, let target = figures[relation.total].rowLabel {
                figures[relation.total].rowPath = [offAlias, target]
            } else {
                placeTarget(of: relation, in: &figures)
            }
            guard let done = relation.parts.first, figures[done].field == nil, figures[done].rowPath.count == 1,
                let doneLabel = figures[done].rowLabel, let target = figures[relation.total].rowLabel,
                let subject = Self.subject(ofTarget: target) ?? offAlias, !doneLabel.contains(subject)
            else { continue }
            figures[done].rowPath = [subject, doneLabel]
            if let ratio = relation.ratio, figures[ratio].rowPath.count == 1, let label = figures[ratio].rowLabel {
                figures[ratio].rowPath = [subject, label]
            }
        }
        for relation in relations where relation.kind == .parts || relation.kind == .total {
            // `核定编制47名（其中…事业编制5名）`: a part is not its list's total, whatever alias names it.
            // 寺下镇 (a clerk's reading): `…机关编制56人,其中:行政编制24人,事业编制32人`, the total
            // unnamed by a field for its long label, yet ending in the alias its part was named by
            // (not holding it: `公务用车购置及运行费预算150万元,其中…公务用车购置费0万元` is no quota's).
            if relation.kind == .parts {
                let total = figures[relation.total]
                for part in relation.parts {
                    guard let field = figures[part].field else { continue }
                    guard !headCounts.contains(relation.total) else { continue }
                    let named = total.field.map { $0 == field }
                        ?? total.rowLabel.map { label in rules.field(id: field)?.aliases.contains(where: label.hasSuffix) ?? false }
                    if named == true { figures[part].reasons.append(LabelDoubt.partNamedAsTotal) }
                }
            }
            // `下达中央财政资金30.9万元,县财政资金30.9万元`, both cut to 财政资金: parts of one sum
            // that one name covers are not told apart by it.
            let names = relation.parts.map { figures[$0].field ?? figures[$0].rowLabel }
            for (position, part) in relation.parts.enumerated() {
                guard let name = names[position], names.lazy.filter({ $0 == name }).count > 1 else { continue }
                figures[part].reasons.append(LabelDoubt.sharedName)
            }
        }
        return (figures, relations.map { relation in
            ProseRelation(
                kind: relation.kind, total: id(relation.total), parts: relation.parts.map(id), ratio: relation.ratio.map(id),
                listed: relation.kind == .parts && relation.headed < relation.parts.count ? relation.headed : nil)
        })
    }

    /// `1)税收收入112446万元,完成年初预算207380万元的54.22%` (邕宁 2020, a clerk's reading: the part's
    /// 年初预算 read, high, as the district's): a target named by its budget stage alone is the
    /// budget of the done figure's subject, which heads its row_path. Not when the done figure's
    /// label ends in a verb (`…财政收入累计完成146845万元`) or is a stage (`实际支出`, `全年执行数`,
    /// the seeds' `调整后预算数为26,027.24万元，实际支出26,027.24万元`): that names no subject. A done
    /// figure that is a list's part names it too (广东省财政厅 2023: `其中:…公务用车购置及运行维护费支出
    /// 决算为27.46万元,完成预算29.6万元的92.8%`).
    /// A done figure's label ending in a verb names its subject before the verb, when that is an
    /// amount's name of four characters or more (`全县财政总收入完成`: `全县财政总收入`, a county's 2021
    /// budget execution, a clerk's reading of stop 69: its target labelled `占年度预算` alone, high).
    private func placeTarget(of relation: ProseRelationFinder.Found, in figures: inout [Figure]) {
        guard let done = relation.parts.first, figures[relation.total].rowPath.count == 1,
            let target = figures[relation.total].rowLabel, Self.subject(ofTarget: target) == nil,
            ProseRelationFinder.targetWords.contains(where: target.contains),
            var doneLabel = figures[done].rowLabel, doneLabel.unicodeScalars.count >= 3,
            !Self.stageStarts.contains(where: doneLabel.startsWithScalars)
        else { return }
        if Self.verbEndings.contains(where: doneLabel.endsWithScalars) {
            var scalars = Array(doneLabel.unicodeScalars)
            while let verb = Self.verbEndingScalars.first(where: { Scalars.has($0, in: scalars, endingAt: scalars.count) }) {
                scalars.removeLast(verb.count)
            }
            let subject = Scalars.string(scalars)
            guard scalars.count >= 4, ProseRelationFinder.amountEndings.contains(where: subject.endsWithScalars) else { return }
            doneLabel = subject
        }
        guard !target.contains(doneLabel) else { return }
        figures[relation.total].rowPath = [doneLabel, target]
    }

    private static let verbEndings = ["完成", "实现", "累计", "执行", "达到", "执行数"]
    private static let verbEndingScalars = verbEndings.map { Array($0.unicodeScalars) }
    private static let stageStarts = ["实际", "全年", "年度", "累计"]

    private static let bareShareWords: Set<String> = ["占", "占比"]

    private static let targetWordScalars = ProseRelationFinder.targetWords.map { Array($0.unicodeScalars) }

    /// The words an alias left off as a subject: four characters or more naming an amount
    /// (`2022年一般公共预算财政拨款支出`, its year dropped), not a clause (`经区财政局批复|年初预算`,
    /// the review's).
    static func subject(offAlias words: String) -> String? {
        var scalars = Array(words.unicodeScalars)
        if let end = Scalars.yearEnd(in: scalars, at: 0) { scalars.removeFirst(end) }
        // The year is a token of its own, so its 度 may open the words.
        if scalars.first == "度" { scalars.removeFirst() }
        let subject = Scalars.string(scalars)
        return scalars.count >= 4 && ProseRelationFinder.amountEndings.contains(where: subject.endsWithScalars) ? subject : nil
    }

    /// What a target's label names before its target word (`…“三公”经费支出预算` → `…“三公”经费支出`),
    /// when that is a name of four characters or more (not `年初` of 年初预算数, `调整后`).
    static func subject(ofTarget label: String) -> String? {
        var scalars = Array(label.unicodeScalars)
        if scalars.last == "数" { scalars.removeLast() }
        for word in targetWordScalars where Scalars.has(word, in: scalars, endingAt: scalars.count) {
            let rest = Array(scalars.dropLast(word.count))
            return rest.count >= 4 ? Scalars.string(rest) : nil
        }
        return nil
    }

    /// Whether a `其中` list's total names a whole budget, which 基本支出 and 项目支出 split (see
    /// `ProseGrammarRules.budgetSplitFields`).
    private func namesWholeBudget(_ label: String) -> Bool {
        rules.proseGrammar.budgetShortTotals.contains(label) || rules.proseGrammar.budgetTotalWords.contains { label.contains($0) }
    }

    /// The label, under the list item's subject when the figure follows it.
    private func path(_ match: Match, _ subject: (name: String, end: Int)?) -> [String] {
        guard let label = match.label else { return [] }
        guard let subject, match.range.lowerBound >= subject.end else { return [label] }
        return [subject.name, label]
    }

    /// Whether a label is only a filler word of the grammar (`共计239万元`): it names nothing.
    /// Compared by scalars, past a byte-count test: `String ==` normalizes CJK text first, which
    /// cost more than reading the figure.
    /// Filler, or a leading verb alone (`共下达5404万元中央资金用于…`, 广西 2021, a clerk's reading: labelled
    /// 下达, high): words that name nothing.
    private func isFiller(_ label: String) -> Bool {
        // `…14486.8亿元和11704.8亿元` (全国 2023, a clerk's reading of stop 67: high, labelled 和): a
        // conjunction alone names nothing.
        if Self.conjunctions.contains(label) { return true }
        let lexicon = rules.proseLexicon
        if lexicon.leadingVerbs.contains(where: { $0.elementsEqual(label.unicodeScalars) }) { return true }
        guard label.utf8.count <= lexicon.longestFillerBytes else { return false }
        return lexicon.fillerWords.contains { $0.elementsEqual(label.unicodeScalars) }
    }

    private static let conjunctions: Set<String> = ["和", "及", "与", "或", "、"]

    /// `每亩4000元`, `每公斤售价5元` (忠县金声乡 2022, a clerk's reading): an amount per unit, a
    /// price, not money spent; it was a plain 元 amount beside the totals. The unit it is per.
    private static func perUnit(_ label: String) -> String? {
        let scalars = Array(label.unicodeScalars)
        guard let each = scalars.lastIndex(of: "每") else { return nil }
        return UnitLexicon.perUnit(scalars, at: each + 1)
    }

    /// How a figure without a field is read by checks: people and counts are exact.
    private static func fieldKind(_ kind: String) -> FieldRule.Kind? {
        switch kind {
        case "people", "count": .count
        case "rate": .rate
        case "score": .score
        case "budget", "measure": .amount
        default: nil
        }
    }

    struct Match {
        /// The prose pattern whose label this is, nil when only the grammar found it.
        var pattern: String?
        /// `budget`, `people`, `rate`, `score` or `count`.
        var kind: String
        var field: FieldRule?
        var label: String?
        var token: String
        var reading: NumberReading
        /// Scalar offsets of the number in the normalized paragraph.
        var range: Range<Int>
        /// See `ProseGrammar.Match.droppedQualifier`.
        var droppedQualifier: String?
    }

    /// Every figure of `text`, in text order.
    func matches(in text: String) -> [Match] {
        matches(grammar.matches(in: text))
    }

    private func matches(_ found: [ProseGrammar.Match]) -> [Match] {
        found.map { found in
            let pattern = found.label.flatMap { label in
                rules.prosePatterns(labelled: label).first { unitMatches(found.token.value, $0.units) }
            }
            return Match(
                pattern: pattern?.id, kind: found.kind, field: found.field, label: found.label, token: found.raw,
                reading: found.token.reading, range: found.token.range, droppedQualifier: found.droppedQualifier)
        }
    }

    private func unitMatches(_ value: NumberValue, _ units: [String]) -> Bool {
        guard !units.isEmpty else { return true }
        let printed = value.isPercent ? "%" : (value.scale?.symbol ?? "") + (value.unit ?? "")
        return units.contains(printed)
    }
}

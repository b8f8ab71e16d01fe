import Foundation

/// Everything the rule files in `rules/` declare, loaded once, checked, and passed to the
/// pipeline as an immutable value. See `rules/README.md` for the file format.
public struct RuleSet: Sendable {
    public var tableKinds: [TableKindRule]
    public var fields: [FieldRule]
    public var prosePatterns: [ProsePatternRule]
    /// Characters allowed between a prose label and its number (`为`, `是`, `:` …).
    public var connectors: [String]
    /// How prose attaches labels to numbers (`prose_grammar`).
    public var proseGrammar: ProseGrammarRules
    public var segmentation: SegmentationOptions
    public var reportKinds: [ReportKindRule]
    public var titleUnits: TitleUnitRules
    /// Unit words recognized in a label's parentheses: `经费控制情况(万元)`.
    public var units: [String]
    public var checks: [CheckRule]
    /// sha256 over the files' names and contents: changes whenever any rule changes.
    public var fingerprint: String

    /// Normalized alias → field index and the alias as written.
    let aliasIndex: [String: (field: Int, alias: String)]
    /// The same entries keyed by the normalized alias's UTF-8 bytes (`aliasByBytes`).
    let aliasBytesIndex: [LabelBytes: (field: Int, alias: String)]
    /// Whether every key of `aliasIndex` is plainly in normal form (`PlainlyNormal`).
    let aliasKeysPlainlyNormal: Bool
    /// Field id → index in `fields`: checks ask for a figure's field once per figure.
    let fieldPositions: [String: Int]
    /// The prose grammar's words and each figure kind's aliases as scalars, for every paragraph.
    let proseLexicon: ProseLexicon
    /// `proseLexicon.patternsByLabel` keyed by the labels' bytes (`patternIndexes(labelled:)`).
    let patternsByLabelBytes: [LabelBytes: [Int]]
    /// Whether every label of a prose pattern is plainly in normal form (`PlainlyNormal`).
    let patternLabelsPlainlyNormal: Bool

    init(
        tableKinds: [TableKindRule], fields: [FieldRule], prosePatterns: [ProsePatternRule],
        connectors: [String], proseGrammar: ProseGrammarRules = ProseGrammarRules(), segmentation: SegmentationOptions, reportKinds: [ReportKindRule],
        titleUnits: TitleUnitRules = TitleUnitRules(), units: [String], checks: [CheckRule], fingerprint: String
    ) {
        self.tableKinds = tableKinds
        self.fields = fields
        self.prosePatterns = prosePatterns
        self.connectors = connectors
        self.proseGrammar = proseGrammar
        self.segmentation = segmentation
        self.reportKinds = reportKinds
        self.titleUnits = titleUnits
        self.units = units
        self.checks = checks
        self.fingerprint = fingerprint
        var index: [String: (Int, String)] = [:]
        for (position, field) in fields.enumerated() {
            for alias in field.aliases { index[LabelText.key(alias, units: units).text] = (position, alias) }
        }
        aliasIndex = index
        aliasBytesIndex = Dictionary(uniqueKeysWithValues: index.map { (LabelBytes($0.key), $0.value) })
        aliasKeysPlainlyNormal = index.keys.allSatisfy(PlainlyNormal.holds)
        let positions = Dictionary(fields.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        fieldPositions = positions
        let lexicon = ProseLexicon(proseGrammar, aliasesByKind: ProseGrammar.aliasesByKind(
            fields: fields, prosePatterns: prosePatterns, grammar: proseGrammar, field: { positions[$0].map { fields[$0] } }),
            patterns: prosePatterns)
        var withValues = lexicon
        // An indicator's target and actual values name what an item subject is (ProseItemSubject).
        withValues.indicatorValueNames = fields.filter { $0.id == "target" || $0.id == "actual" }
            .flatMap(\.aliases).map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
        proseLexicon = withValues
        patternsByLabelBytes = Dictionary(uniqueKeysWithValues: lexicon.patternsByLabel.map { (LabelBytes($0.key), $0.value) })
        patternLabelsPlainlyNormal = lexicon.patternsByLabel.keys.allSatisfy(PlainlyNormal.holds)
    }

    /// The prose patterns that list `label`, in file order (the patterns as loaded).
    func prosePatterns(labelled label: String) -> [ProsePatternRule] {
        (patternIndexes(labelled: label) ?? []).compactMap { $0 < prosePatterns.count ? prosePatterns[$0] : nil }
    }

    /// `proseLexicon.patternsByLabel[label]`, found by the label's bytes where that gives the
    /// same answer, as `aliasByBytes` finds an alias (asked for every prose figure's label).
    func patternIndexes(labelled label: String) -> [Int]? {
        if let hit = patternsByLabelBytes[LabelBytes(label)] { return hit }
        if patternLabelsPlainlyNormal && PlainlyNormal.holds(label) { return nil }
        return proseLexicon.patternsByLabel[label]
    }

    public func field(id: String) -> FieldRule? {
        if let position = fieldPositions[id], position < fields.count, fields[position].id == id { return fields[position] }
        return fields.first { $0.id == id }  // `fields` changed after loading
    }

    /// The field a label names, after normalization (numbering, 其中, years, spaces, trailing
    /// colon and parenthesized notes ignored), and the alias that matched.
    public func field(forLabel label: String) -> (field: FieldRule, alias: String)? {
        fieldIndex(forLabel: label).map { (fields[$0.field], $0.alias) }
    }

    /// The same as an index into `fields`.
    func fieldIndex(forLabel label: String) -> (field: Int, alias: String)? {
        let key = LabelText.key(label, units: units).text
        guard !key.isEmpty else { return nil }
        return aliasByBytes(key)
    }

    /// `aliasIndex[key]`, found by the key's bytes where that gives the same answer: a `String`
    /// key hashes Chinese text through Unicode normalization (about 2,400 instructions a lookup,
    /// asked for every new label of every document). The same bytes are the same key, so a hit
    /// is the entry the canonical lookup finds. A miss is final when the key and every alias
    /// key are plainly in normal form: two such texts are canonically equal only when their
    /// bytes are. Any other key is looked up canonically, as before.
    func aliasByBytes(_ key: String) -> (field: Int, alias: String)? {
        if let hit = aliasBytesIndex[LabelBytes(key)] { return hit }
        if aliasKeysPlainlyNormal && PlainlyNormal.holds(key) { return nil }
        return aliasIndex[key]
    }
}

/// Where a rule was written, for error messages and `--explain`.
public struct RuleSource: Sendable, Equatable {
    public var file: String
    public var line: Int?
}

/// A kind of table, recognized by words in its title and in its header and row labels.
public struct TableKindRule: Sendable {
    public var id: String
    public var name: String
    public var titleWords: [String]
    public var headerWords: [String]
    /// The label a form of this kind opens with, beside the one value it names (`项目名称 | 临时救助`):
    /// 3 points, as a title word, since it names what the form is about.
    public var openingLabels: [String] = []
    /// Score needed to claim a table; title words count 3, header words 1.
    public var minScore: Int
    /// Which layout the checks should assume (e.g. `budget_line_is_total_score`).
    public var variant: String?
    /// An amount above this (in 元) is no amount such a table holds: a form of one project or one
    /// unit never reaches 1万亿元, so its column's 万 is in doubt (`LabelDoubt.hasScaleDoubt`).
    public var largestAmountYuan: Decimal? = nil
    public var examples: [TableKindExample]
    public var source: RuleSource
}

public struct TableKindExample: Sendable {
    public var title: String?
    public var headers: [String]
    /// The label of the table's first row, when that row is one label and its value.
    public var opening: String? = nil
    public var shouldMatch: Bool
    public var line: Int?
}

/// A field: a canonical id, the labels that name it as printed, its role and unit.
///
/// A class, loaded once and never changed: a figure's reading hands its field around a dozen
/// times per cell, and a struct copy retained each of its strings and lists every time.
public final class FieldRule: Sendable {
    public enum Role: String, Sendable, CaseIterable {
        /// A row entity (`支出总额`): the row label names the figure.
        case item
        /// A column quantity (`决算数`, `编制数`, `分值`): the column label names the figure.
        case measure
        /// A total row or column (`合计`): the other axis names the figure.
        case total
        /// A label column (`一级指标`).
        case label
        /// Free text (`偏差原因分析及改进措施`, `预算部门`, `指标性质`).
        case text
        /// A column of comparison signs that belong to the value beside them (`运算符`: `≥`,
        /// `大于等于`, `＝`, `定性`).
        case qualifier
        /// A column of units that belong to the values of the row (`度量单位`: `万元`, `个`, `%`).
        case unit
    }

    public enum Kind: String, Sendable, CaseIterable {
        /// Exact counts: people, households (no rounding interval).
        case count
        /// Money and other rounded quantities.
        case amount
        /// Percentages.
        case rate
        /// Awarded scores (得分), rounded.
        case score
        /// Assigned weights (分值): exact.
        case weight
        /// Row numbers (序号): not figures.
        case ordinal
        case text
    }

    public let id: String
    public let name: String
    public let aliases: [String]
    public let role: Role
    public let kind: Kind
    public let unit: String?
    /// What a total row's (`合计`) figure in this field's column is, when it is not this field:
    /// a 合计 under 得分 is the form's 总分 (`total_score`), not one more 得分.
    public let totalRowField: String?
    public let examples: [LabelExample]
    public let source: RuleSource

    public init(
        id: String, name: String, aliases: [String], role: Role, kind: Kind, unit: String?,
        totalRowField: String? = nil, examples: [LabelExample], source: RuleSource
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.role = role
        self.kind = kind
        self.unit = unit
        self.totalRowField = totalRowField
        self.examples = examples
        self.source = source
    }
}

public struct LabelExample: Sendable {
    public var label: String
    public var shouldMatch: Bool
    public var line: Int?
}

/// A prose figure: a label, a few connector characters at most, then a number.
public struct ProsePatternRule: Sendable {
    public var id: String
    public var field: String
    public var labels: [String]
    /// Units the number must carry (`万元`, `人`, `%`); empty means any.
    public var units: [String]
    public var examples: [ProseExample]
    public var source: RuleSource
}

public struct ProseExample: Sendable {
    public var text: String
    /// The value expected (decimal string in the printed scale); nil for a `no_match` example.
    public var value: String?
    public var line: Int?
}

/// A report kind recognized from the document's title lines.
public struct ReportKindRule: Sendable {
    public var id: String
    public var titleWords: [String]
    public var unlessWords: [String]
}

/// Which words of a title name its unit (`title_units` in `rules/document.yaml`).
public struct TitleUnitRules: Sendable {
    /// The text before a title's year names the unit when it ends in one of these (怀远县, …中心).
    public var unitEndings: [String] = []
    /// A unit ending that names only a place: a place alone before a report kind names no unit.
    public var placeEndings: [String] = []
    /// What a fund's name ends in: a title's unit followed by a fund's name loses the name.
    public var fundEndings: [String] = []
    /// Words a fund's name starts at, after its unit (`…医院` ¶ `国家基本公共卫生服务项目…资金`).
    public var fundWords: [String] = []
    /// Labels of a heading line that names the unit (`单位名称：…`), besides the unit field's aliases.
    public var headingLabels: [String] = []

    public init() {}
}

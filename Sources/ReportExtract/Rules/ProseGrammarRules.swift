/// How report prose attaches a label to a number, as data (`prose_grammar` in `rules/prose.yaml`):
/// which units make a figure of which kind, where a label phrase stops, and the filler words
/// trimmed from it. The grammar itself is `ProseGrammar` (Recognize).
public struct ProseGrammarRules: Sendable {
    /// Figure kind (`budget`, `people`, `rate`, `score`, `count`) → the units that make it. A
    /// number whose unit is in no list (`㎡`, `吨`, `年`) is not a prose figure.
    public var units: [String: [String]] = [:] { didSet { kindsByUnit = Self.kindsByUnit(units) } }
    /// Each unit's kind, made once from `units`: `kind(ofUnit:)` is asked of every prose number,
    /// and sorting the kinds there each time cost more than reading the number.
    private var kindsByUnit: [String: String] = [:]
    /// Characters that end a label phrase going back from its number (clause and list separators).
    public var boundaries: [String] = []
    /// Words dropped from the start of a label (`其中`, `全年`, `共`), longest first, repeatedly.
    public var leadingFiller: [String] = []
    /// Verbs dropped from the start of a label that names no rate (`完成租赁补贴发放` → `租赁补贴发放`;
    /// `完成率` keeps its verb).
    public var leadingVerbs: [String] = []
    /// The words a 决算 sum joins its terms by, cut from a label's start only before the term
    /// after the bar (`加|上级`: `加上级补助收入` → `上级补助收入`, where `加上` would leave 级补助收入
    /// and `加` alone would cut `加大投入`).
    public var sumConnectives: [String] = []
    /// Words that make the amount after them a change of what the alias after them names
    /// (`节约办公经费7.16万元` is a saving, not 办公经费): an alias right after one does not cut
    /// the label down to itself.
    public var changeWords: [String] = []
    /// Words that make the amount after them one level's or one payer's share of what the alias
    /// after them names (`中央财政资金30.9万元,县财政资金30.9万元` are parts of 财政资金): as with
    /// `changeWords`, the label keeps them and names no field.
    public var shareWords: [String] = []
    /// Fields that split a whole budget (基本支出, 项目支出): as a `其中` list's parts, they keep
    /// them only under a total whose label names a whole (`budgetTotalWords` in it, or one of
    /// `budgetShortTotals`): `机构运行1100910.5元，其中：基本支出1100910.5元，项目支出0元` (梧州
    /// 2021) splits one subject's spending, not the unit's.
    public var budgetSplitFields: [String] = []
    public var budgetTotalWords: [String] = []
    public var budgetShortTotals: [String] = []
    /// A head count in post (`inPostTotal`) split by kind of post (`实有人数41人(其中行政编制20人,事业
    /// 编制21人)`): its parts named by these fields' aliases are staff in post, not those fields.
    public var inPostTotal: String?
    public var inPostSplitFields: [String] = []
    /// Words that end a label's subject or its time (`…服务中心`, `我单位`, `2023年`): words an alias
    /// cut leaves off that end otherwise qualify the alias (`…体系建设专项资金`), and the figure's
    /// label is in doubt.
    public var subjectEndings: [String] = []
    /// A numbered item's lead before its colon names what its figures belong to
    /// (`1、烈士纪念设施维修项目:预算35.3万元`), unless it ends in one of these: it introduces
    /// (`主要内容包括:`, `一是:`), it names nothing.
    public var itemSubjectStops: [String] = []
    /// A numbered item's lead ending in one of these may end at its first comma instead of a colon
    /// (`1、…农田道路建设项目,铺建砂石路11公里…`).
    public var itemSubjectNouns: [String] = []
    /// Words an alias does not cut the label inside of (`行政事业编制` is not `事业编制`): a label
    /// ending in an alias keeps its words before the alias when one of these straddles its start;
    /// nor does trailing filler come off inside one (`共计下达`: not `达`).
    public var wholeWords: [String] = []
    /// Words dropped from the end of a label, between it and the number (`为`, `达到`, `共计`).
    public var trailingFiller: [String] = []
    /// Words after which the label starts (`共有人员100人` → `人员`): the part before is the subject.
    public var splitters: [String] = []
    /// A number right after one of these is an ordinal or a citation (`第十条`, `附件2`), never a figure.
    public var skipAfter: [String] = []
    /// A count whose label comes after it (`对234户陈欠租金住户`) stops its label at these words.
    public var forwardStops: [String] = []
    /// A lone Chinese numeral and classifier that is a word, not a count (`一起`, `一次性`).
    public var numeralIdioms: [String] = []

    /// Labels longer than this many characters, no rule naming them, are in doubt (never high).
    public var longestName = 8

    public init() {}

    /// The kind a number with this unit (scale aside) is, nil when none.
    /// When several kinds list the unit, the first in sorted order names it.
    public func kind(ofUnit unit: String) -> String? {
        kindsByUnit[unit]
    }

    /// The first kind in sorted order that lists each unit, as `kind(ofUnit:)` answers.
    static func kindsByUnit(_ units: [String: [String]]) -> [String: String] {
        var kinds: [String: String] = [:]
        for kind in units.keys.sorted() {
            for unit in units[kind]! where kinds[unit] == nil { kinds[unit] = kind }
        }
        return kinds
    }
}

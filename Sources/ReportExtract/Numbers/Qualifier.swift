/// A word or sign that turns a figure into a bound or an estimate: `≥560万`, `95%以上`, `约2.68万`.
///
/// Raw values are the canonical printed forms. Synonyms map onto them (`不低于` → `≥`), but `以上`,
/// `以下`, `左右` and `余` keep their own case so the output can say what was printed. Chinese legal
/// usage (Civil Code art. 1259): 以上, 以下 and 以内 include the number; 超过 and 不满 exclude it.
public enum Qualifier: String, Sendable, Codable, CaseIterable {
    case atLeast = "≥"
    case atMost = "≤"
    case greaterThan = ">"
    case lessThan = "<"
    case about = "约"
    case orMore = "以上"
    case orLess = "以下"
    case around = "左右"
    /// `10余件`, `500多人`: more than the number.
    case plus = "余"

    /// The shape of the interval a qualifier gives (see `DecimalInterval.init(printed:exact:)`).
    public enum Bound: Sendable, Equatable {
        case lower(inclusive: Bool)
        case upper(inclusive: Bool)
        case approximate
    }

    public var bound: Bound {
        switch self {
        case .atLeast, .orMore: .lower(inclusive: true)
        case .greaterThan, .plus: .lower(inclusive: false)
        case .atMost, .orLess: .upper(inclusive: true)
        case .lessThan: .upper(inclusive: false)
        case .about, .around: .approximate
        }
    }
}

/// The printed forms of qualifiers, by where they stand relative to the number.
enum QualifierWords {
    /// Before the number. Longest first, so `不超过` is not read as `超过`.
    static let prefixes: [(word: [Unicode.Scalar], qualifier: Qualifier)] = sortedLongestFirst([
        ("≥", .atLeast), ("≧", .atLeast), (">=", .atLeast), ("不低于", .atLeast), ("至少", .atLeast),
        ("不少于", .atLeast), ("大于等于", .atLeast), ("大于或等于", .atLeast),
        ("≤", .atMost), ("≦", .atMost), ("<=", .atMost), ("不高于", .atMost), ("最多", .atMost),
        ("不超过", .atMost), ("不多于", .atMost), ("小于等于", .atMost), ("小于或等于", .atMost),
        (">", .greaterThan), ("超过", .greaterThan), ("高于", .greaterThan), ("大于", .greaterThan),
        ("突破", .greaterThan),
        ("<", .lessThan), ("低于", .lessThan), ("不足", .lessThan), ("不满", .lessThan),
        ("小于", .lessThan),
        ("约", .about), ("大约", .about), ("近", .about),
    ])

    /// Prefixes too ambiguous for running prose: `近3年` means "the last 3 years", not "about 3".
    static let proseExcludedPrefixes: Set<String> = ["近"]

    /// Directly after the digits or the scale, before the unit: `10余件`, `100多万`.
    static func infix(_ scalar: Unicode.Scalar) -> Qualifier? {
        scalar == "余" || scalar == "多" ? .plus : nil
    }

    /// After the unit or the percent sign.
    static let suffixes: [(word: [Unicode.Scalar], qualifier: Qualifier)] = sortedLongestFirst([
        ("以上", .orMore), ("及以上", .orMore), ("以下", .orLess), ("及以下", .orLess),
        ("以内", .atMost), ("之内", .atMost), ("左右", .around),
    ])

    private static func sortedLongestFirst(
        _ pairs: [(String, Qualifier)]
    ) -> [(word: [Unicode.Scalar], qualifier: Qualifier)] {
        pairs.map { (Array($0.0.unicodeScalars), $0.1) }.sorted { $0.word.count > $1.word.count }
    }
}

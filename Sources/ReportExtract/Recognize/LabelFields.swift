/// `RuleSet.field(forLabel:)` remembered for one document: every body row asks for the fields
/// of its header's labels again, and normalizing a label and hashing its key cost more than the
/// row's own reading.
///
/// Bounded: a long table's row labels are mostly asked once each (`项目4912`), so past
/// `capacity` labels the memory starts over (header labels are asked again at once and come
/// back); the answers keep a field's index, not the field.
final class LabelFields {
    let rules: RuleSet
    private var known: [LabelBytes: (field: Int32, alias: String)?] = [:]
    private var units: [LabelBytes: String?] = [:]
    static let capacity = 4096

    init(rules: RuleSet) {
        self.rules = rules
    }

    func field(forLabel label: String) -> (field: FieldRule, alias: String)? {
        let key = LabelBytes(label)
        if let hit = known[key] { return hit.map { (rules.fields[Int($0.field)], $0.alias) } }
        let hit = rules.fieldIndex(forLabel: label)
        if known.count >= Self.capacity { known.removeAll(keepingCapacity: true) }
        known[key] = .some(hit.map { (Int32($0.field), $0.alias) })
        return hit.map { (rules.fields[$0.field], $0.alias) }
    }

    /// The field of the label above a sub-header that only says "amount" (`2020年执行数` over
    /// `金额`: 中庄镇 2020, a clerk's reading of stop 67, whose 执行数 column had lost its field
    /// when its sub-header was stacked under it), asked when the whole label and the leaf name none.
    func field(aboveAmountLeaf leaf: String, of label: String) -> (field: FieldRule, alias: String)? {
        guard leaf.utf8.count < label.utf8.count, label.hasSuffix(leaf),
            rules.segmentation.amountLeaves.contains(CellText.compact(leaf))
        else { return nil }
        return field(forLabel: String(label.dropLast(leaf.count)))
    }

    /// A column's unit: its label's, or `%` for a name ending in a percent sign (`增幅%`, `税收比重%`:
    /// 濮阳's 2023 收入 table, a clerk's reading of stop 67, whose rates and shares came out in the
    /// table's 万元). Not a row's: a row's label cells hold its target (`≥90%`). Asked per figure:
    /// the last byte (`%`, or `％`'s 0x85) passes most labels over.
    func unit(ofColumn label: String) -> String? {
        if let byte = label.utf8.last, byte == 0x25 || byte == 0x85 {
            var ending = label.unicodeScalars.reversed().lazy.filter { !CellText.isSpace($0) }.makeIterator()
            if let last = ending.next(), last == "%" || last == "％", let before = ending.next(), Scalars.isHan(before) {
                return "%"
            }
        }
        return unit(ofLabel: label)
    }

    /// The unit a label declares in parentheses (`经费控制情况(万元)`), asked by every row of its block.
    /// Units are written in a parenthesized note only: a label without one (most) is passed
    /// over before its bytes are hashed.
    func unit(ofLabel label: String) -> String? {
        guard LabelText.mayHoldUnit(label) else { return nil }
        let key = LabelBytes(label)
        if let unit = units[key] { return unit }
        let unit = LabelText.key(label, units: rules.units).unit
        if units.count >= Self.capacity { units.removeAll(keepingCapacity: true) }
        units[key] = .some(unit)
        return unit
    }
}

/// A label as its UTF-8 bytes, the memory's key. A `String` key hashes and compares Chinese text
/// through Unicode normalization (about 1,500 instructions a lookup, four lookups a row); the
/// bytes hash at a fraction of that. The answers are those of a function of the label's bytes,
/// so keying them by bytes never changes one: canonically equal spellings are merely asked
/// separately.
struct LabelBytes: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: LabelBytes, b: LabelBytes) -> Bool { Scalars.sameBytes(a.text, b.text) }

    func hash(into hasher: inout Hasher) {
        text.withUTF8InPlace { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// `RuleSet.field(forLabel:)` remembered for one document: every body row asks for the fields
/// of its header's labels again, and normalizing a label and hashing its key cost more than the
/// row's own reading.
///
/// Bounded: a long table's row labels are mostly asked once each (`项目4912`), so past
/// `capacity` labels the memory starts over (header labels are asked again at once and come
/// back); the answers keep a field's index, not the field.
final class LabelFields {
    let rules: RuleSet
    private var known: [String: (field: Int32, alias: String)?] = [:]
    private var units: [String: String?] = [:]
    static let capacity = 4096

    init(rules: RuleSet) {
        self.rules = rules
    }

    func field(forLabel label: String) -> (field: FieldRule, alias: String)? {
        if let hit = known[label] { return hit.map { (rules.fields[Int($0.field)], $0.alias) } }
        let hit = rules.fieldIndex(forLabel: label)
        if known.count >= Self.capacity { known.removeAll(keepingCapacity: true) }
        known[label] = .some(hit.map { (Int32($0.field), $0.alias) })
        return hit.map { (rules.fields[$0.field], $0.alias) }
    }

    /// The unit a label declares in parentheses (`经费控制情况(万元)`), asked by every row of its block.
    func unit(ofLabel label: String) -> String? {
        if let unit = units[label] { return unit }
        let unit = LabelText.key(label, units: rules.units).unit
        if units.count >= Self.capacity { units.removeAll(keepingCapacity: true) }
        units[label] = .some(unit)
        return unit
    }
}

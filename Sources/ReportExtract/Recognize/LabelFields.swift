/// `RuleSet.field(forLabel:)` remembered for one document: every body row asks for the fields
/// of its header's labels again, and normalizing a label and hashing its key cost more than the
/// row's own reading.
final class LabelFields {
    let rules: RuleSet
    private var known: [String: (field: FieldRule, alias: String)?] = [:]
    private var units: [String: String?] = [:]

    init(rules: RuleSet) {
        self.rules = rules
    }

    func field(forLabel label: String) -> (field: FieldRule, alias: String)? {
        if let hit = known[label] { return hit }
        let hit = rules.field(forLabel: label)
        known[label] = .some(hit)
        return hit
    }

    /// The unit a label declares in parentheses (`经费控制情况(万元)`), asked by every row of its block.
    func unit(ofLabel label: String) -> String? {
        if let unit = units[label] { return unit }
        let unit = LabelText.key(label, units: rules.units).unit
        units[label] = .some(unit)
        return unit
    }
}

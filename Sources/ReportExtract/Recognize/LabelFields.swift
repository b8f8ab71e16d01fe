/// `RuleSet.field(forLabel:)` remembered for one document: every body row asks for the fields
/// of its header's labels again, and normalizing a label and hashing its key cost more than the
/// row's own reading.
final class LabelFields {
    let rules: RuleSet
    private var known: [String: (field: FieldRule, alias: String)?] = [:]

    init(rules: RuleSet) {
        self.rules = rules
    }

    func field(forLabel label: String) -> (field: FieldRule, alias: String)? {
        if let hit = known[label] { return hit }
        let hit = rules.field(forLabel: label)
        known[label] = .some(hit)
        return hit
    }
}

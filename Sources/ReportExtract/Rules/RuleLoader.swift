import Yams

/// One rule file's name (as shown in errors) and its text. The library never reads files: the
/// caller hands them in.
public struct RuleFile: Sendable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

extension RuleSet {
    /// Loads and checks rule files. Every problem is reported (unknown keys, bad values, duplicate
    /// ids, aliases claimed by two fields, references to unknown fields), each with file and line.
    public static func load(_ files: [RuleFile]) throws(RuleErrors) -> RuleSet {
        var collected = CollectedRules()
        var errors: [RuleError] = []
        var unreadable = false
        for file in files.sorted(by: { $0.name < $1.name }) {
            let reader = YAMLReader(file: file.name)
            if let root = reader.compose(file.text) {
                RuleFileParser(reader: reader).parse(root, into: &collected)
            } else {
                unreadable = true
                if reader.errors.isEmpty { reader.fail(nil, "empty rule file") }
            }
            errors += reader.errors
        }
        // A file that is not YAML at all takes its fields and kinds with it: every reference to
        // them would be reported as unknown, burying the one error that matters.
        if !unreadable { errors += collected.crossCheck() }
        guard errors.isEmpty else { throw RuleErrors(errors: errors) }
        // By file name, not path: the same rules give the same fingerprint wherever they live.
        let fingerprint = RulesFingerprint.compute(
            files.map { (String($0.name.split(separator: "/").last ?? ""), Array($0.text.utf8)) })
        var segmentation = collected.segmentation ?? SegmentationOptions()
        segmentation.tableHeaderWords = collected.tableKinds.flatMap(\.headerWords)
        segmentation.labelWords = collected.fields.flatMap(\.aliases) + segmentation.tableHeaderWords + segmentation.cellWords
            + segmentation.sideLabelColumns + segmentation.fillDownColumns + segmentation.labelColumns
        return RuleSet(
            tableKinds: collected.tableKinds, fields: collected.fields, prosePatterns: collected.prose,
            connectors: collected.connectors, proseGrammar: collected.proseGrammar ?? ProseGrammarRules(), segmentation: segmentation,
            reportKinds: collected.reportKinds, titleUnits: collected.titleUnits ?? TitleUnitRules(), units: collected.units, checks: collected.checks,
            fingerprint: fingerprint)
    }
}

/// Rules gathered from all files before the checks that span files.
struct CollectedRules {
    var tableKinds: [TableKindRule] = []
    var fields: [FieldRule] = []
    var prose: [ProsePatternRule] = []
    var connectors: [String] = []
    var proseGrammar: ProseGrammarRules?
    var segmentation: SegmentationOptions?
    var reportKinds: [ReportKindRule] = []
    var titleUnits: TitleUnitRules?
    var units: [String] = []
    var checks: [CheckRule] = []

    func crossCheck() -> [RuleError] {
        var errors: [RuleError] = []
        func duplicates(_ ids: [(String, RuleSource)], what: String) {
            var seen: [String: RuleSource] = [:]
            for (id, source) in ids {
                if let first = seen[id] {
                    errors.append(RuleError(
                        file: source.file, line: source.line, key: "id",
                        message: "duplicate \(what) id '\(id)' (first at \(first.file):\(first.line ?? 0))"))
                } else {
                    seen[id] = source
                }
            }
        }
        duplicates(tableKinds.map { ($0.id, $0.source) }, what: "table kind")
        duplicates(fields.map { ($0.id, $0.source) }, what: "field")
        duplicates(prose.map { ($0.id, $0.source) }, what: "prose pattern")
        duplicates(checks.map { ($0.id, $0.source) }, what: "check")

        var claimed: [String: (field: String, alias: String)] = [:]
        for field in fields {
            for alias in field.aliases {
                let key = LabelText.key(alias, units: units).text
                if let owner = claimed[key], owner.field != field.id {
                    errors.append(RuleError(
                        file: field.source.file, line: field.source.line, key: "aliases",
                        message: "alias '\(alias)' of field '\(field.id)' is also claimed by field '\(owner.field)' ('\(owner.alias)')"))
                }
                if key.isEmpty {
                    errors.append(RuleError(
                        file: field.source.file, line: field.source.line, key: "aliases",
                        message: "alias '\(alias)' of field '\(field.id)' is empty after normalization"))
                }
                claimed[key] = (field.id, alias)
            }
        }
        let fieldIDs = Set(fields.map(\.id))
        for pattern in prose where !fieldIDs.contains(pattern.field) {
            errors.append(RuleError(
                file: pattern.source.file, line: pattern.source.line, key: "field",
                message: "prose pattern '\(pattern.id)' names unknown field '\(pattern.field)'"))
        }
        for field in fields {
            guard let total = field.totalRowField else { continue }
            if !fieldIDs.contains(total) {
                errors.append(RuleError(
                    file: field.source.file, line: field.source.line, key: "total_row",
                    message: "field '\(field.id)' names unknown field '\(total)' as its total row's field"))
            }
        }
        let kindIDs = Set(tableKinds.map(\.id))
        for check in checks {
            let named = [check.total, check.numerator, check.denominator].compactMap { $0 } + check.parts + check.fields
            for id in named where !fieldIDs.contains(id) {
                errors.append(RuleError(
                    file: check.source.file, line: check.source.line, key: "fields",
                    message: "check '\(check.id)' names unknown field '\(id)'"))
            }
            for kind in check.tableKinds where !kindIDs.contains(kind) {
                errors.append(RuleError(
                    file: check.source.file, line: check.source.line, key: "table_kinds",
                    message: "check '\(check.id)' names unknown table kind '\(kind)'"))
            }
        }
        return errors
    }
}

import Foundation

import Yams

/// Parses one rule file's sections into `CollectedRules`, reporting through its `YAMLReader`.
struct RuleFileParser {
    let reader: YAMLReader

    static let sections = [
        "version", "description", "table_kinds", "fields", "prose_patterns", "prose_grammar", "connectors", "layout",
        "report_kinds", "title_units", "units", "checks",
    ]

    func parse(_ root: Node, into rules: inout CollectedRules) {
        guard let top = reader.mapping(root, allowed: Self.sections, context: "a rule file") else { return }
        if reader.int(top["version"], key: "version") != 1 {
            reader.fail(top["version"] ?? root, key: "version", "must be 1")
        }
        rules.tableKinds += reader.sequence(top["table_kinds"], key: "table_kinds").compactMap(tableKind)
        rules.fields += reader.sequence(top["fields"], key: "fields").compactMap(field)
        rules.prose += reader.sequence(top["prose_patterns"], key: "prose_patterns").compactMap(prosePattern)
        rules.connectors += reader.strings(top["connectors"], key: "connectors")
        rules.units += reader.strings(top["units"], key: "units")
        rules.reportKinds += reader.sequence(top["report_kinds"], key: "report_kinds").compactMap(reportKind)
        rules.checks += reader.sequence(top["checks"], key: "checks").compactMap(check)
        if let layout = top["layout"] { rules.segmentation = segmentation(layout) }
        if let grammar = top["prose_grammar"] { rules.proseGrammar = proseGrammar(grammar) }
        if let titleUnits = top["title_units"] { rules.titleUnits = self.titleUnits(titleUnits) }
    }

    private func source(_ node: Node) -> RuleSource { RuleSource(file: reader.file, line: node.mark?.line) }

    private func tableKind(_ node: Node) -> TableKindRule? {
        let keys = [
            "id", "name", "description", "title_words", "header_words", "opening_labels", "min_score", "variant",
            "largest_amount_yuan", "examples",
        ]
        guard let map = reader.mapping(node, allowed: keys, context: "a table kind"),
            let id = reader.string(map["id"], key: "id")
        else { return nil }
        let examples = exampleLists(map["examples"], context: "table kind '\(id)'").flatMap { list, match in
            list.compactMap { tableKindExample($0, shouldMatch: match) }
        }
        if examples.isEmpty { reader.fail(node, key: "examples", "table kind '\(id)' needs examples") }
        return TableKindRule(
            id: id, name: reader.string(map["name"], key: "name") ?? id,
            titleWords: reader.strings(map["title_words"], key: "title_words"),
            headerWords: reader.strings(map["header_words"], key: "header_words"),
            openingLabels: reader.strings(map["opening_labels"], key: "opening_labels"),
            minScore: reader.int(map["min_score"], key: "min_score") ?? 2,
            variant: reader.string(map["variant"], key: "variant", required: false),
            largestAmountYuan: largestAmount(map["largest_amount_yuan"], kind: id),
            examples: examples, source: source(node))
    }

    private func largestAmount(_ node: Node?, kind: String) -> Decimal? {
        guard let value = reader.int(node, key: "largest_amount_yuan") else { return nil }
        guard value > 0, let node else { return nil }
        if value < 10_000 { reader.fail(node, key: "largest_amount_yuan", "table kind '\(kind)': in 元, at least 10000") }
        return Decimal(value)
    }

    private func tableKindExample(_ node: Node, shouldMatch: Bool) -> TableKindExample? {
        if case .scalar(let scalar) = node {
            return TableKindExample(title: scalar.string, headers: [], opening: nil, shouldMatch: shouldMatch, line: node.mark?.line)
        }
        guard let map = reader.mapping(node, allowed: ["title", "headers", "opening"], context: "a table kind example") else {
            return nil
        }
        return TableKindExample(
            title: reader.string(map["title"], key: "title", required: false),
            headers: reader.strings(map["headers"], key: "headers"),
            opening: reader.string(map["opening"], key: "opening", required: false), shouldMatch: shouldMatch,
            line: node.mark?.line)
    }

    private func field(_ node: Node) -> FieldRule? {
        let keys = ["id", "name", "description", "aliases", "role", "kind", "unit", "total_row", "examples"]
        guard let map = reader.mapping(node, allowed: keys, context: "a field"),
            let id = reader.string(map["id"], key: "id")
        else { return nil }
        let aliases = reader.strings(map["aliases"], key: "aliases")
        if aliases.isEmpty { reader.fail(node, key: "aliases", "field '\(id)' needs at least one alias") }
        let role = enumValue(map["role"], key: "role", FieldRule.Role.self) ?? .item
        let kind = enumValue(map["kind"], key: "kind", FieldRule.Kind.self) ?? .amount
        let examples = exampleLists(map["examples"], context: "field '\(id)'").flatMap { list, match in
            list.compactMap { item -> LabelExample? in
                guard case .scalar(let scalar) = item else {
                    reader.fail(item, key: "examples", "field examples are labels (strings)")
                    return nil
                }
                return LabelExample(label: scalar.string, shouldMatch: match, line: item.mark?.line)
            }
        }
        if examples.isEmpty { reader.fail(node, key: "examples", "field '\(id)' needs examples") }
        return FieldRule(
            id: id, name: reader.string(map["name"], key: "name") ?? id, aliases: aliases, role: role,
            kind: kind, unit: reader.string(map["unit"], key: "unit", required: false),
            totalRowField: reader.string(map["total_row"], key: "total_row", required: false), examples: examples,
            source: source(node))
    }

    private func prosePattern(_ node: Node) -> ProsePatternRule? {
        let keys = ["id", "field", "description", "labels", "units", "examples"]
        guard let map = reader.mapping(node, allowed: keys, context: "a prose pattern"),
            let id = reader.string(map["id"], key: "id"),
            let field = reader.string(map["field"], key: "field")
        else { return nil }
        let labels = reader.strings(map["labels"], key: "labels")
        if labels.isEmpty { reader.fail(node, key: "labels", "prose pattern '\(id)' needs labels") }
        let examples = exampleLists(map["examples"], context: "prose pattern '\(id)'").flatMap { list, match in
            list.compactMap { proseExample($0, shouldMatch: match) }
        }
        if examples.isEmpty { reader.fail(node, key: "examples", "prose pattern '\(id)' needs examples") }
        return ProsePatternRule(
            id: id, field: field, labels: labels, units: reader.strings(map["units"], key: "units"),
            examples: examples, source: source(node))
    }

    private func proseGrammar(_ node: Node) -> ProseGrammarRules? {
        let keys = ["units", "boundaries", "leading_filler", "trailing_filler", "splitters", "skip_after", "forward_stops", "numeral_idioms", "leading_verbs",
            "change_words", "share_words", "whole_words", "subject_endings", "item_subject_stops", "item_subject_nouns", "longest_name",
            "budget_split", "sum_connectives", "in_post_split"]
        guard let map = reader.mapping(node, allowed: keys, context: "the prose grammar") else { return nil }
        var grammar = ProseGrammarRules()
        if let units = map["units"], let byKind = reader.mapping(
            units, allowed: ["budget", "people", "rate", "score", "count", "measure"], context: "prose grammar units")
        {
            for (kind, list) in byKind { grammar.units[kind] = reader.strings(list, key: "units.\(kind)") }
        }
        grammar.boundaries = reader.strings(map["boundaries"], key: "boundaries")
        grammar.leadingFiller = reader.strings(map["leading_filler"], key: "leading_filler")
        grammar.trailingFiller = reader.strings(map["trailing_filler"], key: "trailing_filler")
        grammar.splitters = reader.strings(map["splitters"], key: "splitters")
        grammar.skipAfter = reader.strings(map["skip_after"], key: "skip_after")
        grammar.forwardStops = reader.strings(map["forward_stops"], key: "forward_stops")
        grammar.longestName = reader.int(map["longest_name"], key: "longest_name") ?? grammar.longestName
        grammar.leadingVerbs = reader.strings(map["leading_verbs"], key: "leading_verbs")
        grammar.sumConnectives = reader.strings(map["sum_connectives"], key: "sum_connectives")
        for connective in grammar.sumConnectives where connective.split(separator: "|", omittingEmptySubsequences: false).count != 2
            || connective.hasPrefix("|") || connective.hasSuffix("|")
        {
            reader.fail(map["sum_connectives"], key: "sum_connectives", "'\(connective)' needs one '|' between the word cut and the term it stands before")
        }
        grammar.changeWords = reader.strings(map["change_words"], key: "change_words")
        grammar.wholeWords = reader.strings(map["whole_words"], key: "whole_words")
        grammar.shareWords = reader.strings(map["share_words"], key: "share_words")
        grammar.subjectEndings = reader.strings(map["subject_endings"], key: "subject_endings")
        grammar.itemSubjectStops = reader.strings(map["item_subject_stops"], key: "item_subject_stops")
        grammar.itemSubjectNouns = reader.strings(map["item_subject_nouns"], key: "item_subject_nouns")
        grammar.numeralIdioms = reader.strings(map["numeral_idioms"], key: "numeral_idioms")
        if let split = map["budget_split"],
            let parts = reader.mapping(split, allowed: ["fields", "total_words", "short_totals"], context: "prose grammar budget_split")
        {
            grammar.budgetSplitFields = reader.strings(parts["fields"], key: "budget_split.fields")
            grammar.budgetTotalWords = reader.strings(parts["total_words"], key: "budget_split.total_words")
            grammar.budgetShortTotals = reader.strings(parts["short_totals"], key: "budget_split.short_totals")
        }
        if let split = map["in_post_split"],
            let parts = reader.mapping(split, allowed: ["total", "fields"], context: "prose grammar in_post_split")
        {
            grammar.inPostTotal = reader.string(parts["total"], key: "in_post_split.total")
            grammar.inPostSplitFields = reader.strings(parts["fields"], key: "in_post_split.fields")
        }
        return grammar
    }

    private func proseExample(_ node: Node, shouldMatch: Bool) -> ProseExample? {
        if case .scalar(let scalar) = node {
            if shouldMatch { reader.fail(node, key: "match", "a match example needs text and value") }
            return ProseExample(text: scalar.string, value: nil, line: node.mark?.line)
        }
        guard shouldMatch, let map = reader.mapping(node, allowed: ["text", "value"], context: "a prose example"),
            let text = reader.string(map["text"], key: "text"), let value = reader.string(map["value"], key: "value")
        else {
            if !shouldMatch { reader.fail(node, key: "no_match", "a no_match example is a string") }
            return nil
        }
        return ProseExample(text: text, value: value, line: node.mark?.line)
    }

    private func reportKind(_ node: Node) -> ReportKindRule? {
        guard let map = reader.mapping(node, allowed: ["id", "title_words", "unless"], context: "a report kind"),
            let id = reader.string(map["id"], key: "id")
        else { return nil }
        return ReportKindRule(
            id: id, titleWords: reader.strings(map["title_words"], key: "title_words"),
            unlessWords: reader.strings(map["unless"], key: "unless"))
    }

    private func titleUnits(_ node: Node) -> TitleUnitRules? {
        let keys = ["unit_endings", "place_endings", "fund_endings", "fund_words", "heading_labels"]
        guard let map = reader.mapping(node, allowed: keys, context: "title units") else { return nil }
        var rules = TitleUnitRules()
        rules.unitEndings = reader.strings(map["unit_endings"], key: "unit_endings")
        rules.placeEndings = reader.strings(map["place_endings"], key: "place_endings")
        rules.fundEndings = reader.strings(map["fund_endings"], key: "fund_endings")
        rules.fundWords = reader.strings(map["fund_words"], key: "fund_words")
        rules.headingLabels = reader.strings(map["heading_labels"], key: "heading_labels")
        return rules
    }

    private func check(_ node: Node) -> CheckRule? {
        let keys = [
            "id", "kind", "description", "table_kinds", "total", "parts", "numerator", "denominator", "fields",
            "left", "right",
        ]
        guard let map = reader.mapping(node, allowed: keys, context: "a check"),
            let id = reader.string(map["id"], key: "id"),
            let kind = enumValue(map["kind"], key: "kind", CheckRule.Kind.self)
        else { return nil }
        return CheckRule(
            id: id, kind: kind, description: reader.string(map["description"], key: "description") ?? id,
            tableKinds: reader.strings(map["table_kinds"], key: "table_kinds"),
            total: reader.string(map["total"], key: "total", required: false),
            parts: reader.strings(map["parts"], key: "parts"),
            numerator: reader.string(map["numerator"], key: "numerator", required: false),
            denominator: reader.string(map["denominator"], key: "denominator", required: false),
            fields: reader.strings(map["fields"], key: "fields"), left: map["left"].flatMap(tableOperand),
            right: map["right"].flatMap(tableOperand), source: source(node))
    }

    private func tableOperand(_ node: Node) -> CheckRule.TableOperand? {
        let keys = ["table_kind", "row_field", "column_field", "report_year"]
        guard let map = reader.mapping(node, allowed: keys, context: "a cross-table operand"),
            let kind = reader.string(map["table_kind"], key: "table_kind"),
            let row = reader.string(map["row_field"], key: "row_field")
        else { return nil }
        let column = reader.string(map["column_field"], key: "column_field", required: false)
        let year = reader.bool(map["report_year"], key: "report_year") ?? false
        return CheckRule.TableOperand(tableKind: kind, rowField: row, columnField: column, reportYear: year)
    }

    private func segmentation(_ node: Node) -> SegmentationOptions? {
        let keys = ["fill_down_columns", "side_label_columns", "label_columns", "header_words", "cell_words", "value_words", "amount_leaves"]
        guard let map = reader.mapping(node, allowed: keys, context: "layout") else { return nil }
        var options = SegmentationOptions(
            fillDownColumns: reader.strings(map["fill_down_columns"], key: "fill_down_columns"),
            sideLabelColumns: reader.strings(map["side_label_columns"], key: "side_label_columns"),
            labelColumns: reader.strings(map["label_columns"], key: "label_columns"),
            headerWords: reader.strings(map["header_words"], key: "header_words"))
        options.cellWords = reader.strings(map["cell_words"], key: "cell_words")
        options.valueWords = reader.strings(map["value_words"], key: "value_words")
        options.amountLeaves = reader.strings(map["amount_leaves"], key: "amount_leaves")
        return options
    }

    /// `examples: {match: [...], no_match: [...]}` as (items, shouldMatch) pairs.
    private func exampleLists(_ node: Node?, context: String) -> [([Node], Bool)] {
        guard let node else { return [] }
        guard let map = reader.mapping(node, allowed: ["match", "no_match"], context: "examples of \(context)") else {
            return []
        }
        return [
            (reader.sequence(map["match"], key: "match"), true),
            (reader.sequence(map["no_match"], key: "no_match"), false),
        ]
    }

    private func enumValue<E: RawRepresentable & CaseIterable>(
        _ node: Node?, key: String, _ type: E.Type
    ) -> E? where E.RawValue == String {
        guard let text = reader.string(node, key: key, required: false) else { return nil }
        guard let value = E(rawValue: text) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            reader.fail(node, key: key, "'\(text)' is not one of: \(allowed)")
            return nil
        }
        return value
    }
}

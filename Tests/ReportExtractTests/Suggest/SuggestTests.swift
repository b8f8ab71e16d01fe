import Foundation
import Testing

@testable import ReportExtract

@Suite struct RuleTextEditTests {
    let text = """
        version: 1
        fields:
          # a comment that must stay
          - {id: a, name: 甲, role: measure, kind: amount, aliases: [甲, "乙,丙"],
             examples: {match: [甲], no_match: []}}
          - {id: b, name: 乙, role: item, kind: amount,
             aliases: []}
        table_kinds:
          - id: t
            title_words: [明细表]
            header_words: [合计]

        """

    @Test func addsToTheRightListAndKeepsEverythingElse() throws {
        let edited = try RuleTextEdit.append("新: 词", toList: "aliases", ofEntryAt: 4, in: text)
        #expect(edited == text.replacingOccurrences(of: "aliases: [甲, \"乙,丙\"]", with: "aliases: [甲, \"乙,丙\", \"新: 词\"]"))
        let second = try RuleTextEdit.append("丁", toList: "aliases", ofEntryAt: 6, in: text)
        #expect(second.contains("aliases: [丁]}") && second.contains("aliases: [甲, \"乙,丙\"],"))
        let title = try RuleTextEdit.append("预算表", toList: "title_words", ofEntryAt: 9, in: text)
        #expect(title.contains("title_words: [明细表, 预算表]"))
    }

    @Test func refusesAListOutsideTheEntry() {
        #expect(throws: RuleTextEdit.Failure.self) { try RuleTextEdit.append("x", toList: "title_words", ofEntryAt: 4, in: text) }
    }
}

@Suite struct NearestRuleTests {
    @Test func similarityByCharacterPairs() {
        #expect(NearestRule.dice(NearestRule.bigrams("目标标杆值"), NearestRule.bigrams("标杆值")) > 0.66)
        #expect(NearestRule.dice(NearestRule.bigrams("目标标杆值"), NearestRule.bigrams("标杆值依据"))
            < NearestRule.dice(NearestRule.bigrams("目标标杆值"), NearestRule.bigrams("标杆值")))
        #expect(NearestRule.dice(NearestRule.bigrams("住房公积金"), NearestRule.bigrams("编制数")) == 0)
    }

    @Test func yamlScalarsAreQuotedWhenTheyMustBe() {
        #expect(LabelSuggestions.quoted("目标标杆值") == "目标标杆值")
        #expect(LabelSuggestions.quoted("a: b") == "\"a: b\"")
        #expect(LabelSuggestions.quoted("“三公”经费") == "“三公”经费")
        #expect(LabelSuggestions.quoted("say \"x\"") == "\"say \\\"x\\\"\"")
        #expect(LabelSuggestions.quoted("2023") == "\"2023\"")
    }
}

@Suite struct LabelSuggestionsTests {
    /// The corpus with rules changed by `edit` (file name → text → text).
    func suggestions(_ file: String, _ edit: (String) -> String) throws -> LabelSuggestions {
        let files = try Corpus.ruleFiles().map { rule in
            rule.name.hasSuffix(file) ? RuleFile(name: rule.name, text: edit(rule.text)) : rule
        }
        let rules = try RuleSet.load(files)
        var suggestions = LabelSuggestions(rules: rules)
        for name in Corpus.names {
            suggestions.add(try Pipeline(rules: rules).run(bytes: Corpus.bytes(name), path: name), path: name)
        }
        return suggestions
    }

    @Test func aTableKindThatNoLongerMatchesIsProposedBackForItsTitles() throws {
        let suggestions = try suggestions("tables.yaml") { text in
            text.replacingOccurrences(of: "title_words: [基础数据表]", with: "title_words: [不存在的词]")
                .replacingOccurrences(of: """
                    header_words: [财政供养人员情况, 编制数, 实际在职人数, 控制率, 经费控制情况, 三公经费, 公用经费, 政府采购金额,
                          楼堂馆所控制情况, 厉行节约保障措施]
                    """, with: "header_words: [不存在]")
        }
        let first = try #require(suggestions.ranked().first)
        #expect(first.axis == .table)
        #expect(first.key.hasSuffix("基础数据表"))
        #expect(first.nearest?.id == "basic_data")
        let yaml = suggestions.yaml(suggestions.ranked(), limit: 1, corpus: "corpus")
        #expect(yaml.contains("table_kinds:\n") && yaml.contains("- {id: basic_data, title_words: [不存在的词, \(first.key)]}"))
    }

    @Test func withTheRulesAsTheyAreNoLabelIsWorthMoreThanAFewFigures() throws {
        let suggestions = try suggestions("fields.yaml") { $0 }
        let ranked = suggestions.ranked()
        #expect(ranked.allSatisfy { $0.axis != .table }, "every corpus table has a kind")
        #expect((ranked.first?.figures ?? 0) < 15, "the alias test below relies on this: \(ranked.first.map { "\($0.key) \($0.figures)" } ?? "")")
    }
}

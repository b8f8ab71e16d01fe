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

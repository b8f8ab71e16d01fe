import Foundation
import Testing

@testable import ReportExtract

@Suite struct RuleLoadingTests {
    @Test func repositoryRulesLoadAndEveryExamplePasses() {
        let rules = Corpus.rules
        #expect(rules.tableKinds.count >= 6)
        #expect(rules.fields.count > 50)
        let examples = RuleExamples(rules: rules)
        #expect(examples.count > 200)
        let failures = examples.failures()
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    @Test func misspeltKeyIsRejectedWithItsLine() {
        let text = """
            version: 1
            fields:
              - id: staff_quota
                name: 编制数
                aliasses: [编制数]
                examples: {match: [编制数]}
            """
        #expect {
            try RuleSet.load([RuleFile(name: "rules/bad.yaml", text: text)])
        } throws: { error in
            let description = "\(error)"
            return description.contains("rules/bad.yaml:5: aliasses: unknown key in a field (did you mean 'aliases'?)")
        }
    }

    /// The rule files are composed without resolving tags: a key given twice is still an error
    /// (Yams finds it by text and tag, and equal texts have equal tags), and scalars that look like
    /// numbers, booleans or null are read as their text wherever a string is wanted.
    @Test func aKeyGivenTwiceIsAnErrorAndScalarsAreTheirText() throws {
        let twice = """
            version: 1
            version: 1
            """
        #expect {
            try RuleSet.load([RuleFile(name: "rules/twice.yaml", text: twice)])
        } throws: { error in
            "\(error)".contains("rules/twice.yaml: not valid YAML") && "\(error)".contains("version")
        }
        let text = """
            version: 1
            fields:
              - {id: "yes", name: null, aliases: [null, 1.5, true, ~], examples: {match: [null]}}
            """
        let rules = try RuleSet.load([RuleFile(name: "f.yaml", text: text)])
        #expect(rules.fields.map(\.id) == ["yes"])
        #expect(rules.fields.first?.name == "null")
        #expect(rules.fields.first?.aliases == ["null", "1.5", "true", "~"])
    }

    @Test func duplicateIdsAndAliasesClaimedTwiceAreErrors() throws {
        let text = """
            version: 1
            fields:
              - {id: a, aliases: [编制数], examples: {match: [编制数]}}
              - {id: a, aliases: [核定编制数], examples: {match: [核定编制数]}}
              - {id: b, aliases: ["（一）编制数"], examples: {match: [编制数]}}
            """
        do {
            _ = try RuleSet.load([RuleFile(name: "f.yaml", text: text)])
            Issue.record("expected errors")
        } catch {
            let messages = error.errors.map(\.description)
            #expect(messages.contains { $0.hasPrefix("f.yaml:4: id: duplicate field id 'a'") })
            #expect(messages.contains { $0.contains("alias '（一）编制数' of field 'b' is also claimed by field 'a'") })
        }
    }

    @Test func badValuesAndUnknownReferencesAreErrors() throws {
        let text = """
            version: 2
            fields:
              - {id: a, role: row, aliases: [编制数], examples: {match: [编制数]}}
              - {id: s, role: measure, kind: score, aliases: [得分], total_row: 总分, examples: {match: [得分]}}
            prose_patterns:
              - {id: p, field: nope, labels: [编制], examples: {match: [{text: 编制1人, value: "1"}]}}
            """
        do {
            _ = try RuleSet.load([RuleFile(name: "g.yaml", text: text)])
            Issue.record("expected errors")
        } catch {
            let messages = error.errors.map(\.description)
            #expect(messages.contains { $0.hasPrefix("g.yaml:1: version: must be 1") })
            #expect(messages.contains { $0.hasPrefix("g.yaml:3: role: 'row' is not one of: item, measure, total, label, text") })
            #expect(messages.contains { $0.contains("prose pattern 'p' names unknown field 'nope'") })
            #expect(messages.contains { $0.hasPrefix("g.yaml:4: total_row: field 's' names unknown field '总分' as its total row's field") })
        }
    }

    @Test func invalidYAMLNamesTheFile() {
        #expect(throws: RuleErrors.self) {
            try RuleSet.load([RuleFile(name: "broken.yaml", text: "fields: [unclosed")])
        }
    }

    /// A sum connective without its bar (`加上级`) would cut nothing or the wrong word: refused,
    /// named by file and line.
    @Test func aSumConnectiveNeedsItsBar() throws {
        let prose = RuleFile(name: "rules/prose.yaml", text: """
            version: 1
            prose_grammar:
              sum_connectives: ["加|上级", "加上级"]
            """)
        do {
            _ = try RuleSet.load([prose])
            Issue.record("expected errors")
        } catch {
            let messages = error.errors.map(\.description)
            #expect(messages.contains { $0.hasPrefix("rules/prose.yaml:3") && $0.contains("'加上级' needs one '|'") }, "\(messages)")
        }
    }

    /// A largest amount under 10000 元 is a number written in 万 by mistake: refused by file and line.
    @Test func aLargestAmountIsInYuan() throws {
        let form = """
            version: 1
            table_kinds:
              - id: form
                name: 自评表
                title_words: [自评表]
                largest_amount_yuan: 10000000
                examples: {match: [2023年度自评表]}
            """
        let small = """

              - id: small
                name: 明细表
                title_words: [明细表]
                largest_amount_yuan: 100
                examples: {match: [支出明细表]}
            """
        do {
            _ = try RuleSet.load([RuleFile(name: "rules/tables.yaml", text: form + small)])
            Issue.record("expected errors")
        } catch {
            let messages = error.errors.map(\.description)
            #expect(messages.count == 1, "\(messages)")
            #expect(messages.contains { $0.hasPrefix("rules/tables.yaml:11") && $0.contains("'small'") }, "\(messages)")
        }
        let rules = try RuleSet.load([RuleFile(name: "rules/tables.yaml", text: form)])
        #expect(rules.tableKinds.first?.largestAmountYuan == 10_000_000)
    }

    /// Broken YAML in the fields file is the one error shown: the prose patterns and checks of
    /// the other files name fields it would have declared, and must not each be reported unknown.
    @Test func aBrokenFileIsReportedAloneWithoutUnknownReferenceNoise() throws {
        let fields = RuleFile(name: "rules/fields.yaml", text: "version: 1\nfields:\n  - {id: a, name: role: x}\n")
        let prose = RuleFile(name: "rules/prose.yaml", text: """
            version: 1
            prose_patterns:
              - {id: p, field: a, labels: [编制], examples: {match: [{text: 编制1人, value: "1"}]}}
            """)
        do {
            _ = try RuleSet.load([fields, prose])
            Issue.record("expected errors")
        } catch {
            let messages = error.errors.map(\.description)
            #expect(messages.count == 1, "\(messages)")
            #expect(messages.first?.hasPrefix("rules/fields.yaml:3: ") == true)
            #expect(messages.first?.contains("not valid YAML") == true)
        }
    }

    @Test func fingerprintChangesWithAnyRule() throws {
        let base = RuleFile(name: "a.yaml", text: "version: 1\nunits: [万元]\n")
        let changed = RuleFile(name: "a.yaml", text: "version: 1\nunits: [万元, 元]\n")
        #expect(try RuleSet.load([base]).fingerprint != RuleSet.load([changed]).fingerprint)
        #expect(try RuleSet.load([base]).fingerprint == RuleSet.load([base]).fingerprint)
    }

    /// A label no rule names becomes recognized by adding an alias in YAML, with no Swift change.
    @Test func aNewAliasInYAMLNamesAPreviouslyUnnamedLabel() throws {
        let name = "004_0656e2f4a1cf6b1e.txt"
        func vehicles(_ rules: RuleSet) throws -> Figure? {
            let document = try Pipeline(rules: rules).run(bytes: Corpus.bytes(name), path: name)
            return document.recognized.figures.first { $0.line == 296 }
        }
        let before = try #require(try vehicles(Corpus.rules))
        #expect(before.rowLabel == "其中:1.车辆")
        #expect(before.rowField == nil)
        #expect(before.field == "asset_quantity")

        let extra = RuleFile(name: "rules/local.yaml", text: """
            version: 1
            fields:
              - {id: vehicles, name: 车辆, role: item, kind: count, aliases: [车辆], examples: {match: ["其中：1.车辆"]}}
            """)
        let files = try Corpus.ruleFiles() + [extra]
        let after = try #require(try vehicles(RuleSet.load(files)))
        #expect(after.rowField == "vehicles")
        #expect(after.field == "vehicles")  // an item row names its figure
    }
}

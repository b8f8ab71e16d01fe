import Foundation
import Testing

extension BatchEndToEnd {
    /// The loop around a rules change on the real corpus: take the alias 目标标杆值 out of the
    /// field `benchmark`; `suggest` must propose it back first, on that field; `--apply` must not
    /// touch the file without `--write` and must restore the alias with it; and `diff` between
    /// runs with and without the alias must list exactly the figures it labels.
    @Suite struct RulesFeedback {
        static let alias = "目标标杆值"
        let rules: URL
        let corpus = TestPaths.packageRoot.appendingPathComponent("corpus")

        /// A copy of rules/ with the alias removed from benchmark's aliases (its examples stay:
        /// loading does not run them).
        init() throws {
            rules = try TestPaths.temporaryDirectory("rules-without-alias")
            for name in try FileManager.default.contentsOfDirectory(atPath: TestPaths.packageRoot.appendingPathComponent("rules").path) {
                try FileManager.default.copyItem(
                    at: TestPaths.packageRoot.appendingPathComponent("rules/\(name)"), to: rules.appendingPathComponent(name))
            }
            let fields = rules.appendingPathComponent("fields.yaml")
            let text = try String(contentsOf: fields, encoding: .utf8)
            let original = "aliases: [\(Self.alias), 标杆值]"
            try #require(text.contains(original), "rules/fields.yaml changed: benchmark's aliases are not \(original)")
            try text.replacingOccurrences(of: original, with: "aliases: [标杆值]").write(to: fields, atomically: true, encoding: .utf8)
        }

        @Test func suggestProposesTheRemovedAliasFirst() throws {
            let run = try BinaryRun.run(["suggest", corpus.path, "--rules", rules.path, "--limit", "3"])
            #expect(run.status == 0, "\(run.stderr)")
            let first = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("  # 1. ") })
            #expect(first.contains("column label \(Self.alias): would label 15 figures"), "\(run.stdout)")
            let entry = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("  - {") })
            #expect(entry == "  - {id: benchmark, aliases: [标杆值, \(Self.alias)]}")

            // With the alias in place, nothing on the corpus would label as many figures.
            let full = try BinaryRun.run(["suggest", corpus.path, "--rules", TestPaths.packageRoot.appendingPathComponent("rules").path])
            #expect(!full.stdout.contains("label \(Self.alias):"))
        }

        @Test func applyWritesOnlyWithWrite() throws {
            let fields = rules.appendingPathComponent("fields.yaml")
            let before = try Data(contentsOf: fields)
            let dry = try BinaryRun.run(["suggest", corpus.path, "--rules", rules.path, "--apply", "1"])
            #expect(dry.status == 0, "\(dry.stderr)")
            #expect(dry.stdout.contains("+   - {id: benchmark, name: 目标标杆值, role: measure, kind: amount, aliases: [标杆值, \(Self.alias)],"))
            #expect(dry.stdout.contains("dry run"))
            #expect(try Data(contentsOf: fields) == before, "--apply without --write changed the rule file")

            let wrote = try BinaryRun.run(["suggest", corpus.path, "--rules", rules.path, "--apply", "1", "--write"])
            #expect(wrote.status == 0, "\(wrote.stderr)")
            let after = try String(contentsOf: fields, encoding: .utf8)
            #expect(after == String(decoding: before, as: UTF8.self).replacingOccurrences(
                of: "aliases: [标杆值]", with: "aliases: [标杆值, \(Self.alias)]"))
            let again = try BinaryRun.run(["suggest", corpus.path, "--rules", rules.path])
            #expect(!again.stdout.contains("label \(Self.alias):"), "the alias is known again")
        }

        @Test func diffListsExactlyTheFiguresTheAliasLabels() throws {
            let with = try TestPaths.temporaryDirectory("with-alias")
            let without = try TestPaths.temporaryDirectory("without-alias")
            let packageRules = TestPaths.packageRoot.appendingPathComponent("rules").path
            #expect(try BinaryRun.run([corpus.path, "--out", with.path, "--rules", packageRules, "-q"]).status == 0)
            #expect(try BinaryRun.run([corpus.path, "--out", without.path, "--rules", rules.path, "-q"]).status == 0)

            let labelled = try String(contentsOf: with.appendingPathComponent("figures.jsonl"), encoding: .utf8)
                .split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
                .filter { $0["alias"] as? String == Self.alias }
                .map { "\($0["path"]!) \($0["id"]!)" }
            #expect(labelled.count == 15)

            let diff = try BinaryRun.run(["diff", with.path, without.path, "--jsonl", "-"])
            #expect(diff.status == 1, "changes found means exit status 1: \(diff.stderr)")
            let rows = diff.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
            let figures = rows.filter { $0["kind"] as? String == "figure" }
            #expect(Set(figures.map { "\($0["path"]!) \($0["id"]!)" }) == Set(labelled))
            #expect(figures.count == labelled.count)
            #expect(figures.allSatisfy { $0["change"] as? String == "changed" && $0["aspects"] as? [String] == ["field"] })
            #expect(figures.allSatisfy { ($0["new"] as? [String: Any])?["field"] is NSNull })
            #expect(!rows.contains { $0["kind"] as? String == "check" })

            let summary = try BinaryRun.run(["diff", with.path, without.path])
            #expect(summary.stdout.contains("figures: 0 added, 0 removed, 15 changed (value 0, labels 0, field 15, confidence 0)"))
            let same = try BinaryRun.run(["diff", with.path, with.path])
            #expect(same.status == 0 && same.stdout.contains("no change"))
            let missing = try BinaryRun.run(["diff", with.path, with.appendingPathComponent("nowhere").path])
            #expect(missing.status == 2)
        }
    }
}

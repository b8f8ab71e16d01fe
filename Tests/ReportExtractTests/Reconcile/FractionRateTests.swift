import Foundation
import Testing

@testable import ReportExtract

/// A 执行率 printed as a fraction (`0.958`, `0.1`) under a column whose field is in percent.
@Suite struct FractionRateTests {
    func extract(_ text: String, path: String) throws -> ExtractedDocument {
        try Pipeline(rules: Corpus.rules).run(bytes: Array(text.replacingOccurrences(of: "→", with: "\t").utf8), path: path)
    }

    func figure(_ document: ExtractedDocument, _ raw: String) throws -> Figure {
        try #require(document.figures.first { $0.raw == raw })
    }

    /// 施甸's budget line (a clerk's reading): 94 / 650 = 14.46 %, printed `0.1`; at `%` alone the
    /// rate was 0.1 % and `execution_rate_of_budget` violated.
    @Test func aFractionClosesTheRateAsTenPercent() throws {
        let document = try extract("项目支出绩效自评表\n\n" + ShidianForm.budgetLine + "\n", path: "shidian.txt")
        let rate = try figure(document, "0.1")
        #expect(rate.field == "execution_rate")
        #expect(rate.chosen?.valueString == "10")
        #expect(rate.unit == "%")
        #expect(rate.repairs == [NumberRepair(kind: .rateAsFraction, from: "0.1", to: "10%")])
        #expect(rate.confidence == .medium)
        let check = try #require(document.reconciled.checks.first { $0.id == "execution_rate_of_budget@t0.r1" })
        #expect(check.status == .ok)
        #expect(check.chose == ["t0.r1.c3": "10%"])
    }

    /// 裕安's budget line: 27.8 / 29 = 95.86 %, printed `0.958`: `execution_rate` closes on 95.8 %
    /// and chooses it; 9 × 95.8 % = 8.62 against the printed 8 is then a miss by rounding.
    @Test func theRateCheckChoosesTheFractionForTheScoreAfterIt() throws {
        let document = try extract(yuan(withExecution: true), path: "yuan.txt")
        let rate = try figure(document, "0.958")
        #expect(rate.chosen?.valueString == "95.8")
        let rateCheck = try #require(document.reconciled.checks.first { $0.rule == "execution_rate" })
        #expect(rateCheck.status == .ok)
        let score = try #require(document.reconciled.checks.first { $0.rule == "budget_score" })
        #expect((score.status, score.reason, score.expected) == (.violated, "rounding_only", "[8.6175, 8.6265]"))
    }

    /// Without a 执行数 no check closes: the rate stays undecided, and the score's miss is told
    /// against the nearer reading (8.62, not 9 × 0.958 % = 0.086).
    @Test func anUncheckedFractionStaysUndecidedAndTheNearestMissIsTold() throws {
        let document = try extract(yuan(withExecution: false), path: "yuan.txt")
        let rate = try figure(document, "0.958")
        #expect(rate.chosen == nil)
        #expect(rate.confidence == .low)
        #expect(FigureJSON(rate).candidates == ["0.958", "95.8%"])
        let check = try #require(document.reconciled.checks.first { $0.rule == "budget_score" })
        #expect(check.status == .violated)
        #expect(check.reason == "rounding_only")
        #expect(check.expected == "[8.6175, 8.6265]")
    }

    private func yuan(withExecution: Bool) -> String {
        let execution = withExecution ? ["→全年执行数"] : []
        let executed = withExecution ? ["→27.8"] : []
        return (["→项目资金(万元)", "→年初预算数", "→全年预算数"] + execution + ["→分值", "→执行率", "→得分", ""]
            + ["→年度资金总额", "→29", "→29"] + executed + ["→9", "→0.958", "→8", "", ""]).joined(separator: "\n") + "\n"
    }

    /// A rate printed with its `%`, an integer, or a value above 1 is read as printed.
    @Test func onlyABareFractionIsOffered() throws {
        let document = try extract("""
            →项目资金(万元)
            →全年预算数
            →全年执行数
            →执行率

            →年度资金总额
            →100
            →95
            →0.95%

            →其中:当年财政拨款
            →100
            →95
            →95.00


            """, path: "plain.txt")
        for raw in ["0.95%", "95.00"] {
            #expect(try figure(document, raw).repairs.isEmpty, "\(raw)")
        }
        #expect(try figure(document, "95.00").chosen?.valueString == "95.00")
    }
}

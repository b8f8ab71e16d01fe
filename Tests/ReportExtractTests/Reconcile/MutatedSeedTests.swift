import Foundation
import Testing

@testable import ReportExtract

/// Seeds with one printed figure changed, to show what the interval checks see.
@Suite struct MutatedSeedTests {
    func run(_ name: String, replacing old: String, with new: String) throws -> ExtractedDocument {
        let text = Corpus.text(name)
        let (old, new) = (old.replacingOccurrences(of: "→", with: "\t"), new.replacingOccurrences(of: "→", with: "\t"))
        #expect(text.contains(old), "\(old) not in \(name)")
        let changed = text.replacingOccurrences(of: old, with: new)
        return try Pipeline(rules: Corpus.rules).run(bytes: Array(changed.utf8), path: name)
    }

    func status(_ document: ExtractedDocument, _ id: String) throws -> (CheckResult.Status, String?) {
        let result = try #require(document.reconciled.checks.first { $0.id == id })
        return (result.status, result.reason)
    }

    /// Σ 分值 is exact: a printed total one unit off is a substantive violation.
    @Test func exactTotalOneUnitOffIsViolated() throws {
        let document = try run("000_9e756e20db3ef670.txt", replacing: "→总分\n→100分", with: "→总分\n→101分")
        #expect(try status(document, "total_score@t1.weight") == (.violated, "substantive"))
    }

    /// 合计 11,492.7 over six items of two decimals: the items sum to 11492.70 exactly.
    @Test func roundedTotalOneUnitOffIsViolatedAndRoundingAloneIsNot() throws {
        let name = "004_0656e2f4a1cf6b1e.txt"
        #expect(try status(Corpus.extracted(name), "breakdown_total_row@t3.c1") == (.ok, nil))
        let oneUnit = try run(name, replacing: "→11,492.7", with: "→11,492.8")
        #expect(try status(oneUnit, "breakdown_total_row@t3.c1") == (.violated, "rounding_only"))
        let tenUnits = try run(name, replacing: "→11,492.7", with: "→11,493.7")
        #expect(try status(tenUnits, "breakdown_total_row@t3.c1") == (.violated, "substantive"))
    }

    /// 项目支出 1070.19 = 1048.46 + 21.73. Two rounded items may each hide half a cent, so a total
    /// printed one cent higher is still consistent (no false alarm), two cents higher is not.
    @Test func twoRoundedPartsTolerateOneUnitButNotTwo() throws {
        let name = "000_9e756e20db3ef670.txt"
        let oneCent = try run(name, replacing: "→1070.19", with: "→1070.20")
        #expect(try status(oneCent, "project_expenditure_items@t0.c1") == (.ok, nil))
        let twoCents = try run(name, replacing: "→1070.19", with: "→1070.21")
        #expect(try status(twoCents, "project_expenditure_items@t0.c1").0 == .violated)
    }

    /// A garbled total with two readings: the sum picks the one that closes it.
    @Test func aCheckChoosesAmongCandidates() throws {
        let document = try run("000_9e756e20db3ef670.txt", replacing: "→1124..65", with: "→112.4.65")
        let total = try #require(document.figures.first { $0.line == 86 })
        #expect(total.chosen?.valueString == "1124.65")
        #expect(total.reasons.contains("chosen_by:expenditure_total@t0.c1"))
        #expect(total.confidence == .medium)
    }
}

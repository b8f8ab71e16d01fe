import Foundation
import Testing

@testable import ReportExtract

/// The identities of the seeds, as a careful reader works them out by hand.
@Suite struct SeedCheckTests {
    func document(_ name: String) throws -> ExtractedDocument { try Corpus.extracted(name) }

    func figure(_ document: ExtractedDocument, line: Int, _ raw: String? = nil) throws -> Figure {
        try #require(document.figures.first { $0.line == line && (raw == nil || $0.raw == raw) })
    }

    func check(_ document: ExtractedDocument, _ id: String) throws -> CheckResult {
        try #require(document.reconciled.checks.first { $0.id == id }, "no check \(id)")
    }

    @Test func doublePointRepairedAndConfirmedByTheExpenditureTotal() throws {
        let doc = try document("000_9e756e20db3ef670.txt")
        let total = try figure(doc, line: 86)
        #expect(total.chosen?.valueString == "1124.65")
        #expect(total.repairs == [NumberRepair(kind: .doublePoint, from: "1124..65", to: "1124.65")])
        #expect(total.confidence == .medium)
        #expect(total.reasons.contains("repair:confirmed"))
        let result = try check(doc, "expenditure_total@t0.c1")
        #expect(result.status == .ok)
        #expect(result.expected == "[1124.64, 1124.66] 万")
        #expect(result.lines(in: doc.figures) == [86, 91, 101])
        // 54.6 + 44.64 with mixed precision: [99.185, 99.295] holds 99.24.
        #expect(try check(doc, "expenditure_total@t0.c2").status == .ok)
    }

    @Test func fenForScoreIsTheScoreTen() throws {
        let doc = try document("000_9e756e20db3ef670.txt")
        let score = try figure(doc, line: 208)
        #expect(score.raw == "10份")
        #expect(score.field == "score")
        #expect(score.chosen?.valueString == "10")
        #expect((score.unit, score.confidence) == ("分", .medium))
        #expect(try check(doc, "total_score@t1.score").status == .ok)
        #expect(try check(doc, "total_score@t1.weight").status == .ok)
    }

    @Test func staffControlRateOfSeed000IsARoundingOnlyMiss() throws {
        let doc = try document("000_9e756e20db3ef670.txt")
        let result = try check(doc, "staff_control_rate@t0.r1")
        #expect(result.status == .violated)
        #expect(result.reason == "rounding_only")  // 10 / 17 = 58.8235…%, printed 58.83%
        #expect(try figure(doc, line: 78).confidence == .medium)  // rounding-only changes no grade
    }

    @Test func seed001ControlRateContradictsItsCounts() throws {
        let doc = try document("001_a2c5c2f5df1e7fe7.txt")
        let result = try check(doc, "staff_control_rate@t0.r2")
        #expect(result.status == .violated)
        #expect(result.reason == "substantive")  // 29 / 18 = 161.11 %, printed 177.78 % (= 32 / 18)
        for line in [71, 72, 73] { #expect(try figure(doc, line: line).confidence == .low) }
    }

    @Test func seed001RepairsStayHonest() throws {
        let doc = try document("001_a2c5c2f5df1e7fe7.txt")
        let executed = try figure(doc, line: 218)
        #expect(executed.raw == "3243..37")
        #expect(executed.chosen?.valueString == "3243.37")
        #expect(executed.repairs.map(\.kind) == [.doublePoint])
        #expect(executed.confidence == .low)  // its only identity (执行率 printed 10) is violated
        let garbled = try figure(doc, line: 564)
        #expect(garbled.raw == "98%1")
        #expect(garbled.chosen == nil)
        #expect(garbled.confidence == .low)
        #expect(FigureJSON(garbled).candidates == ["98%", "98.1%"])
    }

    @Test func seed003ExecutionRateAndBudgetScoreClose() throws {
        let doc = try document("003_f55f75cbe4f5ac91.txt")
        #expect(try check(doc, "execution_rate@t1.r2").status == .ok)  // 1403.23 / 1764.12 = 79.5427 %
        #expect(try check(doc, "budget_score@t1.r2").status == .ok)  // 10 × 79.54 % = 7.954
        #expect(try figure(doc, line: 208).confidence == .high)
        #expect(try figure(doc, line: 209).confidence == .high)
    }

    @Test func everyTotalRowOfSeed004IsChecked() throws {
        let doc = try document("004_0656e2f4a1cf6b1e.txt")
        let totals = doc.figures.filter { $0.rowLabel == "合计" && $0.unit != "%" }
        #expect(totals.count == 6)  // the 数量 合计 of the asset table is `——`
        let checked = Set(doc.reconciled.checks.filter { $0.rule == "breakdown_total_row" }.flatMap { $0.figureIDs(in: doc.figures).prefix(1) })
        for total in totals { #expect(checked.contains(total.id), "\(total.id) line \(total.line)") }
        let statuses = doc.reconciled.checks.filter { $0.rule == "breakdown_total_row" }.map { "\($0.id) \($0.status.rawValue) \($0.reason ?? "")" }
        #expect(statuses == [
            "breakdown_total_row@t0.c1 ok ", "breakdown_total_row@t1.c2 ok ", "breakdown_total_row@t2.c1 ok ",
            "breakdown_total_row@t3.c1 ok ",
            // 固定资产 合计 over (一)…(六): (一) and (三) print `——`, so the sum cannot be closed.
            "breakdown_total_row@t4.c2 not_evaluable missing_operand", "breakdown_total_row@t4.c3 not_evaluable missing_operand",
        ])
    }

    @Test func templateVariantsOfTheBudgetLine() throws {
        let doc = try document("002_1fca6c6e25a453d6.txt")
        // Project table: the budget line's 分值 100 / 得分 98 is the form's total, not 10 points.
        #expect(try check(doc, "budget_score@t2.r3").reason == "template_variant")
        #expect(try check(doc, "total_score@t2.score").status == .ok)
        // Overall table: the indicators carry the whole 100 and the budget line stands outside.
        let outside = try check(doc, "total_score@t1.weight")
        #expect(outside.status == .ok)
        #expect(outside.reason == "template:budget_line_outside_total")
    }

    @Test func proseAgainstTheSelfEvaluationTable() throws {
        let doc = try document("003_f55f75cbe4f5ac91.txt")
        #expect(try check(doc, "prose_matches_self_evaluation@p27.k1").status == .ok)  // 859.70
        // 870.34 is the budget's 基本支出 beside the actual 859.70 that agrees: 870.34 + 2680.1 is
        // the form's 年初预算数 3550.44, the form splits its 全年执行数.
        #expect(try check(doc, "prose_matches_self_evaluation@p26.k1").reason == "other_basis")
        // Seed 002 splits two totals: the text's 基本支出 252.47 + 项目支出 40 = 292.47, the form's
        // 年初预算数; the form's 248.75 + 136.52 = 385.27, its 全年执行数. Not comparable (it was a
        // violation, the text's figures low).
        let otherBasis = try document("002_1fca6c6e25a453d6.txt")
        for id in ["prose_matches_self_evaluation@p745.k0", "prose_matches_self_evaluation@p747.k0"] {
            #expect(try check(otherBasis, id).status == .notEvaluable)
            #expect(try check(otherBasis, id).reason == "other_basis")
        }
        // The same split of the same total is compared: 003's 859.70 + 543.53 is its 全年执行数.
        #expect(try check(doc, "prose_matches_self_evaluation@p27.k2").status == .ok)
    }

    @Test func documentGrade() throws {
        let grade = try document("001_a2c5c2f5df1e7fe7.txt").reconciled.grade
        #expect(grade.figures == grade.high + grade.medium + grade.low)
        #expect(grade.low > 0)
        #expect(grade.worstTable?.worst == .low)
        #expect(grade.checksViolated > 0)
    }
}

import Foundation
import Testing

@testable import ReportExtract

/// Sichuan's project form (部门预算项目支出绩效自评表, another province's layout): its 总额 is split
/// by funding source (财政资金 / 财政专户管理资金 / 单位资金 / 其他资金), its weights are 权重 and its
/// last row is a 合计. The numbers are made up; the layout is the form's. (SAX layout: one row
/// per line, cells after TABs, written as →.)
@Suite struct FundingSourceTests {
    func run(_ text: String) throws -> (checks: [String: CheckResult], figures: [String: Figure]) {
        let bytes = Array(text.replacingOccurrences(of: "→", with: "\t").utf8)
        let document = try Pipeline(rules: Corpus.rules).run(bytes: bytes, path: "test.txt")
        return (
            Dictionary(uniqueKeysWithValues: document.reconciled.checks.map { ($0.id, $0) }),
            Dictionary(uniqueKeysWithValues: document.reconciled.figures.map { ($0.id, $0) })
        )
    }

    static func form(unitFunds: String) -> String {
        """
        部门预算项目支出绩效自评表（2023年度）
        →项目名称→某项目
        →预算执行情况（10分）→年度预算数（万元）→年初预算→调整后预算数→预算执行数→预算执行率→权重→得分→原因
        →→总额→100.00→120.00→108.00→90.00%→10→9→
        →→其中：财政资金→80.00→100.00→90.00→90.00%→/→/→
        →→单位资金→\(unitFunds)→/→/→
        →→其他资金→→→→→/→/→
        →绩效指标（90分）→一级指标→二级指标→三级指标→指标性质→指标值→度量单位→完成值→权重→得分→未完成原因分析
        →→产出指标→数量指标→培训人数→≥→100→人次→120→50→50→
        →→效益指标→社会效益指标→满意度→≥→90→%→95→40→40→
        →合计→100→99→

        """
    }

    @Test func totalIsTheSumOfItsFundingSourcesAndABlankSourceIsNone() throws {
        let (checks, figures) = try run(Self.form(unitFunds: "20.00→20.00→18.00→90.00%"))
        #expect(figures["t0.r3.c2"]?.field == "fiscal_funds")
        #expect(figures["t0.r4.c4"]?.field == "unit_funds")
        #expect(figures["t0.r2.c3"]?.field == "total_funds")
        #expect(figures["t0.r2.c3"]?.columnLabel == "调整后预算数")
        // 100 = 80 + 20, 120 = 100 + 20, 108 = 90 + 18; 其他资金, blank across, is no part.
        for column in 2...4 {
            #expect(checks["project_funds_total@t0.c\(column)"]?.status == .ok, "c\(column)")
        }
        #expect(checks["project_funds_total@t0.c2"]?.expected == "[99.99, 100.01] 万")
        #expect(figures["t0.r2.c3"]?.confidence == .high)
    }

    @Test func aSourceBlankInOneColumnOnlyLeavesThatColumnUnchecked() throws {
        // 单位资金 prints its 年初预算 but not the rest: blank is not 0 there.
        let (checks, _) = try run(Self.form(unitFunds: "20.00→→→"))
        #expect(checks["project_funds_total@t0.c2"]?.status == .ok)
        #expect(checks["project_funds_total@t0.c3"]?.status == .notEvaluable)
        #expect(checks["project_funds_total@t0.c3"]?.reason == "missing_operand")
    }

    @Test func aTotalRowUnderTheScoreColumnIsTheTotalScore() throws {
        let (checks, figures) = try run(Self.form(unitFunds: "20.00→20.00→18.00→90.00%"))
        // 合计 × 得分 is the form's 总分 (the score field's `total_row`); 合计 × 权重 stays a weight.
        #expect(figures["t0.r9.c2"]?.raw == "99")
        #expect(figures["t0.r9.c2"]?.field == "total_score")
        #expect(figures["t0.r9.c1"]?.field == "weight")
        // 99 = 9 + 50 + 40 and 100 = 10 + 50 + 40: both sums are evaluated.
        #expect(checks["total_score@t0.score"]?.status == .ok)
        #expect(checks["total_score@t0.weight"]?.status == .ok)
    }
}

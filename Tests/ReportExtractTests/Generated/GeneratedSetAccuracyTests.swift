import Foundation
import Testing

@testable import ReportExtract

/// Issue 9's gate, raised as the reading improved: on the generated reports (Tools/formgen,
/// answers known by construction), in both Tika layouts, table figures found ≥ 99.5 %, row and
/// column labels right for ≥ 99.5 % of them (measured on 5 December 2026: 100.0 % and 100.0 %
/// DOM, 100.0 % and 99.9 % SAX), and no figure graded high with a wrong value or label (or not
/// expected at all).
/// `.ci/run` builds `generated/` before `swift test`; locally the test is skipped, saying how to
/// build it, unless `CI` is set, where a missing set fails.
@Suite struct GeneratedSetAccuracyTests {
    static let root = Corpus.root.appendingPathComponent("generated")

    @Test(arguments: ["tika-dom", "tika-sax"])
    func tableFiguresAndLabelsOnUnseenReports(layout: String) throws {
        guard let run = try GeneratedSetRun.run(
            Self.root.appendingPathComponent(layout), missing: "Tools/formgen/build-set.sh generated")
        else { return }
        #expect(run.documents >= 200)
        let (table, all, wrongHigh) = (run.table, run.all, run.wrongHigh)
        #expect(table.recall >= 0.995, "table figures found: \(table.found) of \(table.expected)")
        #expect(table.labelShare >= 0.995, "labels right: \(table.labelsRight) of \(table.found)")
        #expect(all.highWrong == 0, "high but wrong:\n\(wrongHigh.prefix(20).joined(separator: "\n"))")
    }

    /// Another province's project form (Sichuan's 部门预算项目支出绩效自评表: 权重, 完成值,
    /// 调整后预算数, 总额 by funding source, a 合计 row), made by `families.project_sc` in about a
    /// third of the documents: read as well as the Hunan forms, its checks evaluated so that its
    /// figures can be high.
    @Test(arguments: ["tika-dom", "tika-sax"])
    func anotherProvincesProjectForm(layout: String) throws {
        guard let run = try GeneratedSetRun.run(
            Self.root.appendingPathComponent(layout), missing: "Tools/formgen/build-set.sh generated")
        else { return }
        let form = try #require(run.families["project_sc"])
        #expect(form.expected >= 1000)
        #expect(form.recall >= 0.99, "found: \(form.found) of \(form.expected)")
        #expect(form.strictRecall >= 0.99, "right in value, labels and field: \(form.strict) of \(form.expected)")
        #expect(Double(form.high) >= 0.5 * Double(form.found), "high: \(form.high) of \(form.found)")
        #expect(form.highWrong == 0)
    }
}

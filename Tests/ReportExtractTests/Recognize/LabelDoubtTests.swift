import Foundation
import Testing

@testable import ReportExtract

/// Labels in doubt keep a figure at medium however its value checks out.
@Suite struct LabelDoubtTests {
    /// A row naming an amount under a column naming a count (seed 690113, Tika SAX, with its
    /// 经费控制情况 header taken out, as the row joiner once lost it by joining it to the row under
    /// it: the staff header then names the amounts): the column sums close, the field is still
    /// wrong.
    @Test func anAmountRowUnderACountColumnIsNotHigh() throws {
        let name = "gen_690113-sax-without-funds-header.txt"
        let url = Corpus.root.appendingPathComponent("Tests/Fixtures/confidence/\(name)")
        let document = try Pipeline(rules: Corpus.rules).run(bytes: [UInt8](try Data(contentsOf: url)), path: name)
        let figure = document.figures.first { $0.line == 58 && $0.raw == "521.29" }
        #expect(figure?.rowLabel == "项目支出:")
        #expect(figure?.confidence == .medium)
        #expect(figure?.reasons.contains(LabelDoubt.fieldsDisagree) == true)
        // The staff row itself keeps its grade.
        let staff = document.figures.first { $0.line == 47 && $0.raw == "69" }
        #expect(staff?.field == "staff_quota")
        #expect(staff?.confidence == .high)
    }

    @Test(arguments: [
        ("project_expenditure", "staff_quota", true), ("staff_actual", "final_accounts", false),
        ("staffing_block", "staff_quota", false), ("basic_expenditure", "budget", false),
        ("car_purchase", "staff_actual", true),
    ])
    func moneyAgainstHeadsIsInDoubt(row: String, column: String, doubt: Bool) {
        let rules = Corpus.rules
        #expect(LabelDoubt.fieldsDisagree(row: rules.field(id: row), column: rules.field(id: column)) == doubt)
    }
}

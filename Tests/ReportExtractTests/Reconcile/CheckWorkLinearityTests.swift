import Foundation
import Testing

@testable import ReportExtract

/// Issue 11: the checks' work must grow linearly with a table's length. Counted operations
/// (figures read, rows visited, operand readings combined: `CheckWork`), not time, so the test
/// says the same on any machine.
@Suite struct CheckWorkLinearityTests {
    /// A seed report with two long tables of `rows` rows each: a 支出明细表 closed by its 合计 row
    /// (one sum over every row) and the self-evaluation table of seed 000 with one indicator row
    /// (分值 10, 得分 10) repeated (a score check per row, and the 总分 sums).
    static func document(rows: Int) -> String {
        var lines = Corpus.text("000_9e756e20db3ef670.txt").components(separatedBy: "\n")
        // Lines 317–326 of seed 000: one 时效指标 row of the 绩效指标 block and its row end.
        let indicatorRow = Array(lines[316..<326])
        precondition(indicatorRow[2] == "\t时效指标" && indicatorRow.last == "", "seed 000 changed: pick another row")
        lines.insert(contentsOf: Array(repeating: indicatorRow, count: rows).joined(), at: 326)
        var breakdown = "\n2022年度支出明细表\n单位：万元\n\t序号\n\t本级财政资金支出\n\t支出数\n\n"
        var cents = 0
        for index in 1...rows {
            let amount = 100 + index % 997 * 37
            cents += amount
            breakdown += "\t\(index)\n\t公共租赁住房维修\(index)\n\t\(amount / 100).\(String(format: "%02d", amount % 100))\n\n"
        }
        breakdown += "\t合计\n\t\(cents / 100).\(String(format: "%02d", cents % 100))\n 附件\n"
        return lines.joined(separator: "\n") + breakdown
    }

    static func work(rows: Int) throws -> (operations: Int, checks: Int) {
        let rules = Corpus.rules
        let decoded = try Decoder().decode(Array(document(rows: rows).utf8))
        let segmented = Segmenter(options: rules.segmentation).segment(Normalizer().normalize(decoded))
        let recognized = Recognizer(rules: rules).recognize(segmented)
        let work = CheckWork()
        let reconciled = Reconciler(rules: rules).reconcile(recognized, work: work)
        return (work.operations, reconciled.checks.count)
    }

    @Test func doublingTheTablesAtMostDoublesTheChecksWork() throws {
        let (small, medium, large) = (try Self.work(rows: 400), try Self.work(rows: 800), try Self.work(rows: 1600))
        // The tables are really checked row by row, so the work has something to grow with.
        #expect(medium.checks >= small.checks + 400 && large.checks >= medium.checks + 800, "\(small) \(medium) \(large)")
        #expect(Double(medium.operations) <= 2.2 * Double(small.operations), "\(small) → \(medium)")
        #expect(Double(large.operations) <= 2.2 * Double(medium.operations), "\(medium) → \(large)")
        // The growth itself at most doubles: a quadratic term would make it quadruple.
        let (first, second) = (medium.operations - small.operations, large.operations - medium.operations)
        #expect(Double(second) <= 2.2 * Double(first), "growth \(first) → \(second)")
    }
}

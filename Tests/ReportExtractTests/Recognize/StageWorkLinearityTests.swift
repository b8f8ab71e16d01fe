import Foundation
import Testing

@testable import ReportExtract

/// Issue 11: segment and recognize must grow linearly with a table's length, like the checks
/// (`CheckWorkLinearityTests`, whose document this reuses: two long tables, a 支出明细表 of `rows`
/// rows closed by its 合计 and a 绩效指标 block of `rows` indicator rows). Counted operations
/// (`StageWork`: lines scanned, row ends priced, cells made and read, figures visited by each
/// row's steps), not time. Recognition went quadratic unnoticed once when only the checks were
/// counted: each row's steps looked through every figure of the table so far.
@Suite struct StageWorkLinearityTests {
    struct Work: CustomStringConvertible {
        var segment: Int
        var recognize: Int
        var tableRows: Int
        var figures: Int
        var description: String { "segment \(segment), recognize \(recognize) (\(tableRows) rows, \(figures) figures)" }
    }

    static func work(rows: Int) throws -> Work {
        let rules = Corpus.rules
        let decoded = try Decoder().decode(Array(CheckWorkLinearityTests.document(rows: rows).utf8))
        let normalized = Normalizer().normalize(decoded)
        let segmentWork = StageWork()
        let segmented = Segmenter(options: rules.segmentation, budget: DocumentBudget(.unlimited, counting: segmentWork))
            .segment(normalized)
        let recognizeWork = StageWork()
        let recognized = Recognizer(rules: rules, budget: DocumentBudget(.unlimited, counting: recognizeWork))
            .recognize(segmented)
        return Work(
            segment: segmentWork.operations, recognize: recognizeWork.operations,
            tableRows: segmented.tables.reduce(0) { $0 + $1.rows.count }, figures: recognized.figures.count)
    }

    /// At most ×2.2 per doubling, of the work and of its growth (a quadratic term would make the
    /// growth itself quadruple).
    static func expectLinear(_ counts: [Int], _ what: String) {
        for (small, large) in zip(counts, counts.dropFirst()) {
            #expect(Double(large) <= 2.2 * Double(small), "\(what): \(small) → \(large)")
        }
        let growth = zip(counts, counts.dropFirst()).map { $1 - $0 }
        for (first, second) in zip(growth, growth.dropFirst()) {
            #expect(Double(second) <= 2.2 * Double(first), "\(what) growth: \(first) → \(second)")
        }
    }

    @Test func doublingTheTablesAtMostDoublesSegmentAndRecognizeWork() throws {
        let runs = try [400, 800, 1600].map { try Self.work(rows: $0) }
        // The long tables are really read row by row, so the work has something to grow with.
        for (small, large) in zip(runs, runs.dropFirst()) {
            #expect(large.tableRows >= small.tableRows + 2 * 400 && large.figures >= small.figures + 400, "\(small) → \(large)")
            #expect(large.segment > small.segment && large.recognize > small.recognize, "\(small) → \(large)")
        }
        Self.expectLinear(runs.map(\.segment), "segment")
        Self.expectLinear(runs.map(\.recognize), "recognize")
    }
}

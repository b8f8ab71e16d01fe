import Testing

@testable import ReportExtract

/// Header labels whose last piece pdftotext printed away from the rest of the label.
@Suite struct SpacedHeaderEndsTests {
    static func headerLabels(_ text: String) throws -> [String] {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "pdf.txt")
        return try #require(document.segmented.tables.first?.headers.first?.labels)
    }

    /// Lines 100–112 of held-out report 220001 (seed 220000): the header row is eight lines tall
    /// (偏差原因分析及改进措施), and `实际完成值`'s last character stands four lines under `完成`,
    /// two columns left (`实际` ¶ `完成` ¶ … ¶ `值` at 39, `完成` at 41).
    static let loneEndFarDown = """
        一级   二级         指标    运算     指标     计量   实际    分值     得分    偏差
        指标   指标         性质     符      值     单位   完成                 原因
                  三级
        \u{0C}                                                          分析
                                                                   及
                   指标                          值
                                                                  改进
                                                                  措施
        产出         高标
        指标         准农                                 8     8
              数量        正向
                   田建        ≧    9.5    万亩                       —
              指标        指标                    10.2
        """

    @Test func aLoneLastCharacterFourLinesDownEndsItsLabel() throws {
        let labels = try Self.headerLabels(Self.loneEndFarDown)
        // Before: `值` a column of its own, and `实际完成`.
        #expect(labels.contains("实际完成值"))
        #expect(!labels.contains("值"))
    }
}

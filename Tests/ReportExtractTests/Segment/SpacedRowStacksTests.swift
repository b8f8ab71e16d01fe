import Testing

@testable import ReportExtract

/// Which row each of a spaced-columns table's wrapped pieces belongs to.
@Suite struct SpacedRowStacksTests {
    /// Lines 83–88 and 181–190 of the pdftotext rendering of generated report 220022: an
    /// indicator form's header and its last two rows, a name wrapped over three lines around its
    /// row's numbers (`服务对` ¶ `象满意 85% 88% 6分 6` ¶ `度`), the total two lines further.
    static let nameAroundOneRow = """
                                                           因
         绩效  一级指 二级指 三级指 年度指 实际完
                                               分值   得分   分析及
         指标    标      标       标   标值    成值
                                                         改进措
                                                           施
        满意度
               度指标   服务对
         指标
                     象满意   85%    88%   6分    6
        （10
                      度
         分）
                合计得分                    100       95.49

        """

    @Test func aStackAroundOneRowsNumbersIsThatRowsCell() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.nameAroundOneRow.utf8), path: "pdf.txt")
        func figures(_ row: String) -> [String] {
            document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        }
        // Before: `度`, as far from the total as from its row, went to the total (the row with
        // fewer numbers), and the row read `服务对象满意`.
        #expect(figures("服务对象满意度") == ["85% 年度指标值", "88% 实际完成值", "6分 分值", "6 得分"])
        #expect(figures("合计得分") == ["100 分值", "95.49 得分"])
    }
}

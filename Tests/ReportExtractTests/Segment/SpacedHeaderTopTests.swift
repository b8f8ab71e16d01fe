import Testing

@testable import ReportExtract

/// Where a table in columns of spaces starts: which lines over its first row are its header's.
@Suite struct SpacedHeaderTopTests {
    /// Lines 62–81 of the pdftotext rendering of generated report 220044 (`FORMGEN_SEED=220000
    /// Tools/formgen/build-set.sh`, then `render_extractors.py`): the head of an indicator form
    /// under the 年度总体目标 cell, its header's words packed a space apart on one line.
    static let packedHeaderLine = """
                         以上。
         绩                                                  未完成
              一级指 二级指 三级指 年度指 实际完
         效                                     分值      得分   原因分
                标      标     标    标值    成值
         指                                                   析
         标                 维修处     ≥85
                                       99 处      13     13
                             数     处
                      数量指
                       标   培训人         2058
                                 ≥1858          13      13
                             数          人次
                                  人次
                           软件系
                      质量指
                           统故障    ≤2%  0.7%      6      6
                       标
                             率
              产出指
        """

    @Test func aLineOfHeaderWordsPackedASpaceApartIsNoTitle() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.packedHeaderLine.utf8), path: "pdf.txt")
        func figures(_ row: String) -> [String] {
            document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.field ?? "-") \($0.columnLabel ?? "-")" }
        }
        // `一级指 二级指 三级指 年度指 实际完` is one piece of 15 characters: read as a title, it
        // left the header `效 … 分值 得分 原因分` and the columns under 年度指标值 without names.
        #expect(figures("维修处数") == ["≥85处 target 年度指标值", "99 处 actual 实际完成值", "13 weight 分值", "13 score 得分"])
        #expect(figures("软件系统故障率") == ["≤2% target 年度指标值", "0.7% actual 实际完成值", "6 weight 分值", "6 score 得分"])
    }

    @Test func packedWordsAreShortChineseWordsASpaceApart() {
        func piece(_ text: String) -> LinePiece { LinePiece(text: text, raw: text, start: 0, end: text.unicodeScalars.count) }
        #expect(SpacedColumnsReader.isPackedWords(piece("一级指 二级指 三级指 年度指 实际完")))
        #expect(!SpacedColumnsReader.isPackedWords(piece("2021 年度部门支出绩效自评表")))
        #expect(!SpacedColumnsReader.isPackedWords(piece("一级指 二级指")))
        #expect(!SpacedColumnsReader.isPackedWords(piece("项目支出 绩效自评 情况说明表")))
    }
}

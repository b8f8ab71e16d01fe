import Testing

@testable import ReportExtract

/// A table run on over a page break: pdftotext lays each page out on its own, so the columns
/// after the break stand elsewhere than under the header.
@Suite struct SpacedPagesTests {
    /// Report 1006's indicator table (the generated set's pdftotext rendering, its lines 64–140,
    /// the first 27 kept as `PackedColumnsTests.headerRunningOnOverStubs`): the header on one page,
    /// the 效益指标 rows after the break at line 111 (here 48), where 分值 stands at 37 instead of
    /// 51 and the text targets (`有效提升`) where the names stood.
    static let rowsAfterAPageBreak = PackedColumnsTests.headerRunningOnOverStubs + "\n" + """
                          合规率    １００%                5
                                 ≤24 小
                                                     4
                 时效指标    故障修复      时       23 小时            4
                         响应时间

                         年度计划
                 时效指标              长期      效果明显       7     7
                         申报完成                                     —
                          时间
                                           414.00
                 成本指标    成本控制    ≤454.9     万元        5    5
                                                                  —
                           数      5 万元
                                 大于等于
        效益指标     经济效     节约财政              ２５２．
                                 ２１６万                 3    3      无
        (30 分)   益指标      资金                ７万元
                                    元
                 经济效益    带动农户    不低于１       136.5          4      无
        \u{0C}                     ２３万元
                指标     增收            万元      4

                                                          受天气影
                                                          响，施工
               经济效益   实现国有                                进度略有
                             有效提升   已完成      6     5.4
                指标    资产增值                                滞后，下
                       保值                                 一步加快
                                                            推进
                                                          个别项目
                      住房保障                         2.5     验收延
               社会效益           ８５%   80%      3
                       覆盖率                                迟，已督
                指标
                                                           促整改
                      低收入群
               社会效益   体居住条   有效提升   持续发挥    3分     3       —
                指标     件改善           作用
                      生活垃圾
               生态效益                 ９７．
                      无害化处    95%            4     4       —
                指标                   ７％
                        理率

                      维护小区                   5
               生态效益          符合标准   基本完成            5
                      绿化环境                                 —
                指标
                                                          部分资金
        """

    @Test func rowsAfterAPageBreakTakeTheHeadersColumns() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.rowsAfterAPageBreak.utf8), path: "pdf.txt")
        func row(_ label: String) -> [String] {
            document.figures.filter { $0.rowLabel == label }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        }
        // Before: `有效提升` and `符合标准` joined the names (`低收入群体居住条有效提升件改善`), and
        // the rows' points moved a column left, 分值 under 全年实际值.
        #expect(row("低收入群体居住条件改善") == ["3分 分值", "3 自评得分"])
        #expect(row("维护小区绿化环境") == ["5 分值", "5 自评得分"])
        #expect(row("实现国有资产增值保值") == ["6 分值", "5.4 自评得分"])
        // Rows on the header's page keep their places.
        #expect(row("住房保障覆盖率") == ["８５% 年度指标值", "80% 全年实际值", "3 分值", "2.5 自评得分"])
    }

    @Test func aPageKeepsItsPlacesUnlessItsPiecesSayOtherwise() {
        let columns = [0..<4, 10..<14, 20..<24]
        func piece(_ start: Int, line: Int) -> SpacedColumnsReader.Piece {
            SpacedColumnsReader.Piece(chunk: LinePiece(text: "12", raw: "12", start: start, end: start + 2), line: line, isValue: true, wide: start..<start + 2)
        }
        // Eight rows a page: the second page's last two columns stand three further left.
        var pieces: [Int: [SpacedColumnsReader.Piece]] = [:]
        for line in 0..<8 { pieces[line] = [piece(0, line: line), piece(10, line: line), piece(20, line: line)] }
        for line in 8..<16 { pieces[line] = [piece(0, line: line), piece(7, line: line), piece(17, line: line)] }
        var aligned = pieces
        SpacedColumnsReader.alignPages(&aligned, 0..<16, pageStarts: [8], columns: columns)
        #expect(aligned[12]!.map(\.chunk.start) == [0, 10, 20])
        #expect(aligned[12]!.map(\.wide.lowerBound) == [0, 10, 20])
        #expect(aligned[3]!.map(\.chunk.start) == [0, 10, 20])
        // One piece off its place says nothing.
        var few = pieces
        for line in 8..<16 { few[line] = [piece(0, line: line), piece(10, line: line), piece(line == 8 ? 17 : 20, line: line)] }
        let before = few.mapValues { $0.map(\.chunk.start) }
        SpacedColumnsReader.alignPages(&few, 0..<16, pageStarts: [8], columns: columns)
        #expect(few.mapValues { $0.map(\.chunk.start) } == before)
    }
}

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

    /// Report 1053's indicator table, lines 198–294 (lines 198–205 and 220–234 kept as
    /// `SpacedRowStacksTests.lastCharacterOverTheNextName`): after the break at line 229 every
    /// column stands a few further left, and evenly spaced columns fit a move of eleven or twelve
    /// too, which would put the names under 指标性质.
    static let pageOfEvenlySpacedColumns: String = {
        let kept = SpacedRowStacksTests.lastCharacterOverTheNextName.split(separator: "\n", omittingEmptySubsequences: false)
        let between = """
                 产出           维修   正向                         44
                                           ≧     44     处           6    6     —
                 指标           处数   指标                         处
                 (50          消防
                                   正向                        296
                 分)           安全           ≥     285    次           6    6分    无
                        数量         指标                         次
                              检查
                        指标
                              信息
                              系统   正向            731         807
                                           ≧            户           5    5     无
                              录入   指标             7           8
                              户数
            """
        let after = """
                       故障
                  时效   修复   反向   小于
                                       2    小时     1      3     3
                  指标   响应   指标   等于
                       时间
                       户均                         118
                            反向   小于   120
                       补贴                   元/户     5     6     6
                            指标   等于    0
                       标准                         元/户
                       项目                         137
                  成本        反向        148
                       总成        ≤          万元    8.26    6     6
                  指标        指标         2
                        本                         万元
                       亩均
                            反向                    737
                       补助        ≤    800   元/亩           7     7     无
                            指标                    元/亩
                       标准
                  社会
                  成本                        不适用
                  指标
                  社会
                       政策
                   效        正向        达到                 10
                       知晓        ＝           %    100          10
                  益指        指标        100                分
                        率
                   标
                       维护
            效益    生态
                       小区   定性        有效          按时
            指标    效益             定性                      11    11     —
                       绿化   指标        提升          完成
            (30   指标
                       环境
            分)
                       项目
                  可持
                       持续
                  续影        正向
                       发挥        ＝     3     年     3     9分     9     无
                  响指        指标
                       效益
                   标
                       年限
            满意         群众
                            正向   大于
            度指    服务   满意             95     %    96.3    4     4     —
                            指标   等于
             标    对象    度
                  满意   服务
                  度指   对象   正向   大于
            （10                       95     %    97.5    6     6
                   标   满意   指标   等于
            分）          度
                                                         100   99.7
                            总分
                                                          分     分
            """
        let lines = kept[..<8] + between.split(separator: "\n", omittingEmptySubsequences: false) + kept[8...]
            + after.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.joined(separator: "\n")
    }()

    @Test func aFirstColumnAtTheMarginStaysAtTheMargin() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.pageOfEvenlySpacedColumns.utf8), path: "pdf.txt")
        func row(_ label: String) -> [String] {
            document.figures.filter { $0.rowLabel == label }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        }
        // Before: `亩均补助标准` and the rows after it moved twelve columns, their figures under
        // the next column or lost.
        #expect(row("亩均补助标准") == ["800 指标值", "737元/亩 实际完成值", "7 分值", "7 得分"])
        #expect(row("项目持续发挥效益年限") == ["3 指标值", "3 实际完成值", "9分 分值", "9 得分"])
        #expect(row("群众满意度") == ["95 指标值", "96.3 实际完成值", "4 分值", "4 得分"])
    }

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

    /// Lines 289–292 and 312–334 of report 1055: the page breaks inside the row 维修验收合格率
    /// (`维修` ¶ `验收` over the break), and the new page packs the rest of its name left, under
    /// the column before (`合格` ¶ `率`, four lines down past the reason column's lines).
    static let rowCutByAPageBreak = """
        绩效                                                                未完
        指标    一级    二级     三级     指标     指标     度量     完成                 成原
                                                              权重    得分
        （90   指标    指标     指标     性质      值     单位      值                 因分
                           消防
                           安全      ≈     699     次     814     4     4
                           检查
                    质量     维修     大于      95     %     93.8     4   3.5   受天
                    指标     验收     等于                           分          气影
        \u{0C}                                                   响，
                                                           施工
                                                           进度
                                                           略有
                  合格                                        滞
                   率                                       后，
                                                           下一
                                                           步加
                                                           快推
                                                            进
                  工程
                                         按时
                  质量   定性   长期                  4    4
                                         完成
                  达标
                  项目
                                         6个
                  完成   ＝     6     个月           6分   6
        """

    @Test func aRowCutByAPageBreakEndsWithItsCellsPackedLeftOnTheNewPage() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.rowCutByAPageBreak.utf8), path: "pdf.txt")
        func figures(_ row: String) -> [String] {
            document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        }
        #expect(figures("维修验收合格率") == ["95 指标值", "93.8 完成值", "4分 权重", "3.5 得分"])
        #expect(figures("工程质量达标") == ["4 权重", "4 得分"])
    }

    /// A Chinese numeral is a word of a cell (`一次验收合格率`): only digits mark a number's piece.
    @Test func aCutCellHoldingAChineseNumeralEndsOnTheNewPage() throws {
        let text = Self.rowCutByAPageBreak.replacingOccurrences(of: "维修", with: "一次")
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "pdf.txt")
        let rows = document.figures.filter { $0.raw == "93.8" }.map(\.rowLabel)
        #expect(rows == ["一次验收合格率"])
    }
}

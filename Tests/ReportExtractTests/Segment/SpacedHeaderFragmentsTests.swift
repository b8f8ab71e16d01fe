import Testing

@testable import ReportExtract

/// A header cell's pieces that pdftotext printed apart, a cell of the next column pushed between
/// them: each piece names no column, together, read top to bottom, they name one.
@Suite struct SpacedHeaderFragmentsTests {
    /// Lines 371–389 of the pdftotext rendering of generated report 1039
    /// (`Tools/formgen/render_extractors.py`): `偏差原` ¶ `自评得 因分析` ¶ `及改进` ¶ `措施`, where
    /// `自评得` lies right under `偏差原` and `因分析` right of it.
    static let reasonHeaderPushedRight = """
                                年度指标值                            偏差原
        一级指 二级指 三级指                          实际完          自评得 因分析
                          指标方          计量单            分值
          标     标     标          指标值          成值           分     及改进
                            向            位
                                                                  措施
        产出指 数量指 补贴发
                            ≧    4936    户    5533    3分   3
          标     标   放户数
        （50         维修验
              质量指
         分）         收合格     ≥      98    %     100     6   6
                标
                      率
                    数据录
              质量指         大于等
                    入准确             98   %     100     2   2
                标           于
                      率
        """

    /// Before, `因分析` headed a column of its own and every row's cells moved a column right:
    /// 4936 was read as a unit, the 二级指标 `数量指标` as the row's name.
    @Test func aHeaderCellsPiecesPushedRightOfItAreOneColumn() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.reasonHeaderPushedRight.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.layout == .spacedColumns)
        let header = table.rows.first?.cells.map(\.text)
        #expect(header?.last == "偏差原因分析及改进措施")
        #expect(header?.contains("因分析") == false)
        func figures(_ row: String) -> [String] {
            document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        }
        #expect(figures("补贴发放户数") == ["4936 年度指标值", "5533 实际完成值", "3分 分值", "3 自评得分"])
        #expect(figures("数据录入准确率") == ["98 年度指标值", "100 实际完成值", "2 分值", "2 自评得分"])
    }

    /// Lines 130–144 of the pdftotext rendering of generated report 1027: the operator column
    /// named 指标方向 (the rules' other name of 指标性质), packed with `二级指 三级指` and ended
    /// two lines down (`标 标 向`), 5 columns right of `指标方`.
    static let directionColumnPacked = """
                                  年度指标值
        一级指                                     实际完
               二级指 三级指 指标方                             分值    得分
          标                        指标值 计量单       成值
                标       标     向
                                           位
        产出指 数量指 维修处
                              ≧      178   处    ２０７     7     7
          标     标       数
        (50 分)         新增绿               万平方
                              ＝     6.5         ６．３     4   3.5 分
                       化面积                 米
                       受益群           ６２
                              ≥            人    6085    6    5.5
                        众           ００
        """

    /// Before, 指标方向 was no column word, so `指标方 ¶ 向` were two columns (`指标方`, `向`), the
    /// rows' names fell under `指标方`, and the rows were named by their 二级指标.
    @Test func aPackedDirectionColumnEndsTwoLinesDown() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.directionColumnPacked.utf8), path: "pdf.txt")
        let header = try #require(document.segmented.tables.first?.rows.first?.cells.map(\.text))
        #expect(header.contains("指标方向"))
        #expect(!header.contains("向"))
        func figures(_ row: String) -> [String] {
            document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        }
        #expect(figures("维修处数") == ["178 年度指标值", "２０７ 实际完成值", "7 分值", "7 得分"])
        #expect(figures("数量指标").isEmpty)
    }

    /// Lines 301–322 of the pdftotext rendering of held-out generated report 220027
    /// (`FORMGEN_SEED=220000`): the side label's score cut at its bracket (`绩效` ¶ `指标` ¶ `（90`
    /// ¶ `分）`) on a line of the header's stubs (`指标 指标 指标 值 因分`).
    static let sideScoreAmongTheStubs = """
        绩效                                                             未完
        指标    一级   二级     三级            指标                             成原
                                 指标            度量   完成     权重   得分
        （90   指标   指标     指标             值                             因分
                                 性质            单位    值
        分）                                                              析
                          培训
                                  ＝     1604   人次   1608   14   14
                          人数
                                                                       受天
                                                                       气影
                                                                       响，
                                                                       施工
                                                                       进度
                          补贴                               8分          略有
                                  ＝     2811        2659        7.5
                   数量     发放                   户                        滞
                   指标     户数                                           后，
                                                                       下一
                                                                       步加
                                                                       快推
              产出                                                        进
        """

    /// Before, `（90` under `绩效指标` read as the first row's piece and ended the header a line
    /// early: every column named by its first line only (`一级`, `指标`, `完成`), the stubs read
    /// into the first row.
    @Test func aSideLabelsScoreAmongTheStubsLeavesThemTheHeaders() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.sideScoreAmongTheStubs.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.rows.first?.cells.map(\.text)
            == ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"])
        func figures(_ row: String) -> [String] {
            document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        }
        #expect(figures("培训人数") == ["1604 指标值", "1608 完成值", "14 权重", "14 得分"])
        #expect(figures("补贴发放户数") == ["2811 指标值", "2659 完成值", "8分 权重", "7.5 得分"])
    }

    /// In `PackedColumnsTests.packedWordsEndsFourLinesDown` the header's words are packed a space
    /// apart (`一级指 二级指 三级指 年度指`), then `实际完 分值 自评得` further right, and their ends
    /// stand on one line four down (`标 标 标 标值 成值 分`), packed as far left: `成值` lies left of
    /// `实际完`, `分` under it.
    /// Before, the ends past the packed run (`成值`, `分`) joined the wrong words: the columns
    /// read `成值`, `实际完分` and `自评得`. Still wrong here: the columns' order, since `成值` and
    /// `分` place their columns left of `分值`, which the reason's pieces then join.
    @Test func theEndsPastAPackedRunEndTheWordsRightOfItInOrder() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(PackedColumnsTests.packedWordsEndsFourLinesDown.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        let header = try #require(table.rows.first?.cells.map(\.text))
        #expect(Array(header[2...7]) == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "自评得分"])
        #expect(!header.contains { ["成值", "实际完分", "自评得"].contains($0) })
    }

    /// Lines 161–174 of the pdftotext rendering of generated report 1047: `年度指标值` over
    /// `运算符 指标值 计量单位`, its pieces over only the first (`运算` ¶ `符`), so it is read with
    /// that column's (`年度指标值运算符`).
    static let groupOverItsFirstColumn = """
                           年度指标值                                偏差
                                                                原因
                                              实际
        一级         三级   指标                                      分析
              二级             运算          计量   完成     分值   得分
        指标         指标   性质        指标                             及
              指标              符          单位    值
                                   值                            改进
                                                                措施
        产出         新增
        指标              正向               万平
              数量   绿化        ≧    2.7         2.8    7    8
        （50             指标               方米
              指标   面积
        """

    /// Before, the 指标值 column was named `指标值` alone, where the other layouts name it
    /// `年度指标值` (the group, as `stackLeadingGroup` names it when the group is a label of its own).
    @Test func aGroupRunIntoItsFirstColumnStillNamesTheValueColumn() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.groupOverItsFirstColumn.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.headers.first?.labels.dropFirst(4).prefix(3) == ["年度指标值运算符", "年度指标值", "计量单位"])
        #expect(document.figures.first { $0.raw == "2.7" }?.columnLabel == "年度指标值")
    }

    /// `SpacedHeaderTopTests.endsLeftOfTheirWords` (report 1035): `未完成` ¶ `原因分` ¶ `析`, the
    /// last character packed left under `得分` (by pdftotext's columns, one a Chinese character),
    /// where it spoils a whole name.
    @Test func aLastCharacterSpoilingAWholeNameEndsTheNameItCompletes() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(SpacedHeaderTopTests.endsLeftOfTheirWords.utf8), path: "pdf.txt")
        let header = try #require(document.segmented.tables.first?.headers.first?.labels)
        #expect(header.suffix(3) == ["分值", "得分", "未完成原因分析"])
        #expect(document.figures.filter { $0.rowLabel == "培训人数" }.map(\.columnLabel).suffix(2) == ["分值", "得分"])
    }

    /// Lines 150–172 of report 1011: two neighbouring header cells' lines interleaved, the
    /// second centred a line lower, all four in the same columns (`年初预` ¶ `全年预` ¶ `算数` ¶
    /// `算数`).
    static let interleavedHeaderCells = """
        填表人：邓丽 填报日期：2022-7-23 联系电话：16172544676 单位负责人签字：
        附件 2
                    2021 年度预算单位整体支出绩效自评表
        市级预
        算部门
         （单                   临湘市自然资源局
        位）名
          称

                            年初预          全年执
                              全年预                 分值
                             算数           行数           执行率    得分
                               算数
        年度预            3,802. 4,600.     4,416.
               年度资金总额                             10    76%   9.6
          算              03     46         44
         申请        按收入性质分：4,600.46                按支出性质分：4,600.46
         （万                                         其中：基本支出：
                     其中： 一般公共预算：1,217.09
         元）                                           3,410.67
                   政府性基金拨款：1,691.69                项目支出：1,189.79
                 纳入专户管理的非税收入拨款：0.00
                     其他资金：1,691.68
        """

    @Test func interleavedHeaderCellsAreTwoColumns() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.interleavedHeaderCells.utf8), path: "pdf.txt")
        let header = try #require(document.segmented.tables.first?.headers.first?.labels)
        #expect(header.suffix(6) == ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
        #expect(document.figures.filter { $0.rowLabel == "年度资金总额" }.map(\.columnLabel)
            == ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    }
}

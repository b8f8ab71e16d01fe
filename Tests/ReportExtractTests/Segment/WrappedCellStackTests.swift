import Testing

@testable import ReportExtract

/// A word processor centres a cell in its row, so in `pdftotext -layout` a narrow label wrapped
/// over several lines stands above and below its row's numbers, and the labels of a column touch
/// when they are their rows' tallest cells: which row a label line belongs to is read from the
/// stack of lines it is in, cut so that each row's part is centred on the row's numbers.
/// Fixtures are the pdftotext renderings (Noto Sans CJK) of generated reports
/// (`Tools/formgen/render_extractors.py`).
@Suite struct WrappedCellStackTests {
    static func figures(_ text: String) throws -> [String: [String]] {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "pdf.txt")
        #expect(document.segmented.tables.allSatisfy { $0.layout == .spacedColumns })
        return Dictionary(grouping: document.figures.filter { $0.source == .tableCell }, by: { $0.rowLabel ?? "-" })
            .mapValues { $0.map(\.raw) }
    }

    /// Lines 21–36 of report 1002: a 三公 table whose labels wrap around their numbers, each
    /// row's lines touching the next (`其中：公务用车购置` ¶ `0.0 0.0 /` ¶ `费` ¶ `公务用车运行维`).
    static let threePublic = """
                            2023 年“三公”经费支出明细
              项 目         年初预算数          决算数        执行率
        一、因公出国（境）
                                         不适用
               费用
        二、公务用车购置及
                            25.3          21.5     85.00%
              运行费
        其中：公务用车购置
                             0.0           0.0        /
                费
            公务用车运行维
                            25.3          21.5     85.00%
               护费
           3.公务接待费           5.1           4.0     77.00%
              合 计           30.4          25.4     83.65%
        """

    @Test func aStackOfWrappedLabelsIsCutAroundEachRowsNumbers() throws {
        let rows = try Self.figures(Self.threePublic)
        #expect(rows["二、公务用车购置及运行费"] == ["25.3", "21.5", "85.00%"])
        // Before: `费` went to the row below (`费公务用车运行维护费`) and this row lost its label
        // (its `其中：` line was taken for a form's text between rows).
        #expect(rows["其中:公务用车购置费"] == ["0.0", "0.0"])
        #expect(rows["公务用车运行维护费"] == ["25.3", "21.5", "85.00%"])
        #expect(rows["3.公务接待费"] == ["5.1", "4.0", "77.00%"])
    }

    /// Lines 26–64 of report 1014: a 固定资产 table whose category names wrap over three lines
    /// (`（二）通用设备` ¶ `（个、台、辆 698 …` ¶ `等）`), a row right under another.
    static let assets = """
                                固定资产情况表
         固定资产类别       数量           原值       在用          利用率
        （一）土地、房
                       /            /         /            /
          屋及构筑物
         其中：1.土地
                       /            /         /            /
          （平方米）
         2.房屋（平方
                       /                      /            /
            米）
          办公用房                     /          /
        其中：本单位实
        际使用办公室用        /           /          /         /
            房
          业务用房         /           /          /         /
          其他用房         /           /          /         /
        （二）通用设备
         （个、台、辆       698        188.2      123.2     65.5%
           等）
        \u{0C} 其中：1.车辆     349         80.9         79.1              98%
        2.单价 50 万元
        （含）以上（不       /           /            /                 /
           含车辆）
        （三）专用设备
                      /           /            /                 /
         （个、台等）
          其中：单价
          100 万元      /           /            /                 /
          （含）以上
        （四）文物和陈
         列品（个、件       /           /            /                 /
            等）
         其中：文物        /           /                              /
        （五）无形资产      1        244.9 141.4                       58%
        （六）家具、用
        具、装具及动植     609       257.7 254.5                       99%
        物（个、套等）
          合 计        /        690.7 519.2                   75.2%
        """

    @Test func threeLineLabelsStayWithTheirRow() throws {
        let rows = try Self.figures(Self.assets)
        #expect(rows["(二)通用设备(个、台、辆等)"] == ["698", "188.2", "123.2", "65.5%"])
        #expect(rows["其中:1.车辆"] == ["349", "80.9", "79.1", "98%"])
        #expect(rows["(五)无形资产"] == ["1", "244.9", "141.4", "58%"])
        #expect(rows["(六)家具、用具、装具及动植物(个、套等)"] == ["609", "257.7", "254.5", "99%"])
    }

    /// Lines 42–63 of report 1011: a 支出明细表 whose names are printed a line low (an empty
    /// paragraph before them), so a name is not centred on its row: no cut is taken there, and
    /// each line goes to the nearest row as before.
    static let labelsPrintedLow = """
                                                     单位：万元
                           2021 年度支出明细表
           序号       科目名称         预算数      支出数        执行率

            1                  1794.80    1677.38    93.46%
                  垃圾转运站运行
            2     保障性住房债券      1097.23    892.06     81.30%
        \u{0C}                 利息
            3         防汛物资储备     3054.23    2702.86   88.50%
                     2022 年创城小
            4                    1559.27    1310.31   84.03%
                        区改造
            5         文化下乡演出     3532.70    2872.11   81.30%
                     公共租赁住房维
            6                    456.50     411.26    90.09%
                          修
                     智慧城管平台运
            7                    2831.73    2621.97   92.59%
                          维
            8         脱硫脱硝项目     2510.77    2414.20   96.2%

                         16837.23 14902.15            88.51%
        """

    @Test func labelsPrintedALineLowAreNotCutAsCentred() throws {
        let rows = try Self.figures(Self.labelsPrintedLow)
        #expect(rows["垃圾转运站运行"] == ["1794.80", "1677.38", "93.46%"])
        #expect(rows["保障性住房债券利息"] == ["1097.23", "892.06", "81.30%"])
        #expect(rows["防汛物资储备"] == ["3054.23", "2702.86", "88.50%"])
        #expect(rows["2022年创城小区改造"] == ["1559.27", "1310.31", "84.03%"])
    }

    /// A target's or a result's words wrapped over or under its number stay with it: over it a
    /// comparison, under it a unit or a bound; a unit over a number is the row above's.
    @Test func valueWordsAroundANumber() {
        for word in ["达到", "不低于", "≥", "大于等", "于"] { #expect(SpacedColumnsReader.isValueWord(word, above: true), "\(word)") }
        for word in ["以上", "以内", "万元以内", "次", "万平方米", "于"] { #expect(SpacedColumnsReader.isValueWord(word, above: false), "\(word)") }
        for word in ["次", "以上", "政策知", "率"] { #expect(!SpacedColumnsReader.isValueWord(word, above: true), "\(word)") }
        for word in ["晓率", "数据录入", "达到"] { #expect(!SpacedColumnsReader.isValueWord(word, above: false), "\(word)") }
    }

    /// Lines 243–318 of report 1005: an indicator form whose labels wrap three characters a line,
    /// the next column's two-line cells printed half a line off between them (`可持续` ¶ `长效管`
    /// ¶ `影响指 定性 … 7分 7` ¶ `护机制`, `项目持` ¶ `续发挥 正向指 大于等` ¶ `效益年 标 于` ¶ `限`).
    static let staggeredCells = """
        一级指    二级指   三级指     指标性                            实际完
                                     指标方             计量单           分值    得分
         标      标     标       质               指标值            成值
                                      向               位
        产出指    数量指   受益群     正向指
                                      ≥               人     3080   7     7
         标      标      众      标               2800
                     信息系
               数量指           正向指
        （50          统录入              ≧       2036    户     1937   7     6.5
                标             标
        分）            户数

               数量指           正向指
                     维修处              ≈        50     处      47    6     5.5
                标             标
                      数
                     资金使
               质量指           正向指
                     用合规              ＝       100     %     100    4     4
                标             标
                      率
               质量指   工程质     定性指              效果明           基本完
                                     定性                            8     8
                标    量达标      标                显             成
               质量指   火灾事     反向指      ≦        0.9   ‰      0.07   4     4
        \u{0C}            故发生
               标          标
                      率
                     指标
                     3：
                    年度计
              时效指   划申报
                          定性    定性      长期         持续发     5    4.5
               标    完成时
                                                   挥作用
                      间
              成本指   项目总   正向指                      775.7
                                   =    902   万元           4    3.4
               标     成本    标                         2
              成本指   成本控   反向指   小于等     922        783.7
                                              万元           5    5
               标     制数    标     于                   0
                    实现国
              经济效   有资产   定性指          效果明         按时完     6
                                定性            /                 6
              益指标   增值保    标            显           成
                      值
              经济效   带动农   正向指                      32.8
                                   ≧    29    万元           5    5
              益指标   户增收    标
        效益指
                    住房保
         标    社会效         正向指
                    障覆盖            ≥    90    %    85.7    6分   5.5
              益指标          标
                      率
        （30
              可持续
        分）          长效管                效果明
              影响指         定性    定性            /    已完成     7分   7
                    护机制                 显
               标
                    项目持
              可持续
                    续发挥   正向指   大于等
              影响指                        3    年     3      6    6
                    效益年    标     于
               标
                     限

              服务对   群众满   正向指
                                   ≥    90    %    89.7    5    4.5
              象满意    意度    标
        满意度
              度指标
        """

    @Test func aStackGoesOnOverAnotherCellsLine() throws {
        let rows = try Self.figures(Self.staggeredCells)
        #expect(rows["长效管护机制"] == ["7分", "7"])
        #expect(rows["项目持续发挥效益年限"] == ["3", "3", "6", "6"])
    }

    /// A stack of an indicator form's 三级指标 (report 1000, lines 137–162) around five rows'
    /// numbers: the third row's cell starts at its numbers (`维修` ¶ `验收` ¶ `合格` ¶ `率` from
    /// the numbers' line down), the others are centred on theirs. No cut centres every part, so
    /// before, every line went to the nearest row (`维修小区数高标`, `准农田建`).
    @Test func aCellStartingAtItsNumbersIsCutFromItsNeighbours() {
        let lines = [53, 55, 57, 58, 59, 61, 63, 64, 65, 66, 67, 68, 69, 70, 72, 73, 74, 75, 77, 78]
        let parts = SpacedColumnsReader.alignedParts(lines, centres: [55, 61, 65, 71, 76])
        #expect(parts == [0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4])
        // Two parts a line off centre do not outweigh one exact part and one starting at its
        // numbers (report 1011: `其中：单价` ¶ `100 万元` ¶ `（含）以上`, then `（四）文物和陈` ¶
        // `列品（个、件 232 …` ¶ `等）`).
        #expect(SpacedColumnsReader.alignedParts([98, 99, 100, 101, 102, 103], centres: [98, 102]) == [0, 0, 0, 1, 1, 1])
        // Where the best cuts disagree, the line is left to the nearest row.
        #expect(SpacedColumnsReader.alignedParts([10, 11, 12], centres: [10, 12]) == [0, nil, 1])
        // Each row gets a part, above the next row's numbers: else no cut.
        #expect(SpacedColumnsReader.alignedParts([12, 13, 14], centres: [10, 11]) == nil)
    }

    /// Lines 340–369 of report 1000: `维修` ¶ `指标 ≥` ¶ `处数`, the operator's line printed
    /// between the label's two lines (their baselines a fraction apart). Counted in line numbers,
    /// `维修处数` stood a line off its numbers and `处数` went to the row below.
    static let interleavedLabel = """
                           2021 年度项目支出绩效自评表
                                                     实际
        一级    二级    三级     指标          指标     计量                   自评     成原
                                指标                   完成      分值
        指标    指标    指标     性质           值     单位                   得分     因分
                                方向                    值
                                                                           析
                                                                          完成
        产出          高标                                                     率
        指标          准农                               6.43                 89%
                           正向                        万亩
                    田建           ＝     6.56   万亩                          ，未
                           指标                                5分    4.5
                    设面                                                    达到
        （50          积                                                    年度
        分）    数量                                                          目标
              指标
                           正向
                    受益           ≥     4600    人     4617    5
                           指标                                       5
                    群众

                           正向
                    维修                 193     处     205     11    11
                           指标    ≥
                    处数
              质量    火灾
              指标    事故     反向
                                       0.9           0.06    5      5
                    发生     指标    ≦            ‰
                     率
        """

    @Test func anotherCellsLineInsideALabelTakesNoRoom() throws {
        let rows = try Self.figures(Self.interleavedLabel)
        #expect(rows["维修处数"] == ["193", "205", "11", "11"])
        #expect(rows["维修"] == nil)
    }

    /// Lines 74–80 and 160–168 of report 1026: the last indicator's name wrapped to the line
    /// over the 总分 row, whose name stands on its own numbers' line under the stack (`群众满` ¶
    /// `意度` ¶ `总分`). The 总分 row needs none of it; before, `意度` went to it (`意度总分`).
    static let stackOverATotal = """
                           2023 年度部门整体支出绩效自评表
                            三级指                                   偏差原
          绩                         年度     实际
             一级指 二级指          标                                   因分析
          效                                        分值       得分
               标      标                                           及改进
          指                        指标值 完成值
                                                                   措施
             满意度
                    象满意   象满意      90%     86.1%     7       6.5     未达到
              指标
                    度指标    度                                         年度目
                                                                       标
             满意度          群众满
                                   90%     93.7%     3       3分
              指标           意度
                         总分                         100 分   95 分
        """

    @Test func aStackEndOverARowNamedOnItsLineStaysAbove() throws {
        let rows = try Self.figures(Self.stackOverATotal)
        #expect(rows["群众满意度"] == ["90%", "93.7%", "3", "3分"])
        #expect(rows["总分"] == ["100 分", "95 分"])
    }

    /// pdftotext may print a top-aligned cell's first line a line under its row's numbers
    /// (report 1048, lines 94–100: `正向指 = 7.83 万亩 8.46 3分 3` over `高标准` ¶ `农田建` ¶
    /// `设面积`, then `维修小` ¶ `36 个 6 5.5` ¶ `区数`). That part costs more than every other
    /// kind, and less than no cut at all: before, no cut was found and each line went to its
    /// nearest row (`设面积` to the row below). A bottom cell ending a line over them costs 6.
    @Test func aTopCellPrintedALineLowIsCutFromTheNextRow() {
        #expect(SpacedColumnsReader.alignedParts([95, 96, 97, 98, 100], centres: [94, 99]) == [0, 0, 0, 1, 1])
        #expect(SpacedColumnsReader.alignedParts([96, 97, 98, 100], centres: [94, 99]) == nil)
        // And a bottom-aligned cell's last line a line over them.
        #expect(SpacedColumnsReader.alignedParts([90, 91, 92, 93, 99], centres: [94, 99]) == [0, 0, 0, 0, 1])
    }

    /// Lines 117–127 and 186–202 of held-out report 220056 (seed 220000): the last indicator's
    /// name ends a line over the 总分 row, whose name pdftotext packs three columns right of the
    /// stack (`服务对` ¶ `象满意 ≧ 90 …` ¶ `度` ¶ `总分 100 97.3`). A total needs none of the
    /// stack; before, `度` went to it and the indicator was `服务对象满意`.
    static let stackEndOverAPackedTotal = """
                              年度指标值                      未完成
        一级指   二级指 三级指                   实际完
                                    计量单             得分   原因分
         标     标      标   运算符 指标值        成值    分值
                                     位                     析
        产出指   数量指 新增绿               万平方
                           ≥   3.45      3.59    6   6     —
         标     标    化面积              米
                    维修处
                           ≈    198  处   224    10  10
                      数
                                                               金未及
              可持续
                    长效管        逐步完                              时拨
              影响指         定性         /     已完成     4    3.5
                    护机制         善                              付，将
               标
                                                               加强资
                                                               金调度
              服务对
                    群众满
              象满意         ≥    90    %     93.1    4     4      —
                     意度
              度指标
                    服务对
                    象满意   ≧    90    %     92.9    4     4      —
                     度
                          总分                      100   97.3
        """

    @Test func aStackEndOverATotalPackedOffItsColumnStaysAbove() throws {
        let rows = try Self.figures(Self.stackEndOverAPackedTotal)
        #expect(rows["服务对象满意度"] == ["90", "92.9", "4", "4"])
        #expect(rows["群众满意度"] == ["90", "93.1", "4", "4"])
        #expect(rows["总分"] == ["100", "97.3"])
    }

    /// Report 1053's last page of indicators (`SpacedPagesTests.pageOfEvenlySpacedColumns`): the
    /// same with the total's name on the line under its numbers (`度` ¶ `100 99.7` ¶ `总分`),
    /// packed under 指标性质.
    @Test func aStackEndOverATotalNamedUnderItsNumbersStaysAbove() throws {
        let rows = try Self.figures(SpacedPagesTests.pageOfEvenlySpacedColumns)
        #expect(rows["服务对象满意度"] == ["95", "97.5", "6", "6"])
        #expect(rows["总分"] == ["100分", "99.7分"])
    }

    /// Report 1022's 固定资产 table (lines 24–66): `账面数` over four columns, one of them wrapped
    /// (`在用(含出租出` ¶ `数量 原值 利用率` ¶ `借)`); an amount in a category's name (`2.单价 50
    /// 万元`, `100 万元`); the last row's name wrapped below its numbers at the margin.
    static let groupedAssets = """
                              固定资产情况表
                                                    单位：万元
         固定资产类别                        账面数
                                         在用(含出租出
                       数量         原值                利用率
                                              借)
            合 计        ——       656.75     610.97  93.03%
        （一）土地、房
                       2O4        9.76       7.37  75.51%
          屋及构筑物
         其中：1.土地
                       102        3.22       2.30   71.4%
          （平方米）
         2.房屋（平方
                       ——         ——         ——      ——
             米）
           办公用房        ——         ——         ——
        其中：本单位实
        际使用办公室用        ——         ——         ——      ——
              房
           业务用房        ——         ——         ——
           其他用房                   ——         ——      ——
        （二）通用设备        487       44.74      30.71  68.64%
        \u{0C} （个、台、辆
            等）
         其中：1.车辆   243     28.19   24.86          88.19%
        2.单价 50 万元
        （含）以上（不    ——       ——      ——                 ——
           含车辆）
        （三）专用设备
                   ——       ——      ——                 ——
         （个、台等）
          其中：单价
          100 万元   ——       ——      ——
          （含）以上
        （四）文物和陈
         列品（个、件    ——               ——                 ——
            等）
          其中：文物    ——       ——      ——              ——
        （五）无形资产    477    323.13  318.19           98.5%
        （六）家具、用
        具、装具及动植    328    279.12  254.70           91.3%
        物（个、套等）
        """

    @Test func aGroupOverWrappedColumnsAndAmountsInNames() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.groupedAssets.utf8), path: "pdf.txt")
        let figures = document.figures.filter { $0.source == .tableCell }
        let columns = Set(figures.compactMap(\.columnLabel))
        #expect(columns == ["账面数数量", "账面数原值", "账面数在用(含出租出借)", "账面数利用率"])
        #expect(!figures.contains { $0.raw.contains("万元") })
        let rows = try Self.figures(Self.groupedAssets)
        #expect(rows["(二)通用设备(个、台、辆等)"] == ["487", "44.74", "30.71", "68.64%"])
        #expect(rows["(五)无形资产"] == ["477", "323.13", "318.19", "98.5%"])
        #expect(rows["(六)家具、用具、装具及动植物(个、套等)"] == ["328", "279.12", "254.70", "91.3%"])
    }

    /// Report 1015's 三级指标 column, lines 236–262 (`政策知` ¶ `晓率` ¶ `低收入` ¶ `群体居` ¶ `住条件` ¶
    /// `改善` ¶ `维护小` ¶ `区绿化` ¶ `环境` ¶ `长效管` ¶ `护机制` ¶ `项目持` ¶ `续发挥` ¶ `效益年` ¶ `限`
    /// ¶ `服务对` ¶ `象满意` ¶ `度`), one stack around six rows' numbers. Balanced parts alone put
    /// each cut a line late (`改善维护小`, `环境长效管`, `限服务对`); a line shorter than the
    /// column ends its cell.
    @Test func aLineShorterThanItsColumnEndsItsCell() {
        let lines = [236, 238, 239, 240, 242, 243, 244, 246, 248, 249, 251, 253, 255, 257, 258, 259, 260, 261]
        let centres = [236, 242, 246, 250, 256, 259]
        let texts = ["政策知", "晓率", "低收入", "群体居", "住条件", "改善", "维护小", "区绿化", "环境", "长效管", "护机制",
                     "项目持", "续发挥", "效益年", "限", "服务对", "象满意", "度"]
        let ends = texts.map { $0.count < 3 }
        #expect(SpacedColumnsReader.alignedParts(lines, centres: centres, endsCell: ends)
            == [0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 4, 4, 5, 5, 5])
        #expect(SpacedColumnsReader.alignedParts(lines, centres: centres) != [0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 4, 4, 5, 5, 5])
    }

    /// Lines 111–116 of the pdftotext rendering of generated report 1025: its indicator table's
    /// header, shared by the excerpts below and `ColumnPointsTests.unitsRightOfTheirColumns`.
    static let report1025Header = """
        绩效指                                                    偏差原
         标    一级指     二级指   三级指   年度指     实际完                  因分析
                                                  分值   得分
               标       标     标     标值      成值                  及改进
                                                                措施
              产出指
        """

    /// Lines 111–116 and 175–186 of report 1025: as above, but pdftotext set the 总分 row's name
    /// a column left of the stack's end (`象满意` ¶ `度` ¶ `总分`), so it was not under it and
    /// `度` went to it (`度总分`). Within three columns counts as under.
    static let stackOverATotalSetLeft = report1025Header + "\n" + """
                满意度
                               群众满
                 指标                      90%     93.1%        4      4
                         服务对    意度
                (10 分)
                         象满意
                              服务对
                         度指标       95%以
                              象满意         95.9%  6  6      无
                                      上
                               度
                            总分                  100   98.4
        """

    @Test func aStackEndOverATotalSetALittleLeftStaysAbove() throws {
        let rows = try Self.figures(Self.stackOverATotalSetLeft)
        #expect(rows["服务对象满意度"] == ["95%以上", "95.9%", "6", "6"])
        #expect(rows["总分"] == ["100", "98.4"])
    }

    /// Lines 147–163 and 205–224 of report 220010: a form's indicator rows under a header of
    /// their own (`一级指 … 自评得`), below the goals' (`预期目标 实际完成情况`), where the table's
    /// first header is. Under the goals' three columns every number stands in the last, so the
    /// line under `政策知 … 100%` (`＝ % 5 5`) and the one under that (`益指标 晓率 100`) read
    /// as rows of their own; under the indicators' columns each fills what the line above left
    /// empty: one row, 政策知晓率.
    static let indicatorsUnderTheGoals = """
        年度总            预期目标              实际完成情况
        体目    完成维修任务 2051 户，资金支出 实际完成 1334 户，资金支出 3882.33 万
         标    3965.61 万元，群众满意度达到       元，满意度 97%。
                      95%以上。        指标       计划      完成
        \u{0C}                                培训人次         155      156
                                                                偏差原
                               年度指标值                              因
        一级指         三级指                      实际完           自评得
              二级指                                               分析及
         标           标                        成值     分值     分
               标          指标方   指标值    度量单                      改进措
                           向            位                         施
              数量指   开展宣
                           ≥     29           29     11    11
               标    传活动                场次

                    消防安   大于等                1388
        效益指
              经济效   节约财                      122.9
          标                     117                   8     8     无
              益指标   政资金    ≧                  万元
        （30                            万元
         分）   经济效   带动农    ≧    142    万元             5     5
        \u{0C}       益指标   户增收                          153.4                       —

                      指标
                      3：
                     实现国
               经济效   有资产           符合标
                           定性                     已完成           8    8
               益指标   增值保            准                                         无
                       值

               社会效   政策知           达到             100%
                           ＝               %                    5    5
               益指标    晓率           100
        """

    @Test func indicatorRowsAreReadUnderTheirOwnHeader() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.indicatorsUnderTheGoals.utf8), path: "pdf.txt")
        let figures = document.figures.filter { $0.rowLabel == "政策知晓率" }
        #expect(figures.map(\.raw) == ["100%", "5", "5"])
        #expect(figures.map(\.columnLabel) == ["实际完成值", "分值", "自评得分"])
        #expect(!document.figures.contains { $0.rowLabel == "政策知" || $0.rowLabel == "益指标" && $0.raw == "100" })
    }

    /// Lines 205–208 and 263–290 of report 1030: a row with one number on its first line (`可持续
    /// 9`, a cell printed high), its other cells two lines down past a name line (`续发挥`), and
    /// its name wrapped to a last character alone (`限`) over the next row's name.
    static let numbersTwoLinesUnderTheRowsFirst = """
        一级指    二级指      三级指     指标性             度量单 全年实        自评得
                                        指标值                 分值        原因分
         标      标        标       质               位    际值        分
                                                                        析
                    政策知         达到
                          ＝           %     100%   4    4       —
                     晓率         100
                    住房保   大于等    90   %     89.7   6    5.5    完成率
                    障覆盖    于                 %                 97%
                      率                                        ，未达
                                                               到年度
                                                                目标
        \u{0C}            项目持
              可持续                                  9
                    续发挥
              影响指          =      3    年    3           9
                    效益年
               标
                     限
                    长效管          效果明       持续发
                          定性                      9份    9           —
                    护机制           显        挥作用
        满意度
                    受益对
         指标   满意度
                    象满意    ≥     95    %   96.6   10    10
        （10    指标
                     度
         分）
                          合计得分                    100        96.1

        """

    @Test func aRowIsCentredOnItsLineOfMostNumbersPastANameLine() throws {
        let figures = try Self.figures(Self.numbersTwoLinesUnderTheRowsFirst)
        #expect(figures["项目持续发挥效益年限"] == ["3", "3", "9", "9"])
        #expect(figures["长效管护机制"]?.contains("9") == true)
        #expect(figures["项目持续发挥效益年"] == nil && figures["限长效管护机制"] == nil)
    }
}

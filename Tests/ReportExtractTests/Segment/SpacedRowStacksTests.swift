import Testing

@testable import ReportExtract

/// Which row each of a spaced-columns table's wrapped pieces belongs to.
@Suite struct SpacedRowStacksTests {
    /// The document's figures by row: each one's text and its column's label.
    static func rows(_ text: String) throws -> (String) -> [String] {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "pdf.txt")
        return { row in document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.columnLabel ?? "-")" } }
    }

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
        let figures = try Self.rows(Self.nameAroundOneRow)
        // Before: `度`, as far from the total as from its row, went to the total (the row with
        // fewer numbers), and the row read `服务对象满意`.
        #expect(figures("服务对象满意度") == ["85% 年度指标值", "88% 实际完成值", "6分 分值", "6 得分"])
        #expect(figures("合计得分") == ["100 分值", "95.49 得分"])
    }

    /// Lines 221–258 of the pdftotext rendering of generated report 220009 (its page break left
    /// out): an indicator form's rows whose names wrap in one narrow column, a stack from
    /// `培训人` down to `晓率` that passes rows whose names stand in another column.
    static let stackPastOtherRows = """
                            三级指 年度指                  全年实       分值
         绩效    一级指 二级指        标  标值                   际值                得分       偏差原
        指标                                                 因分析
               标       标                                   及改进
                                                            措施
                                   约
                      数量指                3151         7
                            培训人   2750           7
                       标                 人次
                             数    人次
                            软件系
                                                      5
                            统故障   ≤5%    5.0%     5         无
                             率
                            火灾事
                                  ≦0.9   0.10
                      质量指   故发生                  7    7分
                                   ‰      ‰                 无
                       标     率
             产出指            数据录
                                         95.2%        6
              标             入准确   95%以            6
                             率      上
                                  小于等
                            故障修   于4小    2 小时          6
                                                  6         无
                            复响应     时
                      时效指
                             时间
                       标
                            资金拨
                            付及时   ≥95%   97.7%   9          —
                                                      9
                              率
                            政策知    达到
                                                 6    6
                             晓率   100%   100%
                             指标

        """

    @Test func aStackNoCutSharesOutIsCutIntoItsCells() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.stackPastOtherRows.utf8), path: "pdf.txt")
        let row = document.figures.filter { $0.line == 32 || $0.line == 33 }
        // Before: no cut gave every row the stack passes a part, so each line went to the nearest
        // row, and `率`, as near the next row as its own, went to `政策知晓率` (`率政策知晓率指标`).
        #expect(row.map { "\($0.raw) \($0.rowLabel ?? "-") \($0.columnLabel ?? "-")" } == [
            "≥95% 资金拨付及时率 年度指标值", "97.7% 资金拨付及时率 全年实际值", "9 资金拨付及时率 分值", "9 资金拨付及时率 得分",
        ])
    }

    /// Lines 75–92 of the pdftotext rendering of generated report 220042: rows whose two-line
    /// cells (`5500` ¶ `余人`) start a line over the one-line cells centred on the row (`7 7`),
    /// as many numbers on each line.
    static let twoLineCellsOverTheRow = """
                                                            偏差原
         绩效   一级指 二级指 三级指           年度    实际                因分析
                                                       得分
         指标     标      标       标   指标值 完成值       分值         及改进
                                                             措施
              产出指
                标                  5746  6505
                             信息系                 6分    6份     无
                             统录入    余户     户
                              户数
                      数量指 受益群      5500  5594
                                                  7     7
                       标       众    余人     人
                             培训人   1207  1301
                                                        4     无
                               数   余人次    人次      4

                            指标

        """

    @Test func aRowsTwoLineCellsStartALineOverIt() throws {
        let figures = try Self.rows(Self.twoLineCellsOverTheRow)
        // Before: `5500 5594` and `7 7` were two rows, the units (`余人`) a row's name between.
        #expect(figures("受益群众") == ["5500余人 年度指标值", "5594人 实际完成值", "7 分值", "7 得分"])
        #expect(figures("培训人数").prefix(2) == ["1207余人次 年度指标值", "1301人次 实际完成值"])
    }

    /// Lines 114–206 of the pdftotext rendering of generated report 1036: an indicator table
    /// whose name column's cells touch (`生活垃` ¶ `圾无害` ¶ `化处理` ¶ `率` ¶ `维护小` ¶ `区绿化`),
    /// the last character of one put right after the line above's end rather than under it:
    /// pdftotext counts a Chinese character one column, where it prints two.
    static let lastCharacterBesideItsCell = """
                            三级指                                     偏差原
                                    年度      实际
               一级指 二级指        标                            自评得      因分析
                                                     分值
                 标      标                                   分       及改进
                                   指标值      完成值
                                                                     措施
                     数量指      受益群   3500    3708
                                                     5     5分            —
                      标        众    余人       人
                                                                    个别项
                              数据录                                   目验收
                     质量指
                              入准确   95%     90.9%    7     6.5      延迟，
                      标
                               率                                    已督促
                                                                     整改
                                                                    个别项
                              维修验                                   目验收
                              收合格   ≧95%    89.6%    9     8.5      延迟，
               产出指             率                                    已督促
                 标                                                   整改
               （50
                分）                                                  完成率
                              资金使
                                                                    93%，
                              用合规   100%    95.7%    11    10.5
                                                                    未达到
                               率
                                                                    年度目
                                                                      标
                     时效指      项目完   ≤6 个
                                            6 个月     7       7
                      标       成时限    月
                              年度计
                              划申报   逐步完     持续发
                                                    11 分    11           —
                              完成时    善      挥作用
                               间
               效果指   经济效      带动农   138 万   140.8
                                                     3       3
                标    益指标      户增收     元      万元
         绩
               （30   社会效      住房保   ≥85%    82.7%    3分    2.5      部分资
         效
        \u{0C}                                             金未及
                                                      时拨
                   障覆盖
             益指标                                     付，将
                    率
                                                     加强资
                                                     金调度
                   政策知    达到
                                         3    3
                    晓率   100%   100%
                                                     受天气
                                                     影响，
                   低收入                               施工进
                   群体居   效果明    持续发                  度略有
                                         6    5.4
                   住条件    显     挥作用                  滞后，
                    改善                               下一步
                                                     加快推
                                                      进
                   指标
                   3：
                  生活垃
        分）
             生态效 圾无害
                         ≥95%   96%      4    4       无
             益指标 化处理
                    率
                  维护小
                         效果明
                  区绿化           已完成      4    4       无
                          显
                   环境
                  项目持
             可持续
                  续发挥
             影响指         ≥5 年    5年      2     2      无
                  效益年
              标
                    限
                   指标
                   2：
             服务对 服务对       大于
             象满意 象满意      等于    97.6%    3    3       无
             度指标    度     95%
                  群众满    90%以
                                90.3%         2       无
                   意度      上             2
               合计得分                     100   97.2
        """

    @Test func aCellsLastCharacterTouchingItsLineAboveEndsThatCell() throws {
        let figures = try Self.rows(Self.lastCharacterBesideItsCell)
        // Before: `率` began the next row's name (`率维护小区绿化环境`).
        #expect(figures("生活垃圾无害化处理率") == ["≥95% 年度指标值", "96% 实际完成值", "4 分值", "4 自评得分"])
        #expect(figures("维护小区绿化环境") == ["4 分值", "4 自评得分"])
    }

    /// Lines 78–185 of the pdftotext rendering of generated report 1041: an indicator table whose
    /// 服务对象满意度 row prints its 分值 and 得分 on one line and its 实际完成值 two lines under it,
    /// past its target's `以上` (`服务对` ¶ `90%` ¶ `象满意 3 2.5` ¶ `以上` ¶ `度 86.9%`).
    static let rowsNumbersTwoLinesApart = """
         绩                                                     偏差原
         效                                                      因
               一级指   二级指   三级指      年度     实际完
         指                                         分值   得分     分析及
                标     标     标      指标值      成值
         标                                                     改进措
                                                                施
               产出指
                标                  ≧1592   ≥1667
                           消防安                     8      8     无
                                     次       次
                           全检查
               （50   数量指   补贴发             2143
               分）     标            1973            3     3
                           放户数              户
                                    户
                           信息系
                           统录入     4912    4968    8分   8分      无
                            户数      户       户
                     质量指   软件系             1.0%
                      标    统故障                     6      6     无
                             率     ≤2%
                           火灾事     ≦0.9             3    3
                           故发生             0.01
        \u{0C}              率    ‰       ‰
                    资金拨
                    付及时   95%     98.7%    4   4      无
                      率
                    年度计
              时效指   划申报   逐步完     基本完
               标    完成时    善       成      10   10
                      间
                    故障修
                           ≤2
                    复响应           1 小时     5   5      —
                          小时
                     时间
                          小于等
                           于
                    成本控
                          1330.   1197.        3
              成本指    制数                   3
                          75 万    68 万
               标
                           元       元
                    指标
                    3：
        效果指
                    带动农   258 万
          标                       309.6        5      无
                    户增收     元             5
        （30   经济效                  万元
         分）   益指标
                    节约财   172 万
                                  177.2   5    5      —
                    政资金     元
                                   万元
                                                     个别项
                    低收入
                                                     目验收
                    群体居           基本完
                          长期               2   1.5   延迟，
                    住条件            成
                                                     已督促
                     改善
                                                      整改
                                                     受天气
                                                     影响，
                                                     施工进
                    住房保
              社会效                                    度略有
                    障覆盖   85%     84.7%    3   2.5
              益指标                                    滞后，
                     率
                                                     下一步
                                                     加快推
                                                       进
                                                     完成率
                                                     87%，
                    政策知    达到
                                  100%     3   2.5   未达到
                     晓率   100%
                                                     年度目
                                                       标
                    项目持     ≥3      ≥3    3分    3      无
        \u{0C}      续发挥
        可持续   效益年    年     年
        影响指    限
         标    长效管   符合标
                          已完成     4      4      —
              护机制    准
                                               受天气
                                               影响，
                                               施工进
              服务对
                    90%                        度略有
              象满意                 3      2.5
                    以上                         滞后，
               度          86.9%
        服务对                                    下一步
        象满意                                    加快推
        度指标                                      进
                                               完成率
                                               80%，
              群众满   95%    90%    2     1.5    未达到
               意度                              年度目
                                                 标
         合计得分                     100   97.5
        """

    @Test func fewerNumbersTwoLinesUnderARowInItsEmptyColumnsAreItsOwn() throws {
        let figures = try Self.rows(Self.rowsNumbersTwoLinesApart)
        // Before: `度 86.9%` anchored a row of its own, and the name was cut between the two.
        #expect(figures("服务对象满意度") == ["90%以上 年度指标值", "86.9% 实际完成值", "3 分值", "2.5 得分"])
    }

    /// The last row of `PackedColumnsTests.indicatorForm` prints its numbers over three lines:
    /// the amounts cut at the point on the first (`1234.` ¶ … ¶ `44`), 自评得分 on the second,
    /// 分值 on the third, beside the name's end (`标 … 7` ¶ `制数`).
    @Test func numbersALineOrTwoUnderARowInColumnsItLeftEmptyAreItsOwn() throws {
        let figures = try Self.rows(PackedColumnsTests.indicatorForm)
        // Before: `标 44 06 7` anchored a row of its own, named `制数`; the amounts' row `成本控`.
        #expect(figures("成本控制数") == ["1234.44 年度指标值", "1185.06 实际完成值", "7 分值", "7 自评得分"])
        #expect(figures("项目总成本") == ["1087 年度指标值", "1076.13 实际完成值", "6 分值", "5.5 自评得分"])
        #expect(figures("制数").isEmpty)
    }

    /// Lines 262–265 of the pdftotext rendering of generated report 1000: a placeholder row's
    /// name (`指标` ¶ `2：`) beside the 二级指标 cell going on (`满意` ¶ `度指` ¶ `标`). Before, it
    /// ended the row above's name (`群众满意度指标`).
    @Test func aPlaceholderNameBesideAnotherColumnsCellIsDropped() {
        func piece(_ text: String, _ line: Int, _ start: Int) -> SpacedColumnsReader.Piece {
            SpacedColumnsReader.Piece(chunk: LinePiece(text: text, raw: text, start: start, end: start + 2 * text.count), line: line, isValue: false)
        }
        var pieces: [Int: [SpacedColumnsReader.Piece]] = [
            0: [piece("满意", 0, 0), piece("度", 0, 6)],
            1: [piece("度指", 1, 0), piece("指标", 1, 5)],
            2: [piece("标", 2, 1), piece("2：", 2, 5)],
        ]
        SpacedColumnsReader.dropPlaceholderNames(&pieces, 0..<3)
        #expect(pieces[0]!.map(\.chunk.text) == ["满意", "度"])
        #expect(pieces[1]!.map(\.chunk.text) == ["度指"])
        #expect(pieces[2]!.map(\.chunk.text) == ["标"])
    }

    /// Lines 38–44 and 60–69 of the pdftotext rendering of generated report 1059: a 固定资产 table
    /// whose row name wraps around its numbers and past them (`（二）通用设备` ¶ `648 …` ¶ `（个、台、辆`
    /// ¶ `等）`), the next row a line under its last line.
    static let bracketAcrossRows = """
                           2024 年度固定资产情况表
                                        账面数
        固定资产类别                            在用(含出租出
                      数量          原值                      利用率
                                              借)
                                            608.89
           合 计        ——         671.72                   90.65%
           其他用房     ——        ——         ——

        （二）通用设备
                   648         64.72    59.30    91.63%
         （个、台、辆
            等）
         其中：1.车辆   324         28.48    19.95    70.0%
        2.单价 50 万元
        （含）以上（不    ——                    ——
           含车辆）
        """

    /// Before, `等）` was cut off its name for the row under it, centred a line nearer:
    /// `(二)通用设备(个、台、辆` and `等)其中:1.车辆`.
    @Test func aNamesBracketIsNotSplitBetweenRows() throws {
        let rows = try Self.rows(Self.bracketAcrossRows)
        #expect(rows("(二)通用设备(个、台、辆等)") == ["648 账面数数量", "64.72 账面数原值", "59.30 账面数在用(含出租出借)", "91.63% 账面数利用率"])
        #expect(rows("其中:1.车辆") == ["324 账面数数量", "28.48 账面数原值", "19.95 账面数在用(含出租出借)", "70.0% 账面数利用率"])
        let balance = SpacedColumnsReader.bracketBalance
        #expect(balance("（个、台、辆").net == 1 && balance("等）").closesFirst && balance("（人）") == (0, false))
        // By their centres alone `等）` is either row's as well; its bracket makes it the first's.
        #expect(SpacedColumnsReader.alignedParts([10, 12, 13, 14], centres: [11, 14]) == [0, 0, nil, 1])
        let lines = [(net: 0, closesFirst: false), (1, false), (-1, true), (0, false)]
        #expect(SpacedColumnsReader.alignedParts([10, 12, 13, 14], centres: [11, 14], brackets: lines) == [0, 0, 0, 1])
    }

    /// Lines 37–45 of the pdftotext rendering of generated report 1015: a 固定资产 table's header
    /// and first rows (`SpacedRowAnchorsTests.unitUnderTheName` reads on from them).
    static let assetTableTop = """
        固定资产类别
                                       在用(含出租出
                     数量                            利用率
                               原值         借)
            合 计       —       837.97     585.66    69.9%
        （一）土地、房                                    73%
                              171.92    125.62
          屋及构筑物      612
         其中：1.土地               89.4               64.55%
        """

    /// Lines 37–45 and 88–96 of the pdftotext rendering of generated report 1015: the table's last
    /// row, its name over four lines, its numbers alone on the second and beside the third
    /// (`（六）家具、用` ¶ `68 337.6 68.8%` ¶ `具、装具及动植 232.1` ¶ `物（个、套等）`).
    static let lastNameAroundItsNumbers = assetTableTop + "\n" + """

        （五）无形资产      455       218.01
                                        131.66       60.4%

        （六）家具、用
                    68    337.6                      68.8%
        具、装具及动植                    232.1
        物（个、套等）
        严格执行中央八项规定精神，压减一般性支出，厉行节约。
        """

    /// Before, the table ended with the name's third line: the row was `(六)家具、用具、装具及动植`.
    @Test func aLastRowsNameEndsAsFarUnderItsNumbersAsItStartsOverThem() throws {
        let rows = try Self.rows(Self.lastNameAroundItsNumbers)
        #expect(rows("(六)家具、用具、装具及动植物(个、套等)") == ["68 数量", "337.6 原值", "232.1 在用(含出租出借)", "68.8% 利用率"])
    }

    /// Lines 198–205 and 220–234 of the pdftotext rendering of generated report 1053: a name's last
    /// character alone on its line, packed six columns left of its cell, right over the next
    /// row's name (`合规` ¶ `率` ¶ `火灾`).
    static let lastCharacterOverTheNextName = """
             一级             指标                                             偏差
                                                         实际
             指标             性质                                             原因
                   二级 三级       运算            指标     度量                     分析
                                                                分值   得分
                   指标 指标        符             值     单位   完成                及改
                                                          值                进措
                                                                            施
                    质量    维修
                    指标    验收   正向
                                       ≥     95     %    97.4   5    5     无
                          合格   指标
                           率
                          ……
                          资金   正向      =     100    %    100    2    2
                          使用   指标                         %
                          合规
        \u{0C}            率
                   火灾
                   事故   反向   小于               0.02
                                  0.9   ‰             4     4
                   发生   指标   等于                ‰
                    率
        """

    /// Before, `率` began the next row's stack: `资金使用合规` and `率火灾事故发生率`.
    @Test func aLoneLastCharacterEndsTheCellAboveNotTheOneBelow() throws {
        let rows = try Self.rows(Self.lastCharacterOverTheNextName)
        #expect(rows("资金使用合规率") == ["100 指标值", "100% 实际完成值", "2 分值", "2 得分"])
        #expect(rows("火灾事故发生率") == ["0.9 指标值", "0.02‰ 实际完成值", "4 分值", "4 得分"])
        #expect(SpacedColumnsReader.isLoneCharacter("率") && !SpacedColumnsReader.isLoneCharacter("%"))
        #expect(!SpacedColumnsReader.mayFollowLoneCharacter("火灾"))
        #expect(SpacedColumnsReader.mayFollowLoneCharacter("中：") && SpacedColumnsReader.mayFollowLoneCharacter("（万"))
    }

    /// Lines 250–258 and 262–271 of the pdftotext rendering of generated report 1008: the
    /// character packed ten columns left of its cell's line above (`用合规` ¶ `率`), a column
    /// right of the 二级指标 cell on its row's line (`质量指`).
    static let lastCharacterFarLeft = """
         绩效                                                          偏差原
         指标                                                            因
               一级指      二级指     三级指      年度     实际完            自评得
                                                        分值           分析及
                标        标       标      指标值      成值             分
                                                                     改进措
                                                                       施
                                                                     个别项
               产出指                                                   目验收
               (50 分)                                                已督促
                                                                      整改
                        质量指     资金使     100%    100%      8      8     无
                                用合规
        \u{0C}             率
                    软件系
                          不超过
                    统故障          0.9%      4     4      无
               标           2%
                     率
        """

    /// Before, `率` joined the nearest cell on either line above: `质量指率`.
    @Test func aLoneLastCharacterEndsTheCellRightAboveIt() throws {
        let rows = try Self.rows(Self.lastCharacterFarLeft)
        #expect(rows("资金使用合规率") == ["100% 年度指标值", "100% 实际完成值", "8 分值", "8 自评得分"])
    }
}

/// A number in a sentence of the reasons column (`完成` ¶ `率` ¶ `92%` ¶ … ¶ `，未`).
@Suite struct ReasonNumbersTests {
    /// Lines 161–190 of the pdftotext rendering of generated report 1047 (161–174 kept as
    /// `groupOverItsFirstColumn`): an indicator table whose reasons column says `完成率 92%，未达到
    /// 年度目标` beside the row 开展宣传活动.
    static let numberInAReason = SpacedHeaderFragmentsTests.groupOverItsFirstColumn + "\n" + """
        分）
                                                                完成
                                                                 率
                   开展                                           92%
                        正向
              数量   宣传        ＝     15    场次    14    2    1.5   ，未
                        指标
              指标   活动                                           达到
                                                                年度
                                                                目标
              数量   受益   正向
                             ≥    3100   人    3453        5     —
              指标   群众   指标                           5
                                                                完成
                                                                 率
                   数据
        """

    @Test func aRateInAReasonIsNoFigureOfTheRow() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.numberInAReason.utf8), path: "pdf.txt")
        // Before: `92%` took a column of its own; the row's cells moved one left, its name read
        // 正向指标 (the 指标性质 cell) and each number stood under the column left of its own.
        #expect(document.figures.filter { $0.line == 180 - 160 }.map { "\($0.rowLabel ?? "-") \($0.raw) \($0.columnLabel ?? "-")" } == [
            "开展宣传活动 15 年度指标值", "开展宣传活动 14 实际完成值", "开展宣传活动 2 分值", "开展宣传活动 1.5 得分",
        ])
        let reason = try #require(document.segmented.tables.last?.rows.first { $0.cells.contains { $0.text == "开展宣传活动" } }?.cells.last?.text)
        #expect(reason.contains("92%"))
    }

    /// Lines 284–323 of the pdftotext rendering of held-out report 330000: the reasons column's
    /// name stays in pieces (`未完成` ¶ `原因分` ¶ `析`), its sentence `完成率` ¶ `85%` ¶ `，未达`
    /// beside the row 带动农户增收.
    static let reasonsNamedInPieces = """
        一级指 二级指 三级指 指标性 指标值 度量单 实际完             分值   得分   未完成
        \u{0C}                                                         原因分
         标      标     标    质           位    成值
                                                                  析
        产出指
               数量指   培训人                    498
        标(50                =    478   人次           9     9
                标     数                     人次
         分)
        产出指
                     维修处
        标(50                ≥    41    处     44     10    10      无
                      数
         分)
        产出指          软件系
               质量指
        标(50         统故障    ≦     1    %     0.8    7     7       —
                标
         分)            率
        产出指          故障修
               时效指         小于等
        标(50         复响应         48    小时    48     13     13     —
                标           于
         分)           时间
                                                                 完成率
        产出指          资金拨                                         93%
                                            92.5
        标(50         付及时    ≥    95    %            11   10.5    ，未达
                                             %
         分)           率                                          到年度
                                                                  目标
                                                                 完成率
        效益指
                                                                 85%
          标    经济效   带动农                    170.2
                           ＝     185   万元           5     4.5    ，未达
        （30    益指标   户增收                     万元
                                                                 到年度
         分）
                                                                  目标
        """

    @Test func aReasonsColumnNamedByItsFirstPieceHoldsNoRate() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.reasonsNamedInPieces.utf8), path: "pdf.txt")
        // Before: `85%` took a column and the row, a token too many, was left without columns.
        let row = document.figures.filter { $0.line >= 33 && $0.line <= 36 }
        #expect(!row.contains { $0.raw == "85%" })
        #expect(row.filter { ["5", "4.5"].contains($0.raw) }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == ["5 分值", "4.5 得分"])
        #expect(SpacedColumnsReader.namesReasons("未完成") && !SpacedColumnsReader.namesReasons("实际完成"))
    }

    @Test func aSentencesNumberHasARateOrAUnit() {
        #expect(SpacedColumnsReader.isSentenceNumber("92%") && SpacedColumnsReader.isSentenceNumber("3 个月"))
        #expect(!SpacedColumnsReader.isSentenceNumber("2.5") && !SpacedColumnsReader.isSentenceNumber("6分"))
        #expect(SpacedColumnsReader.namesReasons("偏差原因分析及改进措施") && !SpacedColumnsReader.namesReasons("得分"))
    }
}

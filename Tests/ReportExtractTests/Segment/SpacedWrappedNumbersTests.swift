import Testing

@testable import ReportExtract

/// Amounts pdftotext wraps inside narrow cells, among their digits: read whole, on their first
/// line, and the names around them kept as one.
@Suite struct SpacedWrappedNumbersTests {
    static func figures(_ text: String) throws -> [Figure] {
        try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "pdf.txt").figures
    }

    /// The figures by row: each one's text and its column's label.
    static func rows(_ figures: [Figure]) -> (String) -> [String] {
        { name in figures.filter { $0.rowLabel == name }.map { "\($0.raw) \($0.columnLabel ?? "-")" } }
    }

    /// Lines 214–236 of the pdftotext rendering of generated report 1001 (a page starts at the
    /// first row): a 年度预算 block whose amounts wrap in their cells, at the point (`389.` ¶ `11`)
    /// or among the decimals (`94.5` ¶ `0%`), and whose notes column prints sentences
    /// (`年中发生预算调整的`, `（追加或调减），应`) right of every number of its rows, beside the lines
    /// of a name (`财政` ¶ `专户` ¶ `管理` ¶ `资金`).
    static let amountsCutInTheirCells = """
                     2.项目实施内
                                全年按计划实施农村人居环境整治，资金按进度支付。
                     容及过程概述
        预算     年度    年初   调整    预算   预算     权重   得分      原因
        执行     预算    预算   后预    执行   执行
        情况      数         算数     数    率
        （10    （万
        分）     元）
        \u{0C}           389.   505.   478.   94.5        9.45
              总额                               10
                    11     84     02     0%          分
               其                                           1.预算执行率=预算执
              中：   304.   395.   373.   94.5               行数/调整后预算数，
                                               /     /
              财政    13     37     62     0%                  预算执行率未达到
              资金                                            90%的需说明原因
              财政                                            （100 字以内）；2.
              专户   84.9   110.   104.   94.5                年中发生预算调整的
                                               /     /
              管理    8      47     40     1%                 （追加或调减），应
              资金                                            单独说明理由；3.其
              单位                                            他资金包括：社会投
                                               /     /
        """

    @Test func aRowOfAmountsCutInTheirCellsIsReadWhole() throws {
        let figures = try Self.figures(Self.amountsCutInTheirCells)
        // Before: `94.5` and `0%`, two figures, both wrong.
        #expect(figures.filter { $0.line == 9 }.map(\.raw) == ["389.11", "505.84", "478.02", "94.50%", "9.45"])
        #expect(!figures.contains { $0.raw == "0%" })
    }

    @Test func aNotesColumnsSentencesRightOfTheNumbersAreTheRowsCellNotATextAcrossTheTable() throws {
        let figures = try Self.figures(Self.amountsCutInTheirCells)
        // Before: `专户`, the name's other lines barred as a form's text across the table.
        #expect(figures.filter { $0.rowLabel == "财政专户管理资金" }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "84.98 年初预算", "110.47 调整后预算数", "104.40 预算执行数", "94.51% 预算执行率",
        ])
    }

    /// Lines 123–152 of the pdftotext rendering of generated report 1040: a 项目资金 block whose
    /// amounts wrap in their cells (`1,977.` ¶ `38`, `754.9` ¶ `7`, `278.2` ¶ `5`), the rows' names
    /// around them (`其他资` ¶ `5 1 3` ¶ `金`).
    static let amountsWrappedBetweenNameLines = """
                          2024 年度项目支出绩效自评表
          项目名称                       老旧小区改造
                                     实施
          主管部门        醴陵市人民政府                 醴陵市民政局
                                     单位
                      年初预 全年预 全年执
                                        分值 执行率    得分
                       算数   算数    行数
                其中：
                      1,977.   1,799.   1,560.
                当年财                                        ——
                        38       42       10
                政拨款
        项目资
                上年结   754.9    687.0    595.6
          金                                                ——
                转资金     7        2        5
        (万元)
                      278.2    253.2    219.5
                其他资                                                     ——
                        5        1        3
                 金
                年度资    3,010. 2,739. 2,375.
                                                  10       87%          8.7
                金总额      60     65     28
                          预期目标                             实际完成情况
                1.完成补贴发放 1784 户，资金支出
        年度总
               2739.65 万元，群众满意度达到 95%            实际完成 716 户，资金支出 2375.28
        体目标

        """

    @Test func aNameStaysWholeOverItsAmountsEnds() throws {
        let figures = try Self.figures(Self.amountsWrappedBetweenNameLines)
        func row(_ name: String) -> [String] { figures.filter { $0.rowLabel == name }.map(\.raw) }
        // Before: `754.9`, `7` (a row `转资金` of its own), `278.2`, `5` (a row `金`).
        #expect(row("上年结转资金") == ["754.97", "687.02", "595.65"])
        #expect(row("其他资金") == ["278.25", "253.21", "219.53"])
        #expect(row("年度资金总额").prefix(3) == ["3,010.60", "2,739.65", "2,375.28"])
    }

    /// Lines 66–82 of the pdftotext rendering of generated report 1000: a table whose cells wrap
    /// nothing, small numbers under decimals (`0.12 23.36` ¶ `…` ¶ `0 0`) being rows of their own.
    static let smallNumbersUnderDecimals = """
         财政供养         编制数          2021 年实际在职人数     控制率
         人员情况
                        32                  35     109.38%
          （人）
              经费控制情况(万元)             2021 年预算数   2021 年决算数
                  支出合计                  3566.57      2314
                  基本支出                   692.97     782.88
               其中：公用经费                   200.96     195.72
                  项目支出                   2873.6    1531.12
             其中：1、保障性安居工程               1213.83     936.47
              2、商品和服务支出                  1659.77    594.65
                     ……
                “三公”经费                     0.12      23.36
           1、公务用车购置和维护经费                     0       18.76
                 其中：公车购置                      0        0
                公车运行维护                       0       18.76
                 2、出国经费                      0         0

        """

    @Test func smallNumbersUnderDecimalsAreTheirOwnWhereNoCellWraps() throws {
        let figures = try Self.figures(Self.smallNumbersUnderDecimals)
        func row(_ name: String) -> [String] { figures.filter { $0.rowLabel == name }.map(\.raw) }
        #expect(row("“三公”经费") == ["0.12", "23.36"])
        #expect(row("其中:公车购置") == ["0", "0"])
    }

    @Test func theEndsOfACutNumber() {
        #expect(SpacedColumnsReader.isDecimal("84.9"))
        #expect(!SpacedColumnsReader.isDecimal("110."))
        #expect(SpacedColumnsReader.isDecimalsEnd("8"))
        #expect(SpacedColumnsReader.isDecimalsEnd("1%"))
        #expect(!SpacedColumnsReader.isDecimalsEnd("228"))
        #expect(SpacedColumnsReader.isGroupCutShort("4,74"))
        #expect(!SpacedColumnsReader.isGroupCutShort("4,744"))
        #expect(SpacedColumnsReader.isGroupEnd("4.6", after: "4,74"))
        #expect(SpacedColumnsReader.isGroupEnd("96.6", after: "2,0"))
        #expect(!SpacedColumnsReader.isGroupEnd("44.6", after: "4,74"))
        // After a cut at the point (`4884.` ¶ `67 万`), the decimals and their unit.
        #expect(SpacedColumnsReader.isDecimalsWithUnit("67 万"))
        #expect(SpacedColumnsReader.isDecimalsWithUnit("52万元"))
        #expect(!SpacedColumnsReader.isDecimalsWithUnit("67"))
        #expect(!SpacedColumnsReader.isDecimalsWithUnit("67 项目"))
        // A whole number cut among its digits (`118` ¶ `3.20`, `136` ¶ `0`).
        #expect(SpacedColumnsReader.isDigitsEnd("3.20"))
        #expect(SpacedColumnsReader.isDigitsEnd("0"))
        #expect(!SpacedColumnsReader.isDigitsEnd("320"))
        #expect(!SpacedColumnsReader.isDigitsEnd("3."))
    }

    /// Lines 241–246 and 329–338 of the pdftotext rendering of generated report 1001: an actual
    /// value's unit wrapped under it (`88.8` ¶ `%`), right under the target's own unit (`85 %`).
    static let unitUnderAnotherUnit = """
        绩效                                                            未完
        指标    一级   二级     三级     指标     指标     度量   完成                成原
                                                           权重   得分
        （90   指标   指标     指标     性质      值     单位    值                因分
        分）                                                             析
              产出          受益
                标
                    服务
               服务   对象                     88.8
                           =    85    %            6    6
               对象   满意                      %
               满意    度
               度指   群众
                标   满意     ≥    95    %     96     6    6分
                     度
                                             98.3

        """

    @Test func aUnitAloneUnderANumberIsItsUnit() throws {
        let figures = try Self.figures(Self.unitUnderAnotherUnit)
        // Before: the `%` under `88.8` went to the column of `85`'s `%`, and `88.8` had no unit.
        #expect(figures.first { $0.line == 9 }?.raw == "88.8%")
        #expect(figures.filter { $0.line == 10 }.map(\.raw) == ["85", "6", "6"])
    }

    /// Lines 187–194 and 241–259 of the pdftotext rendering of generated report 1037: whole
    /// numbers cut among their digits (`136` ¶ `0`, `118` ¶ `3.20`), in a table whose cells wrap
    /// numbers for certain (`233.` ¶ `02`, `267.` ¶ `84`).
    static let wholeNumbersCutInTheirCells = """
         效                                                                     原因
                                                          实际
         指   一级    二级     三级   指标   指标       指标     度量                         分析
                                                          完成     分值     得分
         标   指标    指标     指标   性质   方向        值     单位                          及
                                                           值
                                                                               改进
                                                                               措施
                                                          个别
                                                          项目
                                                          验收
             项目                         233.
        成本        正向        267.                           延
             总成        ＝           万元    02    4    3.5
        指标        指标         84                           迟，
              本                         万元
                                                          已督
                                                          促整
                                                           改
             指标
             2：
        \u{0C}           成本
              成本        反向          136         118
                   控制          ≦          万元            3     3     无
              指标        指标           0          3.20
                    数
                   户均

        """

    @Test func aWholeNumberCutAmongItsDigitsIsReadWhole() throws {
        let figures = try Self.figures(Self.wholeNumbersCutInTheirCells)
        // Before: `118` and `3.20`, two wrong figures, and `136` lost.
        // (The fixture's header reads the reason column's words into 实际完成值: columns not asserted.)
        #expect(figures.filter { $0.rowLabel == "成本控制数" }.map(\.raw) == ["1360", "1183.20", "3", "3"])
    }

    /// Lines 71–96 of the pdftotext rendering of generated report 1027: the end of a number
    /// wrapped in 2021 年决算数's cell (`５３` of `５３１．５５`) stands under two numbers of the row
    /// above by display columns (`5.69 5.29`), which are whole.
    static let oneEndUnderTwoNumbers = """
                 经费控制情况                2020 年        2021 年
                   （万元）                 决算数     预算数        决算数
                                                           １００
                   支出总额               1886.65  1710.62
                                                          ９．６４
                                               ８５４．
                   基本支出               1194.25
                                                 ３３      1006..31
                                               ２８１．       ８０．５
                其中：公用经费                  83.60
                                                 ９３         ０
                  项目支出：                 692.40  856.29     0.00
              其中：1、保障性安居工程             122.91   161.99      0.00
                                       ５６９．       ６９
               2、商品和服务支出                                   0.00
                                         ４９    ４．３０
                      ......
                  “三公”经费                    7.48   9.31      22.40
              1、公务用车购置和维护经费                 1.32   3.62      17.11
                   其中：公车购置                 0.00    0..00      0.00
                  公车运行维护                    1.32    3.62      17.11
                   2、出国经费                  2.71    0.00       0.00
                  3、公务接待                   ３．４     5.69        5.29
        \u{0C}                                    ５
                                                              ５３
                   政府采购金额                   /     413.23.

        """

    @Test func anEndJoinsOneNumberAtMost() throws {
        let figures = try Self.figures(Self.oneEndUnderTwoNumbers)
        // Before: `5.6953` and `5.2953`, the one end joined to both.
        let reception = figures.filter { $0.rowLabel == "3、公务接待" }.map(\.raw)
        #expect(reception.suffix(2) == ["5.69", "5.29"])
    }

    /// Lines 24–34 of the pdftotext rendering of generated report 1027: a table whose amounts
    /// print two decimals, and its total's cut after the first (`１４２１６．９` ¶ `９`). No cut
    /// in it is certain, so `narrowCells` does not hold; the decimal places do.
    static let totalCutAmongItsDecimals = """
                           2021 年度项目支出明细表
             序号       科目名称        预算数      支出数        执行率
              1      防汛物资储备    ２４４３．９１ ２１６２．７５      ８８．５％
              2      森林防火巡护    ３１７１．０８ ２８８２．８０        90.9%
              3      脱硫脱硝项目      1833.48  1622.55     88.5%
              4      信息网络维护      1958.91  1780.83   ９０．９％
              5      品质小区改造      3358.13  2998.33    ８９．３％
              6      困难群众救助    １４５１．４８ １３８２．３６       95.24%
                               １４２１６．９ １２８２９．６
                  合计                                 90.24%
                                   ９         ２

        """

    @Test func aNumberShortOfItsTablesDecimalsIsJoinedToTheRestUnderIt() throws {
        let figures = try Self.figures(Self.totalCutAmongItsDecimals)
        // Before: `１４２１６．９` and `１２８２９．６`, their last digits lost.
        #expect(figures.filter { $0.rowLabel == "合计" }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
            == ["１４２１６．９９ 预算数", "１２８２９．６２ 支出数", "90.24% 执行率"])
    }

    /// Lines 89–117 of the pdftotext rendering of generated report 1049: Word starts no line with
    /// a point, so a cell cut right before one took the digit before it down too (`９` ¶ `８．` ¶
    /// `６` for `９８．６`).
    static let digitTakenDownWithThePoint = """
        绩                         年度指标值                               偏差
        效                                                             原因
                                                  实际
        指    一级   二级   三级   指标                                        分析
                                 运算   指标    计量    完成   分值        得分
        标    指标   指标   指标   性质                                         及
                                  符    值    单位     值
                                                                      改进
                                                                      措施
             产出   数量   补贴   正向   大于   648    户    ６３   12    11.5     完成
             指标   指标   发放   指标   等于                ９                   率
                       户数                                             96%
                                                                      ，未
                                                                      达到
        \u{0C}                                                    年度
                                                            目标
                   数据
                                             ９
              质量   录入   正向                       12
                             ≥    ９８   %    ８．        12
              指标   准确   指标                       分
                                             ６
                    率
                   故障
                   修复   反向                            13
                             ≤    ２４   小时   22   13
                   响应   指标                            分
              时效
                   时间
        """

    @Test func aDigitAloneOverADigitAndAPointBeginsItsNumber() throws {
        let figures = try Self.figures(Self.digitTakenDownWithThePoint)
        // Before: `９` a number of its own, its line a row of its own, and `８．６` the unit.
        #expect(figures.filter { $0.rowLabel == "数据录入准确率" }.map { "\($0.raw) \($0.columnLabel ?? "-") \($0.line)" }
            == ["９８ 年度指标值 20", "９８．６ 实际完成值 18", "12分 分值 19", "12 得分 20"])
    }

    /// Lines 62–82 of the pdftotext rendering of held-out generated report 330000
    /// (`FORMGEN_SEED=330000`): a row's numbers centred on it, cut among their digits, their first
    /// digits on the line over its other cells and the rest under them (`１６` ¶ `= 处 16 16 —` ¶
    /// `１`).
    static let numbersCentredOnTheirRow = """
                                年度指标值                    偏差
                                                         原因
                                           实际
        一级    二级     三级  指标                              分析
                             运算   指标  度量   完成   分值  得分
        指标    指标     指标  性质                              及改
                              符    值  单位    值
                                                         进措
                                                          施
              数量     维修  正向       １６       １６
                              =        处        16   16   —
              指标     处数  指标        １       １处
                     资金
        产出    质量     使用  正向       １０       １０
                              ＝        %        15   15   无
        指标    指标     合规  指标        ０       ０％
        （50           率
        分）           故障
              时效     修复  反向                ２３
                              ≦   24  小时        19   19
              指标     响应  指标                小时
        """

    @Test func numbersCutAroundTheirRowsLineAreReadWholeOnIt() throws {
        let figures = try Self.figures(Self.numbersCentredOnTheirRow)
        func row(_ name: String) -> [String] {
            figures.filter { $0.rowLabel == name }.map { "\($0.raw) \($0.columnLabel ?? "-") \($0.line)" }
        }
        // Before: `１６` and `１` two numbers each, a row of their own each, every row named `正向指标`.
        #expect(row("维修处数") == ["１６１ 年度指标值 10", "１６１处 实际完成值 10", "16 分值 11", "16 得分 11"])
        #expect(row("资金使用合规率") == ["１００ 年度指标值 14", "１００％ 实际完成值 14", "15 分值 15", "15 得分 15"])
    }

    /// Lines 75–86 of the pdftotext rendering of held-out generated report 330001: a form's
    /// 年度资金总额 row, its amounts cut among their decimals and ended two lines down, past the
    /// row's line of 分值, 执行率 and 得分 (`1357.5` ¶ `20 93.5% 18.7` ¶ `6`).
    static let amountsEndedPastTheRowsLine = """
        预算单位
                               安化县自然资源局
         名称

                        年初    全年
                                    全年          分值     执行率       得分
                       预算数   预算数
                                   执行数
        年度预算   年度资金  1357.5 1371.1 1282.0
                                                20     93.5%     18.7
         申请     总额     6      4      2
        （万元）          按收入性质分：                     按支出性质分：
        """

    @Test func amountsEndedPastTheRowsOtherNumbersAreReadWhole() throws {
        let figures = try Self.figures(Self.amountsEndedPastTheRowsLine)
        // Before: `1357.5` and `6` two numbers each, the row one token too many for every column.
        #expect(figures.filter { $0.rowLabel == "年度资金总额" }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
            == ["1357.56 年初预算数", "1371.14 全年预算数", "1282.02 全年执行数", "20 分值", "93.5% 执行率", "18.7 得分"])
    }

    /// Lines 115–163 of the pdftotext rendering of generated report 1000: an indicator table whose
    /// narrow 全年实际值 cell cuts a unit (`4小` ¶ `时`) and whose 计量单位 is packed into the column
    /// of the value beside it (`1444` ¶ `次`).
    static let unitsCutInTheirCells = PackedColumnsTests.report1000Header + """
                  消防                                             时拨
        产出             正向                     1444
                  安全        ≥    1481   次             6    5.5   付，
        指标             指标                      次
                  检查                                             将加
                                                                 强资
                                                                 金调
             数量
                                                                  度
             指标
                  维修
                       正向
                  小区        ≈     38    个      38     4      4   无
                       指标
                   数
                  高标
                  准农
                       正向
                  田建        ≧    4.6    万亩    4.9     3      3   无
                       指标
                  设面
                   积
             质量   维修   正向   ＝    100    %     100     7分     7
             指标   验收   指标
                  合格
        \u{0C}            率
                   数据
                   录入   正向
                             ≧    98     %    98.1   7    7
                   准确   指标
                    率
                   故障
                   修复   反向                    4小
                             ≤     4    小时           3    3     无
                   响应   指标                     时
                   时间
                   ……
        """

    @Test func aUnitCutInItsCellEndsItsNumber() throws {
        let figures = try Self.figures(Self.unitsCutInTheirCells)
        // Before: `时` a token of its own, so 4 and both 3s a column left of their labels.
        #expect(figures.filter { $0.rowLabel == "故障修复响应时间" }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "4 年度指标值", "4小时 全年实际值", "3 分值", "3 得分",
        ])
    }

    /// Lines 115–205 of the pdftotext rendering of held-out report 330022 (`FORMGEN_SEED=330000`):
    /// an indicator table whose 项目总成本 amounts are cut at the point over the row's name
    /// (`1495.` ¶ `项目总` ¶ `76 万 76 万 5 5` ¶ `成本` ¶ `元`), and whose qualitative rows print
    /// only their 分值 and 得分 as numbers, on a line of their own (`8 8`).
    static let amountsCutOverTheirRowsLine = """
                                                                偏差原
                                                                 因
        绩效    一级指   二级指    三级指    年度指     全年实
                                                  分值     得分     分析及
        指标     标     标      标      标值      际值
                                                                改进措
                                                                 施
              产出指                                               受天气
                标                                               影响，
              （50                                               施工进
               分）          维修小                                  度略有
                                  18 个    17 个     7     6.5
                            区数                                  滞后，
                                                                下一步
                    数量指                                         加快推
                     标                                           进
                                  大于等
                           培训人      于     1179
                                                  10 分   10
                            数     1047    人次
                                   人次
                           维修处    142 余
                                          165 处    7     7
                            数       处
                                                                部分资
                                                                金未及
                           维修验
                                  95%以                           时拨
                           收合格            90.4%   9分     8.5
                    质量指             上                           付，将
                            率
                     标                                          加强资
                                                                金调度
                           工程质    有效提     效果明
                                                   4     4          —
                           量达标     升       显
                    时效指    项目完    12 个    12 个
                                                   3     3          无
                     标     成时限     月       月
                    成本指           1495.   1495.
                           项目总
                     标            76 万    76 万     5     5
                            成本
                                   元       元
                           户均补    小于等     1182    5分     5
                           贴标准     于      元/户
                                  1200
                                  元/户
        \u{0C}                社会成
                                                不适用
                        本指标
                              实现国
                        经济效   有资产   按时完    效果明
                                                        8   8
                        益指标   增值保    成      显
                                值
                              低收入
                        社会效   群体居   符合标    按时完
                                                        3   3
                        益指标   住条件    准      成
                               改善
                              维护小
                                    按时完    基本完
                              区绿化                       6   6      无
                效益指                  成      成
                               环境
                 标      生态效
                              生活垃
                        益指标
                              圾无害
                                    ≥90%   90%2     5份      5      —
                              化处理
                                率
                              长效管   效果明    效果明
                                                        2   2
                              护机制    显      显
                        可持续
                              项目持
                        影响指
                              续发挥   不低于
                         标                  10 年        6   6      —
                              效益年   10 年
                                限
                满意度
                              受益对
                 指标     满意度         95%以
                              象满意          96.3%      10    10
                （10      指标           上
                               度
                 分）
                           总分                    100 97.7
        """

    @Test func amountsCutOverTheirRowsLineStandWithItsOtherNumbers() throws {
        let row = Self.rows(try Self.figures(Self.amountsCutOverTheirRowsLine))
        // Before: `1495.76 万` twice a row of their own, under the name's first line. The unit's
        // last character alone (`元`, two lines under the row's numbers) is the row's too, as
        // printed in the form: `1495.76万元`.
        #expect(row("项目总成本") == ["1495.76 万元 年度指标值", "1495.76 万元 全年实际值", "5 分值", "5 得分"])
        // A line of numbers alone, fewer than the rows' usual count but with no other row's
        // numbers near it, is a row of its own.
        #expect(row("实现国有资产增值保值") == ["8 分值", "8 得分"])
        #expect(row("低收入群体居住条件改善") == ["3 分值", "3 得分"])
    }

    /// Lines 100–127 of the pdftotext rendering of generated report 1010: targets cut among their
    /// digits around their row's line, one with its comparison (`≥９` ¶ `质量指标 7 7` ¶ `８%
    /// 99.2%`), the line under holding the row's 实际完成值 too (`１０` ¶ `时效指标 9 8.5` ¶ `０%
    /// 99.6%`).
    static let targetsCutAroundTheirRowsLine = """
               二级指标           年度       实际
                                                          偏差原因
        一级指标                                 分值     得分
                      三级指标            完成值                  分析及
                             指标值
                                                          改进措施
                                                           完成率
                             ≥120 处   117 处               92%，
               数量指标   维修处数                      6    5.5
                                                          未达到年
                                                           度目标
                                                           完成率
                                                          84%，
               质量指标   资金使用                    11    10.5
                              100%    95.6%               未达到年
        产出指标           合规率                                 度目标
         （40          维修验收    １０
               质量指标                    100%    7        7        —
         分）            合格率    ０%
                      数据录入     ≥９
               质量指标                            7        7        无
                       准确率    ８%      99.2%
                                                              部分资金
                                                              未及时拨
                      资金拨付    １０
               时效指标                            9        8.5   付，将加
                       及时率    ０%      99.6%
                                                              强资金调
        """

    @Test func targetsCutAroundTheirRowsLineAreReadWhole() throws {
        let row = Self.rows(try Self.figures(Self.targetsCutAroundTheirRowsLine))
        // Before: `≥９` and `０%`, the targets' first or last digits only.
        #expect(row("数据录入准确率") == ["≥９８% 年度指标值", "99.2% 实际完成值", "7 分值", "7 得分"])
        #expect(row("资金拨付及时率") == ["１００% 年度指标值", "99.6% 实际完成值", "9 分值", "8.5 得分"])
    }

    /// Lines 34–48 of the pdftotext rendering of generated report 1051: a 基础数据表 whose
    /// amounts are cut around their row's line, which holds the row's first amount whole
    /// (`１６４ ４５３． ３２８` ¶ `支出总额 2296.6` ¶ `７．３ ４ ５．９`).
    static let amountsCutAroundARowWithANumber = """
         财政供养       编制数       2021 年实际在职人数           控制率
         人员情况
                     ３８              36          １００．６２％
          （人）
                              2019 年    2020 年 2021 年  2021 年
             经费控制情况(万元)        决算数       决算数    预算数     决算数
                                         １６４   ４５３．     ３２８
                支出总额          2296.6
                                         ７．３     ４      ５．９
                               １１０      ５０５．   １５４．
                基本支出                                    477.8
                               ４．０        ６      ４
              其中：公用经费          276.0     126.4  54.0   ７６．５
        \u{0C}                        １１９     １１４               ２８０
                 项目支出                            299.0
        """

    @Test func amountsCutAroundTheirRowsLineStandWithItsNumber() throws {
        let row = Self.rows(try Self.figures(Self.amountsCutAroundARowWithANumber))
        // Before: the three amounts made whole stayed on their first line, a row of their own
        // named by nothing, 支出总额 holding 2296.6 alone.
        #expect(row("支出总额") == ["2296.6 2019年决算数", "１６４７．３ 2020年决算数", "４５３．４ 2021年预算数", "３２８５．９ 2021年决算数"])
    }

    /// Lines 67–80 of the pdftotext rendering of generated report 220030: amounts cut at their
    /// points in cells so narrow that pdftotext sets each end a column right of its start, past
    /// the row's line (`2116.` ¶ `10 92% 9.2 分` ¶ `3`), and the starts a space apart.
    static let endsSetRightOfTheirPoints = """
                           2024 年度部门整体支出绩效自评表
           预算部门                        沅江市林业局
                    年初预 全年预 全年执
                                       分值    执行率           自评得分
                     算数     算数    行数
              年度资 2116. 2222. 2037.
        年度预                             10   92%            9.2 分
              金总额      3     1     6
        算申请
                    按收入性质分：                      按支出性质分：
         （万
              其中：一般公共预算拨款：522.4              其中：基本支出：801.6
         元）
                  政府性基金拨款：0.0                  项目支出：1420.4
        """

    @Test func anAmountsEndSetRightOfItsPointEndsIt() throws {
        let row = Self.rows(try Self.figures(Self.endsSetRightOfTheirPoints))
        // Before: `2116.` and `3` were two figures, nine for six columns, and no figure of the
        // row had a column.
        #expect(row("年度资金总额") == ["2116.3 年初预算数", "2222.1 全年预算数", "2037.6 全年执行数", "10 分值", "92% 执行率", "9.2 分 自评得分"])
    }

    /// Lines 119–131 of the pdftotext rendering of generated report 1022: a 年度资金总额 row whose
    /// amounts are cut among their decimals, the last digit printed with the unit past the row's
    /// line (`3192.2` ¶ `10 分 100% 10 分` ¶ `9 万元`).
    static let decimalsEndedWithTheirUnit = """
                                   雨湖区城市管理局
         名称
                      年初预算 全年预算 全年执行
                                                 分值      执行率    得分
                         数       数      数
              年度资金 3192.2     3862.6 3862.6
                                                 10 分    100%  10 分
        年度预算   总额：     9 万元      7    7 万元
         申请             按收入性质分：                      按支出性质分：
        （万元）      其中： 一般公共预算：2524.16             其中：基本支出：3089.49
                       政府性基金拨款：                     项目支出：773.18
                  纳入专户管理的非税收入拨款：
                      其他资金：1338.51
        """

    @Test func anAmountsLastDecimalWithItsUnitEndsIt() throws {
        let row = Self.rows(try Self.figures(Self.decimalsEndedWithTheirUnit))
        // Before: `9 万元` was no end (a unit after it), so the row had nine figures for six
        // columns and none of them a column.
        #expect(row("年度资金总额:") == [
            "3192.29 万元 年初预算数", "3862.67 全年预算数", "3862.67 万元 全年执行数", "10 分 分值", "100% 执行率", "10 分 得分",
        ])
    }

    /// Lines 170–179 of the pdftotext rendering of generated report 220039: amounts wrapped over
    /// three lines (`１６３` ¶ `９．３` ¶ `８万元`, 1639.38万元). The middle line with its unit under
    /// it is no amount's start: one digit before its point.
    static let amountsWrappedOverThreeLines = """
                         年初预           全年预     全年执
                                                       分值       执行率     得分
                          算数            算数      行数
                         １６３           １９３     １８３
                                                                ９５．
                 年度资金总额  ９．３           ４．４     ９．６     20 分             19.02
                                                                 １％
                         ８万元           ７万元     ８万元
                          ９９           １１７     １１１
        项目资     其中：本年财政
        """

    @Test func aLineInTheMiddleOfAnAmountTakesNoUnitEnd() throws {
        let figures = try Self.figures(Self.amountsWrappedOverThreeLines)
        #expect(!figures.contains { $0.raw.hasSuffix("万元") && $0.raw.count > 3 })
        #expect(Self.rows(figures)("年度资金总额").suffix(2) == ["20 分 分值", "19.02 得分"])
    }

    /// Lines 78–92 of the pdftotext rendering of generated report 1023: the amounts' last
    /// decimals printed two lines down, beside the row's 分值 printed as low (`4845.4 5378.4
    /// 5039.6` ¶ `93.70% 9.37` ¶ `总额 5 5 1 10`): a number under none of the amounts is the row's
    /// cell, not a reason to leave the ends apart.
    static let endsBesideTheRowsLowCell = """
            预算部门                   南县水利局

                      年初预算              全年执行
                               全年预算               分值   执行率         得分
                        数                 数
                                 数
               年度资金   4845.4   5378.4   5039.6
                                                       93.70%      9.37
        年度预算    总额      5        5        1       10
         申请
                      按收入性质分：                        按支出性质分：
        （万元）
                 其中：一般公共预算拨款：2054.48              其中：基本支出：3462.54
                   政府性基金拨款：1661.99                  项目支出：1915.91
                  纳入专户管理的非税收入拨款：
        """

    @Test func endsBesideACellOfTheRowPrintedAsLowEndTheirAmounts() throws {
        let row = Self.rows(try Self.figures(Self.endsBesideTheRowsLowCell))
        // Before: `5 5 1` and `10` were the figures of a row named 总额, the amounts cut short.
        #expect(row("年度资金总额") == ["4845.45 年初预算数", "5378.45 全年预算数", "5039.61 全年执行数", "10 分值", "93.70% 执行率", "9.37 得分"])
    }

    /// Lines 192–198 and 314–321 of the pdftotext rendering of generated report 1048: an actual
    /// value in full-width digits cut at its point over the row's line, its end a line further
    /// (`９０．` ¶ `≥90% 10 10` ¶ `１％`), the row's 分值 `10` under the cut too.
    static let endInTheNumbersWidth = """
        绩效                                                           偏差原
        指标                                                             因
               一级指    二级指      三级指      年度指      实际完
                                                         分值     得分   分析及
                标      标        标        标值       成值
                                                                     改进措
                                                                       施
        满意度
              服务对
         指标         群众满          ９０．
              象满意         ≥90%         10    10
        （10          意度           １％
              度指标
         分）
               合计得分                    100         95.7
        """

    @Test func anEndIsInItsNumbersWidth() throws {
        let figures = try Self.figures(Self.endInTheNumbersWidth)
        // Before: `９０．10` (90.10, a wrong value) took the 分值, and `１％` was a target of its own.
        #expect(Self.rows(figures)("群众满意度") == ["≥90% 年度指标值", "９０．１％ 实际完成值", "10 分值", "10 得分"])
        #expect(SpacedColumnsReader.isSameWidth("９０．", "１％"))
        #expect(!SpacedColumnsReader.isSameWidth("９０．", "10"))
        #expect(SpacedColumnsReader.isSameWidth("≧２７８", "万元"))
    }

    /// Lines 39–48 of report 1009: the row's cells packed a space apart, their decimals under
    /// them a little left (`1520` at 28 ¶ `.78` at 25–28, touching it), under `10` by pdftotext's
    /// columns.
    static let decimalsLeftOfTheirWholes = """
                  2023 年度预算单位整体支出绩效自评表
        预算单位名称             株洲市疾病预防控制中心
        年度         年初   全年  全年
                                    执行
        预算         预算   预算  执行   分值               得分
                                     率
        申请          数    数   数
        （万 年度资金总额 1684 1718 1520 10 88.5          8.85
        \u{0C}                  .70 .39 .78           0%
                      按收入性质分：                    按支出性质分：
        """

    @Test func aWholesDecimalsTouchingItFromTheLeftEndIt() throws {
        let amounts = try Self.figures(Self.decimalsLeftOfTheirWholes).filter { $0.rowLabel == "年度资金总额" }.map(\.raw)
        #expect(amounts.prefix(4) == ["1684.70", "1718.39", "1520.78", "10"])
    }

    /// Lines 101–112 of report 1021: amounts cut at their points and packed a space apart with
    /// the row's names (`年度预 年度资 4,082. 5,184. 4,671.`), their decimals two lines down
    /// packed a cell right (`36 60 32`, `36` under `5,184.`).
    static let endsPackedACellRight = """
                            2022 年度部门整体支出绩效自评表
        预算单
                                    醴陵市医疗保障局
        位名称
                       年初预 全年预 全年执
                                           分值      执行率           得分
                        算数      算数    行数
        年度预 年度资 4,082. 5,184. 4,671.               90.10
                                           10                    9.01
          算    金总额       36      60   32             %
         申请             按收入性质分：                    按支出性质分：
         （万      其中： 一般公共预算：1,903.06         其中：基本支出：4,862.58
        """

    @Test func endsPackedOtherwiseThanTheirCutAmountsEndThemInOrder() throws {
        let figures = try Self.figures(Self.endsPackedACellRight).filter { $0.rowLabel == "年度资金总额" }
        #expect(figures.map { "\($0.raw) \($0.columnLabel ?? "-")" }
            == ["4,082.36 年初预算数", "5,184.60 全年预算数", "4,671.32 全年执行数", "10 分值", "90.10% 执行率", "9.01 得分"])
    }
}

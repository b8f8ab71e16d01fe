import Testing

@testable import ReportExtract

/// pdftotext packs a column as far left as the text left of it lets it, counting a Chinese
/// character one column wide: an indicator form's cells wrap two or three characters a line, a
/// row's pieces stand above, on and below its numbers, a number wraps at its point, and the
/// reason column's sentences run on in pieces with their commas.
@Suite struct PackedColumnsTests {
    /// Lines 89–137 of the pdftotext rendering of generated report 1001
    /// (`Tools/formgen/render_extractors.py`): the head of its 项目支出绩效自评表.
    static let indicatorForm = """
                                 年度指标值                       未完成
        一级指    二级指 三级指                      实际完         自评得
                                        度量单         分值       原因分
         标       标      标   运算符 指标值          成值          分
                                          位                    析
        产出指    数量指 维修处 大于等
                                   134    处  144     4   4
        标(50     标      数    于                                 无
         分)           指标
                       2：
               数量指 开展宣                      33 场
                              ≥     33   场次          8   8
                 标   传活动                      次
               质量指 资金使             100    % 100%     7   7
                 标   用合规      =
                        率
        \u{0C}            故障修
              时效指
                    复响应    ≤     4             3      3     3       —
               标                        小时
                     时间
                    年度计
              时效指   划申报         效果明           基本完
                          定性                          6分    6
               标    完成时          显             成
                      间
              时效指   项目完
                          ＝      12     个月     12     5    5分       —
               标    成时限
              成本指   户均补                       1146
                           ≤    1200    元/户           4分    4       —
               标    贴标准                       元/户
                     指标
                     2：
                                                                   受天气
                                                                   影响，
                                                                   施工进
              成本指   项目总                                            度略有
                          ＝     1087    万元    1076.   6     5.5
               标     成本                                            滞后，
                                               13
                                                                   下一步
                                                                   加快推
                                                                    进

              成本指               1234.         1185.
                    成本控    ≤            万元                  7
               标                 44            06     7
                     制数
        """

    @Test func anIndicatorFormsRowsAreReadUnderTheirColumns() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.indicatorForm.utf8), path: "pdf.txt")
        #expect(document.segmented.tables.count == 1)
        #expect(document.segmented.tables.first?.layout == .spacedColumns)
        func figures(_ row: String) -> [String] {
            document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.field ?? "-") \($0.columnLabel ?? "-")" }
        }
        // `数量指 维修处 大于等` packed a space apart over `标 数 于`, printed where the columns
        // are: `数` is `维修处`'s, not `大于等`'s.
        #expect(figures("维修处数") == ["134 target 年度指标值", "144 actual 实际完成值", "4 weight 分值", "4 score 自评得分"])
        // `故障修` ¶ `复响应 ≤ 4 3 3 3 —` ¶ `时间`, the line packed left under 二级指标.
        #expect(figures("故障修复响应时间") == ["4 target 年度指标值", "3 actual 实际完成值", "3 weight 分值", "3 score 自评得分"])
        // `项目完` ¶ `＝ 12 个月 12 5 5分 —` ¶ `成时限`: the operator is no part of the label.
        #expect(figures("项目完成时限") == ["12 target 年度指标值", "12 actual 实际完成值", "5 weight 分值", "5分 score 自评得分"])
        // `1076.` ¶ `13`, and the table goes on over the reason cell's pieces (`影响，`).
        #expect(document.figures.contains { $0.raw == "1076.13" && $0.field == "actual" })
        #expect(document.figures.filter { $0.table == 0 }.allSatisfy { $0.confidence == .low && $0.reasons.contains("layout:spaced_columns") })
    }

    /// Lines 76–112 of the pdftotext rendering of generated report 1056: the 年度总体目标 cell with
    /// a little table of its own (`指标 计划 完成`), then the indicators' header and rows, which
    /// the detector finds as one run of columns.
    static let tableUnderFigures = """
                        预期目标                      实际完成情况
                                          实际完成 2371 户，资金支出 4482.90 万
                                                元，满意度 93%。
        年度总体     完成改造任务 800 户，资金支
                                            指标       计划      完成
         目标      出 5105.81 万元，群众满意度
                                           培训人次      235     243
                      达到 95%以上。
                                           发放户数      526     516
                                           检查次数      526     521
                                  年度       实际            得分   偏差原因
        一级指标     二级指标   三级指标                     分值           分析及改
                                 指标值      完成值
                                                               进措施
        产出指标            信息系统     ≥3582
                 数量指标                     3835 户   7      7       —
        (40 分)          录入户数       户
                                                                 受天气影
                                                                 响，施工
                        新增绿化     ≥8.4 万   8.1 万平                 进度略有
                 数量指标                              9    8.5 分
                         面积      平方米        方米                   滞后，下
                                                                 一步加快
                                                                  推进
                                 7300 余
                 数量指标   受益群众              8010 人   5      5       —
                                   人
        \u{0C}                                                        完成率
                       软件系统   不超过                              94%，
                质量指标                  2.3%      4分      3.5
                        故障率    2%                              未达到年
                                                                度目标
                       资金使用
                质量指标          100%    100%      6       6       无
                        合规率
                       资金拨付
                时效指标          100%    100%              9       —
        """

    /// The run is read from the indicators' header on; the lines of figures over it stay text,
    /// reported as a table not read.
    @Test func aTableUnderLinesOfFiguresIsReadFromItsHeader() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.tableUnderFigures.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.layout == .spacedColumns)
        #expect(document.segmented.unreadTables == [9...10])
        func figures(_ row: String) -> [String] {
            document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.field ?? "-") \($0.columnLabel ?? "-")" }
        }
        #expect(figures("资金使用合规率") == ["100% target 年度指标值", "100% actual 实际完成值", "6 weight 分值", "6 score 得分"])
        #expect(figures("软件系统故障率").contains("3.5 score 得分"))
        // The goal's sentence stays prose.
        #expect(document.figures.contains { $0.raw == "5105.81 万元" && $0.table == nil })
    }

    /// Lines 81–121 of the pdftotext rendering of generated report 1020: as above, but the
    /// indicators' header names no two columns on one line: its words are packed a space apart
    /// and cut into stubs (`一级指 二级指 三级指` ¶ `标 标 标 运算符 指标值`).
    static let stubbedHeaderUnderFigures = """
                       预期目标                       实际完成情况
                                       实际完成 701 户，资金支出 2252.09 万
        年度总 1.完成维修任务 180 户，资金支
                                               元，满意度 97%。
          体   出 2252.09 万元，群众满意度达
                                          指标         计划        完成
         目标          到 95%以上。
                                        培训人次         814       839
              2.加强资金管理，确保专款专用。
                                        发放户数         859       870
                               年度指标值                             偏差原
                                                                   因
        一级指 二级指 三级指                         实际完           自评得
                                      度量单            分值          分析及
          标     标     标   运算符 指标值            成值             分
                                        位                        改进措
                                                                   施
                                                                 部分资
        产出指                                                      金未及
          标   数量指 消防安                                             时拨
                            ＝    1006   次    971      9    8.5
         (50    标   全检查                                          付，将
         分)                                                      加强资
                                                                 金调度
              数量指 高标准       ＝     1.8  万亩     1.7     8    7.5   受天气
                标   农田建                                          影响，
        \u{0C}                                                       施工进
                                                               度略有
                                                               滞后，
                    设面积
                                                               下一步
                                                               加快推
                                                                 进
                                                               部分资
                                                               金未及
                    数据录
              质量指                                               时拨
                    入准确   ≥    95    %    92.6    6     5.5
               标                                               付，将
                     率
                                                               加强资
        """

    /// Before, the whole run stayed text: no indicator's figure was read.
    @Test func aTableUnderLinesOfFiguresIsReadFromAStubbedHeader() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.stubbedHeaderUnderFigures.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.layout == .spacedColumns)
        func figures(_ row: String) -> [String] {
            document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        }
        #expect(figures("消防安全检查") == ["1006 年度指标值", "971 实际完成值", "9 分值", "8.5 自评得分"])
        #expect(figures("高标准农田建设面积") == ["1.8 年度指标值", "1.7 实际完成值", "8 分值", "7.5 自评得分"])
    }

    /// Lines 80–101 of the pdftotext rendering of generated report 1013: a 项目资金 block whose
    /// first row's numbers are packed a space apart (`其中：当年财 2618 3220 3220`), so the run of
    /// column lines began under it, between it and the header.
    static let firstRowPackedUnderHeader = """
         主管部门    望城区农业农村局                 望城区住房保障服务中心
                                   单位
                    年初   全年   全年
                                         执行
                    预算   预算   执行     分值         得分
                                          率
                      数    数    数
            其中：当年财 2618 3220 3220
        项目
              政拨款    .04  .19  .19
        资金
                    1506 1853 1853
        （万 上年结转资金                               ——
                     .78  .34  .34
        元）
                    182. 224. 224.
             其他资金                               ——
                      22   13  13
                    4307 5297 5297       100
            年度资金总额                    10         10
                     .04  .66  .66        %
        \u{0C}               预期目标                      实际完成情况
        """

    /// Before, the run was read from `项目`, with no header over it: the block stayed unread.
    @Test func aRowPackedASpaceApartOverTheRunIsItsFirst() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.firstRowPackedUnderHeader.utf8), path: "pdf.txt")
        #expect(document.segmented.unreadTables.isEmpty)
        func figures(_ row: String) -> [String] {
            document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        }
        #expect(figures("其中:当年财政拨款") == ["2618.04 年初预算数", "3220.19 全年预算数", "3220.19 全年执行数"])
        #expect(figures("上年结转资金") == ["1506.78 年初预算数", "1853.34 全年预算数", "1853.34 全年执行数"])
    }

    /// Lines 100–115 of the pdftotext rendering of generated report 1033: a form's 年度资金总额
    /// row, its only line of figures, over its `label：number` pairs.
    static let oneRowOverFormPairs = """
                         2022 年度部门整体支出绩效自评表
        预算单位
                                  桃江县公共资源交易中心
         名称
                        年初       全年     全年
                                                  分值       执行率   自评得分
                       预算数      预算数    执行数
              年度资金
                       2631.8  2921.3 2629.2       10     90.00%      9
        年度预算   总额
        申请（万            按收入性质分：                        按支出性质分：
         元）      其中：一般公共预算拨款：2361.0                 其中：基本支出：31.7
                    政府性基金拨款：280.1                     项目支出：2889.6
                纳入专户管理的非税收入拨款：0.0
                        其他资金：280.1
                      预期目标                         实际完成情况
        """

    /// Before, one line of figures was no table: the block stayed unread.
    @Test func oneRowUnderAHeaderOfItsOwnIsATable() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.oneRowOverFormPairs.utf8), path: "pdf.txt")
        #expect(document.segmented.unreadTables.isEmpty)
        let row = document.figures.filter { $0.line == 9 }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        #expect(row == ["2631.8 年初预算数", "2921.3 全年预算数", "2629.2 全年执行数", "10 分值", "90.00% 执行率", "9 自评得分"])
        #expect(document.figures.contains { $0.raw.hasSuffix("2361.0") && $0.table != nil })
    }

    /// Lines 116–186 of the pdftotext rendering of generated report 1008: an indicator form
    /// whose rows print their 一级 and 二级 names once for several rows, so pdftotext packs the
    /// other rows a column left (`带动农` under `二级指`, `4分 4` under `实际完成值 分值`).
    static let rowsPackedLeftUnderMergedNames = """
              一级指   二级指                                         偏差原
               标     标                                           因
        绩效                三级指     年度      实际
                                                   分值   得分      分析及
        指标                 标
                                                                改进措
                                  指标值     完成值                    施
              产出指                                               部分资
                标                                               金未及
                          高标准
              （40                 约 5.2   4.9 万                  时拨
                          农田建                      6分   5.5
               分）                 万亩        亩                   付，将
                          设面积
                    数量指                                         加强资
                     标                                          金调度
                          信息系      约
                                          1777
                          统录入     1530             6    6分
                                           户                        无
                           户数      户
                    质量指   软件系
                                  不超过
                     标    统故障             1.1%     6分   6分          无
                                   2%
                            率
                          火灾事
                                  ≦0.9    0.03
                          故发生                      5     5
                                   ‰       ‰
                            率
                          维修验     98%以    97.2%    8    7.5     个别项
                          收合格       上                           目验收
                            率                                   延迟，
                                                                已督促
                                                                 整改
        \u{0C}                                              下一步
                                                      将加强
                                                      跟踪问
                                                       效。
                    年度计
                    划申报   逐步完     达到预
                                           2    2      —
                    完成时    善       期
                      间
              时效指   故障修
                          2 小时
               标    复响应           2 小时     5    5      无
                           以内
                     时间
                    资金拨
                    付及时   ≧95%    97.5%    2    2
                      率
        效益指                                           受天气
          标                                           影响，
        （40                                           施工进
                          不低于
         分）         节约财           182.7               度略有
                          203 万            7    6.3
              经济效   政资金            万元                 滞后，
                            元
              益指标                                     下一步
                                                      加快推
                                                       进
                    带动农   49 万    49.5 万
                                           4分   4      无
                    户增收     元       元
                    政策知    达到
                                  100%     7分   7      —
                     晓率   100%

        """

    /// Before, every cell of those rows stood a column left: `4分` under 实际完成值, `4` under 分值.
    @Test func aRowPackedLeftIsLaidOutWhereItsKindsFit() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.rowsPackedLeftUnderMergedNames.utf8), path: "pdf.txt")
        func figures(_ row: String) -> [String] {
            document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        }
        #expect(figures("带动农户增收") == ["49 万元 年度指标值", "49.5 万元 实际完成值", "4分 分值", "4 得分"])
        #expect(figures("政策知晓率") == ["100% 实际完成值", "7分 分值", "7 得分"])
    }

    /// Lines 20–37 of the pdftotext rendering of generated report 1005: a 支出明细表 whose header
    /// and first row stand over a blank line, above the lines the run of columns starts at.
    static let headerOverShortRows = """
        结余。
        严格执行中央八项规定精神，压减一般性支出，厉行节约。
                                                     单位：万元
                            2023 年度支出明细表

              序号                                  支出数
                              项目名称
                                                  161.20
               1             森林防火巡护

               2             困难群众救助             520.73
               3             农村公路养护            2701.38

               4                               1243.68
                             信息网络维护
               5             脱硫脱硝项目            2068.70
                    合计                         6695.69
        严格执行中央八项规定精神，压减一般性支出，厉行节约。
        """

    @Test func aHeaderOverBlankLinesAndShortRowsHeadsTheTable() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.headerOverShortRows.utf8), path: "pdf.txt")
        #expect(document.segmented.unreadTables.isEmpty)
        let read = document.figures.filter { $0.table == 0 }.map { "\($0.rowLabel ?? "-") \($0.raw) \($0.columnLabel ?? "-")" }
        #expect(read == [
            "森林防火巡护 161.20 支出数", "困难群众救助 520.73 支出数", "农村公路养护 2701.38 支出数",
            "信息网络维护 1243.68 支出数", "脱硫脱硝项目 2068.70 支出数", "合计 6695.69 支出数",
        ])
    }

    /// Lines 18–42 of the pdftotext rendering of generated report 1003: a 三公 table of two
    /// columns of figures, a row's label and numbers one gap apart, its header spread over four
    /// lines (`2023 年` ¶ `项目名称` ¶ `决算数` ¶ `预算数`).
    static let twoColumnsOfFigures = """
        目。
        部分项目前期工作准备不足，导致执行进度偏慢。
                           2023 年“三公”经费支出明细
                                                     单位：万元
                                         2023 年
             项目名称
                                                   决算数
                                预算数

         一、因公出国（境）费用             5.91
                                                   5.08

        二、公务用车购置及运行费                               3.90
                                 4.10
                                 0.00
          （1）公务用车购置费
                                                   0.00

                                 4.10              3.90
           公务用车运行维护费
                                                   8.32
             公务接待费               9.14

             合计           19.15                    17.30
        三、绩效目标完成情况
        """

    @Test func aTableOfOneGapALineIsFoundAndHeadedByItsSpreadHeader() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.twoColumnsOfFigures.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.layout == .spacedColumns)
        let read = document.figures.filter { $0.table == 0 }.map { "\($0.rowLabel ?? "-") \($0.raw) \($0.columnLabel ?? "-")" }
        #expect(read.contains("一、因公出国(境)费用 5.91 2023年预算数"))
        #expect(read.contains("一、因公出国(境)费用 5.08 2023年决算数"))
        #expect(read.contains("合计 19.15 2023年预算数"))
        #expect(read.contains("合计 17.30 2023年决算数"))
        #expect(document.figures.filter { $0.table == 0 }.allSatisfy { $0.confidence == .low })
    }

    @Test func aLabelAndANumberOneGapApartMakeAColumnLine() {
        #expect(UnreadSpacedColumns.isColumnLine(" 一、因公出国（境）费用             5.91"))
        #expect(UnreadSpacedColumns.isColumnLine("   1     公共租赁住房维修        2884.85"))
        // Full-width digits (generated report 1010's 项目支出明细表: the table began a row late).
        #expect(UnreadSpacedColumns.isColumnLine("               水费                               ９５．５８"))
        #expect(!UnreadSpacedColumns.isColumnLine("    全年预算执行率为 98%，较上年提高。"))
        #expect(!UnreadSpacedColumns.isColumnLine("  项目名称      耕地地力保护补贴"))
    }

    /// Lines 255–295 of the pdftotext rendering of generated report 1034: an indicator form whose
    /// reason cell runs on for fifteen lines of two characters (`受天` ¶ `气影` ¶ … ¶ `进`) between
    /// two rows, across a page.
    static let longReasonCell = """
               资金
                                                                        未完
        绩效     一级    二级     三级     指标     指标     度量   完成                成原
                                                             权重   得分
        指标     指标    指标     指标     性质      值     单位    值                因分
        （90                                                              析
        分）     产出           补贴                        ≥92
               指标    数量     发放      ≥     851    户    7户     5
                                                                  5
                     指标     户数
                            培训      ≥            人次   1158   4    3.5   受天
                            人数            1191        人次                气影
                                                                        响，
                                                                        施工
                                                                        进度
                                                                        略有
        \u{0C}                                                   滞
                                                          后，
                                                          下一
                                                          步加
                                                          快推
                                                           进
                                                          个别
                                                          项目
                  维修                                      验收
             质量   验收                            4          延
                       ≧     98    %    95.3        3.5
             指标   合格                           分          迟，
                   率                                      已督
                                                          促整
                                                           改
                  故障
                  修复
                       ≦      4    小时    2     7    7
                  响应
                  时间
                  项目
             时效   完成   ≦     12          12
                                   个月          5    5分
             指标   时限
                  年度
        """

    /// The run of columns goes on over the reason cell's lines: the rows after it are the table's,
    /// not a table of their own with no header (unread).
    @Test func aTableGoesOnOverALongWrappedCell() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.longReasonCell.utf8), path: "pdf.txt")
        #expect(document.segmented.tables.count == 1)
        #expect(document.segmented.unreadTables.isEmpty)
        let after = document.figures.filter { $0.line == 34 && $0.table == 0 }.map { "\($0.raw) \($0.field ?? "-")" }
        #expect(after == ["4 target", "2 actual", "7 weight", "7 score"])
    }

    /// Each piece of a line in a column of its own, in order: `维修处 大于等` packed under 三级指标
    /// are the label and the operator.
    /// Lines 79–100 of the pdftotext rendering of generated report 1032: a 基础数据表 whose
    /// header names only columns of figures, and a second header between its rows with its words
    /// wrapped (`2023 年决算` ¶ `数`).
    static let basicData = """
                                2024 年度部门整体支出绩效评价基础数据表
                         编制数              2024 年实际在职人数                    控制率
        财政供养人员情
                         18                      13                   72.22%
          况（人）
                       经费控制情况                     2023 年决算    2024 年预算      2024 年决算
                         （万元）                         数           数             数
                        “三公”经费                     18.93       19.16          9.49
                    1、公务用车购置和维护经费                  17.80       16.13          6.84
                         其中：公车购置                    0.00        0.00          0.00

                       公车运行维护                                     16.13         6.84
                                                      17.80
                       2、出国经费                          0.00       0.00          0.00

                       3、公务接待                                     3.03          2.65
                                                      1.13
        \u{0C}                 项目支出：                                1,045.63        0.00      1,888.89
                        1、业务工作经费                                79.12         0.00       544.17
                        2、运行维护经费                                79.04         0.00       341.00
                    3、区级专项资金(一个专项一行)                           887.47         0.00      1,003.72
                                                                             370.04
        """

    /// Lines 38–62 of generated report 1002's rendering: the second header right under a line
    /// of the first block's numbers alone (`23` ¶ `经费控制情况（万元）` ¶ `2023 年`).
    static let basicDataUnderNumbers = """
        附件 1
                                2023 年度预算单位整体支出绩效评价基础数据表
                          编制数              2023 年实际在职人数           控制率
        财政供养人员情
          况(人)             24                                    95.83%
                                                 23
                  经费控制情况（万元）
        \u{0C}                                                      2023 年
                                                    预算数                          决算数

                                                   18.1                          7.0
                    “三公”经费
                                                                                 3.6
                1、公务用车购置和维护经费                      17.6

                                                    0.0                          0.0
                    其中：公车购置
                                                   17.6
                       公车运行维护                                                    3.6

                     2、出国经费                          0.0                      0.0
                    3、公务接待                            0.5                     3.4
                     项目支出：                         260.0                    1712.3
                   1、业务工作经费                         92.3                     521.5

        """

    @Test func aHeaderOfFiguresAloneGetsAnEmptyLabelOverTheRowsNames() throws {
        for (text, year) in [(Self.basicData, "2024"), (Self.basicDataUnderNumbers, "2023")] {
            let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "pdf.txt")
            func figures(_ row: String) -> [String] {
                document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.field ?? "-") \($0.columnLabel ?? "-")" }
            }
            let staff = year == "2024" ? ["18", "13", "72.22%"] : ["24", "23", "95.83%"]
            #expect(figures("财政供养人员情况(人)") == [
                "\(staff[0]) staff_quota 编制数", "\(staff[1]) staff_actual \(year)年实际在职人数", "\(staff[2]) staff_control_rate 控制率",
            ])
        }
    }

    @Test func aHeaderBetweenRowsHeadsTheRowsBelowIt() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.basicData.utf8), path: "pdf.txt")
        func figures(_ row: String) -> [String] {
            document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        }
        #expect(figures("“三公”经费") == ["18.93 2023年决算数", "19.16 2024年预算数", "9.49 2024年决算数"])
        #expect(figures("1、业务工作经费") == ["79.12 2023年决算数", "0.00 2024年预算数", "544.17 2024年决算数"])
        #expect(document.figures.filter { $0.rowLabel == "“三公”经费" }.allSatisfy { $0.field == "three_public" })

        let under = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.basicDataUnderNumbers.utf8), path: "pdf.txt")
        #expect(under.figures.filter { $0.rowLabel == "“三公”经费" }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
            == ["18.1 2023年预算数", "7.0 2023年决算数"])
    }

    /// Lines 35–50 of generated report 1012's rendering: `账面数` centred over the four columns
    /// it groups, beside the stub on a line of its own.
    static let assets = """
                                       2022 年度固定资产情况表
                                                   账面数
           固定资产类别
                            数量               原值              在用         利用率
             合 计           304             ７４６．９７          ５９８．８６     ８０．１７％
        （一）土地、房屋及构筑
                            /                /               /
               物
        其中：1.土地（平方米）        /                /               /          /
          2.房屋（平方米）         /                                /          /
             办公用房           /                /               /
        其中：本单位实际使用办
                            /                /               /          /
             公室用房
             业务用房                                                       /
             其他用房                           /                 /         /
        """

    @Test func aGroupOverColumnsOfFiguresNamesEachWithItsWord() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.assets.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.headers.first?.labels == ["固定资产类别", "账面数数量", "账面数原值", "账面数在用", "账面数利用率"])
        #expect(document.figures.filter { $0.rowLabel == "合 计" }.map { "\($0.raw) \($0.field ?? "-") \($0.columnLabel ?? "-")" } == [
            "304 asset_quantity 账面数数量", "７４６．９７ asset_original_value 账面数原值", "５９８．８６ asset_in_use 账面数在用",
            "８０．１７％ asset_utilization 账面数利用率",
        ])
    }

    /// Lines 80–96 of the rendering of generated report 220035 (`FORMGEN_SEED=220000`): the
    /// second header's words end two lines down, its name between (`2022 年决算` ¶
    /// `经费控制情况(万元)` ¶ `数`).
    static let basicDataWrappedTwice = """
                                2023 年度部门整体支出绩效评价基础数据表

        财政供养人员情                          2023 年实际在职人数                   控制率
                          编制数
          况（人）
                          15                     15                 92.86%
                                                   2022 年决算   2023 年预算 2023 年决算
                      经费控制情况(万元)
                                                       数          数        数
                        “三公”经费                       3.39       1.71     29.51
                    1、公务用车购置和维护经费                    3.39         0      26.34
                         其中：公车购置                     3.39         0      26.34

                            公车运行维护                                0           0
                                                      0
                         2、出国经费                       0            0          0
                        3、公务接待                        0          1.71       3.17
        """

    @Test func aHeaderBetweenRowsEndsItsWordsTwoLinesDown() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.basicDataWrappedTwice.utf8), path: "pdf.txt")
        #expect(document.figures.filter { $0.rowLabel == "“三公”经费" }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
            == ["3.39 2022年决算数", "1.71 2023年预算数", "29.51 2023年决算数"])
        #expect(document.segmented.tables.first?.headers.last?.labels.first == "经费控制情况(万元)")
        // `财政供养人员情` beside the header, `编制数` under it, `况（人）` under that: one name.
        #expect(document.figures.filter { $0.rowLabel == "财政供养人员情况(人)" }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
            == ["15 编制数", "15 2023年实际在职人数", "92.86% 控制率"])
    }

    /// The first row's reason, wrapped over the header's last lines, runs on into the reason
    /// column's label (`偏差原因分析及改进措施` + `部分资金`): still a column of text, not of names.
    @Test func aReasonColumnIsTextWhateverItsHeaderRanOn() {
        #expect(FlattenedColumns.kind("偏差原因分析及改进措施部分资金") == .text)
        #expect(FlattenedColumns.kind("项目资金(万元)") == .label)
    }

    /// Lines 115–126 of the pdftotext rendering of generated report 1000: its indicators' header.
    static let report1000Header = """
                              年度指标值                              偏差
                                                                 原因
                                              全年
        一级   二级   三级   指标                                        分析
                            运算   指标     计量    实际      分值   得分
        指标   指标   指标   性质                                         及
                             符    值     单位     值
                                                                 改进
                                                                 措施
                                                                 部分
                                                                 资金
                                                                 未及

        """

    /// Line 127 and lines 242–275 of the same rendering under its header: rows whose comparison
    /// wraps in its cell (`大于` ¶ `等于`) and whose neighbour's reason runs on, packed left beside
    /// their scores (`快推进` over `6`).
    static let reasonBesideScores = report1000Header + """
                  消防                                             时拨
                                                       受天
                                                       气影
        可持
                                                       响，
         续
                                                       施工
        影响
                                                       进度
        指标   长效
                            按时       效果                略有
             管护   定性   定性        /          5    4.5
                            完成       明显                 滞
             机制
                                                       后，
                                                       下一
                                                       步加
                                                       快推
                                                        进
        服务   群众
                  正向   大于
        对象   满意             90   %   92.4   6    6
                  指标   等于
        满意    度
        度指   指标
         标   2：
        \u{0C}                                                                 个别
                                                                         项目
                    服务                                                   验收
                    对象    正向   大于                    80.1                 延
                                       85      %             2    1.5
                    满意    指标   等于                     %                  迟，
                     度                                                   已督
                                                                         促整
                                                                          改
        """

    @Test func aReasonPackedBesideTheScoresGoesAfterThem() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.reasonBesideScores.utf8), path: "pdf.txt")
        let satisfaction = document.figures.filter { ["90", "92.4", "6", "85", "80.1", "2", "1.5"].contains($0.raw) }
        #expect(satisfaction.map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "90 年度指标值", "92.4 全年实际值", "6 分值", "6 得分", "85 年度指标值", "80.1 全年实际值", "2 分值", "1.5 得分",
        ])
        #expect(satisfaction.first?.printedQualifier?.rawValue == "≥")
    }

    /// Lines 260–280 of the pdftotext rendering of generated report 1004: a row whose actual
    /// value and its unit wrap in their cell, the number a line over the row's other numbers and
    /// the unit's start under it (`9.57` ¶ `万平` ¶ `方米`), beside its name's first line (`新增`).
    static let unitWrappedUnderTheTopNumber = """
                                                                       偏差
                                                                       原因
                                                    全年
              二级   三级    指标    运算     指标     度量                        分析
        一级                                          实际     分值   得分
              指标   指标    性质     符      值     单位                        及改
        指标                                           值
                                                                       进措
                                                                        施
        产出                                                             受天
        指标                                                             气影
        (40                                                            响，
        分)                                                             施工
                                                                       进度
                   新增                               9.57
              数量         正向                                            略有
                   绿化           =     9.67   万平     万平     7    6.5
              指标         指标                                             滞
                   面积                        方米     方米
                                                                       后，
                                                                       下一
        """

    @Test func aNumberOverItsWrappedUnitIsTheTopOfTheRowBelow() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.unitWrappedUnderTheTopNumber.utf8), path: "pdf.txt")
        #expect(document.figures.map { "\($0.raw) \($0.rowLabel ?? "-") \($0.columnLabel ?? "-")" } == [
            "9.67 新增绿化面积 指标值", "9.57万平方米 新增绿化面积 全年实际值", "7 新增绿化面积 分值", "6.5 新增绿化面积 得分",
        ])
    }

    /// Lines 115–126 and 149–158 of the pdftotext rendering of generated report 1000: a name
    /// whose last line starts a page, a column right of the lines over it (`合格` ¶ `\u{0C}率`).
    static let nameEndingOnTheNextPage = report1000Header + """
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
        """

    @Test func aNamesLastLineOnTheNextPageEndsIt() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.nameEndingOnTheNextPage.utf8), path: "pdf.txt")
        #expect(Set(document.figures.map { $0.rowLabel ?? "-" }) == ["维修验收合格率", "数据录入准确率"])
    }

    /// Lines 353–382 of the pdftotext rendering of generated report 1008: a 项目支出 form's
    /// budget block, where `其中：` wraps as `其` ¶ `中：` (a colon never starts a line), under 总额.
    static let nameWrappedBeforeItsColon = """
               年度
               预算           调整      预算     预算
                    年初
                数           后预      执行     执行     权重      得分               原因
                    预算
               （万           算数       数      率
               元）
                    606.    703.    692.   98.5
               总额                                 10      9.85
                     45      48      93     0%
                其                                                    1.预算执行率=预算执
        预算
               中：   486.    564.    555.   98.5                      行数/调整后预算数，
        执行                                        /        /
               财政    24      04      58     0%                         预算执行率未达到
        情况
               资金                                                     90%的需说明原因
        （10
               财政                                                     （100 字以内）；2.
        分）
               专户   120.    139.    137.   98.5                       年中发生预算调整的
                                                  /        /
               管理    21      44      35     0%                        （追加或调减），应
               资金                                                     单独说明理由；3.其
               单位                                                     他资金包括：社会投
                                                  /        /
               资金                                                     入资金、银行贷款。
               其他
                                                  /        /
               资金
        """

    @Test func aShortLineBeforeALineEndingInAColonIsNoCellsEnd() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.nameWrappedBeforeItsColon.utf8), path: "pdf.txt")
        #expect(document.figures.prefix(6).map { "\($0.raw) \($0.rowLabel ?? "-")" } == [
            "606.45 总额", "703.48 总额", "692.93 总额", "98.50% 总额", "10 总额", "9.85 总额",
        ])
    }

    /// The block's side label (`预算` ¶ `执行` ¶ `情况` ¶ `（10` ¶ `分）`, merged down its rows) stands
    /// left of the names' column, between their lines: no part of the names.
    @Test func aSideLabelLeftOfTheNamesIsNoPartOfThem() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.nameWrappedBeforeItsColon.utf8), path: "pdf.txt")
        #expect(document.figures.dropFirst(6).prefix(4).map { $0.rowLabel ?? "-" } == Array(repeating: "其中:财政资金", count: 4))
        // The notes column's sentences beside the next name's lines bar none of them.
        #expect(document.figures.dropFirst(10).prefix(4).map { $0.rowLabel ?? "-" } == Array(repeating: "财政专户管理资金", count: 4))
    }

    /// Lines 350–352 of the same rendering, over the block: a form's label wrapped around the
    /// sentence beside it (`2.项目实施内` ¶ sentence ¶ `容及过程概述`) right over its header.
    static let labelEndOverAHeader = """
                    2.项目实施内
                             全年按计划实施河道保洁经费，资金按进度支付。
                    容及过程概述

        """ + nameWrappedBeforeItsColon

    @Test func aLabelsEndAroundASentenceHeadsNothing() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.labelEndOverAHeader.utf8), path: "pdf.txt")
        #expect(document.figures.prefix(6).map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "606.45 年初预算", "703.48 调整后预算数", "692.93 预算执行数", "98.50% 预算执行率", "10 权重", "9.85 得分",
        ])
    }

    /// Lines 102–134 of the pdftotext rendering of generated report 1054: a goal's sentences end
    /// (`上。`, `万元，满意度 95%。`) right over the indicators' header between a form's rows.
    static let sentenceEndOverAHeader = """
                               419.   401.
                        392.    92
             年度资金总额                    44    10   96%          9.6
                         45

                        预期目标                            实际完成情况
        年度
        总体     完成补贴发放 1095 户，资金支出
        目标   419.92 万元，群众满意度达到 95%以          实际完成 1225 户，资金支出 401.44
                        上。                       万元，满意度 95%。
                                                                     偏差
        绩                                                            原因
                                                  全年
        效    一级    二级    三级    指标     指标     度量                      分析
                                                  实际           得分
        指    指标    指标    指标    性质      值     单位           分值         及改
                                                   值
        标                                                            进措
                                                                      施
             产出
             指标    数量
             （50         开展     ≧      22    场次    22     7      7
                   指标    宣传
             分）
                         活动
                         维修                               4
                   数量                                            4
                         小区     ＝      21    个
                   指标                             23 个
                          数

                   数量
                         培训           2704   人次   3098    3      3
        """

    @Test func aSentencesEndOverAHeaderBetweenRowsHeadsNothing() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.sentenceEndOverAHeader.utf8), path: "pdf.txt")
        #expect(document.figures.dropFirst().prefix(4).map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "22 指标值", "22 全年实际值", "7 分值", "7 得分",
        ])
    }

    /// pdftotext's header read top down puts a group before the columns it stands over (generated
    /// report 1049: `年度指标值` over `运算` ¶ `符`, `指标` ¶ `值`, `计量` ¶ `单位`): it names its
    /// 指标值 column, as when Tika's second header row is stacked.
    @Test func aGroupBeforeItsColumnsNamesTheirValueColumn() {
        let header = ["一级指标", "三级指标", "指标性质", "年度指标值", "运算符", "指标值", "计量单位", "实际完成值", "分值"]
        #expect(FlattenedColumns(header: header, raws: header).labels == [
            "一级指标", "三级指标", "指标性质", "运算符", "年度指标值", "计量单位", "实际完成值", "分值",
        ])
    }

    /// Lines 207–216 of the pdftotext rendering of generated report 1051: a form's names wrapped
    /// with their colons on lines of their own (`年度资` ¶ `金总` ¶ `额：`, `其中：` ¶ `本年财`).
    static let namesWrappedBeforeTheirColons = """
                     年初预      全年预     全年执
                                               分值        执行率             自评得分
                      算数       算数      行数
               年度资
                金总    4022.   4706.   4706.     10       100%             10
                额：     72      58      58
               其中：
        项目资           810.6   948.4
               本年财                    948.4
          金             7       8
        """

    @Test func aNamesColonOnALineOfItsOwnIsNoFormHeading() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.namesWrappedBeforeTheirColons.utf8), path: "pdf.txt")
        #expect(document.figures.first?.rowLabel == "年度资金总额:")
        #expect(document.figures.last?.rowLabel?.hasPrefix("其中:") == true)
        #expect(SpacedColumnsReader.isWrappedNameEnd("额："))
        #expect(!SpacedColumnsReader.isWrappedNameEnd("按收入性质分："))
    }

    /// Lines 92–112 of the pdftotext rendering of generated report 1024: a form's 年度资金总额 row,
    /// its name under no header word, beside the side label at the line's start (`年度预` ¶
    /// `算申请` ¶ `（万`).
    static let sideLabelBesideUnheadedNames = """
                    2023 年度预算单位整体支出绩效自评表
        预算部
                               芦淞区交通运输局
          门
                          年初    全年    全年
                                            分值   执行率    得分
                         预算数 预算数 执行数
                         4754. 5420. 4889.
        年度预   年度资金总额                        10   90.2%  9.02
                          58    22    04
        算申请
                      按收入性质分：                  按支出性质分：
         （万
                 其中： 一般公共预算：4437.85        其中：基本支出：3718.82
         元）
                     政府性基金拨款：                项目支出：1701.40
                 纳入专户管理的非税收入拨款：
                    其他资金：982.37
        \u{0C}                预期目标                    实际完成情况
        年度总     完成维修任务 312 户，资金支出
                                           实际完成 2110 户，资金支出
        """

    @Test func aSideLabelAtTheLinesStartIsNoPartOfUnheadedNames() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.sideLabelBesideUnheadedNames.utf8), path: "pdf.txt")
        #expect(document.figures.prefix(6).map { "\($0.raw) \($0.rowLabel ?? "-") \($0.columnLabel ?? "-")" } == [
            "4754.58 年度资金总额 年初预算数", "5420.22 年度资金总额 全年预算数", "4889.04 年度资金总额 全年执行数",
            "10 年度资金总额 分值", "90.2% 年度资金总额 执行率", "9.02 年度资金总额 得分",
        ])
    }

    /// Lines 177–192 of the pdftotext rendering of generated report 1015: a row's actual value
    /// wrapped over its line (`6678` ¶ `户`), printed left of the row's 分值 and 得分.
    static let numberWrappedOverItsRow = """
                          以上。
                               年度指标值
        一级指    二级指 三级指                    实际完         自评得
                                     计量单         分值
         标      标       标   运算符 指标值        成值           分
                                      位
                     补贴发
                             ≥      1468            1665     5     5
        产出指          放户数                     户
        标(50   数量指   信息系
                                                    6678
         分)     标    统录入     ≥      6815                     5    4.5
                                             户       户
                      户数
                     维修小
                             ≈       23      个       24     10    10
        """

    @Test func aNumberWrappedOverItsRowKeepsItsPlaceAmongTheRowsNumbers() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.numberWrappedOverItsRow.utf8), path: "pdf.txt")
        #expect(document.figures.filter { $0.rowLabel == "信息系统录入户数" }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "6815 年度指标值", "6678户 实际完成值", "5 分值", "4.5 自评得分",
        ])
    }

    /// Lines 74–78 and 143–160 of the pdftotext rendering of generated report 1030: a target
    /// wrapped under its comparison (`不低于` ¶ `95%`) a line under the row's numbers.
    static let valueUnderItsComparison = header1030 + """
                    生活垃
              生态效   圾无害   90%以
                                 93%     7    7
              益指标   化处理     上
                     率
                    项目持
              可持续
                    续发挥
              影响指         3年      3年     4    4
                    效益年
               标
                     限
              服务对   服务对   不低于    90%     6分   5.5   受天气
              象满意   象满意   95%                       影响，
              度指标    度                              施工进
                                                    度略有
                                                    滞后，
                                                    下一步
        """

    @Test func aValueUnderItsComparisonIsTheComparisonsAndStartsNoRow() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.valueUnderItsComparison.utf8), path: "pdf.txt")
        #expect(document.figures.filter { $0.rowLabel == "服务对象满意度" }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "不低于95% 年度指标值", "90% 实际完成值", "6分 分值", "5.5 得分",
        ])
    }

    /// Lines 339–345 and 382–393 of the pdftotext rendering of generated report 1000: a row's
    /// 指标值 printed a line under its other cells (`= 个月 10 10` ¶ `指标 6`), beside the lower line
    /// of its 指标性质 (`正向` ¶ `指标`).
    static let rowsCellsALineLow = """
                                                                          未完
                                                     实际
        一级    二级    三级     指标          指标     计量                   自评     成原
                                指标                   完成      分值
        指标    指标    指标     性质           值     单位                   得分     因分
                                方向                    值
                                                                           析
                   项目
                        正向                    6
                   完成        =          个月          10   10
                        指标         6
                   时限
              时效
                   故障
              指标
                   修复   反向                               8
                             ≤     2    小时    2     8
                   响应   指标
                   时间
        """

    @Test func numbersALineUnderTheirRowBesideItsCellsLowerLinesStartNoRow() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.rowsCellsALineLow.utf8), path: "pdf.txt")
        #expect(document.figures.filter { $0.rowLabel == "项目完成时限" }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "6 指标值", "6 实际完成值", "10 分值", "10 自评得分",
        ])
    }

    /// Lines 95–104 of the pdftotext rendering of held-out report 220005 (`FORMGEN_SEED=220000`):
    /// a form's label wrapped around the office's name beside it (`预算单` ¶ `沅江市农业农村局` ¶
    /// `位名称`) over the 年度资金总额 block's header.
    static let fieldLabelWrappedAroundItsValue = """
        \u{0C}              2022 年度预算单位整体支出绩效自评表
        预算单
                                沅江市农业农村局
        位名称
                        年初     全年       全年
                                                分值   执行率    得分
                       预算数 预算数         执行数
                       2,060. 2,782.   2,782.
               年度资金总额                           10   100%   10 分
        年度预              99     34       34
        """

    @Test func aFieldsLabelWrappedAroundAnOfficesNameHeadsNoColumn() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.fieldLabelWrappedAroundItsValue.utf8), path: "pdf.txt")
        #expect(document.figures.map { "\($0.raw) \($0.rowLabel ?? "-") \($0.columnLabel ?? "-")" } == [
            "2,060.99 年度资金总额 年初预算数", "2,782.34 年度资金总额 全年预算数", "2,782.34 年度资金总额 全年执行数",
            "10 年度资金总额 分值", "100% 年度资金总额 执行率", "10 分 年度资金总额 得分",
        ])
    }

    /// Lines 77–91 of the pdftotext rendering of held-out report 220007 (`FORMGEN_SEED=220000`):
    /// a 三公 table whose name column is headed `项 目`, a space between its characters, right over
    /// the 合计 row's name.
    static let letterSpacedStubHeading = """
                          “三公”经费预决算情况表
           单位：万元
             项 目        预算数           决算数             执行率
             合计          22.57        21.29          94.33%
        1.因公出国（境）费                    不适用
        二、公务用车购置及
                         11.86        10.79          90.98%
            运行费
          （1）公务用车购
                           0            0              /
             置费
          （2）公务用车运
                         11.86        10.79          90.98%
             行费
          三、公务接待费        10.71         10.5          98.04%
        """

    @Test func aLetterSpacedHeadingOverTheNamesIsTheHeadersNotTheFirstRowsLabel() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.letterSpacedStubHeading.utf8), path: "pdf.txt")
        // Before: `项 目` joined the 合计 row, one token too many for its columns: no column label.
        #expect(document.figures.prefix(3).map { "\($0.raw) \($0.rowLabel ?? "-") \($0.columnLabel ?? "-")" } == [
            "22.57 合计 预算数", "21.29 合计 决算数", "94.33% 合计 执行率",
        ])
    }

    /// Lines 147–182 of the pdftotext rendering of held-out report 330005 (`FORMGEN_SEED=330000`):
    /// a 定性 indicator's nature wrapped in its cell (`定性` ¶ `指标`), beside its 运算符 `定性`.
    static let natureWrappedInItsCell = """
        绩效                                                         偏差
        指标                                                         原因
                                                    全年
               一级    二级   三级   指标   运算     指标 计量            自评 分析
                                                    实际 分值
               指标    指标   指标   性质    符      值   单位          得分 及改
                                                     值
                                                                   进措
                                                                    施
               产出    数量   高标   正向   大于     9.1  万亩  9.3  6分  6      —
               指标    指标   准农   指标   等于
               （40        田建
        \u{0C}           设面
        分）
                    积
                   补贴
                        正向        492        514
                   发放        ≥          户           5    5     无
                        指标         3         9户
                   户数
                                                               个别
                                                               项目
                                                               验收
                   工程
                        定性        逐步         达到          7.2    延
                   质量        定性         /           8
                        指标        完善         预期          分     迟，
                   达标
                                                               已督
                                                               促整
              质量                                                改
              指标   资金
                   使用   正向
                             ＝    100   %    100    5    5     —
                   合规   指标
                    率
        """

    @Test func aNatureWrappedInItsCellIsOneWordNotAComparisonOverALabel() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.natureWrappedInItsCell.utf8), path: "pdf.txt")
        // Before: `指标` took the 三级指标 column and the name went a column left.
        #expect(document.figures.filter { (25...26).contains($0.line) }.map { "\($0.raw) \($0.rowLabel ?? "-") \($0.columnLabel ?? "-")" } == [
            "8 工程质量达标 分值", "7.2分 工程质量达标 自评得分",
        ])
    }

    @Test func aLinesPiecesTakeColumnsInOrder() {
        let columns = [0..<3, 7..<10, 11..<17, 20..<23, 24..<30]
        func piece(_ start: Int, _ end: Int) -> LinePiece { LinePiece(text: "x", raw: "x", start: start, end: end) }
        #expect(SpacedColumnsReader.columns(of: [piece(0, 3), piece(7, 10), piece(11, 14), piece(15, 18)], columns) == [0, 1, 2, 3])
        // A line packed left: its first piece is under no column's start.
        #expect(SpacedColumnsReader.columns(of: [piece(6, 9), piece(12, 15), piece(19, 20)], columns) == [1, 2, 3])
        // More pieces than columns: each where it overlaps most.
        #expect(SpacedColumnsReader.columns(of: [piece(0, 1), piece(2, 3)], [0..<3]) == [0, 0])
    }

    /// `2,976.` ¶ `88`, `９１．` ¶ `７０％`: a number cut at its point; `1.60.` is a misprint, whole.
    @Test func aNumberWrappedAtItsPointIsJoined() {
        #expect(SpacedColumnsReader.isWrappedWhole("1234."))
        #expect(SpacedColumnsReader.isWrappedWhole("2,976."))
        #expect(!SpacedColumnsReader.isWrappedWhole("1.60."))
        #expect(!SpacedColumnsReader.isWrappedWhole("."))
        #expect(SpacedColumnsReader.isDecimals("88"))
        #expect(SpacedColumnsReader.isDecimals("70%"))
        #expect(SpacedColumnsReader.isDecimals(".6"))
        #expect(!SpacedColumnsReader.isDecimals("2999.5"))
        #expect(!SpacedColumnsReader.isDecimals("0万"))
    }

    @Test func aShortPieceSetFarInIsACellsPiece() {
        #expect(UnreadSpacedColumns.isIndentedPiece("                          影响，"))
        #expect(UnreadSpacedColumns.isIndentedPiece("             2："))
        #expect(!UnreadSpacedColumns.isIndentedPiece("三、部门整体支出绩效情况"))
        #expect(!UnreadSpacedColumns.isIndentedPiece("    全年预算执行率达到 95%，较上年提高。"))
    }

    /// Lines 95–128 of the pdftotext rendering of generated report 1000: the goal's sentences,
    /// the indicators' header, and rows whose taller cells begin a line above their numbers
    /// (`消防安全 1444` over `产出指标 正向指标 ≥ 1481 次 6 5.5`, the unit `次` under `1444`)
    /// or end below them, centred under their start (`维修小区` ¶ `… 38 …` ¶ `数`).
    static let tallCellsAroundTheirRow = """
                       纳入专户管理的非税收入拨款：

                        其他资金：3792.8
                              预期目标                         实际完成情况
        年度总体
               完成改造任务 2318 户，资金支出 6043.04 万元，群 实际完成 2242 户，资金支出 5716.72 万元，满意度
         目标
                         众满意度达到 95%以上。                      91%。
                                         年度指标值                            偏差原因
                                                      全年实际
        一级指标   二级指标 三级指标 指标性质                                分值     得分     分析及
                                    运算符   指标值  计量单位      值
                                                                          改进措施
                                                                          部分资金
                                                                          未及时拨
                      消防安全                            1444
        产出指标                  正向指标   ≥   1481    次            6     5.5   付，将加
                        检查                               次
                                                                          强资金调
                                                                            度
               数量指标
                      维修小区
                              正向指标   ≈     38    个      38    4      4      无
                         数
                      高标准农
                      田建设面 正向指标      ≧     4.6  万亩     4.9    3      3      无
                         积
                      维修验收
                              正向指标   ＝    100   %      100   7分      7
                       合格率
               质量指标
                      数据录入
                              正向指标   ≧     98   %     98.1    7      7
                       准确率
        """

    @Test func aRowsTallerCellsAroundItsNumbersAreItsOwn() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.tallCellsAroundTheirRow.utf8), path: "pdf.txt")
        func figures(_ row: String) -> [String] {
            document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.field ?? "-") \($0.columnLabel ?? "-")" }
        }
        #expect(figures("消防安全检查") == ["1481 target 年度指标值", "1444次 actual 全年实际值", "6 weight 分值", "5.5 score 得分"])
        #expect(figures("维修小区数") == ["38 target 年度指标值", "38 actual 全年实际值", "4 weight 分值", "4 score 得分"])
        #expect(figures("高标准农田建设面积") == ["4.6 target 年度指标值", "4.9 actual 全年实际值", "3 weight 分值", "3 score 得分"])
        // The goal's sentences above the header are prose, not a row's cells.
        #expect(document.figures.contains { $0.raw == "6043.04 万元" && $0.table == nil })
    }

    /// Lines 183–201 of the pdftotext rendering of generated report 1025: the header's `得分`
    /// printed a line under the other column words, and `析` under `未完成原因分`.
    static let columnWordALineLower = """
                            预期目标                                  实际完成情况
                  完成改造任务 488 户，资金支出 4446.40           实际完成 2328 户，资金支出 4446.40 万元，满意度
        年度总体目标
                     万元，群众满意度达到 95%以上。                             93%。

         一级指标          二级指标    三级指标       年度指标值    实际完成值          分值                  未完成原因分
                                                                             得分
                                                                                         析
          产出指标
                       数量指标   维修小区数       17 个        17 个        9分         9
         (40 分)                                                                          无
                                                                                      部分资金未及
                                         约４．７６万
                       数量指标   新增绿化面积               4.71 万平        14     13.5         时拨付，将加
                                           平方米
                                                     方米                                强资金调度
                              软件系统故障
                       质量指标               ≤5%       ４．５％          8          8
                                 率
        """

    @Test func aColumnWordALineLowerHeadsItsColumn() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.columnWordALineLower.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.headers.last?.labels.contains("得分") == true)
        func figures(_ row: String) -> [String] {
            document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.field ?? "-") \($0.columnLabel ?? "-")" }
        }
        #expect(figures("维修小区数") == ["17 个 target 年度指标值", "17 个 actual 实际完成值", "9分 weight 分值", "9 score 得分"])
        #expect(figures("软件系统故障率") == ["≤5% target 年度指标值", "４．５％ actual 实际完成值", "8 weight 分值", "8 score 得分"])
    }

    /// Lines 35–60 of the pdftotext rendering of generated report 1009: between the 年度资金总额
    /// row and the indicators' header, the form's `label：number` lines and the goal's sentences,
    /// which used to be read as the indicators' header, the pairs' figures lost.
    static let formTextBetweenRows = """
                                2023 年度预算单位整体支出绩效自评表
          预算单位名称                            株洲市疾病预防控制中心
        年度预算               年初预算 全年预算 全年执行
                                                 分值   执行率           得分
         申请                  数     数      数
        （万元）               1684 1718 1520             88.5
                 年度资金总额                         10                 8.85
                            .70   .39    .78           0%
                         按收入性质分：                           按支出性质分：
                    其中：一般公共预算拨款：642.65                其中：基本支出：1114.16
                      政府性基金拨款：537.87                     项目支出：604.23
        \u{0C}          纳入专户管理的非税收入拨款：0.00
                       其他资金：537.87
        年度                预期目标                              实际完成情况
        总体   完成补贴发放 731 户，资金支出 1718.39 万元，群众    实际完成 839 户，资金支出 1520.78 万元，满意度
        目标            满意度达到 95%以上。                           96%。
         绩                                                                偏差原因
                                                      全年实际
         效   一级指标   二级指标   三级指标   指标性质   指标值    计量单位          分值     得分   分析及改
                                                        值
         指                                                                 进措施
         标   产出指标
                           新增绿化                        9.02
              (40   数量指标           ＝     8.67   万平方米          10    10
                            面积                         万平方米
               分)
        """

    /// Lines 88–108 of the pdftotext rendering of generated report 1000: the form's `label：number`
    /// lines after its last row (`年度资金总额`), beside the side label's pieces (`申请`, `（万`).
    static let formPairsAfterTheRows = """
        附件 2
                           2021 年度部门整体支出绩效自评表
          预算部门                          芦淞区民政局
        \u{0C}               年初   全年   全年
                                              执行
                      预算  预算   执行       分值                 得分
                                               率
                       数   数    数
                     4613 6043 5716
        年度   年度资金总
                     .0 万 .0 万 .7 万     10    95%          9.5
        预算     额：
                       元   元    元
        申请
        （万         按收入性质分：                      按支出性质分：
        元）    其中： 一般公共预算：2250.3              其中：基本支出：3043.5
                  政府性基金拨款：                     项目支出：2999.5
              纳入专户管理的非税收入拨款：

                  其他资金：3792.8
                       预期目标                         实际完成情况

        """

    @Test func aFormsPairsAfterItsLastRowAreItsCells() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.formPairsAfterTheRows.utf8), path: "pdf.txt")
        // Before: the table ended with its last row, and no reader took the pairs.
        let pairs = document.figures.filter { $0.source == .cellText }.map { "\($0.line) \($0.rowLabel ?? "-") \($0.raw) \($0.field ?? "-")" }
        #expect(pairs == [
            "16 一般公共预算 2250.3 general_budget", "16 基本支出 3043.5 basic_expenditure", "17 项目支出 2999.5 project_expenditure",
            "20 其他资金 3792.8 other_funds",
        ])
    }

    @Test func aFormsTextBetweenRowsIsNoHeader() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.formTextBetweenRows.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        let labels = try #require(table.headers.last?.labels)
        #expect(!labels.contains { label in label.contains("。") || label.contains("，") || label.contains("：") || label.contains("%") })
        #expect(["一级指标", "二级指标", "三级指标", "指标值", "分值", "得分"].allSatisfy(labels.contains))
        func figures(_ row: String) -> [String] {
            document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.field ?? "-") \($0.columnLabel ?? "-")" }
        }
        #expect(figures("年度资金总额").contains("8.85 score 得分"))
        // Its `label：number` lines are cells of their own: each figure named by its label.
        let pairs = document.figures.filter { $0.source == .cellText }.map { "\($0.rowLabel ?? "-") \($0.raw) \($0.field ?? "-")" }
        #expect(pairs == [
            "一般公共预算拨款 642.65 general_budget", "基本支出 1114.16 basic_expenditure", "政府性基金拨款 537.87 government_fund",
            "项目支出 604.23 project_expenditure", "纳入专户管理的非税收入拨款 0.00 non_tax_revenue", "其他资金 537.87 other_funds",
        ])
        #expect(figures("新增绿化面积").contains("8.67 target 指标值"))
        #expect(figures("新增绿化面积").contains("10 score 得分"))
    }

    /// Lines 44–51 of generated report 1001's rendering: a table whose header no rule's words
    /// name, a heading right under its last row. Before, it was left unread (no header, no
    /// columns) and its figures read as prose.
    static let plainHeader = """
        部分项目前期工作准备不足，导致执行进度偏慢。
                         政府采购执行情况表
         单位：万元
          采购项目    预算金额     实际采购金额        节约资金         节约率
          工程监理    ５０．０        41.0        ９．０       １８．０％
          车辆维修     170.0    １６８．３         １．７        １．０％
        \u{0C}三、绩效目标完成情况
        对照年初绩效目标，逐项分析了指标完成情况，总体完成较好。
        """

    @Test func aHeaderOfWordsNoRuleKnowsHeadsItsRows() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.plainHeader.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.headers.first?.labels == ["采购项目", "预算金额", "实际采购金额", "节约资金", "节约率"])
        #expect(document.figures.filter { $0.rowLabel == "车辆维修" }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "170.0 预算金额", "１６８．３ 实际采购金额", "１．７ 节约资金", "１．０％ 节约率",
        ])
    }

    /// Lines 220–231 of generated report 1002's rendering: pdftotext packs `三级指 指标性` one
    /// space apart, so the `标` under `三级指` lies under `指标性` and `质` past it. Each goes to
    /// the word it completes (`三级指标`, `指标性质`); before, `指标性标` and `质`.
    static let packedHeaderWords = """
        一级指    二级指 三级指 指标性                         计量单      全年实
                                    指标值                             分值         得分
         标       标      标      质                     位       际值
        产出指    数量指 开展宣         ＝     13             场次       15     6分            6
         标       标     传活动
        （50
        \u{0C} 分）
        产出指          软件系
               质量指
        标（50         统故障    ≤     5        %      2.3     15     15 分
                标
         分）           率
        """

    @Test func aHeaderPieceGoesToTheWordItCompletes() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.packedHeaderWords.utf8), path: "pdf.txt")
        let labels = document.segmented.tables.flatMap(\.headers).flatMap(\.labels)
        #expect(labels.contains("三级指标"))
        #expect(labels.contains("指标性质"))
        #expect(!labels.contains("指标性标"))
    }

    /// Lines 91–109 of generated report 1038's rendering: `一级指 二级指 三级指` packed a space
    /// apart over `标 标 标`, which stand where the columns are (the rows' `数量指` ¶ `标` and `维修处`
    /// ¶ `数` under them). The words' pushed places put each row's names a column right: `数量指标`
    /// under 三级指标, `维修处数` under 指标方向.
    static let packedWordsOverTheirColumns = """
        一级指   二级指 三级指             年度指标值         实际完          得分
         标      标      标    指标方 指标值 度量单          成值
        \u{0C}                     向           位
                                                      分值
                 数量指   维修处                     216
                             ≥     195   处             7       7
                  标      数
                 数量指   培训人
                             ≥           人次   1614      8      8
                  标      数        1453
                       软件系
                 质量指
                       统故障   ≦     2     %     0.2     8        8
                  标
                         率
        产出指
                 时效指   项目完
         标                   =     12    个月    12     11 分    11
                  标    成时限
        """

    @Test func packedHeaderWordsTakeTheColumnsOfTheEndsUnderThem() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.packedWordsOverTheirColumns.utf8), path: "pdf.txt")
        func paths(_ row: String) -> [String] {
            document.figures.filter { $0.rowLabel == row }.map { "\($0.rowPath.joined(separator: "/")) \($0.raw)" }
        }
        func columns(_ row: String) -> [String] { document.figures.filter { $0.rowLabel == row }.dropFirst().map { $0.columnLabel ?? "-" } }
        #expect(paths("维修处数") == ["数量指标/维修处数 195", "数量指标/维修处数 216", "数量指标/维修处数 7", "数量指标/维修处数 7"])
        #expect(columns("维修处数") == ["实际完成值", "分值", "得分"])
        #expect(paths("软件系统故障率").first == "质量指标/软件系统故障率 2")
        #expect(columns("软件系统故障率") == ["实际完成值", "分值", "得分"])
    }

    /// Lines 113–131 of generated report 1051's rendering: the first row's names start over its
    /// numbers in two-character pieces (`开展` under `三级` ¶ `指标`, `数量` under `二级` ¶ `指标`),
    /// as short as a header's wrapped ends, and `数量` is a column word. They were read into the
    /// header (`二级指标数量`, `三级指标开展`) and the row lost them.
    static let firstRowUnderWholeNames = """
        绩效                                                 偏差
        指标                                                 原因
                                             实际
             一级    二级   三级   指标   指标    度量                 分析
                                             完成    分值
             指标    指标   指标   性质    值    单位            得分    及
                                              值
                                                           改进
                                                           措施
                        开展
                   数量
                        宣传   ≥    27    场次   29      9     9分   —
                   指标
                        活动
                        数据
                        录入
                             ≥          %                  8    无
                        准确        95         97.2    8
                         率
        """

    @Test func piecesUnderAWholeLabelColumnNameStartTheFirstRow() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.firstRowUnderWholeNames.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.headers.first?.labels == [
            "绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
        ])
        #expect(document.figures.filter { $0.rowLabel == "开展宣传活动" }.map { "\($0.rowPath.suffix(2).joined(separator: "/")) \($0.raw) \($0.columnLabel ?? "-")" } == [
            "数量指标/开展宣传活动 27 指标值", "数量指标/开展宣传活动 29 实际完成值", "数量指标/开展宣传活动 9 分值", "数量指标/开展宣传活动 9分 得分",
        ])
    }

    /// Lines 120–131 and 143–145 of generated report 1017's rendering: `度量单 全年实` packed over
    /// `位 际值`.
    /// `全年实际值` was no column word (`实际值` was not in `layout.yaml`'s header words), so the
    /// two did not pair and `全年实` and `际值` made two columns.
    static let actualValueWrapped = """
                                                                  偏差原
                                                                    因
        一级指 二级指 三级指 指标性                度量单 全年实
                                 指标值                 分值   得分      分析及
          标     标      标     质           位    际值
                                                                  改进措
                                                                    施
        产出指
          标   数量指 受益群
                             ≥   8100    人   8252     5     5
         (40    标      众
         分)
        产出指          资金使
        标(40         用合规     ＝    100    %    100    11    11       —
         分)            率
        """

    @Test func aWrappedActualValueNamesOneColumn() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.actualValueWrapped.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.headers.first?.labels == [
            "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "全年实际值", "分值", "得分", "偏差原因分析及改进措施",
        ])
        #expect(document.figures.filter { $0.rowLabel == "受益群众" }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "8100 指标值", "8252 全年实际值", "5 分值", "5 得分",
        ])
    }

    /// Lines 137–148 of generated report 1022's rendering: `实际完成` reads as a column's name
    /// whole, so the `值` wrapped under it stayed a column of its own (`实际完成 | 值`).
    static let loneEndUnderAWholeName = """
                   达到 95%以上。
        绩效指标                         年度指标 实际完成
              一级指标 二级指标 三级指标                              分值    得分
                                        值         值
              产出指标            开展宣传 ≧39 场
                      数量指标                     40 场次       6分    6
              (40 分)            活动      次
                      质量指标 资金使用       100%       100%      9分     9
                               合规率
        \u{0C}                       维修验收
                        质量指标          100%    100%    10 分   10
                                合格率
        """

    @Test func aLoneLastCharacterEndsTheNameAboveIt() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.loneEndUnderAWholeName.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.headers.first?.labels == ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])
        #expect(document.figures.filter { $0.rowLabel == "资金使用合规率" }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "100% 年度指标值", "100% 实际完成值", "9分 分值", "9 得分",
        ])
    }

    /// Lines 221–242 of generated report 1020's rendering: the ends of `一级指 二级指 三级指 年度指`,
    /// packed a space apart, are four lines down (`标 标 标 标值`), under lines of other columns'
    /// pieces (`因`, `效`, `分析及`). Before, they were looked for two lines down at most.
    static let packedWordsEndsFourLinesDown = """
         绩     一级指 二级指 三级指 年度指                      实际完       分值       自评得   偏差原
        \u{0C}                                                     因
        效
                                                            分析及
        指     标       标     标    标值      成值           分
                                                            改进措
        标
                                                             施
            产出指                   ≥9.7    9.8
                     数量指   新增绿
              标                  万平方     万平方     2    2
                      标    化面积
            (40 分)                米       米
                                                            受天气
                                                            影响，
                                                            施工进
                                                            度略有
                                                            滞后，
            产出指                                             下一步
                           维修小
            标(40                 ≥16 个   ≥15 个    6   5.5   加快推
                            区数
        """

    @Test func packedHeaderWordsFindTheirEndsPastOtherColumnsLines() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.packedWordsEndsFourLinesDown.utf8), path: "pdf.txt")
        let labels = try #require(document.segmented.tables.first?.headers.first?.labels)
        #expect(labels.contains("一级指标") && labels.contains("二级指标") && labels.contains("三级指标") && labels.contains("年度指标值"))
        #expect(!labels.contains("标"))
    }

    /// Lines 102–113 and 160–177 of generated report 1014's rendering: a form's empty indicator
    /// row, named by the templates' placeholder `指标2：`, printed `指标` ¶ `2：` between two rows.
    /// It was read into the row above (`住房保障覆盖率指标`).
    static let placeholderRow = """
        绩效指                                                     偏差原
         标                                                       因
              一级指     二级指   三级指    年度      实际完           自评得
                                                   分值           分析及
               标       标     标    指标值       成值            分
                                                                改进措
                                                                 施
              产出指                 约 6.25    6.38
                            新增绿
              标(50                万平方      万平方      10   10
                            化面积
               分)     数量指           米       米
                                                                   加强资
                                                                   金调度
                               政策知      达到
                                              100%     3    3
                                晓率     100%
                                                                   个别项
                               住房保                                 目验收
                    社会效                95%以
                               障覆盖                     4    3.5    延迟，
                    益指标                  上    90.7%
                                率                                  已督促
                                                                    整改
                                指标
                                2：
                               维护小
                    生态效                效果明
                               区绿化            已完成      4    4
                    益指标                 显
        """

    @Test func aPlaceholderRowNamesNoRowAroundIt() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.placeholderRow.utf8), path: "pdf.txt")
        #expect(document.figures.filter { $0.rowLabel == "住房保障覆盖率" }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "95%以上 年度指标值", "90.7% 实际完成值", "4 分值", "3.5 自评得分",
        ])
        #expect(!document.figures.contains { ($0.rowLabel ?? "").contains("指标2") || ($0.rowLabel ?? "").hasSuffix("率指标") })
    }

    @Test func placeholderNames() {
        #expect(SpacedColumnsReader.isPlaceholderName("指标2："))
        #expect(SpacedColumnsReader.isPlaceholderName("指标12:"))
        #expect(!SpacedColumnsReader.isPlaceholderName("指标："))
        #expect(!SpacedColumnsReader.isPlaceholderName("指标2：完成"))
        #expect(!SpacedColumnsReader.isPlaceholderName("数量指标"))
    }

    /// Lines 107–116 and 163–172 of generated report 1007's rendering: the last line of the
    /// stack above (`标`, the end of `可持续影响指标`) was cut into the total's row, whose name
    /// read `标总分`.
    static let totalUnderAStack = """
        绩效                                                     未完成
               一级指     二级指   三级指   年度指     实际完
        指标                                         分值   得分     原因分
                标       标     标     标值      成值
                                                                析
                       数量指   开展宣           11 场
                                   十场次             13   13      —
                        标    传活动            次
                             补贴发   ≥4960   5709
                                                   9     9
               率     ５%                       年度目
                                                标
            项目持
        可持续
            续发挥     不低于
        影响指                3年     3    3
            效益年      3年
         标
             限
          总分                     100       97.37
        """

    @Test func aTotalsNameIsACellOfItsOwn() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.totalUnderAStack.utf8), path: "pdf.txt")
        #expect(document.figures.filter { $0.rowLabel == "总分" }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == ["100 分值", "97.37 得分"])
        #expect(!document.figures.contains { $0.rowLabel == "标总分" })
        // The stack's last line is its own cell's end, with the row it stands around (stop 33;
        // before, a cell of its own in the total's row).
        #expect(document.segmented.tables.first?.rows.last?.cells.contains { $0.text == "标" } == false)
        #expect(document.figures.first { $0.rowLabel == "项目持续发挥效益年限" }?.rowPath.contains("可持续影响指标") == true)
    }

    /// Lines 116–138 of generated report 1024's rendering: the header's wrapped ends (`标 标 标
    /// 标值 际值`) share a line with a longer piece of the last column's label (`偏差原` ¶ `因分析`
    /// ¶ `及改进` ¶ `措施`). Before, that line was taken for the first row's and the header ended
    /// at `年度指`, `全年实`.
    static let headerEndsBesideALongLabel = """
                           2023 年度项目支出绩效自评表
                                                           偏差原
        绩效指   一级指   二级指   三级指   年度指     全年实                因分析
                                                分值   得分
         标     标     标     标     标值      际值                及改进
                                                            措施
              产出指                                          受天气
                标                                          影响，
              （50                                          施工进
                          信息系
               分）   数量指         ≥3819   ≥3689              度略有
                          统录入                   2    1.5
                     标            户       户                滞后，
                           户数
                                                           下一步
                                                           加快推
                                                             进
                                                           个别项
                                                           目验收
                          维修处
                                ≧98 处   95 处    5    4.5   延迟，
                           数
                                                           已督促
                                                            整改
        """

    @Test func aHeaderEndsAfterItsStubsBesideALongerLabelEnd() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.headerEndsBesideALongLabel.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.headers.first?.labels == [
            "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值", "得分", "偏差原因分析及改进措施",
        ])
        #expect(document.figures.filter { $0.rowLabel == "信息系统录入户数" }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "≥3819户 年度指标值", "≥3689户 全年实际值", "2 分值", "1.5 得分",
        ])
    }

    /// Lines 118–132 of generated report 1015's rendering: a year over the second block's
    /// quantities, on its own line right under the first block's row (`(人) ６５ ６７ 103.08%`) and
    /// under that block's `2023 年实际在职人数`. It was taken for the row's wrapped label
    /// (`(人) 65 2023年 67`), and the block's columns lost their year.
    static let yearOverASecondBlock = """
                   2023 年度预算单位整体支出绩效评价基础数据表
         财政供养
                    编制数
         人员情况                 2023 年实际在职人数         控制率
          (人)        ６５              ６７           103.08%
                                         2023 年
             经费控制情况（万元）             预算数            决算数
                支出合计            １３８０．１３         １８５８．２９
                基本支出             ５１４．７３          １３８．３５

                                 １６９．８６          ４９．８１
             其中：公用经费
              项目支出：               865.40       １７１９．９４
           其中：1、保障性安居工程           364.79         335.11
            2、商品和服务支出            ５００．６１         1384.83
        """

    @Test func aYearBetweenRowAndHeaderHeadsTheBlockBelow() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.yearOverASecondBlock.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.headers.map(\.labels).last == ["经费控制情况(万元)", "2023年预算数", "2023年决算数"])
        #expect(document.figures.filter { $0.rowLabel == "支出合计" }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "１３８０．１３ 2023年预算数", "１８５８．２９ 2023年决算数",
        ])
        #expect(document.figures.filter { $0.columnLabel == "2023年实际在职人数" }.map(\.raw) == ["６７"])
    }

    /// Report 1008's row `带动农户增收` (lines 176–181): the row above's reason runs on beside it
    /// (`加快推进`), so with its own (`无`) it has a token for each of the nine columns, and the
    /// numbers went left under the labels (`49 万元` under 三级指标, `4分` under 实际完成值), the
    /// merged 绩效指标 column printing nothing. The two reason pieces are one cell.
    @Test func aRowsTrailingReasonPiecesAreOneCell() {
        func token(_ text: String) -> FlattenedTableReader.Token {
            FlattenedTableReader.Token(text: text, raw: text, isValue: FlattenedTableReader.isValue(text), span: 0..<0, line: 1)
        }
        let header = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
        let columns = FlattenedColumns(header: header, raws: header)
        var tokens = ["(40分)", "经济效益指标", "带动农户增收", "49 万元", "49.5 万元", "4分", "4", "加快推进", "无"].map(token)
        var printed = Array(0..<9)
        SpacedColumnsReader.joinTrailingText(&tokens, &printed, endsInText: columns.endsInText)
        #expect(tokens.map(\.text) == ["(40分)", "经济效益指标", "带动农户增收", "49 万元", "49.5 万元", "4分", "4", "加快推进无"])
        let laid = Dictionary(uniqueKeysWithValues: zip(columns.labels, columns.layOut(tokens)).map { ($0, $1?.text ?? "") })
        #expect(laid["三级指标"] == "带动农户增收")
        #expect(laid["年度指标值"] == "49 万元")
        #expect(laid["实际完成值"] == "49.5 万元")
        #expect(laid["分值"] == "4分")
        #expect(laid["得分"] == "4")
        // With fewer tokens than columns too (report 1004's `火灾事故发生率`, lines 297–306, under
        // the row above's `步将` ¶ `加强` ¶ `跟踪` ¶ `问` ¶ `效。`): the two pieces cannot both take
        // the last column, and every token went a column left.
        var short = ["火灾事故发生率", "反向指标", "≤", "0.9", "‰", "0.05", "5", "5", "进步将加强跟踪问效。", "—"].map(token)
        printed = Array(0..<10)
        SpacedColumnsReader.joinTrailingText(&short, &printed, endsInText: true)
        #expect(short.map(\.text).suffix(2) == ["5", "进步将加强跟踪问效。—"])
        #expect(printed.count == 9)
        // A row ending in a number keeps its tokens.
        var numbered = ["带动农户增收", "49 万元", "加快推进", "4"].map(token)
        SpacedColumnsReader.joinTrailingText(&numbered, &printed, endsInText: true)
        #expect(numbered.count == 4)
    }

    /// Lines 96–112 of generated report 1004's rendering: a form's field (`市级预算部门` ¶
    /// `赫山区市场监督管理局` ¶ `（单位）名称`) right over its 年度预算申请 block's header. The office's
    /// name was taken for a header cell, a column between 年初预算数 and 全年预算数, and the row's
    /// numbers went one column off (`19.84` under 执行率).
    static let officeOverAHeader = """
        附件 2
                    2024 年度预算单位整体支出绩效自评表
         市级预算部门
                                赫山区市场监督管理局
         （单位）名称
        \u{0C}                   年初预 全年预 全年执
                                               分值    执行率   得分
                            算数    算数    行数
                           ２４４
        年度预                      3178. 3153.
               年度资金总额      ５．３                  20   ９９．  19.84
          算                       92    49
                             ２                        ２％
         申请
                         按收入性质分：                   按支出性质分：
         （万
                  其中：一般公共预算拨款：2686.12          其中：基本支出：742.02
        """

    @Test func anOfficesNameOverAHeaderIsNoColumn() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.officeOverAHeader.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        let labels = try #require(table.headers.first?.labels)
        #expect(!labels.contains { $0.contains("赫山区市场监督管理局") })
        #expect(Array(labels.suffix(6)) == ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
        #expect(document.figures.filter { $0.raw == "19.84" }.map { $0.columnLabel } == ["得分"])
        #expect(SpacedColumnsReader.namesOrganization("芦淞区住房和城乡建设局"))
        #expect(!SpacedColumnsReader.namesOrganization("经费控制情况（万元）"))
        #expect(!SpacedColumnsReader.namesOrganization("局"))
    }

    /// pdftotext starts a page's first line with a form feed, which takes no column: `项目` after
    /// it stands where `持续` does on the next line (report 1003, lines 147–148).
    @Test func aPageBreaksFormFeedTakesNoColumn() {
        let first = NormalizedLine(number: 1, text: "\u{0C}           项目", raw: "\u{0C}           项目", rawColumns: nil)
        let next = NormalizedLine(number: 2, text: "           持续", raw: "           持续", rawColumns: nil)
        #expect(first.spacedChunks(charactersWide: false).map(\.start) == [11])
        #expect(next.spacedChunks(charactersWide: false).map(\.start) == [11])
        #expect(first.spacedChunks().map(\.start) == [11])
    }

    /// Lines 234–262 of the pdftotext rendering of generated report 1051: `补贴发` ¶ `≈ 户 4404 6分
    /// 6` ¶ `标 放户数 4096`, a row's numbers on two lines, the lower one with a piece of the
    /// 一级指标 stack (`产出指` ¶ `标`) in the first column.
    static let rowOverTwoLines = """
                                                                  偏差原
        一级指   二级指   三级指   指标性          计量单   实际完          自评得     因分析
                                指标值                  分值
         标     标     标     质            位     成值           分      及改进
                                                                   措施
        产出指         补贴发
                           ≈            户    4404    6分     6
         标          放户数         4096
                    培训人
              数量指          ≧     176   人次    180     7       7
                     数                                             无
               标
                    消防安
                           ≈            次             8     8
                    全检查         2793
                                             2857
                    软件系
                    统故障    ≤      5     %    3.9      6     6      无
                     率
                    火灾事
                    故发生    ≦    0.9    ‰     0.06    5      5
              质量指
                     率
               标
                                                                  完成率
                    资金使                                           87%
                    用合规    =     100    %    97.3     7     6.5   ，未达
                     率                                            到年度
                                                                   目标
        """

    /// The two lines fill different columns, so they are one row, though the lower one has a
    /// piece in the first column: before, `4096` was a row of its own, `放户数`'s 分值.
    @Test func aRowsSecondLineOfNumbersBesideTheFirstColumnsStackIsTheSameRow() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.rowOverTwoLines.utf8), path: "pdf.txt")
        let read = document.figures.filter { $0.table == 0 }.map { "\($0.rowLabel ?? "-") \($0.raw) \($0.columnLabel ?? "-")" }
        #expect(read.prefix(4) == ["补贴发放户数 4096 指标值", "补贴发放户数 4404 实际完成值", "补贴发放户数 6分 分值", "补贴发放户数 6 自评得分"])
        #expect(read.contains("消防安全检查 2793 指标值"))
    }

    /// Lines 64–90 of the pdftotext rendering of generated report 1006: a header whose reason
    /// column runs on alone (`偏差原因` ¶ `…自评得分` ¶ `分析及`) over the stubs of two other
    /// columns (`值 值` under `年度指标`, `全年实际`).
    static let headerRunningOnOverStubs = """

                                                                 偏差原因
        一级指标     二级指标    三级指标    年度指标      全年实际      分值   自评得分
                                                                  分析及
                                   值         值
                                                                 改进措施
                                                                 个别项目
                                           １０５２
        产出指标             信息系统    约 1108                    4.5    验收延
                 数量指标                        户       5
         （50             录入户数      户                             迟，已督
         分）                                                       促整改
                                 不低于一
                                                           9
                 数量指标    维修处数    百三十八      152 处     9            无
                                   处
                                 约 2926    3127 人    6
                 数量指标    培训人数                              6分     —
                                  人次         次
                                                                  完成率
                                            92%                  97%，
                         维修验收    ≧９８%                9     8.4
                 质量指标                                            未达到年
                          合格率
                                                                  度目标
                         资金使用
                 质量指标                      １００％            5      无
        """

    /// The header goes on over the line of the reason's piece alone to the stubs under it: before,
    /// it ended over `分析及`, and the columns were named `年度指标` and `全年实际`.
    @Test func aHeaderGoesOnOverALabelsPieceAloneToTheStubsUnderIt() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.headerRunningOnOverStubs.utf8), path: "pdf.txt")
        let read = document.figures.filter { $0.rowLabel == "维修验收合格率" }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        #expect(read == ["≧９８% 年度指标值", "92% 全年实际值", "9 分值", "8.4 自评得分"])
    }

    /// Lines 288–321 of the pdftotext rendering of generated report 1011: the header's words
    /// packed a space apart (`一级指 二级指 三级指 指标性`) over their last characters printed where
    /// the columns are (`标 标 标 质`, each further right), and cells whose lines pdftotext set
    /// columns apart (`户均补` ¶ `贴标准`).
    static let packedWordsOverSpreadStubs = """
        绩效指    一级指 二级指 三级指 指标性                   计量单   实际完
                                         指标值                   分值         得分
         标       标     标     标     质              位     成值
               产出指
                     数量指 维修小
               标(50                ＝      34      个    36 个    6分         6
                       标    区数
                分)
                     数量指 新增绿                     万平方
                                   ≥      0.7           0.7    8          8
                       标   化面积                    米
                           软件系
                     质量指
                           统故障     ≦      2       %    0.4%    4          4
                       标
                             率
                           年度计
                     时效指 划申报                           达到预
                                  定性     长期       /            8          8
                       标   完成时                          期
                             间
                           资金拨
                     时效指
                           付及时     ＝     100      %     96     6          5.5
                       标
                             率
                     成本指 亩均补
                                   ≦     1200    元/亩   1095    8          8
                       标   助标准
                     成本指 户均补
                                   ≦     500     元/户    455    3          3
                       标   贴标准
                     成本指 成本控 小于等         682     万元    668.3   7          7
                       标    制数     于                     6
        """

    /// Before, `标` went with the word it lies under (`三级指标`, `指标性标`, a column `质`), and
    /// a cell's two lines fell in two columns (`户均补 | 贴标准`): every number a column right.
    @Test func packedHeaderWordsTakeTheirStubsInOrderAndACellsLinesStayOneCell() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.packedWordsOverSpreadStubs.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.headers.map(\.labels).first == [
            "绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "实际完成值", "分值", "得分",
        ])
        func figures(_ row: String) -> [String] {
            document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        }
        #expect(figures("户均补贴标准") == ["500 指标值", "455 实际完成值", "3 分值", "3 得分"])
        #expect(figures("新增绿化面积") == ["0.7 指标值", "0.7 实际完成值", "8 分值", "8 得分"])
        #expect(figures("资金拨付及时率") == ["100 指标值", "96 实际完成值", "6 分值", "5.5 得分"])
    }

    /// Lines 47–62 of the pdftotext rendering of generated report 1037: `账面数` alone on its
    /// line over `固定资产类别 数量 原值 … 利用率`, centred over the four in pdftotext's columns but
    /// not in printed width (no Chinese left of it on its line); a total spaced out (`合 计`), kept as printed.
    static let groupAloneOverItsColumns = """
                       固定资产使用情况表
                              账面数
                                 在用(含出租出
         固定资产类别    数量      原值                     利用率
                                    借)

                            1136.19    860.34       76%
           合 计       —
        （一）土地、房
                            192.65     153.93      80%
         屋及构筑物       694
         其中：1.土地
                     347    63.57        43.04    67.7%
         （平方米）

        2.房屋（平方      —                              —
        """

    @Test func aGroupCentredInPackedColumnsNamesItsColumnsAndASpacedTotalIsOneName() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.groupAloneOverItsColumns.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.headers.flatMap(\.labels).contains("账面数在用(含出租出借)"))
        let read = document.figures.filter { $0.table == 0 }.map { "\($0.rowLabel ?? "-") \($0.raw) \($0.columnLabel ?? "-")" }
        #expect(read.prefix(3) == ["合 计 1136.19 账面数原值", "合 计 860.34 账面数在用(含出租出借)", "合 计 76% 账面数利用率"])
        #expect(read.contains("其中:1.土地(平方米) 347 账面数数量"))
    }

    /// Lines 44–60 of the pdftotext rendering of generated report 1004: `2023 年` shares its
    /// line with `经费控制情况（万元）`, whose ten Chinese characters put it right of the
    /// `2024 年` over it in printed width, so by width the `决算数` under it took 2024 and the
    /// year 2023 was left over, stacked onto it (`2023年2024年决算数`).
    static let yearBesideChinese = """
                                          赫山区市场监督管理局
        \u{0C}财政供养
        人员情况        编制数             2024 年实际在职人数                 控制率
         (人)
                        67                 52                 77.61%

                                                         2024 年     2024 年
                 经费控制情况（万元）                     2023 年
                                                          预算数        决算数
                                                 决算数

                    支出总额                    3,592.08     1,304.24
                                                                    1,659.22
                    基本支出                    1,041.04     1,304.24   1,140.55
                   其中：公用经费                   343.54       456..48    353.57
                                                                     518.67
                    项目支出                    2,551.04      0.00
        """

    @Test func aYearLeftOverByWidthIsMatchedInPackedColumns() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.yearBesideChinese.utf8), path: "pdf.txt")
        let labels = document.segmented.tables.flatMap(\.headers).flatMap(\.labels)
        #expect(labels.contains("2023年决算数"))
        #expect(document.figures.filter { $0.rowLabel == "支出总额" }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "3,592.08 2023年决算数", "1,304.24 2024年预算数", "1,659.22 2024年决算数",
        ])
    }

    /// Lines 21–37 of the pdftotext rendering of generated report 1026: the 合计 row's 决算数 is
    /// printed a line over the row, right under the header (`2023 年` ¶ `项 目` ¶ `预算数 决算数`).
    static let headerOverAWrappedFigure = """
                         2023 年“三公”经费支出明细
                                单位：万元
                                        2023 年
                项 目
                                 预算数              决算数
                                                  24.58
                合 计              27.3

         一、因公出国（境）费用           11.95            11.59
        2.公务用车购置及运行维护
                               9.08             7.54
               费
          其中：公务用车购置费            0                0
                               9.08
          （2）公务用车运行费                             7.54

            公务接待费          6.27                  5.45
        """

    @Test func aHeaderOverALineOfFiguresKeepsItsYearAndStub() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.headerOverAWrappedFigure.utf8), path: "pdf.txt")
        let read = document.figures.filter { $0.table == 0 }.map { "\($0.rowLabel ?? "-") \($0.raw) \($0.columnLabel ?? "-")" }
        // Before: the header was `预算数 决算数` alone, `项 目` the table's title.
        #expect(read.contains("一、因公出国(境)费用 11.95 2023年预算数"))
        #expect(read.contains("一、因公出国(境)费用 11.59 2023年决算数"))
        #expect(read.contains("公务接待费 5.45 2023年决算数"))
    }

    /// Lines 22–36 of the pdftotext rendering of generated report 1046 and lines 37–48 of 1007:
    /// `2023 年` is centred over `预算数 决算数`; `执行率` beside them, on their line or, a cell of
    /// both header rows, on the line between, has no year.
    static let yearOverTwoOfThree = """
                                                      单位：万元
                             “三公”经费预决算情况表
                                   2023 年
               项目
                           预算数             决算数      执行率
               合计          31.33           27.13   86.59%
        1.因公出国（境）费                         不适用
        二、公务用车购置及
                           20.69           18.62   90.00%
             运行费
          （1）公务用车购
                            0.00             0.00     /
               置费
          （2）公务用车运
                           20.69            18.62  90.00%
        """

    static let yearOverTwoOfThreeBesideATallCell = """
                      “三公”经费预决算情况表
                                                          单位：万元
                                  2024 年
            项 目                                          执行率
                          预算数                决算数
          “三公”经费合计        29.62              24.68       ８３．３２％
         因公出国（境）费        ４．３２                ３．４６       ８０．０９％
        2.公务用车购置及运
                        １４．１７               １０．２０       ７１．９８％
            行维护费
        \u{0C}其中：公务用车购置
                         ０．００            0.00                     -
        """

    @Test func aYearHeadsTheQuantitiesItIsCentredOver() throws {
        for (text, year, row) in [(Self.yearOverTwoOfThree, "2023年", "合计"), (Self.yearOverTwoOfThreeBesideATallCell, "2024年", "“三公”经费合计")] {
            let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "pdf.txt")
            let read = document.figures.filter { $0.table == 0 && $0.rowLabel == row }.map { "\($0.columnLabel ?? "-")" }
            // Before: `执行率` took the year too (`2023年执行率`).
            #expect(read == [year + "预算数", year + "决算数", "执行率"])
        }
    }

    /// Lines 124–140 of the pdftotext rendering of generated report 1004: `1600` ¶ `余人` shares
    /// its packed column with `1700` (`1700` ¶ `人`), so the column holds two values.
    static let aValuesWordBesideAnotherValue = """
        绩效                                                偏差原
        指标    一级指 二级指 三级指 年度指 实际完                         因分析
                                               分值     得分
                标      标     标    标值    成值                及改进
                                                           措施
              产出指 数量指 受益群        1600  1700
                                                 3     3    无
                标      标     众    余人     人
                           软件系
                      质量指
                           统故障   ≤5%   0.0%      9     9
                       标
                             率
                           年度计
                      时效指 划申报 按时完 按时完
                                                 5     5    —
                       标   完成时     成     成
        """

    @Test func aValuesWordsJoinItInAColumnOfTwoValues() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.aValuesWordBesideAnotherValue.utf8), path: "pdf.txt")
        let row = document.figures.filter { $0.table == 0 && $0.line == 130 - 123 }
        // Before: `余人` was taken for the row's name and the names moved a column left.
        #expect(row.map { "\($0.rowLabel ?? "-") \($0.raw) \($0.columnLabel ?? "-")" } == [
            "受益群众 3 分值", "受益群众 3 得分",
        ])
        #expect(document.segmented.tables[0].rows.contains { $0.cells.map(\.text).starts(with: ["绩效指标", "产出指标", "数量指标", "受益群众", "1600余人"]) })
    }

    @Test func wordsOfAValue() {
        #expect(SpacedColumnsReader.isValueWord("余人", above: false))
        #expect(SpacedColumnsReader.isValueWord("以上", above: false))
        #expect(SpacedColumnsReader.isValueWord("达到", above: true))
        #expect(!SpacedColumnsReader.isValueWord("余人", above: true))
        #expect(!SpacedColumnsReader.isValueWord("余", above: false))
        #expect(!SpacedColumnsReader.isValueWord("受益群众", above: false))
    }

    /// Lines 74–78 of the pdftotext rendering of generated report 1030: its indicators' header.
    static let header1030 = """
         绩效                                                 偏差原
         指标   一级指 二级指 三级指          年度      实际               因分析
                                                 分值    得分
                标      标      标   指标值 完成值                   及改进
                                                             措施

        """

    /// Lines 74–97 of the pdftotext rendering of generated report 1030: the ends of `年度指标值`
    /// and `实际完成值` are packed a space apart (`指标值 完成值`) left of `年度 实际`.
    static let packedEndsUnderTheirWords = header1030 + """
              产出指
                            信息系
                标                 ≥3378 3556
                            统录入                   5     5     —
              （40                   户       户
                             户数
               分）
                      数量指 受益群      7000   7560
                       标                          3     3
                              众    余人       人
                            消防安    2168   2497
                                                  3    3份
                            全检查     次       次
                            ……
                    质量指    维修验
                                 98%以
                     标     收合格           100%    5    5      —
                                   上
                            率
        """

    @Test func packedEndsJoinTheWordsOverThemInOrder() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.packedEndsUnderTheirWords.utf8), path: "pdf.txt")
        let labels = try #require(document.segmented.tables.first?.headers.first?.labels)
        // Before: `完成值` stood alone and `实际` went to the reason column (`实际偏差原因分析及改进措施`).
        #expect(labels.suffix(5) == ["年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
        let row = document.figures.filter { $0.rowLabel == "维修验收合格率" }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        #expect(row == ["98%以上 年度指标值", "100% 实际完成值", "5 分值", "5 得分"])
    }

    /// Lines 46–93 of the pdftotext rendering of generated report 1019: the first row's name is
    /// printed beside the header, a line each (`财政供养` ¶ `人员情况` ¶ `（人）`), and a header between
    /// rows has its first row's name beside it (`楼堂馆所` ¶ `控制情况` ¶ `（2022` ¶ `年完工项` ¶ `目）`).
    static let rowNamesBesideHeaders = """
                     2022 年度部门整体支出绩效评价基础数据表
        财政供养
                     编制数                                       控制率
        人员情况                         2022 年实际在职人数
         （人）             18                 14              77.78%
                                              2021 年   2022 年    2022 年
                 经费控制情况（万元）
                                               决算数      预算数       决算数

                   “三公”经费                               12.23      22.40
                                              19.22
                1、公务用车购置和维护经费                  9.96     10.24      20.08
                    其中：公车购置                   0..00      0.00       0.00
                      公车运行维护                    9.96    10.24      20.08
                    2、出国经费                     5.76      0.00      2..32
                                               3.50
                    3、公务接待                               1.99        0.00

                                              278.72   2,688.72
                    项目支出                                          2,273.37

                  1、业务工作经费                    96.42.              1,252.28
                                                       687.17.

                  2、运行维护经费                    17.79               426.24
                                                       1,631.49
            3、区级专项资金(一个专项一行)                  164.51     370.06   594.85
                    ……
                                               5.10
                                                        28.85      95.87
                    公用经费
                  其中：办公经费                      0.97     3.46        9.59
                 水费、电费、差旅费                     0.51     2.02       23.97
                                                0.46
                  会议费、培训费                               0.29         10.55

                   政府采购金额                     508.34    64.59
                                                                  647.47
        楼堂馆所
        控制情况
                 批复规模         实际规模   规模控制     预算投资     实际投资       投资概算
        （2022
                  （㎡）          （㎡）     率      （万元）     （万元）        控制率
        年完工项
         目）
                  3869
                              3731            119.69   111.31
                                     96.43%                       93.00%
        """

    @Test func aNameBesideTheHeaderEndedByAUnitOnTheRowIsTheRows() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.rowNamesBesideHeaders.utf8), path: "pdf.txt")
        let row = document.figures.filter { $0.table == 0 && $0.line == 5 }.map { "\($0.rowLabel ?? "-") \($0.raw) \($0.columnLabel ?? "-")" }
        // Before: `财政供养人员情况` was the header's first cell and the row was named `(人)`.
        #expect(row == ["财政供养人员情况(人) 18 编制数", "财政供养人员情况(人) 14 2022年实际在职人数", "财政供养人员情况(人) 77.78% 控制率"])
    }

    /// Lines 19–27 of the pdftotext rendering of generated report 1050: a table no rule's words
    /// head, its targets printed with their comparisons (`大于等于 2516 人次`).
    static let plainHeaderOverComparisons = """
        对照年初绩效目标，逐项分析了指标完成情况，总体完成较好。
                         2024 年度重点工作任务完成情况表
             工作任务          计划目标              完成情况          完成率
             开展培训      大于等于 2516 人次         2612 人次       103.8%
             维修改造          ≥705 处             840 处        119%
             入户走访          2084 户            2141 户       102.7%
             检查督导        不低于 950 次           ≥881 次         93%
             宣传活动        ≧1018 场次           1125 场次       110.5%
        建立健全内部控制制度，规范财务审批流程。
        """

    /// The first table's figures in rows named `rows`, as `name raw column`, and whether no table
    /// was left unread.
    static func firstTable(_ text: String, rows: Set<String>) throws -> (allRead: Bool, figures: [String]) {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "pdf.txt")
        let figures = document.figures.filter { $0.table == 0 && rows.contains($0.rowLabel ?? "") }
            .map { "\($0.rowLabel ?? "-") \($0.raw) \($0.columnLabel ?? "-")" }
        return (document.segmented.unreadTables.isEmpty, figures)
    }

    @Test func aPlainHeaderHeadsRowsWhoseNumbersHaveTheirWords() throws {
        let (allRead, read) = try Self.firstTable(Self.plainHeaderOverComparisons, rows: ["开展培训", "检查督导"])
        // Before: no header was found, so the table stayed unread (its numbers read as prose).
        #expect(allRead)
        #expect(read == [
            "开展培训 大于等于 2516 人次 计划目标", "开展培训 2612 人次 完成情况", "开展培训 103.8% 完成率",
            "检查督导 不低于 950 次 计划目标", "检查督导 ≥881 次 完成情况", "检查督导 93% 完成率",
        ])
    }

    /// Lines 16–28 of the pdftotext rendering of held-out report 220033 (`FORMGEN_SEED=220000`):
    /// the same table, its first rows' cells a line above and below their names, so the first row
    /// with a figure under each word is the fifth line of figures, seven lines down.
    static let plainHeaderOverWrappedRows = """
        下一步将进一步加强预算绩效管理，提高资金使用效益。
                         2022 年度重点工作任务完成情况表
             工作任务         计划目标        完成情况          完成率
                                       622 次
             检查督导       不低于 607 次                  102.5%

                         114 场次
           宣传活动                                       115%
                                       131 场次
           开展培训     ≥1953 人次   1961 人次               100%
           入户走访      ≧1111 户    1325 户              119.26%
          发放租赁补贴     2901 户     2684 户                93%
        部分项目前期工作准备不足，导致执行进度偏慢。
        """

    @Test func aPlainHeaderIsFoundOverRowsWrappedOverSeveralLines() throws {
        let (allRead, read) = try Self.firstTable(Self.plainHeaderOverWrappedRows, rows: ["检查督导", "开展培训"])
        // Before: no header was found, so the table stayed unread.
        #expect(allRead)
        #expect(read == [
            "检查督导 不低于 607 次 计划目标", "检查督导 622 次 完成情况", "检查督导 102.5% 完成率",
            "开展培训 ≥1953 人次 计划目标", "开展培训 1961 人次 完成情况", "开展培训 100% 完成率",
        ])
    }

    /// Lines 54–64 of the pdftotext rendering of generated report 1003: a header between rows
    /// whose own name ends in a unit (`经费控制情况` ¶ `（万元）` over `三公经费`).
    static let headerNameEndingInAUnit = """
                     2023 年度部门整体支出绩效评价基础数据表
        财政供养         编制数       2023 年实际在职人数           控制率
        人员情况
                      21               26            123.81%
         (人)
                    经费控制情况           2022 年         2023 年
                      （万元）            决算数     预算数        决算数
                      三公经费            22.92    13.74      1.60.
               1、公务用车购置和维护经费          17.68    13.25       0.00
                     其中：公车购置           0.00     0.00       0.00
                    公车运行维护            17.68    13.25       0.00
        """

    @Test func aNameBesideAHeaderBetweenRowsIsTheFirstRowsUnlessItsOwnUnit() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.rowNamesBesideHeaders.utf8), path: "pdf.txt")
        let names = Set(document.figures.filter { $0.table == 0 }.compactMap(\.rowLabel))
        // Before: the header's first cell was `楼堂馆所控制情况(2022` and the row `年完工项目)`.
        #expect(names.contains("楼堂馆所控制情况(2022年完工项目)"))
        #expect(names.contains("“三公”经费"))
        let other = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.headerNameEndingInAUnit.utf8), path: "pdf.txt")
        let rows = Set(other.figures.filter { $0.table == 0 }.compactMap(\.rowLabel))
        #expect(rows.contains("三公经费"))
        #expect(!rows.contains { $0.hasPrefix("经费控制情况") })
    }

    /// Lines 24–82 of the pdftotext rendering of generated report 1034: the last row's numbers
    /// stand alone under its name's first line (`（六）家具、用` ¶ `４４５ 366.86 …` ¶ `具、装具及动植`
    /// ¶ `物（个、套等）`).
    static let lastNameAroundNumbersAlone = """
                           固定资产使用情况表
                                       在用（含出租出
         固定资产类别        数量                            利用率
                                账面原值      借）

           合 计              １２０４．８５                ７９．４％
                     ——                ９５７．１４
        （一）土地、房
                     ——         ——
          屋及构筑物                           ——
         其中：1.土地
                     ——         ——
          （平方米）                           ——        ——
         2.房屋（平方
                                          ——
            米）       ——         ——

                     ——                             ——
          办公用房                  ——

        其中：本单位实
                     ——         ——        ——        ——
        际使用办公室用
           房

          业务用房
                     ——         ——
          其他用房       ——         ——        ——        ——
        \u{0C}（二）通用设备
         （个、台、辆      3O2         254.13        225.46    ８８．７％
           等）

                     151        １６５．１８     １２９．３０        ７８．３％
         其中：1.车辆
        2.单价 50 万元
        （含）以上（不                                 ——           ——
           含车辆）
        （三）专用设备
                     ——           ——            ——           ——
         （个、台等）
          其中：单价
          100 万元     ——           ——            ——
                                                             ——
          （含）以上
        （四）文物和陈
         列品（个、件      301        ３３４．３７     ３１２．２０            93%
            等）

                     ——           ——            ——
         其中：文物                                               ——
                                           １８８．７６
        （五）无形资产
                     24          249.49                  75.66%

        （六）家具、用
                   ４４５        366.86  230.72             ６２．９％
        具、装具及动植
        物（个、套等）
        三、绩效目标完成情况
        """

    @Test func aLastRowsNameGoesOnUnderItsNumbersAlone() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.lastNameAroundNumbersAlone.utf8), path: "pdf.txt")
        let names = document.figures.filter { $0.table == 0 && $0.raw == "366.86" }.map { $0.rowLabel ?? "-" }
        // Before: the table ended on the numbers' line, the name cut to `(六)家具、用`.
        #expect(names == ["(六)家具、用具、装具及动植物(个、套等)"])
    }
}

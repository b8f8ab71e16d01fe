import Testing

@testable import ReportExtract

/// A table in columns of spaces: which lines over its first row are its header's, and what they name.
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

    /// Lines 16–28 of the pdftotext rendering of generated report 220032: a table no rule's words
    /// head, its first column's word printed a line under the others (the cell centred in the
    /// header's height), and a row's cells a line off its name.
    static let plainHeaderOnTwoLines = """
                        2021 年度重点工作任务完成情况表

                          计划目标       完成情况                完成率
           工作任务
          发放租赁补贴        不低于 2352 户   2601 户             110.59%

                          354 人次
           开展培训                      366 人次              103.4%
                                     ≥712 次
           检查督导                                          110%
                        不低于 649 次
           宣传活动          1776 场次     1908 场次            107.4%
        """

    /// The first table's figures in `rows`: row, figure and column.
    static func read(_ document: ExtractedDocument, rows: [String]) -> [String] {
        document.figures.filter { $0.table == 0 && rows.contains($0.rowLabel ?? "") }
            .map { "\($0.rowLabel ?? "-") \($0.raw) \($0.columnLabel ?? "-")" }
    }

    @Test func aPlainHeaderMayStandOnTwoLines() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.plainHeaderOnTwoLines.utf8), path: "pdf.txt")
        // Before: `计划目标 完成情况 完成率` ¶ `工作任务` was no header, and the table stayed unread.
        #expect(document.segmented.unreadTables.isEmpty)
        #expect(Self.read(document, rows: ["发放租赁补贴", "宣传活动"]) == [
            "发放租赁补贴 不低于 2352 户 计划目标", "发放租赁补贴 2601 户 完成情况", "发放租赁补贴 110.59% 完成率",
            "宣传活动 1776 场次 计划目标", "宣传活动 1908 场次 完成情况", "宣传活动 107.4% 完成率",
        ])
    }

    /// Lines 75–84 of the pdftotext rendering of generated report 220048: the first row's cells
    /// on two lines (`发放租赁补贴 2923 户 105%` ¶ `3073 户`), a target spelled out (`≥三百零二次`).
    static let plainHeaderOverAnUnevenRow = """
                     2023 年度重点工作任务完成情况表
           工作任务        计划目标         完成情况               完成率

          发放租赁补贴          2923 户                       105%
                                         3073 户
           开展培训      1336 人次            1222 人次          91%
           宣传活动      1769 场次            1819 场次        102.8%
           检查督导     ≥三百零二次                337 次         112%
           入户走访      ≥2891 户             3143 户          109%
        建立健全内部控制制度，规范财务审批流程。
        """

    @Test func aPlainHeaderIsShownByAnyOfTheFirstRows() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.plainHeaderOverAnUnevenRow.utf8), path: "pdf.txt")
        // Before: the first row holds two numbers under four words, so no header was found.
        #expect(document.segmented.unreadTables.isEmpty)
        #expect(Self.read(document, rows: ["发放租赁补贴", "检查督导"]) == [
            "发放租赁补贴 2923 户 计划目标", "发放租赁补贴 3073 户 完成情况", "发放租赁补贴 105% 完成率",
            "检查督导 ≥三百零二次 计划目标", "检查督导 337 次 完成情况", "检查督导 112% 完成率",
        ])
    }

    /// Lines 22–35 of the pdftotext rendering of generated report 1007: every row's figures on
    /// two lines, its name's and the one under or over it (`工程监理 124.67 102.23 18.0%` ¶
    /// `22.44`, `物业服务 70.61 6.14` ¶ `76.75 8.0%`).
    static let plainHeaderOverTwoLineRows = """
                         2024 年度政府采购执行情况表
         单位：万元

          采购项目       预算金额      实际采购金额
                                                节约资金      节约率

          物业服务                    70.61          6.14
                     76.75                                8.0%

          工程监理       124.67       102.23                  18.0%
                                                22.44

          办公设备        114.17       105.04                  8.0%
                                   9.13
        """

    @Test func aRowsFiguresOnTheLineBesideItsNameShowAPlainHeader() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.plainHeaderOverTwoLineRows.utf8), path: "pdf.txt")
        // Before: no row held four figures on its name's line, so no header was found.
        #expect(document.segmented.unreadTables.isEmpty)
        #expect(Self.read(document, rows: ["物业服务", "工程监理"]) == [
            "物业服务 76.75 预算金额", "物业服务 70.61 实际采购金额", "物业服务 6.14 节约资金", "物业服务 8.0% 节约率",
            "工程监理 124.67 预算金额", "工程监理 102.23 实际采购金额", "工程监理 22.44 节约资金", "工程监理 18.0% 节约率",
        ])
    }

    /// Lines 265–276 of the pdftotext rendering of generated report 1018: the 主管部门's name
    /// centred on its label's line, its last character alone under its first line
    /// (`伊金霍洛旗城市管理和综合执法` ¶ `主管部门 … 实施单位 …` ¶ `局`), then the header.
    static let officeNameEndOverTheHeader = """
                            2023 年度项目支出绩效自评表
        项目名称                          森林防火专项经费
               伊金霍洛旗城市管理和综合执法
        主管部门                            实施单位     伊金霍洛旗退役军人事务局
                          局
                         年初       全年      全年
                                                 分值    执行率     得分
                        预算数      预算数     执行数
               其中：本
                        831.5   ７４８．     699.7
               年财政拨                                     ——
                         万元      ３万元      万元
        """

    @Test func anOfficeNamesLastCharacterIsNoHeaderPiece() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.officeNameEndOverTheHeader.utf8), path: "pdf.txt")
        // Before: `局` topped the first column's name, `局年初预算数`.
        let header = try #require(document.segmented.tables.first?.rows.first?.cells.map(\.text))
        #expect(header == ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    }

    /// Lines 40–50 of the pdftotext rendering of generated report 1046: a 固定资产 table whose
    /// group word stands a blank line over the rest of its header (`账面数` ¶ ¶ `固定资产类别` ¶
    /// `数量 原值 在用（含出租出 利用率`).
    static let groupOverABlankLine = """
                                 固定资产情况表
                                                      单位：万元
                                          账面数

        固定资产类别
                      数量         原值      在用（含出租出      利用率
                                            借）
           合计        1149       509.34     441.09     87%
        （一）土地、房      ——          ——
        \u{0C} 屋及构筑物                          ——
        其中：1.土地
        """

    @Test func aGroupWordOverABlankLineStillHeadsItsColumns() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.groupOverABlankLine.utf8), path: "pdf.txt")
        // Before: the header stopped at the blank line: `数量`, `原值`, as if no group stood over them.
        #expect(Self.read(document, rows: ["合计"]) == [
            "合计 1149 账面数数量", "合计 509.34 账面数原值", "合计 441.09 账面数在用(含出租出借)", "合计 87% 账面数利用率",
        ])
    }

    /// Lines 74–92 of the pdftotext rendering of generated report 1026: an indicator header
    /// over seven lines, `实际` four lines over `完成值` and, in pdftotext's packed columns, right
    /// of it (`年度     实际` ¶ … ¶ `指标值 完成值`).
    static let headWordOverItsPackedEnd = """
                            三级指                                   偏差原
          绩                         年度     实际
             一级指 二级指          标                                   因分析
          效                                        分值       得分
               标      标                                           及改进
          指                        指标值 完成值
                                                                   措施
                                   大于等
             产出指            信息系
                     数量指             于     8716
             标（40           统录入                      3       3      —
                      标             8141    户
              分）             户数
                                     户
             产出指                   大于等
                            维修小
             标（40                   于 19   21 个      4      4分
                             区数
              分）                     个
        """

    @Test func aHeadWordJoinsTheLabelItBeginsLinesDown() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.headWordOverItsPackedEnd.utf8), path: "pdf.txt")
        // Before: `实际` stood alone and went to the last column: `完成值`, `实际偏差原因分析及改进措施`,
        // `分值`, `得分`, and each row's 分值 read as 偏差原因…, its 得分 as 分值.
        let header = try #require(document.segmented.tables.first?.rows.first?.cells.map(\.text))
        #expect(header == ["绩效指", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
        #expect(Self.read(document, rows: ["维修小区数"]).filter { $0.hasSuffix("分值") || $0.hasSuffix("得分") } == [
            "维修小区数 4 分值", "维修小区数 4分 得分",
        ])
    }

    @Test func aColumnWordAcrossTwoPiecesIsOneNeitherHoldsAlone() {
        let reader = FlattenedTableReader(lines: DocumentLines([]), headerWords: SegmentationOptions().headerWords, tableWords: [])
        #expect(reader.isColumnWordAcross("实际", "完成值"))
        #expect(reader.isColumnWordAcross("一级指", "标"))
        // Each names a column in part already: `得分` holds its word, `未完成原` no word at all.
        #expect(!reader.isColumnWordAcross("未完成原", "得分"))
        #expect(!reader.isColumnWordAcross("实际", "分值"))
    }

    /// Lines 182–279 of the pdftotext rendering of generated report 1011: an indicator table, a page break, the next form's title and fields, and its 资金 table.
    static let nextFormAfterAPageBreak = """
        绩效指
         标                                                    偏差原
              一级指     二级指   三级指    年度
                                          实际      分值    得分    因分析
               标       标     标    指标值
                                         完成值                  及改进
                                                               措施
              产出指
              标（50    数量指   培训人   不低于    2068          15 分
                                                  15
               分）      标     数    1813   人次
                                   人次
                      质量指   资金使   100%   95.3%          7.5
                       标    用合规                   8分          部分资
                             率                                金未及
                                                               时拨
        \u{0C}                                                      付，将
                                                              加强资
                                                              金调度

                  质量指   工程质   符合标
                                       效果明             9       —
                   标    量达标    准               9分
                                        显

                        资金拨
                  时效指         大于等      99%      9      9       —
                        付及时
                   标          于 95%
                         率
                              小于等
                  时效指   项目完                            9
                              于6个      6 个月     9
                   标    成时限
                               月
                        实现国
                  经济效   有资产
                              符合标               5      5
                  益指标   增值保            已完成
                               准
                          值
                         ……

                        带动农   233 万    242.3          12
                  经济效                          12
                        户增收     元       万元
                  益指标

                  社会效   住房保   95%以
                                                7      7
                  益指标   障覆盖     上     98.5%
                         率
         效益指
           标                                                  受天气
         (40 分)                                               影响，
                        生活垃                                   施工进
                              95%以                    8.5
                  生态效   圾无害           89.2%    9分             度略有
                                上
                  益指标   化处理                                   滞后，
                         率                                    下一步
                                                              加快推
                                                                进
                                                              部分资
                                                              金未及
                  可持续
                        长效管   逐步完      达到预      7              时拨
                  影响指                                 6.3
                        护机制    善        期                     付，将
                   标
                                                              加强资
                                                              金调度
                                               100
                    总分                               90.9 分

        填表人：肖宏     填报日期：2022.6.2      联系电话：    单位负责人签字：
        \u{0C}附件 3
                            2021 年度项目支出绩效自评表
        项目支
                                   农村人居环境整治
        出名称
        主管部                               实施
                    临湘市农业农村局                           临湘市自然资源局
         门                                单位
                            年初    全年      全年
                                                 分值    执行率          得分
                           预算数 预算数       执行数
               其中：当年财政 916.1 998.5       888.7
                                                        ——          ——
        项目资        拨款        3     8       4
          金                1362. 1484.   1321.
                上年结转资金                           ——     ——
         （万                 08    67      35
         元）                1439. 1568.   1396.
                  其他资金                                  ——          ——
                            18    71      15
                           3717. 4051.   3606.
               年度资金总额：                           10    89%          8.9
        """

    @Test func aTitleEndsTheTableBeforeIt() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.nextFormAfterAPageBreak.utf8), path: "pdf.txt")
        // Before: the indicator table ran on past the title; the 资金 table's header, one of its
        // subheaders, took in the form's fields (`项目支出名称主管部门 | 临湘市农业农村局 | …`)
        // and its 全年执行数 read as 分值.
        let header = try #require(document.segmented.tables.last?.rows.first?.cells.map(\.text))
        #expect(header == ["", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
        #expect(document.figures.filter { $0.rowLabel == "上年结转资金" }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "1362.08 年初预算数", "1484.67 全年预算数", "1321.35 全年执行数",
        ])
        #expect(UnreadSpacedColumns.isTableTitle("            2021 年度项目支出绩效自评表"))
        #expect(!UnreadSpacedColumns.isTableTitle("                  报表") && !UnreadSpacedColumns.isTableTitle("  固定资产情况表    单位：万元"))
    }

    /// Lines 92–100 of the pdftotext rendering of generated report 1035: `年度     实际` two
    /// lines over `指标值     完成值`, each end packed left of its word (`指标值` under nothing,
    /// `完成值` under `年度`).
    static let endsLeftOfTheirWords = """
         绩      一级指 二级指 三级指          年度     实际        分值    得分       未完成
         效        标       标     标                                    原因分
        \u{0C}指                      指标值     完成值                   析
        标          数量指   培训人   ≥2671   2705
                                               5     5
                    标      数    人次      人次
                         信息系
                   数量指         ≥2335   2722
                         统录入                   7份    7       无
        """

    @Test func endsAFewSpacesApartEndTheWordsOverThemInOrder() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.endsLeftOfTheirWords.utf8), path: "pdf.txt")
        // Before: `年度` ended with `完成值` under it (年度完成值), `指标值` stood alone and `实际`
        // went to the reasons column (实际未完成原因分).
        #expect(document.figures.filter { $0.rowLabel == "培训人数" && $0.fieldKind != .score }.map { "\($0.raw) \($0.columnLabel ?? "-")" }.prefix(2) == [
            "≥2671人次 年度指标值", "2705人次 实际完成值",
        ])
    }

    @Test func aColumnsNameInTheRulesIsNamedTogether() {
        let reader = FlattenedTableReader(
            lines: DocumentLines([]), headerWords: SegmentationOptions().headerWords, tableWords: [], columnNames: ["年度指标值"])
        #expect(reader.namesColumnTogether("年度", "指标值") && reader.namesColumnTogether("实际", "完成值"))
        #expect(!reader.namesColumnTogether("年度", "完成值") && !reader.namesColumnTogether("未完成原", "得分"))
    }

    /// Lines 51–75 of the pdftotext rendering of generated report 1056: a form's field name under
    /// its value's line, a blank line over it (`主管部门 蒙自市农业农村局 蒙自市民政局` ¶ `实施单位`),
    /// right over the 资金 table's header.
    static let fieldNameUnderItsValue = """
                            2023 年度项目支出绩效自评表
           项目名称                        文化惠民演出

           主管部门         蒙自市农业农村局                          蒙自市民政局
                                             实施单位
                         年初       全年       全年
                                                        执行率       得分
                        预算数      预算数      执行数    分值
                                 5105.8
                 年度资金   4290.6            4482.9                 17.56
                                   1                    87.80%
                  总额      0                 0      20             分

                 其中：本
        项目资金            1278.4   1521.2   1335.7
                 年财政拨
         (万元)             0        9        0
                   款
                 上年结转   1290.7   1535.9   1348.6
                  资金      5        9        0
                                          1798.6
                 其他资    1721.4   2048.5
                                            0           不适用
                  金：      5        3
        """

    @Test func aFieldNameUnderTheOfficesLineIsNoHeaderPiece() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.fieldNameUnderItsValue.utf8), path: "pdf.txt")
        // Before: `实施单位` was a column of the header, between 全年执行数 and 分值.
        let header = try #require(document.segmented.tables.first?.rows.first?.cells.map(\.text))
        #expect(header == ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
        #expect(SpacedColumnsReader.namesFormField("实施单位") && !SpacedColumnsReader.namesFormField("年初预算数"))
    }

    /// Lines 43–48 of the pdftotext rendering of generated report 1054: a 三公 table whose first
    /// two years pdftotext packed a space apart (`2020 年 2021 年    2021 年`) over `决算数 预算数
    /// 决算数`.
    static let yearsPackedOverTheirQuantities = """
               经费控制情况(万元)             2020 年 2021 年    2021 年
        \u{0C}                                     决算数            预算数       决算数
                   项目支出                      106.66        2,831.6   851.85
                 1、业务工作经费                    32.54        1,241.49   ３９．５
                                                                        ３５
                 2、运行维护经费                    39.64        178.22
        """

    @Test func yearsPackedASpaceApartHeadTheirQuantitiesInOrder() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.yearsPackedOverTheirQuantities.utf8), path: "pdf.txt")
        // Before: both of the first two years went to the first quantity (`2021年2020年决算数`).
        let header = try #require(document.segmented.tables.first?.rows.first?.cells.map(\.text))
        #expect(header == ["经费控制情况(万元)", "2020年决算数", "2021年预算数", "2021年决算数"])
    }

    /// Lines 58–80 of the pdftotext rendering of generated report 1020: a 资金 table whose header
    /// and first amounts pdftotext packed a space apart (`年初预 全年预 全年执`, `1830. 2252. 2252.`).
    static let amountsPackedUnderTheHeader = """
        附件 1
                           2023 年度项目支出绩效自评表
           项目名称                       公租房租赁补贴
                                          实施
           主管部门         芦淞区人民政府                        芦淞区自然资源局
                                          单位
                          年初预 全年预 全年执
                                             分值     执行率      自评得分
                           算数    算数    行数
                          1830. 2252. 2252.
               年度资金总额                        20 分 100%         20
                           97     09   09
        项目资
              其中：本年财政 233.5 287.2 287.2
        金（万
                  拨款        2      3    3
         元）
                          290.6 357.5 357.5
               上年结转资金                        ——
                            6      1    1
                          1306. 1607. 1607.
                其他资金：                                   不适用
                           79     35   35
        """

    @Test func aLineOfPackedNumbersGoesOnWithTheTable() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.amountsPackedUnderTheHeader.utf8), path: "pdf.txt")
        // Before: the search for a table in columns stopped at the packed amounts, a line with no
        // gap and too long for a cell's piece, and the 年度资金总额 row was not read.
        #expect(document.figures.filter { $0.rowLabel == "年度资金总额" }.map { "\($0.raw) \($0.columnLabel ?? "-")" }.prefix(3) == [
            "1830.97 年初预算数", "2252.09 全年预算数", "2252.09 全年执行数",
        ])
        // So do a row's name and its amounts packed so (`其中：本年财政 233.5 287.2 287.2`).
        #expect(document.figures.filter { $0.rowLabel == "上年结转资金" }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "290.66 年初预算数", "357.51 全年预算数", "357.51 全年执行数",
        ])
        #expect(UnreadSpacedColumns.isPackedNumbers("                  1830. 2252. 2252."))
        #expect(UnreadSpacedColumns.isPackedNumbers("      其中：本年财政 233.5 287.2 287.2"))
        #expect(!UnreadSpacedColumns.isPackedNumbers("2023 年度项目支出") && !UnreadSpacedColumns.isPackedNumbers("1830."))
    }

    /// Lines 22–27 of the pdftotext rendering of generated report 220001: a spelled-out target
    /// between the header and its row (`大于等于一千七百二` ¶ `维修改造 1667 处 96.9%`).
    static let plainHeaderOverASpelledTarget = """
                         2021 年度重点工作任务完成情况表
             工作任务         计划目标            完成情况      完成率
                       大于等于一千七百二
             维修改造                         1667 处    96.9%
                             十处
             开展培训          26 人次          26 人次     100%
        """

    @Test func aSpelledTargetOverItsRowIsNoHeaderLine() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.plainHeaderOverASpelledTarget.utf8), path: "pdf.txt")
        #expect(document.segmented.unreadTables.isEmpty)
        let read = document.figures.filter { $0.table == 0 && $0.rowLabel == "维修改造" }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        // The target's last characters wrap past the row (`十处`), so only its first line is read.
        #expect(read == ["大于等于一千七百二 计划目标", "1667 处 完成情况", "96.9% 完成率"])
        #expect(SpacedColumnsReader.isSpelledFigure("六百四十次"))
        #expect(!SpacedColumnsReader.isSpelledFigure("工作任务"))
        #expect(!SpacedColumnsReader.isSpelledFigure("1667 处"))
    }

    /// Lines 23–40 of the pdftotext rendering of generated report 220017: a group over four
    /// columns, the stub's name between them, the last column's word a line lower.
    static let groupOverLeavesOnTwoLines = """
                                                     单位：万元
                             固定资产使用情况表
                                     账面数
         固定资产类别
                       数量        原值        在用
                                                     利用率

          合 计                 1,004.87   642.35     64%
                      /
        （一）土地、房
                      /         /         /          /
          屋及构筑物
         其中：1.土地
                      /         /                    /
          （平方米）
         2.房屋（平方
                      /         /         /
            米）
        """

    @Test func aGroupNamesItsLeavesThoughOneStandsALineLower() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.groupOverLeavesOnTwoLines.utf8), path: "pdf.txt")
        let total = document.figures.filter { $0.rowLabel == "合 计" }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        // Before: `账面数` was a column of its own, between 原值 and 在用.
        #expect(total == ["1,004.87 账面数原值", "642.35 账面数在用", "64% 账面数利用率"])
    }

    /// Header columns starting at one place keep one order from run to run (the labels'), not a
    /// dictionary's, which changes with every run of the program.
    @Test func columnsStartingTogetherGoInTheLabelsOrder() {
        let extents = [5: 29..<31, 2: 29..<35, 7: 10..<12, 3: 40..<44]
        #expect(SpacedColumnsReader.leftToRight(extents) == [7, 2, 5, 3])
    }

    /// Lines 370–389 of the pdftotext rendering of generated report 1011: a form's field names
    /// wrapped over its value's line, their last characters on the line under it, which is also
    /// the first line of the 年度资金总额 block's header (`主管部 临湘市农业农村局 实施单` ¶ `门 位`,
    /// `位` packed a column left of `实施单`).
    static let fieldNameEndsOverAHeader = """
        项目支
                                         高标准农田建设
        出名称
        主管部                              实施单
                  临湘市农业农村局                                    临湘市自然资源局
          门                               位
        项目资                   年初         全年          全年
          金                                                   分值        执行率     得分
         （万                  预算数         预算数         执行数
         元）                  2867.       3756.       3535.              94.10
                年度资金总额                                         10               9.41
                              86          90          24                  %
                其中：当年财政      1650.       2162.       2035.    ——                ——
                   拨款         95          75          14
        \u{0C}                              106.1
                上年结转资金        81.06           99.92.         ——    ——
                                        9
                            1135..    1487.   1400.
                  其他资金                                 ——
                              85       96      18
        """

    @Test func fieldNamesEndsAreNoHeaderWords() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.fieldNameEndsOverAHeader.utf8), path: "pdf.txt")
        // Before: `门项目资` and `位全年预算数` headed the columns, and every amount of
        // 全年预算数 stood under a label no rule names.
        // (其他资金's amounts are cut around a malformed `1135..85` and stay misread.)
        #expect(document.figures.filter { $0.columnLabel == "全年预算数" }.map(\.raw).prefix(3) == ["3756.90", "2162.75", "106.19"])
        #expect(!document.figures.contains { $0.columnLabel?.hasPrefix("位") == true })
    }
}

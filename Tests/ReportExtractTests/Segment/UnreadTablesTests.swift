import Testing

@testable import ReportExtract

/// A table printed one cell per line (LibreOffice txt, docx2txt) is found by its extent and read
/// by a guess, columns of spaces (pdftotext -layout) by positions, every figure low; one no
/// reader can take (no header) is found and reported, never read into rows: its numbers stay
/// prose figures, low and marked.
@Suite struct UnreadTablesTests {
    /// Lines 14–50 of the LibreOffice rendering of generated report 1003
    /// (`Tools/formgen/render_extractors.py`): prose, the 三公 table, prose.
    static let libreOffice = """
        2023年度财政拨款项目支出2527.53 万元，主要用于供热补贴、防汛物资储备等项目。
        部分项目前期工作准备不足，导致执行进度偏慢。
        2023年“三公”经费支出明细
        单位：万元
        项目名称
        2023年


        预算数
        决算数
        一、因公出国（境）费用
        5.91

        5.08
        二、公务用车购置及运行费

        4.10
        3.90
          （1）公务用车购置费
        0.00


        0.00

              公务用车运行维护费
        4.10
        3.90
        公务接待费
        9.14
        8.32

        合计
        19.15
        17.30
        三、绩效目标完成情况
        建立健全内部控制制度，规范财务审批流程。
        全年预算资金执行情况良好，预算执行率为98%。
        """

    /// Lines 143–178 of the same rendering: the start of the 自评表, to its first figures row.
    static let selfEvaluation = """
        附件2
        部门（单位）整体支出绩效自评表（2023年度）
        预算部门

        醴陵市公共资源交易中心
        年度预算
        申请
        （万元）


        年初
        全年

        全年

        分值
        执行率

        得分


        预算数
        预算数
        执行数




        年度资金总额　
        　4776.09
        　5970.11　
        　5850.71　
        20
        98%　
        19.6

        """

    @Test func aTableOneCellPerLineIsReadUnderItsHeaderAndNeverTrusted() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.libreOffice.utf8), path: "lo.txt")
        #expect(document.segmented.unreadTables.isEmpty)
        let table = try #require(document.segmented.tables.first)
        #expect(document.segmented.tables.count == 1)
        #expect(table.layout == .cellLines)
        #expect(table.headers.last?.labels == ["项目名称", "2023年预算数", "2023年决算数"])
        #expect(table.bodyRows.map { $0.cells.map(\.text) } == [
            ["一、因公出国(境)费用", "5.91", "5.08"], ["二、公务用车购置及运行费", "4.10", "3.90"],
            ["(1)公务用车购置费", "0.00", "0.00"], ["公务用车运行维护费", "4.10", "3.90"],
            ["公务接待费", "9.14", "8.32"], ["合计", "19.15", "17.30"],
        ])
        // The heading after the table's last figure stays prose.
        #expect(document.segmented.paragraphs.contains { $0.text == "三、绩效目标完成情况" && $0.firstLine == 35 })
        let fees = try #require(document.figures.first { $0.raw == "5.08" })
        #expect(fees.rowLabel == "一、因公出国(境)费用")
        #expect(fees.columnLabel == "2023年决算数")
        #expect(fees.confidence == .low)
        #expect(fees.reasons.contains("layout:cell_lines"))
        #expect(document.figures.filter { $0.table != nil }.allSatisfy { $0.confidence == .low })
    }

    @Test func figuresInsideAreLowAndProseAroundIsUntouched() throws {
        let form = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.selfEvaluation.utf8), path: "lo.txt")
        // `年度预算` ¶ `申请` ¶ `（万元）` is one cell; `年初` … `预算数` its columns' halves.
        #expect(form.segmented.tables.first?.headers.first?.labels == [
            "预算部门", "醴陵市公共资源交易中心", "年度预算申请(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
        ])
        let rate = try #require(form.figures.first { $0.raw == "98%" })
        #expect(rate.line == 34)
        #expect(rate.field == "execution_rate")
        #expect(rate.rowLabel == "年度资金总额")
        #expect(rate.confidence == .low)
        #expect(rate.reasons.contains("layout:cell_lines"))
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.libreOffice.utf8), path: "lo.txt")
        let projects = try #require(document.figures.first { $0.raw == "2527.53 万元" })
        #expect(projects.line == 1)
        #expect(!projects.reasons.contains("layout:cell_lines"))
        let prose = try #require(document.figures.first { $0.raw == "98%" && $0.line == 37 })
        #expect(prose.field == "execution_rate")
        #expect(prose.confidence != .low)
    }

    @Test func theSameTableFromTikaIsReadNotReported() throws {
        let tika = """
            2023年“三公”经费支出明细
            单位：万元
            \tnull
            """.replacingOccurrences(of: "\tnull", with: "\t项目名称\n\t2023年预算数\n\t2023年决算数\n\n\t合计\n\t19.15\n\t17.30\n")
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(tika.utf8), path: "tika.txt")
        #expect(document.segmented.tables.count == 1)
        #expect(!document.segmented.diagnostics.contains { $0.code == "segment.unread_table" })
    }

    /// Lines 52–79 of the `pdftotext -layout` rendering of the same report (its PDF printed by
    /// LibreOffice): the 基础数据表 in columns of spaces, no ruler, prose around it.
    static let pdftotext = """
        报告需要以下附件：
        附件 1
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
                    2、出国经费             0.00     0.00       0.00
                     3、公务接待            5.24     0.49        1.60
                     项目支出：             0.00  1,787.97 1,912.51
                  1、业务工作经费             0.00   255.87     155.76
                  2、运行维护经费             0.00   266.14    1,648.65
             3、区级专项资金(一个专项一行)          0.00  1,265.96    108.10
                      公用经费            94.79   197.98      31.91
                   其中：办公经费           28..44    69.29      12.44
                 水费、电费、差旅费            22.75    41.58       0.64
                   会议费、培训费             5.69    27.72       3.51
                    政府采购金额              无     503.36     660.75
                部门基本支出预算调整              无     295.06     283.49
        说明：“项目支出”需要填报基本支出以外的所有项目支出情况，“公用经费”填报基本支出
        中的一般商品和服务支出。
        填表人：张伟 填报日期：2024-3-20 联系电话：18987812498 单位负责人签字：
        """

    /// Read by the positions of its pieces: the label wrapped around its row's numbers
    /// (`财政供养` ¶ `人员情况` ¶ `(人)`), the years over the quantities they date, the second header
    /// inside the table; every figure low.
    @Test func aTableInColumnsOfSpacesIsReadAndItsFiguresAreLow() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.pdftotext.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(document.segmented.tables.count == 1)
        #expect(table.layout == .spacedColumns)
        #expect(document.segmented.unreadTables.isEmpty)
        func figure(_ raw: String) -> Figure? { document.figures.first { $0.raw == raw } }
        let expected: [(raw: String, row: String, column: String)] = [
            ("123.81%", "财政供养人员情况(人)", "控制率"), ("21", "财政供养人员情况(人)", "编制数"),
            ("22.92", "三公经费", "2022年决算数"), ("13.74", "三公经费", "2023年预算数"),
            ("1,912.51", "项目支出:", "2023年决算数"), ("28..44", "其中:办公经费", "2022年决算数"),
            ("283.49", "部门基本支出预算调整", "2023年决算数"),
        ]
        for (raw, row, column) in expected {
            let read = try #require(figure(raw), "\(raw) not read")
            #expect(read.rowLabel == row, "\(raw)")
            #expect(read.columnLabel == column, "\(raw)")
        }
        let inside = document.figures.filter { $0.table == 0 }
        // 17 rows of 3 cells, less the placeholders (`无`) of the last two.
        #expect(inside.count == 49)
        #expect(inside.allSatisfy { $0.confidence == .low && $0.reasons.contains("layout:spaced_columns") })
        // The title above and the 说明 sentence below stay prose.
        #expect(document.segmented.paragraphs.contains { $0.text.hasPrefix("说明") })
    }

    /// Columns of spaces with no header over them: which column is what cannot be told, so the
    /// table is reported, its numbers low.
    @Test func columnsOfSpacesWithoutAHeaderAreReported() throws {
        let text = """
            全年各项工作推进情况如下。
                    城东片区        100.5万元        92.3%
                    城西片区        300.1万元        88.0%
                    城南片区        500.0万元        95.5%
            """
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "p.txt")
        #expect(document.segmented.tables.isEmpty)
        #expect(document.segmented.unreadTables == [2...4])
        let inside = document.figures.filter { (2...4).contains($0.line) }
        #expect(inside.count == 6)
        #expect(inside.allSatisfy { $0.confidence == .low && $0.reasons.contains("layout:unread_table") })
    }

    @Test func proseWithDoubleSpacesIsNoTable() throws {
        let text = """
            填表人：张伟  填报日期：2024-3-20  联系电话：18987812498  单位负责人签字：
            2023 年度财政拨款基本支出 951.26 万元，其中：人员经费 627.83 万元。
            附件 2
            """
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "p.txt")
        #expect(document.segmented.unreadTables.isEmpty)
        #expect(!document.segmented.diagnostics.contains { $0.code == "segment.unread_table" })
    }

    /// Lines 15–58 of the LibreOffice rendering of generated report 1008: a 支出明细表 whose
    /// first row spans the table (`一、基本支出`) and whose rows start with a 序号.
    static let numberedRows = """
        2023年度财政拨款项目支出1960.22万元，主要用于公共租赁住房维修、步梯增装电梯等项目。
        2023年支出决算数2,335.02万元，较上年有所增长。
        严格执行中央八项规定精神，压减一般性支出，厉行节约。
        单位：万元
        2023年度支出明细表
        序号
        上级专项资金支出
        支出数
        一、基本支出
        1
        供热补贴
        　284.92　
        2
        信息网络维护
        　1,025.86　

        3
        困难群众救助
        408.03
        4
        垃圾转运站运行

        417.63
        5
        河道清淤
        1,291.26
        6
        森林防火巡护
        　1,693.77　

        7
        人员经费
        　1,999.80　
        8
        公用经费

        2,559.54　
        合计

        9,680.81　

        三、绩效目标完成情况
        部分项目前期工作准备不足，导致执行进度偏慢。
        全年预算资金执行情况良好，预算执行率94%。
        """

    @Test func aSpanningRowAndNumberedRowsAreRead() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.numberedRows.utf8), path: "lo.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.headers.last?.labels == ["序号", "上级专项资金支出", "支出数"])
        let rows = table.bodyRows.map { $0.cells.map(\.text) }
        // The 序号 after the spanning row is the next row's, not a figure of `一、基本支出`.
        #expect(rows.first == ["", "一、基本支出", ""])
        #expect(rows.dropFirst().first == ["1", "供热补贴", "284.92"])
        #expect(rows.last == ["", "合计", "9,680.81"])
        #expect(!document.figures.contains { $0.raw == "1" })
        #expect(document.figures.first { $0.raw == "1,025.86" }?.rowLabel == "信息网络维护")
        // The prose after the table is read as usual.
        let rate = try #require(document.figures.first { $0.raw == "94%" })
        #expect(rate.line == 44)
        #expect(rate.field == "execution_rate")
        #expect(rate.confidence != .low)
    }
}

/// The same table one cell per line, as LibreOffice prints it: its title opens it.
@Suite struct TitledCellLinesTests {
    @Test func aTitleBeforeAHeaderOfUnknownWords() throws {
        let text = """
            部分项目前期工作准备不足，导致执行进度偏慢。
            2024年度重点工作任务完成情况表
            工作任务
            计划目标
            完成情况
            完成率
            宣传活动
            ≥1018场次
            ≥1103场次
            108.35%
            开展培训
            852人次
            981人次
            115%
            三、部门整体支出绩效情况
            全年预算资金执行情况良好，预算执行率达99.2%。
            """
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "lo.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.layout == .cellLines)
        #expect(table.title == "2024年度重点工作任务完成情况表")
        #expect(table.headers.first?.labels == ["工作任务", "计划目标", "完成情况", "完成率"])
        let rate = try #require(document.figures.first { $0.raw == "115%" })
        #expect(rate.rowLabel == "开展培训")
        #expect(rate.columnLabel == "完成率")
        #expect(rate.confidence == .low)
        #expect(document.segmented.paragraphs.contains { $0.text == "三、部门整体支出绩效情况" })
    }
}

/// A 固定资产 header whose cells each end in an empty paragraph, and a `……` row after a whole row.
@Suite struct CellLinesHeaderTests {
    @Test func groupHeaderWithEmptyParagraphsAndAnEllipsisRow() throws {
        let text = """
            固定资产情况表
            固定资产类别

            账面数

            数量

            原值
            在用(含出租出借)
            利用率
            合  计
            —
            837.97
            585.66
            69.9%
            ……
            三、绩效目标完成情况
            """
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "lo.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.headers.first?.labels == ["固定资产类别", "账面数数量", "账面数原值", "账面数在用(含出租出借)", "账面数利用率"])
        #expect(table.bodyRows.map { $0.cells.map(\.text) }.first == ["合  计", "—", "837.97", "585.66", "69.9%"])
        let original = try #require(document.figures.first { $0.raw == "837.97" })
        #expect(original.columnLabel == "账面数原值")
        #expect(original.field == "asset_original_value")
    }
}

/// A note in a table's last column long enough to read as a sentence does not end the table when
/// its rows go on right after it.
@Suite struct LongCellTests {
    @Test func aLongNoteInsideTheTable() throws {
        let text = """
            预算执行情况（10分）
            年度预算数（万元）
            年初预算
            调整后预算数
            预算执行数
            预算执行率
            权重
            得分
            原因

            总额
            389.11
            505.84
            478.02
            94.50%
            10
            9.45分
            1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的，应单独说明理由。

            其中：财政资金
            304.13
            395.37
            373.62
            94.50%
            /
            /
            三、绩效目标完成情况
            """
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "lo.txt")
        #expect(document.segmented.tables.count == 1)
        let fiscal = try #require(document.figures.first { $0.raw == "395.37" })
        #expect(fiscal.rowLabel == "其中:财政资金")
        #expect(fiscal.columnLabel == "调整后预算数")
        #expect(fiscal.confidence == .low)
    }
}

/// A cell's later paragraph opened by a tab stop (`→下一步将加强跟踪问效。` under a 偏差原因 note):
/// LibreOffice and docx2txt print the TAB, and the line had ended the table there, the rows
/// after it read as a table without a header (generated report 1008: 40 figures lost).
@Suite struct TabLedParagraphInCellLinesTests {
    @Test func aTabLedParagraphUnderANoteKeepsTheTableGoing() throws {
        let text = """
            一级指标
            二级指标
            三级指标
            年度指标值
            实际完成值
            分值
            得分
            偏差原因分析及改进措施
            产出指标
            质量指标
            维修验收合格率
            98%以上
            97.2%
            8
            7.5
            个别项目验收延迟，已督促整改
            \t下一步将加强跟踪问效。


            时效指标
            年度计划申报完成时间
            逐步完善
            达到预期
            2
            2
            —



            故障修复响应时间
            2小时以内
            2小时
            5
            5
            无
            三、绩效目标完成情况
            """
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "lo.txt")
        #expect(document.segmented.tables.count == 1)
        let weight = try #require(document.figures.first { $0.raw == "5" })
        #expect(weight.rowLabel == "故障修复响应时间")
        #expect(weight.columnLabel == "分值")
        #expect(weight.confidence == .low)
        let actual = try #require(document.figures.first { $0.raw == "2小时" })
        #expect(actual.columnLabel == "实际完成值")
    }
}

/// A small table inside a cell of the goals, printed right before the indicators' header, is a
/// table of its own, not the indicators' title.
@Suite struct TableBeforeTheHeaderTests {
    @Test func aSmallTableBeforeTheHeader() throws {
        let text = """
            实际完成1550户，资金支出3461.20万元，满意度96%。
            指标
            计划
            完成
            培训人次
            408
            420

            绩效指标
            一级指标
            二级指标
            三级指标
            年度指标值
            实际完成值
            分值
            得分
            产出指标
            数量指标
            受益群众
            7300余人
            6962人
            10
            9.5
            三、绩效目标完成情况
            """
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "lo.txt")
        #expect(document.segmented.tables.count == 2)
        let planned = try #require(document.figures.first { $0.raw == "408" })
        #expect(planned.rowLabel == "培训人次")
        #expect(planned.columnLabel == "计划")
        let score = try #require(document.figures.first { $0.raw == "9.5" })
        #expect(score.rowLabel == "受益群众")
        #expect(score.columnLabel == "得分")
    }
}

/// docx2txt puts a blank line after every paragraph, so two lines with none between are one
/// paragraph broken by a line break: one cell, whatever its words.
@Suite struct CellParagraphsTests {
    @Test func aLineBreakInsideACellKeepsItWhole() throws {
        let text = ["2023年度支出明细表", "序号", "项目名称", "支出数", "1", "困难群众\n救助", "408.03", "2", "河道清淤", "1,291.26",
            "3", "森林防火巡护", "1,693.77", "三、绩效目标完成情况", "部分项目前期工作准备不足，导致执行进度偏慢。"]
            .map { $0 + "\n\n" }.joined()
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "docx2txt.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.layout == .cellParagraphs)
        #expect(table.bodyRows.map { $0.cells.map(\.text) } == [
            ["1", "困难群众救助", "408.03"], ["2", "河道清淤", "1,291.26"], ["3", "森林防火巡护", "1,693.77"],
        ])
        #expect(document.figures.first { $0.raw == "408.03" }?.rowLabel == "困难群众救助")
    }
}

/// Lines that are one cell broken in two, told by a label of the rules running across the break,
/// a conjunction ending the first, or a year over what it dates; two cells side by side are not.
@Suite struct BrokenLabelTests {
    static let words = Corpus.rules.segmentation.labelWords.map { Array(CellText.compact($0).unicodeScalars) }

    @Test(arguments: [
        ("年度预算", "申请(万元)"), ("年度总体", "目标"), ("偏差原因", "分析及"), ("偏差原因分析及", "改进措施"),
        ("2021年", "预算数"), ("低收入群体居住条件改", "善"),
        // Written down a narrow cell a character a line.
        ("绩", "效"), ("绩效", "指"), ("绩效指", "标"),
    ])
    func oneCellBrokenInTwo(first: String, second: String) {
        #expect(BrokenLabel.joins(first, second, words: Self.words))
    }

    @Test(arguments: [
        ("预算数", "决算数"), ("基本支出", "项目支出"), ("一级指标", "二级指标"), ("按收入性质分:", "按支出性质分:"),
        ("其中:一般公共预算:676.04", "其中:基本支出:85.90"), ("合计", "19.15"),
        // One character, but a cell of its own: a unit, an answer, an operator.
        ("培训农村实用人才", "人"), ("是否按期完成验收", "是"), ("群众满意度指标值", "≥"),
    ])
    func twoCells(first: String, second: String) {
        #expect(!BrokenLabel.joins(first, second, words: Self.words))
    }

    /// Lines of `pdftotext -layout` columns (several numbers on a line) are never a cell line.
    @Test func spacedColumnsAreNoCells() {
        #expect(CellLinesTableReader.holdsSeveralNumbers("97     09   09"))
        #expect(CellLinesTableReader.holdsSeveralNumbers("其中:本年财政 233.5 287.2 287.2"))
        #expect(!CellLinesTableReader.holdsSeveralNumbers("2021年老旧小区基础设施配套改造"))
        #expect(!CellLinesTableReader.holdsSeveralNumbers("1,025.86"))
        #expect(!CellLinesTableReader.holdsSeveralNumbers("2023年 5月 10日"))
    }
}

/// The detectors are asked at every prose line; a document made of lines that nearly open a
/// table (short lines with a header word, lines split in columns without figures) must not make
/// them scan the same run again from every line. Work counted, not time.
@Suite struct UnreadTablesLinearityTests {
    static func lines(_ text: String) -> (lines: DocumentLines, shapes: [LineShape]) {
        let decoded = DecodedText(
            text: text, encoding: DetectedEncoding(name: "UTF-8", method: .strictUTF8, hasByteOrderMark: false))
        let lines = DocumentLines(Normalizer().normalize(decoded).lines)
        return (lines, lines.map(LineShape.init))
    }

    /// Asks the cell-per-line detector at every line past the last table found, as the segmenter does.
    static func cellLinesWork(_ text: String) -> Int {
        let (lines, shapes) = Self.lines(text)
        var detector = CellLinesTables(lines: lines, shapes: shapes, headerWords: SegmentationOptions().headerWords)
        var index = 0
        while index < lines.count {
            index = detector.table(at: index, floor: 0)?.end ?? index + 1
        }
        return detector.work
    }

    static func spacedWork(_ text: String) -> Int {
        let (lines, shapes) = Self.lines(text)
        var detector = UnreadSpacedColumns(lines: lines, shapes: shapes)
        var index = 0
        while index < lines.count {
            index = detector.table(at: index)?.end ?? index + 1
        }
        return detector.linesScanned
    }

    @Test(arguments: [
        "项目名称\n", "项目名称\n预算数\n决算数\n合计\n一\n", "序号\n项目\n1\n2\n这是一个句子，不是表格。\n",
    ])
    func shortLinesWithHeaderWords(_ unit: String) {
        let single = Self.cellLinesWork(String(repeating: unit, count: 1_000))
        let double = Self.cellLinesWork(String(repeating: unit, count: 2_000))
        #expect(double <= 2 * single + 100, "work \(single) → \(double)")
    }

    @Test(arguments: ["甲  乙  丙\n", "甲  乙  丙\n这是一个句子。\n", "甲  乙  1\n"])
    func linesInColumns(_ unit: String) {
        let single = Self.spacedWork(String(repeating: unit, count: 1_000))
        let double = Self.spacedWork(String(repeating: unit, count: 2_000))
        #expect(double <= 2 * single + 100, "work \(single) → \(double)")
    }
}

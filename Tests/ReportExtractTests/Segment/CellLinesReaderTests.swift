import Testing

@testable import ReportExtract

/// Tables written one cell per line with no row mark (LibreOffice's `--convert-to txt`,
/// docx2txt): rows inferred from the header and the period of the lines' kinds.
@Suite struct CellLinesReaderTests {
    /// Reads the table that starts at line `at` (1-based), nil when none does.
    static func read(_ text: String, at line: Int) -> TableDraft? {
        let decoded = DecodedText(
            text: text, encoding: DetectedEncoding(name: "UTF-8", method: .strictUTF8, hasByteOrderMark: false))
        let lines = DocumentLines(Normalizer().normalize(decoded).lines)
        let items = CellLineItems(lines: lines, shapes: lines.map(LineShape.init))
        return CellLinesReader(lines: lines, items: items, headerWords: SegmentationOptions().headerWords)
            .read(at: line - 1)
    }

    static func texts(_ draft: TableDraft) -> [[String]] {
        draft.rows.map { $0.cells.map { CellText.join($0.paragraphs) } }
    }

    static let threePublic = """
        “三公”经费预决算情况表
        项目名称
        2021年

        预算数
        决算数
        1.因公出国（境）费
        ０．００
        0.00
        三、公务接待费
        7.59
        7.21
        合计
        47.48
        37.99
        对照年初绩效目标，逐项分析了指标完成情况，总体完成较好。
        """

    @Test func headerSplitsAsTikaWritesTheMergedCellsAndRowsAreReadThreeLinesAtATime() throws {
        #expect(Self.read(Self.threePublic, at: 1) == nil)  // a title, not a header cell
        let draft = try #require(Self.read(Self.threePublic, at: 2))
        #expect(draft.layout == .cellLines)
        #expect(Self.texts(draft) == [
            ["项目名称", "2021年"], ["", "预算数", "决算数"],
            ["1.因公出国(境)费", "0.00", "0.00"], ["三、公务接待费", "7.59", "7.21"], ["合计", "47.48", "37.99"],
        ])
        #expect(draft.rows[2].cells[1].rawParagraphs == ["０．００"])
        // The sentence after the table stays prose.
        #expect(draft.end == 15)
        #expect(draft.diagnostics.contains { $0.code == "segment.cell_lines_table" })
    }

    @Test func docx2txtSpacingReadsTheSameRows() throws {
        // docx2txt: a blank line after every paragraph, an empty paragraph two more.
        let lines = Self.threePublic.split(separator: "\n", omittingEmptySubsequences: false)
        let spaced = lines.map { $0.isEmpty ? "\n" : $0 + "\n" }.joined(separator: "\n")
        let draft = try #require(Self.read(spaced, at: 3))
        #expect(draft.layout == .cellParagraphs)
        #expect(Self.texts(draft) == Self.texts(try #require(Self.read(Self.threePublic, at: 2))))
    }

    @Test func anEmptyParagraphInsideACellIsDroppedWhenTheNextRowThenFits() throws {
        let draft = try #require(Self.read("""
            序号
            科目名称
            预算数
            支出数
            执行率
            1
            垃圾转运站运行
            2998.3
            2418.0
            80.65%
            2
            保障性住房债券利息
            1871.3
            1497.1

            80.0%
            3
            人员经费
            1143.8
            1110.5
            97.1%
            """, at: 1))
        #expect(Self.texts(draft).count == 4)
        #expect(Self.texts(draft)[2] == ["2", "保障性住房债券利息", "1871.3", "1497.1", "80.0%"])
        #expect(Self.texts(draft)[3] == ["3", "人员经费", "1143.8", "1110.5", "97.1%"])
        #expect(draft.diagnostics.contains { $0.code == "segment.cell_lines_blank_dropped" && $0.line == 15 })
    }

    @Test func aSubHeaderGroupFoldsTheFullHeaderRowAbove() throws {
        // Nine lines for nine columns, but 年度指标值 spans three and the last cell has three
        // paragraphs.
        let top = ["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值", "偏差原因", "分析及", "改进措施"]
        let lower = ["", "", "", "运算符", "指标值", "计量单位", "", "", ""]
        func row(_ texts: [String]) -> RowDraft {
            var row = RowDraft()
            row.cells = texts.map { CellDraft(text: $0, raw: $0, line: 1) }
            return row
        }
        let folded = CellLinesReader.foldedOverGroup(row(top), below: row(lower))
        #expect(folded.cells.map { CellText.join($0.paragraphs) } == [
            "一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值", CellText.join(["偏差原因", "分析及", "改进措施"]),
        ])
        // No group below: the row stays as it is.
        #expect(CellLinesReader.foldedOverGroup(row(top), below: row(top)).cells.count == 9)
    }

    /// Report 1009's 部门整体支出绩效自评表 as LibreOffice writes it (docx2txt the same with blank
    /// lines between): `合计得分` is merged over the label columns, so the row's cells fill from
    /// the right and the name lands under 全年实际值, left of the row's numbers. It names the row
    /// (before, the header's first label did: 一级指标).
    static let totalUnderAValueColumn = """
        一级指标
        二级指标
        三级指标
        指标性质
        指标值
        计量单位
        全年实际值
        分值
        得分
        偏差原因分析及改进措施

        效益指标（40分）
        社会效益指标
        住房保障覆盖率
        大于等于
        95
        %
        92
        7
        6.5
        部分资金未及时拨付，将加强资金调度

        满意度指标（10分）

        群众满意度
        ≥
        90
        %
        89.2
        5
        4.5
        部分资金未及时拨付，将加强资金调度
        合计得分
        100
        96.45

        附件2
        """

    @Test func aTotalNamedUnderAValueColumnNamesItsRow() throws {
        let bytes = Array(Self.totalUnderAValueColumn.utf8)
        let document = try Pipeline(rules: Corpus.rules).run(bytes: bytes, path: "test.txt")
        func figure(_ raw: String) throws -> Figure { try #require(document.figures.first { $0.raw == raw }) }
        #expect(try figure("100").rowLabel == "合计得分")
        #expect(try figure("100").columnLabel == "分值")
        #expect(try figure("96.45").rowLabel == "合计得分")
        #expect(try figure("89.2").rowLabel == "群众满意度")
    }

    @Test func proseWithoutHeaderWordsStartsNoTable() {
        let text = """
            一、基本情况
            （一）部门职责
            负责做好政策宣传、工作督察、业务培训
            2021年
            100
            200
            """
        for line in 1...6 { #expect(Self.read(text, at: line) == nil) }
    }
}

/// Figures from a table whose rows were inferred are never trusted: a fifth of their labels
/// are wrong on the generated renderings, whatever a check says.
@Suite struct CellLinesConfidenceTests {
    @Test func cellLinesFiguresAreLow() throws {
        // A seed's high figures, their tables taken as read from cell lines.
        let document = try Corpus.extracted(Corpus.names[0])
        var tables = document.segmented.tables
        for index in tables.indices { tables[index].layout = .cellLines }
        var figures = document.figures.filter { $0.table != nil && $0.confidence == .high }
        try #require(!figures.isEmpty)
        LayoutConfidence.cap(&figures, tables: tables)
        #expect(figures.allSatisfy { $0.confidence == .low && $0.reasons.contains("layout:cell_lines") })
    }
}

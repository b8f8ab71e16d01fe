import Testing

@testable import ReportExtract

/// Tables written by extractors other than Tika, each layout told from the text itself.
@Suite struct TextLayoutTests {
    @Test func pipeRowsWithSeparatorAndPadding() {
        let document = Corpus.segment("""
            “三公”经费情况表

            | 项目 | 预算数 | 决算数 |
            |------|-------:|:------:|
            | 合计 | 47.48 | 37.99 ||||
            公务接待费 | 7.59 | 7.21

            后文
            """)
        #expect(document.tables.count == 1)
        #expect(document.tables[0].layout == .pipe)
        #expect(document.tables[0].title == "“三公”经费情况表")
        #expect(document.cellTexts(table: 0) == [["项目", "预算数", "决算数"], ["合计", "47.48", "37.99"], ["公务接待费", "7.59", "7.21"]])
        #expect(document.tables[0].headers.first?.labels == ["项目", "预算数", "决算数"])
        #expect(document.paragraphs.map(\.text) == ["“三公”经费情况表", "后文"])
    }

    @Test func gridRowsKeepACellsParagraphsAndGiveBackLostSpans() {
        // pandoc 2.17 writes a spanning cell in its first column and leaves the others empty.
        let document = Corpus.segment("""
            +--------------+--------+--------+
            | 项目名称     | 2021年 |        |
            +==============+========+========+
            |              | 预算数 | 决算数 |
            +--------------+--------+--------+
            | 其中：公务用 | 25.79  | 20.63  |
            |              |        |        |
            | 车购置费     |        |        |
            +--------------+--------+--------+
            """)
        #expect(document.tables[0].layout == .pipe)
        #expect(document.tables[0].headers.first?.labels == ["项目名称", "2021年预算数", "2021年决算数"])
        let body = document.tables[0].bodyRows
        #expect(body.map { $0.cells.map(\.text) } == [["其中:公务用车购置费", "25.79", "20.63"]])
        #expect(body[0].cells[1].firstLine == 6)
        #expect(document.diagnostics.contains { $0.code == "segment.lost_spans" })
    }

    /// The goals' row of sentences right above the indicators' header is no row of labels: its
    /// spans had bounded `年度指标值` to the one column under it, so the 指标值 column was labelled
    /// `指标值` alone (pandoc's text of the newer form; generated 1000: 43 figures).
    @Test func aRowOfSentencesDoesNotBoundTheSpansOfTheHeaderUnderIt() {
        let document = Corpus.segment("""
            | 年度总体目标 | 预期目标 | | | 实际完成情况 | | |
            |---|---|---|---|---|---|---|
            | | 完成改造任务2318户，资金支出6043.04万元。 | | | 实际完成2242户，资金支出5862.5万元。 | | |
            | 三级指标 | 指标性质 | 年度指标值 | | | 全年实际值 | 分值 |
            | | | 运算符 | 指标值 | 计量单位 | | |
            | 消防安全检查 | 正向指标 | ≥ | 1481 | 次 | 1444次 | 6 |
            """)
        #expect(document.tables.count == 1)
        #expect(document.tables[0].headers.last?.labels == [
            "三级指标", "指标性质", "年度指标值运算符", "年度指标值", "年度指标值计量单位", "全年实际值", "分值",
        ])
    }

    /// An item whose figures are one `不适用` merged across them, printed with the merge lost, is
    /// the body's first row, not a second header row: stacked under the header it had made
    /// `年初预算数不适用` of every column label (generated 1002's 三公 table, web and pandoc text).
    @Test func anItemNotApplicableIsNoHeaderRow() {
        let document = Corpus.segment("""
            2023年“三公”经费支出明细
            项  目 | 年初预算数 | 决算数 | 执行率 |
            一、因公出国（境）费用 | 不适用 |||
            二、公务用车购置及运行费 | 25.3 | 21.5 | 85.00% |
            3.公务接待费 | 5.1 | 4.0 | 77.00% |
            """)
        #expect(document.tables.count == 1)
        #expect(document.tables[0].headers.first?.labels == ["项  目", "年初预算数", "决算数", "执行率"])
    }

    @Test func ruledColumnsCountChineseTwoColumnsWide() {
        let document = Corpus.segment("""
          ----------------------------------------
          项目名称              预算数     决算数
          --------------------- ---------- ----------
          公务用车运行维护费    14.10      10.15

          合计                  ４７．４８ 37.99
          ----------------------------------------
        """)
        #expect(document.tables[0].layout == .columns)
        #expect(document.cellTexts(table: 0) == [["项目名称", "预算数", "决算数"], ["公务用车运行维护费", "14.10", "10.15"], ["合计", "47.48", "37.99"]])
        #expect(document.tables[0].rows[2].cells[1].raw == "４７．４８")
    }

    @Test func htmlRowsTurnRowspansIntoEmptyCellsBelow() {
        let document = Corpus.segment("""
            <table>
            <tr>
            <td rowspan="2">三级指标</td>
            <td colspan="2">年度指标值</td>
            <td rowspan="2">分值</td>
            </tr>
            <tr>
            <td>运算符</td>
            <td>指标值</td>
            </tr>
            <tr>
            <td><p>维修</p>
            <p>小区数</p></td>
            <td>≥</td>
            <td>38</td>
            <td>4</td>
            </tr>
            </table>
            """)
        #expect(document.tables[0].layout == .html)
        #expect(document.cellTexts(table: 0) == [["三级指标", "年度指标值", "分值"], ["", "运算符", "指标值", ""], ["维修小区数", "≥", "38", "4"]])
        #expect(document.tables[0].headers.first?.labels == ["三级指标", "年度指标值运算符", "年度指标值", "分值"])
    }

    /// A `<` no `>` closes is text; the tokenizer once stood still on it forever (a fuzzer's
    /// `<table88.10%`).
    @Test func anUnclosedAngleBracketIsText() {
        let line = Corpus.segment("<table88.10%\n8.81").tables
        #expect(line.isEmpty)
        let decoded = DecodedText(
            text: "a <b c", encoding: DetectedEncoding(name: "UTF-8", method: .strictUTF8, hasByteOrderMark: false))
        var tokens = HTMLTokens(Normalizer().normalize(decoded).lines[0])
        var texts: [String] = []
        while let token = tokens.next(), texts.count <= 10 {
            if case .text(let text, _) = token { texts.append(text) }
        }
        #expect(texts == ["a ", "<b c"])
    }

    @Test func prosePipesAndShortLinesAreNoTable() {
        let document = Corpus.segment("""
            一、基本情况
            本单位设办公室 | 财务科两个科室。
            编制数为32人，目前在职人员35人。
            """)
        #expect(document.tables.isEmpty)
        #expect(document.paragraphs.count == 3)
    }

    @Test func flattenedTableFiguresAreLowNeverHigh() throws {
        let text = "2023年“三公”经费情况\n项目 预算数 决算数 执行率 合计 60.00 57.00 95% 公用经费 50.00 47.00 94% 公务接待费 10.00 10.00 100%\n"
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "flat.txt")
        #expect(document.segmented.tables.map(\.layout) == [.flattened])
        #expect(document.segmented.tables[0].headers.first?.labels == ["项目", "预算数", "决算数", "执行率"])
        let figures = document.figures.filter { $0.table != nil }
        #expect(figures.count == 9)
        #expect(figures.allSatisfy { $0.confidence == .low && $0.reasons.contains("layout:flattened") })
        #expect(document.segmented.diagnostics.contains { $0.code == "segment.flattened_table" })
    }
}

@Suite struct PipeCellPerLineTests {
    @Test func aCellPerLineEndingInABarRowsByBlankLine() {
        let document = Corpus.segment("""
            项目 |
            预算数 |
            决算数 |

            合计 |
            60.00 |
            57.00 |

            公用经费 |
            50.00 |
            47.00 |


            后文
            """)
        #expect(document.tables.map(\.layout) == [.pipe])
        #expect(document.cellTexts(table: 0) == [["项目", "预算数", "决算数"], ["合计", "60.00", "57.00"], ["公用经费", "50.00", "47.00"]])
        #expect(document.tables[0].headers.first?.labels == ["项目", "预算数", "决算数"])
        #expect(document.diagnostics.contains { $0.code == "segment.pipe_cell_per_line" })
        #expect(document.paragraphs.map(\.text) == ["后文"])
    }
}

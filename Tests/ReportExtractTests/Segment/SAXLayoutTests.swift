import Testing

@testable import ReportExtract

@Suite struct SAXLayoutTests {
    @Test func oneRowPerLine() {
        let document = Corpus.segment("""
            标题
            →编制数→2023年实际在职人数→控制率
            →14→13→92.86%

            后文
            """)
        #expect(document.tables.count == 1)
        #expect(document.tables[0].layout == .sax)
        #expect(document.layout == .sax)
        #expect(document.cellTexts(table: 0) == [["编制数", "2023年实际在职人数", "控制率"], ["14", "13", "92.86%"]])
        #expect(document.paragraphs.map(\.text) == ["标题", "后文"])
    }

    @Test func multiParagraphCellBreaksTheRowOverLines() {
        // `→年度` `指标值` `→实际完成值→分值`: the row resumes on the TAB line.
        let document = Corpus.segment("→一级指标→年度\n指标值\n→实际完成值→分值\n→产出指标→≥95%→96%→10\n\n")
        #expect(document.cellTexts(table: 0) == [["一级指标", "年度指标值", "实际完成值", "分值"], ["产出指标", "≥95%", "96%", "10"]])
    }

    /// Every seed, rewritten in the SAX layout, gives the same cells as its DOM reading.
    @Test(arguments: Corpus.names)
    func seedsRewrittenAsSAXGiveTheSameCells(name: String) throws {
        let dom = try Corpus.segmented(name)
        let saxText = SAXRendering.render(Corpus.text(name), tables: dom.tables)
        let sax = Corpus.segment(saxText)
        #expect(sax.tables.count == dom.tables.count)
        #expect(sax.tables.allSatisfy { $0.layout == .sax })
        for (domTable, saxTable) in zip(dom.tables, sax.tables) {
            #expect(saxTable.title == domTable.title)
            #expect(saxTable.rows.count == domTable.rows.count, "table \(domTable.index)")
            for (domRow, saxRow) in zip(domTable.rows, saxTable.rows) {
                #expect(saxRow.cells.map(\.text) == domRow.cells.map(\.text), "table \(domTable.index) row \(domRow.index)")
                #expect(saxRow.cells.map(\.filledFrom) == domRow.cells.map(\.filledFrom))
            }
            #expect(saxTable.headers.map(\.labels) == domTable.headers.map(\.labels))
        }
        #expect(sax.paragraphs.map(\.text) == dom.paragraphs.map(\.text))
    }

    /// A 自评表 whose blocks are 8, 3 and 9 cells wide, the 9-cell indicator rows each split by
    /// SAX into runs of 1–4 cells (a cell's later paragraph, then the next cell): no single run
    /// is 9 wide twice, so before, the header and the first indicator row were joined into one
    /// 18-cell row (generated seed 1062, lines 58–125). The widths of the runs the grammar ties
    /// together count as row widths too (held out SAX labels 98.6 % → 99.1 %).
    @Test func rowWidthOfTiedRunsSeparatesHeaderFromFirstRow() {
        let document = Corpus.segment("""
            →预算单位名称→沅江市城市管理局
            →

            年度预算申请（万元）
            →→年初预算数→全年预算数→全年执行数→

            分值
            →执行率→得分
            →→年度资金总额→3988.57→4786.28→4585.26→10→　95.8%→9.58
            →→按收入性质分：→按支出性质分：
            →→  其中：  一般公共预算：1599.13→其中：基本支出：2430.07
            →→政府性基金拨款：0.00→项目支出：2356.21
            →→纳入专户管理的非税收入拨款：→
            →→其他资金：3187.15→
            →年度总体
            目标→

            预期目标
            →

            实际完成情况

            →→

            完成补贴发放997户，资金支出4786.28万元，群众满意度达到95%以上。
            →实际完成155户，资金支出4585.26万元，满意度90%。
            →绩效
            指标→一级指标→二级指标→

            三级指标
            →

            年度指标值
            →实际完成值→分值→得分→偏差原因
            分析及
            改进措施
            →→

            产出指标
            →数量指标→

            新增绿化面积
            →约8.51万平方米→9.11万平方米
            →9　→9→
            →→→→

            信息系统录入户数
            →　约2250户→

            2265户
            →　9→　9　→
            →→→质量指标→软件系统故障率→不超过5%→0%4→13分→13→

            —

            →→→时效指标→资金拨付及时率→100%→94.5%　
            →

            　9
            →

            8.5
            →

            个别项目验收延迟，已督促整改

            →→→社会成本指标→不适用
            →→
            """)
        let table = document.tables[0]
        let indicatorHeader = table.headers.first { $0.labels.first == "绩效指标" }
        #expect(indicatorHeader?.labels.count == 9)
        #expect(document.cellTexts(table: 0).contains(["绩效指标", "产出指标", "数量指标", "新增绿化面积", "约8.51万平方米", "9.11万平方米", "9", "9", ""]))
        #expect(!document.cellTexts(table: 0).contains { $0.count > 9 })
    }
}

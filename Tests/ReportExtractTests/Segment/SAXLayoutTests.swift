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
}

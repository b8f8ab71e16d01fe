import Testing

@testable import ReportExtract

/// Values a careful reader takes from the seeds by hand, with their raw line numbers.
@Suite struct SeedSegmentationTests {
    @Test func seed000BasicDataTableTotalRow() throws {
        let document = try Corpus.segmented("000_9e756e20db3ef670.txt")
        let table = document.tables[0]
        #expect(table.title == "2022年度部门整体支出绩效评价基础数据表")
        #expect(table.titleLine == 69)
        let row = try #require(table.rows.first { $0.cells.first?.text == "支出总额" })
        #expect(row.cells.map(\.text) == ["支出总额", "1124..65", "99.24", "99.24"])
        #expect(row.cells.map(\.firstLine) == [85, 86, 87, 88])
        #expect(table.header(of: row)?.labels == ["经费控制情况(万元)", "2021年决算数", "2022年预算数", "2022年决算数"])
        // U+3000 padding is trimmed: `→　54.6`.
        let basic = try #require(table.rows.first { $0.cells.first?.text == "基本支出" })
        #expect(basic.cells.map(\.text) == ["基本支出", "54.46", "54.6", "54.6"])
        #expect(basic.cells[2].raw == "　54.6")
    }

    @Test func seed000IndicatorRowsCarryTheirFirstLevelLabel() throws {
        let document = try Corpus.segmented("000_9e756e20db3ef670.txt")
        let table = document.tables[1]
        #expect(table.title == "2022年度部门整体支出绩效自评表")
        let header = try #require(table.headers.last)
        #expect(header.labels.prefix(4) == ["绩效指标", "一级指标", "二级指标", "三级指标"])
        #expect(header.labels[4] == "年度指标值")
        #expect(header.labels[8] == "偏差原因分析及改进措施")
        let indicatorRows = table.rows.filter { $0.header == table.headers.count - 1 }
        let output = indicatorRows.filter { $0.firstLine >= 255 && $0.lastLine <= 375 }
        #expect(output.count == 12)
        #expect(output.allSatisfy { $0.cells[1].text == "产出指标(50分)" })
        // The first row holds the label; the rows below were filled from it.
        #expect(output[0].cells[1].filledFrom == nil)
        #expect(output[0].firstLine == 255)
        #expect(output.dropFirst().allSatisfy { $0.cells[1].filledFrom == output[0].index })
        let quality = try #require(indicatorRows.first { $0.firstLine == 297 })
        #expect(quality.cells.map(\.text).prefix(4) == ["绩效指标", "产出指标(50分)", "质量指标", "指标2:"])
        let benefit = try #require(indicatorRows.first { $0.firstLine == 377 })
        #expect(benefit.cells[1].text == "效益指标(40分)")
        #expect(benefit.cells.count == 9)
    }

    @Test func seed002RowWithBookmarkAndBlankLinesInsideACell() throws {
        let document = try Corpus.segmented("002_1fca6c6e25a453d6.txt")
        let row = try #require(document.tables.flatMap(\.rows).first { $0.firstLine == 531 })
        #expect(row.lastLine == 544)
        #expect(row.cells.count == 9)
        #expect(row.cells[1].text == "产出指标(50分)")
        #expect((row.cells[1].firstLine, row.cells[1].lastLine) == (532, 537))
        #expect(row.cells.map(\.text).suffix(7) == ["数量指标", "业务工作经费(单位日常运转、工作业务开展各项开支)", "40", "40", "20", "20", ""])
        #expect(document.markers.contains(Marker(kind: .bookmark, name: "_Hlk167871273", line: 531, column: 2)))
    }

    @Test func seed003RowShortenedByAHorizontalMerge() throws {
        let document = try Corpus.segmented("003_f55f75cbe4f5ac91.txt")
        let row = try #require(document.tables[1].rows.first { $0.firstLine == 278 })
        #expect(row.cells.map(\.text) == ["绩效指标", "成本指标(20分)", "社会成本指标", "不适用"])
        #expect(row.lastLine == 281)
    }

    @Test func seed004TableEndsAndUnits() throws {
        let document = try Corpus.segmented("004_0656e2f4a1cf6b1e.txt")
        #expect(document.tables.count == 6)
        #expect(document.tables.map(\.unit) == ["万元", "万元", "万元", "万元", "万元", nil])
        #expect(document.tables.map(\.title) == [
            "2022年度部门支出预算安排情况", "项目支出", "2022年度支出明细表", nil, "固定资产情况表", "部门绩效目标分解表",
        ])
        // Tables that end with no blank line, the next line led by a space.
        #expect(document.tables.map(\.lastLine) == [73, 97, 197, 228, 341, 485])
        #expect(document.paragraphs.contains { $0.firstLine == 198 && $0.text == "单位:万元" })
        #expect(document.paragraphs.contains { $0.firstLine == 342 && $0.text == "1.决策管理" })
    }

    @Test func seed001TablesStartWithATitleRowLedByASpace() throws {
        let document = try Corpus.segmented("001_a2c5c2f5df1e7fe7.txt")
        #expect(document.tables.map(\.firstLine) == [63, 200, 420, 682])
        #expect(document.tables.allSatisfy { $0.rows[0].role == .title })
        #expect(document.tables[1].title == "2023年度株洲市保障性住房服务中心整体支出绩效自评表")
        // `年度` over `指标值`, `实际` over `完成值`: one header stacked from two rows.
        let stacked = try #require(document.tables[2].headers.first { $0.firstLine == 496 })
        #expect(stacked.rows.map { document.tables[2].rows[$0].firstLine } == [496, 509])
        #expect(stacked.labels[4] == "年度指标值")
        #expect(stacked.labels[5] == "实际完成值")
        let funds = try #require(document.tables[2].headers.first { $0.firstLine == 434 })
        #expect(funds.labels.prefix(5) == ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数"])
    }

    @Test(arguments: Corpus.names)
    func everyNonBlankLineIsAccountedFor(name: String) throws {
        let document = try Corpus.segmented(name)
        let lines = Normalizer().normalize(try Decoder().decode(Corpus.bytes(name))).lines
        var covered = Set<Int>()
        for paragraph in document.paragraphs { covered.formUnion(paragraph.firstLine...paragraph.lastLine) }
        for table in document.tables { covered.formUnion(table.firstLine...table.lastLine) }
        let missing = lines.filter { !CellText.trim($0.text).isEmpty && !covered.contains($0.number) }
        #expect(missing.map(\.number) == [], "lines with text that no paragraph or table covers")
    }
}

import Testing

@testable import ReportExtract

/// A header cell's pieces that pdftotext printed apart, a cell of the next column pushed between
/// them: each piece names no column, together, read top to bottom, they name one.
@Suite struct SpacedHeaderFragmentsTests {
    /// Lines 371–389 of the pdftotext rendering of generated report 1039
    /// (`Tools/formgen/render_extractors.py`): `偏差原` ¶ `自评得 因分析` ¶ `及改进` ¶ `措施`, where
    /// `自评得` lies right under `偏差原` and `因分析` right of it.
    static let reasonHeaderPushedRight = """
                                年度指标值                            偏差原
        一级指 二级指 三级指                          实际完          自评得 因分析
                          指标方          计量单            分值
          标     标     标          指标值          成值           分     及改进
                            向            位
                                                                  措施
        产出指 数量指 补贴发
                            ≧    4936    户    5533    3分   3
          标     标   放户数
        （50         维修验
              质量指
         分）         收合格     ≥      98    %     100     6   6
                标
                      率
                    数据录
              质量指         大于等
                    入准确             98   %     100     2   2
                标           于
                      率
        """

    /// Before, `因分析` headed a column of its own and every row's cells moved a column right:
    /// 4936 was read as a unit, the 二级指标 `数量指标` as the row's name.
    @Test func aHeaderCellsPiecesPushedRightOfItAreOneColumn() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.reasonHeaderPushedRight.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        #expect(table.layout == .spacedColumns)
        let header = table.rows.first?.cells.map(\.text)
        #expect(header?.last == "偏差原因分析及改进措施")
        #expect(header?.contains("因分析") == false)
        func figures(_ row: String) -> [String] {
            document.figures.filter { $0.rowLabel == row }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        }
        #expect(figures("补贴发放户数") == ["4936 年度指标值", "5533 实际完成值", "3分 分值", "3 自评得分"])
        #expect(figures("数据录入准确率") == ["98 年度指标值", "100 实际完成值", "2 分值", "2 自评得分"])
    }
}

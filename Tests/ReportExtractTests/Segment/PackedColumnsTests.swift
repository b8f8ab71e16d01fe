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
        // `故障修` ¶ `复响应 ≤ 4 3 3 3 —` ¶ `时间`, the line packed left under 二级指标.
        #expect(figures("故障修复响应时间") == ["4 target 年度指标值", "3 actual 实际完成值", "3 weight 分值", "3 score 自评得分"])
        // `项目完` ¶ `＝ 12 个月 12 5 5分 —` ¶ `成时限`: the operator is no part of the label.
        #expect(figures("项目完成时限") == ["12 target 年度指标值", "12 actual 实际完成值", "5 weight 分值", "5分 score 自评得分"])
        // `1076.` ¶ `13`, and the table goes on over the reason cell's pieces (`影响，`).
        #expect(document.figures.contains { $0.raw == "1076.13" && $0.field == "actual" })
        #expect(document.figures.filter { $0.table == 0 }.allSatisfy { $0.confidence == .low && $0.reasons.contains("layout:spaced_columns") })
    }

    /// Each piece of a line in a column of its own, in order: `维修处 大于等` packed under 三级指标
    /// are the label and the operator.
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
}

import Testing

@testable import ReportExtract

/// The unnamed columns left of a spaced-columns header's first word: the rows' names, and a side
/// label's narrow column beside them.
@Suite struct SpacedStubColumnsTests {
    /// Lines 114–124 of the pdftotext rendering of generated report 1016: a form's 年度资金总额
    /// block, 年度预算申请（万元） stacked three characters a line left of the row's name.
    static let sideLabelBesideNames = """
                          2023 年度部门整体支出绩效自评表
        预算单位名称                       赫山区民政局
                           年初预 全年预 全年执
                                         分值  执行率                     得分
                            算数   算数  行数

        年度预               691.1       725.6
              年度资金总额            725.6        10   100%     10
          算                 2           8
                                  8
         申请
        """

    @Test func aSideLabelsNarrowColumnIsNoPartOfTheRowsName() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.sideLabelBesideNames.utf8), path: "pdf.txt")
        // The amounts wrap mid-digits (`691.1` ¶ `2`), which this reader does not join yet.
        let row = document.figures.filter { $0.table == 0 && $0.rowLabel == "年度资金总额" && !$0.raw.contains(".") }
        // Before: one unnamed column took both, and the row read `年度预年度资金总额`.
        #expect(row.map { "\($0.raw) \($0.columnLabel ?? "-")" } == ["10 分值", "100% 执行率", "10 得分"])
        #expect(row.first?.rowPath == ["年度预", "年度资金总额"])
    }
}

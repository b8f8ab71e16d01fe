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
        let row = document.figures.filter { $0.table == 0 && $0.rowLabel == "年度资金总额" }
        // The amounts wrap mid-digits, ended two lines down past the row's line (`691.1` ¶ `…10
        // 100% 10` ¶ `2`), one a line further (`725.6` ¶ `8`).
        #expect(row.map { "\($0.raw) \($0.columnLabel ?? "-")" }
            == ["691.12 年初预算数", "725.68 全年预算数", "725.68 全年执行数", "10 分值", "100% 执行率", "10 得分"])
        // Before: one unnamed column took both, and the row read `年度预年度资金总额`. The side
        // label's lines down to the amounts' ends are the row's (`算`), not yet those under them
        // (`申请`).
        #expect(row.first?.rowPath == ["年度预算", "年度资金总额"])
    }

    /// Lines 177–191 of the pdftotext rendering of generated report 1009: a project form's fields
    /// over its 项目资金 block, whose amounts wrap at their points (`1372.` ¶ `4`) on the lines
    /// around the row's name.
    static let blockUnderFormFields = """
                         项目支出绩效自评表（2023 年度）
           项目名称                        河道保洁经费
           主管部门        株洲市财政局       实施单位        株洲市疾病预防控制中心
                           年初预 全年预 全年执
                                                分值   执行率    得分
                            算数    算数      行数
                           1372. 1413.   1391.
        项目资     年度资金总额                           10  98%    9.8
                             4     6       0
          金
               其中：当年财政
        (万元)               175.4 180.6   177.7        ——
                   拨款
                上年结转资金     561.5 578.3   569.1  ——    ——    ——
                 其他资金：     635.6 654.6   644.2       不适用
        """

    @Test func aFormsFieldsAreNoHeaderAndARowsAmountsOverItsNameAreItsOwn() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.blockUnderFormFields.utf8), path: "pdf.txt")
        let row = document.figures.filter { $0.table == 0 && $0.rowLabel == "年度资金总额" }.map { "\($0.raw) \($0.columnLabel ?? "-")" }
        // Before: `主管部门 株洲市财政局 实施单位 …` was read into the header (`株洲市财政局年初预算数`),
        // and, once it was not, the amounts a line over the name made a row of their own.
        #expect(row == ["1372.4 年初预算数", "1413.6 全年预算数", "1391.0 全年执行数", "10 分值", "98% 执行率", "9.8 得分"])
        #expect(document.segmented.tables.first?.title?.contains("株洲市财政局") == true)
    }
}

import Testing

@testable import ReportExtract

/// Which lines of figures in a table of spaced columns start a row of their own.
@Suite struct SpacedRowAnchorsTests {
    /// Lines 24–46 of the pdftotext rendering of generated report 330008 (`FORMGEN_SEED=330000
    /// Tools/formgen/build-set.sh`, then `render_extractors.py`): each 支出 row's name centred under
    /// its numbers, and `2、商品和服务支出`'s third number printed two lines under its first two.
    static let rowWithItsLastNumberLower = """
                        2023 年度部门整体支出绩效评价基础数据表
        财政供养
        人员情况            编制数                                         控制率
                                      2023 年实际在职人数
         (人)
                          13                 10                  76.92%
                                                  2022 年    2023 年    2023 年
                   经费控制情况(万元)
                                                   决算数       预算数       决算数
                       支出总额                       3500.82   1867.44   829.78
                       基本支出                        937.53    80.82    829.78
                     其中：公用经费                       393.76    13.74    373.40
                       项目支出                       2563.29   1786.62    0.00

                                                   7.00     1202.05       0.00
                  其中：1、保障性安居工程
                                                  2556.29   584.57
                    2、商品和服务支出
                                                                          0.00

                                                   10.47     8.19     16.53
                    “三公”经费
                1、公务用车购置和维护经费                      7.91      8.19     11.03
        """

    @Test func twoNumbersUnderTheLastRowsAreARowOfTheirOwn() throws {
        let figures = SpacedWrappedNumbersTests.rows(try SpacedWrappedNumbersTests.figures(Self.rowWithItsLastNumberLower))
        // Before, `2556.29 584.57` (fewer numbers than most lines) was read as pieces of the
        // rows around it, and both rows became one of five numbers under no column.
        #expect(figures("其中:1、保障性安居工程") == ["7.00 2022年决算数", "1202.05 2023年预算数", "0.00 2023年决算数"])
        #expect(figures("2、商品和服务支出") == ["2556.29 2022年决算数", "584.57 2023年预算数", "0.00 2023年决算数"])
    }

    /// Lines 32–49 of report 1015: a name's unit in brackets on a line of its own under it, with
    /// the row's quantity printed as low (`其中：1.土地 89.4 64.55%` ¶ `57.71` ¶ `（平方米） 306`).
    static let unitUnderTheName = """
              3.公务接待费            6.51             5.92
        绩效自评结果将在政府门户网站公开，接受社会监督。
                             固定资产情况表

                                     账面数
        """ + "\n" + SpacedRowStacksTests.assetTableTop + "\n" + """
                                         57.71
          （平方米）      306
         2.房屋（平方      —         —         —         —
        \u{0C}   米）
        """

    @Test func aUnitInBracketsUnderANameStartsNoRow() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.unitUnderTheName.utf8), path: "pdf.txt")
        let land = document.figures.filter { $0.rowLabel == "其中:1.土地(平方米)" }
        #expect(land.map(\.raw) == ["306", "89.4", "57.71", "64.55%"])
        #expect(land.first?.columnLabel == "账面数数量")
        #expect(!document.figures.contains { $0.rowLabel == "(平方米)" || $0.rowLabel == "其中:1.土地" })
    }
}

import Testing

@testable import ReportExtract

/// A number pdftotext wrapped around its row's line, alone on the lines over and under it.
@Suite struct SpacedNumberAroundRowTests {
    /// Lines 92–120 of the pdftotext rendering of generated report 330047 (`FORMGEN_SEED=330000
    /// Tools/formgen/build-set.sh`, then `render_extractors.py`): `１５０` over `项目支出 0.00 284.55
    /// 2855.88`, `２．１３` under it, the row's 2021 年决算数 cut among its digits.
    static let numberCutAroundItsRow = """
         财政供养      编制数       2021 年实际在职人数         控制率
         人员情况
                    ５４             ５１            94.44%
          （人）
              经费控制情况         2019 年  2020 年 2021 年    2021 年
               （万元）           决算数     决算数    预算数       决算数
               三公经费           6.00    5.61   10.18     1.27
        \u{0C}   1、公务用车购置和维护经费              0.00    ０．３３      2.40      0.00
                其中：公车购置               0.00    ０．００     ０．００       0.00
               公车运行维护                 0.00     0.33    ２．４０       0.00
                2、出国经费                0.00    ０．００      7.78      0.00
                3、公务接待                6.00     5.28     0.00      1.27
                                                                  １５０
                  项目支出                0.00    284.55   2855.88
                                                                 ２．１３
                                              ９０．０     １８６．
               1、业务工作经费               0.00                       23.87
                                                ６       １４
                                                                 ８４８．
               2、运行维护经费               0.00     21.32   833.18
                                                                  ６０
                                              １４８．
         3、区级专项资金(一个专项一行)             0.00             451.39    462.44
                                               ６８
                                                          １３８
         4、上级转移支付(一个专项一行）             0.00     24.49              167.22
                                                         ５．１７
                公用经费                237.43      71.83     407.61   5.16
                                    ７１．２                 １０１．
        """

    @Test func aNumberAloneOverAndUnderItsRowIsOneInTheColumnTheRowLeftEmpty() throws {
        let row = SpacedWrappedNumbersTests.rows(try SpacedWrappedNumbersTests.figures(Self.numberCutAroundItsRow))
        // Before, `１５０` and `２．１３` were two figures and the row's five numbers had no columns.
        #expect(row("项目支出") == ["0.00 2019年决算数", "284.55 2020年决算数", "2855.88 2021年预算数", "１５０２．１３ 2021年决算数"])
        #expect(row("4、上级转移支付(一个专项一行)") == ["0.00 2019年决算数", "24.49 2020年决算数", "１３８５．１７ 2021年预算数", "167.22 2021年决算数"])
    }
}

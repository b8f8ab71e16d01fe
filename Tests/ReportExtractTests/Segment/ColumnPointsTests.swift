import Testing

@testable import ReportExtract

/// Points and rates in their columns: a form's 分值 and 得分 are out of 100, and a rate past 100
/// carries its percent sign, so an amount is laid out under neither.
@Suite struct ColumnPointsTests {
    static func token(_ text: String) -> FlattenedTableReader.Token {
        FlattenedTableReader.Token(text: text, raw: text, isValue: FlattenedTableReader.isValue(text), span: 0..<0, line: 1)
    }

    @Test func anAmountPrintedUnderPointsMovesBackUnderTheAmounts() {
        let header = ["", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
        let columns = FlattenedColumns(header: header, raws: header)
        // Report 1040's 上年结转资金 row as pdftotext packed it: its second and third amounts a
        // column right of their own, the third under 分值.
        let tokens = ["上年结转资金", "754.97", "687.02", "595.65", "——"].map(Self.token)
        let laid = Dictionary(uniqueKeysWithValues: zip(columns.labels.indices, columns.layOut(tokens, columns: [1, 2, 4, 5, 7])).map { ($0, $1?.text ?? "") })
        #expect([laid[2], laid[3], laid[4], laid[5]] == ["754.97", "687.02", "595.65", ""])
        // Points and rates stay where they are printed.
        let total = ["年度资金总额", "3,010.60", "2,739.65", "2,375.28", "10", "87%", "8.7"].map(Self.token)
        #expect(columns.layOut(total, columns: [1, 2, 3, 4, 5, 6, 7]).map { $0?.text ?? "" }
            == ["", "年度资金总额", "3,010.60", "2,739.65", "2,375.28", "10", "87%", "8.7"])
    }

    @Test func pointsAndRatesAreToldByTheirColumnsWords() {
        #expect(FlattenedColumns.holdsPoints("分值") && FlattenedColumns.holdsPoints("自评得分") && FlattenedColumns.holdsPoints("权重"))
        #expect(!FlattenedColumns.holdsPoints("得分率") && !FlattenedColumns.holdsPoints("全年执行数"))
        #expect(FlattenedColumns.holdsRates("执行率") && !FlattenedColumns.holdsRates("全年执行数"))
        #expect(FlattenedColumns.leadingNumber("1,560.10") == 1560.1 && FlattenedColumns.leadingNumber("8.7分") == 8.7)
        #expect(FlattenedColumns.leadingNumber("——") == nil)
    }

    /// Lines 124–147 of the pdftotext rendering of generated report 1040: a 资金 table whose
    /// header pdftotext packed a space apart (`年初预 全年预 全年执`), left of its amounts.
    static let packedAmountHeader = """
          项目名称                       老旧小区改造
                                     实施
          主管部门        醴陵市人民政府                 醴陵市民政局
                                     单位
                      年初预 全年预 全年执
                                        分值 执行率    得分
                       算数   算数    行数
                其中：
                      1,977.   1,799.   1,560.
                当年财                                        ——
                        38       42       10
                政拨款
        项目资
                上年结   754.9    687.0    595.6
          金                                                ——
                转资金     7        2        5
        (万元)
                      278.2    253.2    219.5
                其他资                                                     ——
                        5        1        3
                 金
                年度资    3,010. 2,739. 2,375.
                                                  10       87%          8.7
                金总额      60     65     28
        """

    @Test func amountsUnderAPackedHeaderStayUnderTheAmountColumns() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.packedAmountHeader.utf8), path: "pdf.txt")
        // Before: the rows' second and third amounts read as 全年执行数 and 分值 (or 执行率).
        #expect(document.figures.filter { $0.rowLabel == "上年结转资金" }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "754.97 年初预算数", "687.02 全年预算数", "595.65 全年执行数",
        ])
    }
}

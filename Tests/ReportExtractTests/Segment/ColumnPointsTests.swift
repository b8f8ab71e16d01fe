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

    @Test func aMistypedPointStaysAPointAndARateNoAmount() {
        let header = ["三级指标", "年度指标值", "实际完成值", "分值", "得分"]
        let columns = FlattenedColumns(header: header, raws: header)
        // `份` is `分` mistyped: points still.
        let mistyped = ["长效管护机制", "9份", "9"].map(Self.token)
        #expect(columns.layOut(mistyped, columns: [0, 3, 4]).map { $0?.text ?? "" } == ["长效管护机制", "", "", "9份", "9"])
        let amounts = FlattenedColumns(header: ["项目", "全年预算数", "全年执行数", "执行率"], raws: ["项目", "全年预算数", "全年执行数", "执行率"])
        #expect(amounts.layOut(["合计", "100", "87%"].map(Self.token), columns: [0, 1, 2]).map { $0?.text ?? "" } == ["合计", "100", "", "87%"])
        #expect(FlattenedColumns.holdsAmounts("2023年决算数") && !FlattenedColumns.holdsAmounts("执行率"))
    }

    @Test func aNumberIsNoUnit() {
        let header = ["三级指标", "年度指标值", "计量单位", "实际完成值", "分值", "得分"]
        let columns = FlattenedColumns(header: header, raws: header)
        // A target packed a column right, under 计量单位, its unit printed on another line.
        let row = ["培训人数", "478", "498", "9", "9"].map(Self.token)
        #expect(columns.layOut(row, columns: [0, 2, 3, 4, 5]).map { $0?.text ?? "" } == ["培训人数", "478", "", "498", "9", "9"])
    }

    @Test func pointsAndRatesAreToldByTheirColumnsWords() {
        #expect(FlattenedColumns.holdsPoints("分值") && FlattenedColumns.holdsPoints("自评得分") && FlattenedColumns.holdsPoints("权重"))
        #expect(!FlattenedColumns.holdsPoints("得分率") && !FlattenedColumns.holdsPoints("全年执行数"))
        #expect(FlattenedColumns.holdsRates("执行率") && !FlattenedColumns.holdsRates("全年执行数"))
        #expect(FlattenedColumns.leadingNumber("1,560.10") == 1560.1 && FlattenedColumns.leadingNumber("8.7分") == 8.7)
        #expect(FlattenedColumns.leadingNumber("——") == nil)
    }

    @Test func amountsUnderAPackedHeaderStayUnderTheAmountColumns() throws {
        // Report 1040's 资金 table, whose header pdftotext packed a space apart (`年初预 全年预
        // 全年执`), left of its amounts.
        let document = try Pipeline(rules: Corpus.rules).run(
            bytes: Array(SpacedWrappedNumbersTests.amountsWrappedBetweenNameLines.utf8), path: "pdf.txt")
        // Before: the rows' second and third amounts read as 全年执行数 and 分值 (or 执行率).
        #expect(document.figures.filter { $0.rowLabel == "上年结转资金" }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "754.97 年初预算数", "687.02 全年预算数", "595.65 全年执行数",
        ])
    }

    /// Lines 111–168 of the pdftotext rendering of generated report 1025: an indicator table whose
    /// targets and actuals in years and percentages pdftotext printed right of their columns.
    static let unitsRightOfTheirColumns = WrappedCellStackTests.report1025Header + "\n" + """
                      数量指   维修处   ≥149
              标(40                        156 处   7     7
                       标     数     处
               分)
                            火灾事   小于等
                      质量指                 0.11
                            故发生     于             8     8       —
                       标                   ‰
                              率   0.9‰
                            项目完   ≦12 个   12 个
                                                  9    9分       无
                            成时限     月      月
                      时效指
                            故障修   小于等
                       标
                            复响应   于4小     3 小时    6     6
                             时间     时
                      成本指   成本控   ≦189    177.6
                                                  10    10      无
                       标     制数    万元     6 万元
              效益指     社会效                                      部分资
               标      益指标   低收入                                金未及
                            群体居   符合标     效果明                   时拨
                                                  6     5.4
                            住条件    准       显                   付，将
              （40            改善                                加强资
              分）                                               金调度
                            住房保   85%以    80.7%   7    6.5 分   个别项
                            障覆盖     上                          目验收
                             率                                 延迟，
                                                               已督促
                                                                整改
        \u{0C}                       政策知       达到
                                                 100%         8      8
                                晓率      100%
                               生活垃
                         生态效   圾无害
                                         90%     91.5%        10     10
                         益指标   化处理
                                 率
                               项目持
                         可持续
                               续发挥
                         影响指            ≧5 年        5年        4      4
                               效益年
                          标
                                 限
                                                                           受天气
                                                                           影响，
                                                                           施工进
                         服务对   服务对
                                        95%以                               度略有
        """

    @Test func aQuantityInItsUnitIsNoPoints() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.unitsRightOfTheirColumns.utf8), path: "pdf.txt")
        // Before: `5年` read as 实际完成值's neighbour, 分值, and the points a column further.
        // (The name's last character, `限`, three lines under the row, is cut off in this excerpt.)
        #expect(document.figures.filter { $0.rowLabel?.hasPrefix("项目持续发挥效益年") == true }.map { "\($0.raw) \($0.columnLabel ?? "-")" } == [
            "≧5 年 年度指标值", "5年 实际完成值", "4 分值", "4 得分",
        ])
    }
}

import Testing

@testable import ReportExtract

/// The kind of a column a header names, which says where a row's tokens fit when pdftotext
/// printed them a column off.
@Suite struct SpacedColumnKindsTests {
    static func rows(_ text: String) throws -> (String) -> [String] {
        let figures = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "pdf.txt").figures
        return { name in figures.filter { $0.rowLabel == name }.map { "\($0.raw) \($0.columnLabel ?? "-")" } }
    }

    /// `PackedColumnsTests.indicatorForm` has a 运算符 column, whose rows print `=`, `≥` or `定性`
    /// there, and some rows no 自评得分 where pdftotext printed it (`6` under 未完成原因分析).
    @Test func anOperatorColumnHoldsTheRowsOperatorSoTheRowIsNotShiftedAColumnRight() throws {
        let rows = try Self.rows(PackedColumnsTests.indicatorForm)
        // Before: 运算符 was a column of names, `=` did not fit there, and the row was laid out a
        // column right: named `质量指标`, its target under 度量单位.
        #expect(rows("资金使用合规率") == ["100 年度指标值", "7 分值", "7 自评得分"])
        #expect(rows("年度计划申报完成时间") == ["6分 分值", "6 自评得分"])
        #expect(rows("质量指标").isEmpty)
    }

    /// Lines 138–178 of the pdftotext rendering of generated report 1022: the header's
    /// `一级指标 二级指标 三级指标` packed a space apart (at 6, 11 and 16), the rows' names where
    /// their columns are (6, 14–19, 22–24), so by the header's places a row's 三级指标 name lay
    /// under 年度指标值 and its 二级指标 under 三级指标.
    static let packedNameColumns = """
        绩效指标                         年度指标 实际完成
              一级指标 二级指标 三级指标                              分值    得分
                                        值         值
              产出指标            开展宣传 ≧39 场
                      数量指标                     40 场次       6分    6
              (40 分)            活动      次
                      质量指标 资金使用       100%       100%      9分     9
                               合规率
        \u{0C}                       维修验收
                        质量指标          100%    100%    10 分   10
                                合格率
                               故障修复   24 小时
                        时效指标                  23 小时   9分     9
                               响应时间    以内
                                      不超过
                               户均补贴           457
                        成本指标           500             6      6
                                标准            元/户
                                       元/户
                 效益指标
                               实现国有
                        经济效益
                               资产增值   效果明显    效果明显     8      8
                  （40    指标
                                保值
                  分）
                        经济效益   节约财政     135   126.9
                                                       4     3.5
                         指标     资金     万元      万元
                               生活垃圾
                        生态效益          95%以
                               无害化处           98.6%     6    6
                         指标             上
                                理率
                        生态效益   维护小区           持续发挥
                                      符合标准             8     8分
                          指标   绿化环境            作用
                        可持续影   长效管护
                                      逐步完善    按时完成      3    3
                         响指标    机制
                               项目持续
        """

    @Test func columnsOfNamesPackedInTheHeaderStandWhereTheRowsNamesAre() throws {
        let rows = try Self.rows(Self.packedNameColumns)
        // Before: named `生态效益指标`, the 二级指标, with the target read into the name.
        #expect(rows("生活垃圾无害化处理率") == ["95%以上 年度指标值", "98.6% 实际完成值", "6 分值", "6 得分"])
        #expect(rows("实现国有资产增值保值") == ["8 分值", "8 得分"])
        #expect(rows("维护小区绿化环境") == ["8 分值", "8分 得分"])
        #expect(rows("生态效益指标").isEmpty)
    }

    @Test func startsPartIntoTheGroupsOfLeastSpread() {
        // The names' starts of the fixture above, as its rows print them: 一级, 二级, 三级.
        let starts = [6, 9, 10, 14, 16, 17, 18, 19, 22, 23, 24]
        let weights = [2, 2, 2, 7, 10, 7, 1, 2, 4, 17, 9]
        #expect(SpacedColumnsReader.tightestGroups(starts, weights: weights, 3) == [0, 3, 8, 11])
        #expect(SpacedColumnsReader.tightestGroups([1, 2, 3], weights: [1, 1, 1], 3) == [0, 1, 2, 3])
    }
}

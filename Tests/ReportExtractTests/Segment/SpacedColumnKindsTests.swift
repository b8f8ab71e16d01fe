import Testing

@testable import ReportExtract

/// The kind of a column a header names, which says where a row's tokens fit when pdftotext
/// printed them a column off.
@Suite struct SpacedColumnKindsTests {
    static func rows(_ text: String) throws -> (String) -> [String] {
        let figures = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "pdf.txt").figures
        return { name in figures.filter { $0.rowLabel == name }.map { "\($0.raw) \($0.columnLabel ?? "-")" } }
    }

    /// Lines 89–117 of the pdftotext rendering of generated report 1001: an indicator form with a
    /// 运算符 column, whose rows print `=`, `≥` or `定性` there, and some rows no 自评得分 where
    /// pdftotext printed it (`6` under 未完成原因分析).
    static let operatorColumn = """
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
        """

    @Test func anOperatorColumnHoldsTheRowsOperatorSoTheRowIsNotShiftedAColumnRight() throws {
        let rows = try Self.rows(Self.operatorColumn)
        // Before: 运算符 was a column of names, `=` did not fit there, and the row was laid out a
        // column right: named `质量指标`, its target under 度量单位.
        #expect(rows("资金使用合规率") == ["100 年度指标值", "7 分值", "7 自评得分"])
        #expect(rows("年度计划申报完成时间") == ["6分 分值", "6 自评得分"])
        #expect(rows("质量指标").isEmpty)
    }
}

import Testing

@testable import ReportExtract

/// Header labels whose last piece pdftotext printed away from the rest of the label.
@Suite struct SpacedHeaderEndsTests {
    static func headerLabels(_ text: String) throws -> [String] {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "pdf.txt")
        return try #require(document.segmented.tables.first?.headers.first?.labels)
    }

    /// Lines 100–112 of held-out report 220001 (seed 220000): the header row is eight lines tall
    /// (偏差原因分析及改进措施), and `实际完成值`'s last character stands four lines under `完成`,
    /// two columns left (`实际` ¶ `完成` ¶ … ¶ `值` at 39, `完成` at 41).
    static let loneEndFarDown = """
        一级   二级         指标    运算     指标     计量   实际    分值     得分    偏差
        指标   指标         性质     符      值     单位   完成                 原因
                  三级
        \u{0C}                                                          分析
                                                                   及
                   指标                          值
                                                                  改进
                                                                  措施
        产出         高标
        指标         准农                                 8     8
              数量        正向
                   田建        ≧    9.5    万亩                       —
              指标        指标                    10.2
        """

    @Test func aLoneLastCharacterFourLinesDownEndsItsLabel() throws {
        let labels = try Self.headerLabels(Self.loneEndFarDown)
        // Before: `值` a column of its own, and `实际完成`.
        #expect(labels.contains("实际完成值"))
        #expect(!labels.contains("值"))
    }

    /// Lines 83–93 of held-out report 330017 (seed 330000): `年度指标 实际完成 未完成原` over the
    /// line of their ends, `值 值 因分析`. The rules did not know 未完成原因分析 (the generated
    /// forms' name for 偏差原因分析及改进措施), so `因分析` ended no label and the line was taken
    /// for the first row's: `年度指标` and `实际完成` lost their `值`.
    static let endsOfAnUnknownName = """
                              年度指标     实际完成                 未完成原
        一级指标    二级指标 三级指标                       分值   得分
                                值        值                   因分析
        产出指标           补贴发放 四千零六
                数量指标                   4477 户   10    10
                         户数    十户
                       火灾事故
                              ≦0.9‰    0.11‰    4     4      —
                        发生率
                       工程质量
                质量指标          有效提升     效果明显     7     7      —
        """

    @Test func theLineOfEndsUnderNotStartedReasonsIsTheHeaders() throws {
        let labels = try Self.headerLabels(Self.endsOfAnUnknownName)
        #expect(labels.suffix(5) == ["年度指标值", "实际完成值", "分值", "得分", "未完成原因分析"])
    }

    /// Lines 113–121 of held-out report 440034 (seed 440000): `分值` stands under `自评得` of
    /// 自评得分, whose `分` is a line further down. As a word's end `分值` read `自评得分值` (a
    /// header word across the two), and with 未完成原因 a header word `原因分` ended `未完成` beside
    /// it, so both pairs matched: `自评得分值分`, one column for two.
    static let columnNameUnderAnotherLabel = """
        绩效指                                                 未完成
              一级指 二级指 三级指 年度指 实际完                     自评得
         标                                       分值         原因分
                标      标     标    标值     成值            分
                                                              析
              产出指
                           消防安           3184
                标                ≥2893            3    3份
                           全检查            次
        """

    @Test func anEndThatNamesAColumnEndsNoOtherLabel() throws {
        let labels = try Self.headerLabels(Self.columnNameUnderAnotherLabel)
        #expect(labels.suffix(3) == ["分值", "自评得分", "未完成原因分析"])
    }
}

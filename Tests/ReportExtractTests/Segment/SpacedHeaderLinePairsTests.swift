import Testing

@testable import ReportExtract

/// A header whose lines pdftotext packed each on its own, so that one line's label ends drifted off
/// their words (`SpacedColumnsReader.pairedLines`).
@Suite struct SpacedHeaderLinePairsTests {
    /// Lines 137–158 of the pdftotext rendering of generated report 220020 (`FORMGEN_SEED=220000
    /// Tools/formgen/build-set.sh`, then `render_extractors.py`): `运算 指标 计量` at 16, 19 and 22,
    /// their ends `符 值 单位` at 26, 31 and 35, under `指标 计量` and past them.
    static let endsDriftedRight = """
        绩效                                                      偏差
        指标                                                      原因
                                                 实际
            一级 二级 三级 指标 运算 指标 计量                                分析
                                                 完成 分值 得分
            指标 指标 指标 性质           符    值   单位                    及
                                                  值
                                                                改进
                                                                措施
                                                                完成
                       高标                                        率
            产出
                       准农                                       82%
            指标 数量           正向                   6.4
                       田建         =   6.7  万亩         3分    2.5 ，未
            (50   指标        指标                   万亩
                       设面                                       达到
            分)
                        积                                       年度
                                                                目标
            产出 数量 维修 正向 大于            90    处    86   4分    3.5 受天
            指标 指标 处数 指标 等于                                      气影
        """

    @Test func labelEndsDriftedOffTheirWordsJoinThemInOrder() throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(Self.endsDriftedRight.utf8), path: "pdf.txt")
        let table = try #require(document.segmented.tables.first)
        // Before, by position: `指标`, `计量`, `符`, `单位` four columns, and `实际完成值值`.
        #expect(table.headers.first?.labels.dropFirst(6).prefix(3) == ["指标值", "计量单位", "实际完成值"])
        #expect(document.figures.first { $0.raw == "6.7" }?.columnLabel == "指标值")
        #expect(document.figures.first { $0.raw == "90" }?.columnLabel == "指标值")
    }

    @Test func pairsInOrderTheMostThenTheLeastDrift() {
        // Words at 4, 16, 22 and ends at 4, 26, 35: each word fits each end (drift ≤ 16).
        let words = [4, 16, 22], ends = [4, 26, 35]
        let pairs = SpacedColumnsReader.orderedPairs(words.count, ends.count) { word, end in
            abs(ends[end] - words[word]) <= 16 ? ends[end] - words[word] : nil
        }
        #expect(pairs.map { [$0.0, $0.1] } == [[0, 0], [1, 1], [2, 2]])
        // Fewer ends than words: the pair drifting least is kept.
        let one = SpacedColumnsReader.orderedPairs(2, 1) { word, _ in [12, 2][word] }
        #expect(one.map { [$0.0, $0.1] } == [[1, 0]])
        #expect(SpacedColumnsReader.orderedPairs(0, 3) { _, _ in 0 }.isEmpty)
    }
}

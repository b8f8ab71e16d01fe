import Testing

@testable import ReportExtract

/// `pdftotext -layout` prints a paragraph as the page did, its lines broken at the right margin
/// inside a label or between a number and its unit; other layouts print a paragraph a line.
@Suite struct ProseWrapsTests {
    static func read(_ text: String) throws -> ExtractedDocument {
        try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "pdf.txt")
    }

    static func prose(_ document: ExtractedDocument) -> [String] {
        document.figures.filter { $0.source == .prose }.map { "\($0.line) \($0.rowLabel ?? "-") \($0.raw) \($0.field ?? "-")" }
    }

    /// Lines 1–22 of the pdftotext rendering (Noto Sans CJK) of generated report 1000.
    static let pdftotextProse = """
                               芦淞区民政局
                       2021 年度部门整体支出绩效自评报告

        一、基本情况
        （一）部门职责
        负责做好政策宣传、工作督察、业务培训、信息收集整理发布与统计工作。
        负责贯彻执行国家和省、市有关政策法规，研究制定全区发展规划和年度计划并组织实
        施。
        （二）机构设置及人员情况
        根据编委核定，编制数为 32 人，目前在职人员 35 人。
        二、部门预算收支情况
        2021 年度部门整体支出年初预算数 6598.05 万元，其中基本支出 1,610.96 万元、项目
        支出 4987.09 万元。
        （一）基本支出情况
        2021 年度财政拨款基本支出 1793.52 万元，其中：人员经费 1434.82 万元，公用经费
        358.70 万元，主要用于保障机构正常运转。
        （二）项目支出情况
        2021 年度财政拨款项目支出 1662.32 万元，主要用于森林防火巡护、河道清淤等项
        目。
        2021 年度“三公”经费预算为 19.71 万元，支出决算为 17.74 万元。
        对照年初绩效目标，逐项分析了指标完成情况，总体完成较好。
                              “三公”经费预决算情况表
        """

    @Test func aLineBrokenAtTheMarginJoinsTheNext() throws {
        let document = try Self.read(Self.pdftotextProse)
        let figures = Self.prose(document)
        // `…、项目` ¶ `支出 4987.09 万元。`: the label is whole again, the figure on its own line.
        #expect(figures.contains("13 项目支出 4987.09 万元 project_expenditure"))
        // `…，公用经费` ¶ `358.70 万元，…`: the number on the next line keeps the label before it.
        #expect(figures.contains("16 公用经费 358.70 万元 public_funds"))
        #expect(figures.contains("12 基本支出 1,610.96 万元 basic_expenditure"))
        let joined = document.segmented.paragraphs.filter { $0.firstLine != $0.lastLine }.map { "\($0.firstLine)-\($0.lastLine)" }
        #expect(joined == ["7-8", "12-13", "15-16", "18-19"])
        // Headings and lines ending a sentence stay paragraphs of their own.
        #expect(document.segmented.paragraphs.contains { $0.text == "(一)基本支出情况" })
    }

    /// Lines 1–20 of the pdftotext rendering of generated report 1008: a justified line spaced
    /// out to the margin (`2023 年 度 年 初 预 算 为 4502.00 万 元 ， 其 中 基 本 支 出 …`).
    static let spacedOut = """
                                 汨罗市城市管理局
                          2023 年度部门整体支出绩效自评报告

        一、基本情况
        （一）部门职责
        负责贯彻执行国家和省、市有关政策法规，研究制定全区发展规划和年度计划并组织实
        施。
        负责项目申报、建设、分配和动态管理及建后管理等工作。
        （二）机构设置及人员情况
        根据编委核定，编制数为 18 人，目前在职人员 15 人。
        二、部门整体支出情况
        2023 年 度 年 初 预 算 为 4502.00 万 元 ， 其 中 基 本 支 出 1759.15 万 元 、 项 目 支 出
        2,742.85 万元。
        （一）基本支出情况
        2023 年度财政拨款基本支出 87.60 万元，其中：人员经费 55.19 万元，公用经费
        32.41 万元，主要用于保障机构正常运转。
        （二）项目支出情况
        2023 年度财政拨款项目支出 1960.22 万元，主要用于公共租赁住房维修、步梯增装电
        梯等项目。
        2023 年支出决算数 2,335.02 万元，较上年有所增长。
        """

    @Test func aLineSpacedOutToTheMarginIsClosedUp() throws {
        let document = try Self.read(Self.spacedOut)
        let figures = Self.prose(document)
        // Before: `年 初 预 算` over `4502.00 万` (the 元 a space away), and 项目支出 unnamed.
        #expect(figures.contains("12 年初预算 4502.00 万元 initial_budget"))
        #expect(figures.contains("12 基本支出 1759.15 万元 basic_expenditure"))
        #expect(figures.contains("13 项目支出 2,742.85 万元 project_expenditure"))
        // Spaces beside a digit, and between words, stay.
        #expect(document.segmented.paragraphs.contains { ($0.raw ?? $0.text) == "2023 年度年初预算为 4502.00 万元，其中基本支出 1759.15 万元、项目支出2,742.85 万元。" })
    }

    @Test func anAmountStartingALineStartsNoItem() {
        // Report 1004's `… 、 项 目 支 出` ¶ `3318.91 万元。`: the first five characters end at the
        // point, which an item's number (`3.`) ends with too; the amount's decimals follow it.
        #expect(!ProseWraps.startsPart("3318.91 万元。"))
        #expect(!ProseWraps.startsPart("2,742.85 万元。"))
        #expect(ProseWraps.startsPart("3.加强资金管理"))
        #expect(ProseWraps.startsPart("12.项目实施"))
        #expect(ProseWraps.startsPart("4、绩效目标"))
    }

    @Test func wordsASpaceApartKeepTheirSpace() {
        // A flattened table's cells stay apart; the spaced-out name closes; its line starts move.
        let paragraph = Paragraph(text: "工作任务 计划目标 宣 传 活 动 12 场", firstLine: 4, lastLine: 5, lineStarts: [14])
        let closed = ProseWraps.closingLetterSpacing(paragraph)
        #expect(closed.text == "工作任务 计划目标 宣传活动 12 场")
        #expect(closed.lineStarts == [12])
        #expect(closed.line(at: 16) == 5)
        // An ideographic space beside a space is no character spaced out.
        let ideographic = Paragraph(text: "项   目", firstLine: 1, lastLine: 1, raw: "项 \u{3000} 目")
        #expect(ProseWraps.closingLetterSpacing(ideographic) == ideographic)
    }

    /// Lines 1–22 of LibreOffice's text of generated report 1002: a paragraph a line, headings
    /// right above their text.
    static let paragraphALine = """
        醴陵市水利局2023年度部门整体支出绩效自评报告

        一、部门（单位）基本情况
        （一）部门职责
        负责本行业的业务指导、目标管理与监督考评工作。
        负责贯彻执行国家和省、市有关政策法规，研究制定全区发展规划和年度计划并组织实施。
        （二）机构设置及人员情况
        根据编委核定，编制数为24人，目前在职人员23人。
        二、部门整体支出情况
        2023年度年初预算数2255.00万元，其中基本支出198.05万元、项目支出2056.95万元。
        （一）基本支出情况
        2023年度财政拨款基本支出954.36万元，其中：人员经费582.16万元，公用经费372.20万元，主要用于保障机构正常运转。
        （二）项目支出情况
        2023年度财政拨款项目支出144.04万元，主要用于垃圾转运站运行、2022年创城小区改造等项目。
        2023年支出决算数4369.07万元，较上年有所增长。
        下一步将进一步加强预算绩效管理，提高资金使用效益。
        2023年“三公”经费支出明细
        项  目
        年初预算数
        决算数
        执行率
        一、因公出国（境）费用
        """

    @Test func textPrintedAParagraphALineIsNotJoined() throws {
        let document = try Self.read(Self.paragraphALine)
        #expect(document.segmented.paragraphs.allSatisfy { $0.firstLine == $0.lastLine })
        #expect(Self.prose(document).contains("10 项目支出 2056.95万元 project_expenditure"))
    }
}

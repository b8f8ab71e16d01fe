import Testing

@testable import ReportExtract

/// A numbered item's lead before its colon heads its figures' `row_path`.
@Suite struct ProseItemSubjectTests {
    let stops = Corpus.rules.proseLexicon.itemSubjectStops

    func subject(_ text: String) -> String? {
        ProseItemSubject.find(text, stops: stops)?.name
    }

    @Test func listMarkersBeforeASubject() {
        #expect(subject("1、烈士纪念设施维修项目:预算35.3万元") == "烈士纪念设施维修项目")
        #expect(subject("2.2022年退役军人事务专项资金项目:预算20万元") == "2022年退役军人事务专项资金项目")
        #expect(subject("(3)数量指标:完成3个") == "数量指标")
        #expect(subject("四、人员概况:在职244人") == "人员概况")
        #expect(subject("①工程账:柳沟B区工程资金1,000万元") == "工程账")
    }

    @Test func noSubjectWithoutAMarkerOrBeforeAClauseEnds() {
        #expect(subject("烈士纪念设施维修项目:预算35.3万元") == nil)
        #expect(subject("1、全年预算35.3万元,实际支付:35.3万元") == nil)
        #expect(subject("2022年:预算20万元") == nil)
        #expect(subject("1、:预算20万元") == nil)
    }

    @Test func aLeadThatIntroducesNamesNothing() {
        #expect(subject("1、主要内容包括:预算20万元") == nil)
        #expect(subject("(二)具体:预算20万元") == nil)
    }

    /// Real prose (南昌市烈士陵园管理处 2022, a clerk's reading): four projects' 预算 / 实际支付 /
    /// 使用率 were high with nothing telling them apart.
    @Test func projectsBeforeTheirColonsTellTheirFiguresApart() throws {
        let text = """
            1、烈士纪念设施维修项目：预算35.3万元，2022年全年实际支付35.3万元，使用率100%。

            2、2022年退役军人事务专项资金项目：预算20万元，2022年全年实际支付20万元，使用率100%。

            """
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "nanchang.txt").reconciled
        let budgets = document.figures.filter { $0.rowLabel == "预算" }
        #expect(budgets.map(\.rowPath) == [["烈士纪念设施维修项目", "预算"], ["2022年退役军人事务专项资金项目", "预算"]])
        #expect(budgets.allSatisfy { $0.confidence == .high })
    }
}

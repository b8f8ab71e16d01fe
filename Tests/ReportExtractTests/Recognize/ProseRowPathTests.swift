import Testing

@testable import ReportExtract

/// What heads a prose figure's `row_path` besides its label: a numbered item's lead before its
/// colon, a list's total, a share's part.
@Suite struct ProseRowPathTests {
    let lexicon = Corpus.rules.proseLexicon

    func subject(_ text: String) -> String? {
        ProseItemSubject.find(text, stops: lexicon.itemSubjectStops, nouns: lexicon.itemSubjectNouns)?.name
    }

    @Test func listMarkersBeforeASubject() {
        #expect(subject("1、烈士纪念设施维修项目:预算35.3万元") == "烈士纪念设施维修项目")
        #expect(subject("2.2022年退役军人事务专项资金项目:预算20万元") == "2022年退役军人事务专项资金项目")
        #expect(subject("(3)数量指标:完成3个") == "数量指标")
        #expect(subject("四、人员概况:在职244人") == "人员概况")
        #expect(subject("①工程账:柳沟B区工程资金1,000万元") == "工程账")
    }

    /// 裕民县 2021 (a clerk's reading): three projects, each item's lead a project's name before
    /// a comma; their 197万元 / 186.98万元 / 94.91% were told apart by the line alone.
    @Test func aProjectsNameBeforeAComma() {
        #expect(subject("1、哈拉布拉乡南哈拉布拉村农田道路建设项目,铺建砂石路11公里") == "哈拉布拉乡南哈拉布拉村农田道路建设项目")
        #expect(subject("  2、北哈拉布拉村旅游扶贫交易市场建设项目，新建30平方米管理用房一座") == "北哈拉布拉村旅游扶贫交易市场建设项目")
        #expect(subject("3、哈拉布拉乡北哈拉布拉村村内干道,巷道路面硬化建设项目") == nil)
    }

    /// 泾县中学 2021 (a clerk's reading of stop 65): `(二)公务接待费。2021年预算支出11.77万元,比2020年
    /// 预算减少0.13万元` was read, high, as the school's whole 预算支出. A heading closed by a full
    /// stop heads the row path when it names an item; a section's heading does not (it headed
    /// whole paragraphs of 收入支出总体情况 and displaced a rate target's subject).
    @Test func aHeadingThatNamesAnItemBeforeAFullStop() throws {
        let document = try Pipeline(rules: Corpus.rules).run(
            bytes: Array("(二)公务接待费。2021年预算支出6.77万元,比2020年预算减少0.13万元,下降1.88%。\n".utf8), path: "jingxian.txt"
        ).reconciled
        #expect(document.figures.first?.rowPath == ["公务接待费", "预算支出"])
        let find = { (text: String) in
            ProseItemSubject.find(text, stops: lexicon.itemSubjectStops, nouns: lexicon.itemSubjectNouns, items: Corpus.rules)?.name
        }
        #expect(find("(一)因公出国（境）费用。2021年预算支出为0万元") == "因公出国（境）费用")
        #expect(find("(一)收入支出总体情况。2022年度收入总计2043.32万元") == nil)
        #expect(find("1、公务接待费2021年预算支出6.77万元。") == nil)
        #expect(find("公务接待费。2021年预算支出6.77万元") == nil)
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

    /// Real prose (南宫市人民检察院 2020, a clerk's reading): each share labelled 占, high, named
    /// nothing; it is its part's. Its label says so too (儋州 2024, a clerk's reading: three high
    /// shares labelled 占 in figures.csv).
    @Test func aShareIsItsPartsShare() throws {
        let text = "本部门2020年度本年支出合计1329.44万元，其中：基本支出607.91万元，占46%；项目支出721.53万元，占54%。\n"
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "nangong.txt").reconciled
        let shares = document.figures.filter { $0.unit == "%" }
        #expect(shares.map(\.rowPath) == [["基本支出占比"], ["项目支出占比"]])
        #expect(shares.map(\.rowLabel) == ["基本支出占比", "项目支出占比"])
        #expect(shares.allSatisfy { $0.confidence == .high })
    }

    /// A share naming its base keeps its words (大英 2019: `占政府采购支出总额的17.36%`).
    @Test func aShareNamingItsBaseKeepsItsLabel() throws {
        let text = "授予中小企业合同金额21万元，其中：授予小微企业合同金额21万元，占政府采购支出总额的17.36%。\n"
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "daying.txt").reconciled
        let share = try #require(document.figures.first { $0.unit == "%" })
        #expect(share.rowLabel == "占政府采购支出总额")
    }

    /// Real prose (潜江市民政局 2024, a clerk's reading): the budget's parts and the outturn's
    /// carried the same labels and fields, the budget's high; the outturn's list, after a rate of
    /// its total, was never checked.
    @Test func aListsPartsUnderTheirTotal() throws {
        let text = "2024年民政局预算支出27,360.5万元，其中：人员经费支出3,183.78万元，公用经费支出1,117.1万元，项目资金支出23,059.62万元。2024年，民政局实际支出37,124.2万元，比预算增加35%，其中：人员经费支出2,937.64万元；公用经费支出982.98万元；项目资金支出33,203.58万元。\n"
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "qianjiang.txt").reconciled
        let staff = document.figures.filter { $0.rowLabel == "人员经费支出" }
        #expect(staff.map(\.rowPath) == [["民政局预算支出", "人员经费支出"], ["民政局实际支出", "人员经费支出"]])
        let checks = document.checks.filter { $0.rule == "prose_arithmetic" }
        #expect(checks.map(\.status) == [.ok, .ok])
        #expect(checks.last.map { $0.operands.map { document.figures[$0].raw } } == ["37,124.2万元", "2,937.64万元", "982.98万元", "33,203.58万元"])
    }

    /// Real prose (农工党宜春市委会 2022, a clerk's reading): after a list parted by commas, a `；`
    /// may end it; the counts after it (其他人员, 学生人数) were headed 实有人数, high. The sum still
    /// decides the check; only the parts before the `；` take the total's name.
    @Test func aSemicolonAfterACommaListEndsWhatItsTotalSurelyNames() throws {
        let text = "本部门2022年年末实有人数 4 人，其中在职人员 4 人，离休人员0人，退休人员0人（不含由养老保险基金发放养老金的离退休人员）；年末其他人员0人；年末学生人数0 人。\n"
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "yichun.txt").reconciled
        let paths = document.figures.dropFirst().map(\.rowPath)
        #expect(paths == [["实有人数", "在职人员"], ["实有人数", "离休人员"], ["实有人数", "退休人员"], ["其他人员"], ["学生人数"]])
    }

    /// 小榄镇 2025 (a clerk's reading of stop 68): a list printed one paragraph per part headed
    /// nothing, so two budgets' `上级补助收入` were both high under one label.
    @Test func partsPrintedOneParagraphEachAreHeadedByTheirTotal() throws {
        let text = "一般公共预算总收入13.83亿元,其中:\n\n1.上级补助收入11.43亿元。\n\n2.调入资金2.4亿元。\n\n"
            + "政府性基金总收入6.01亿元,其中:\n\n1.上级补助收入3.18亿元。\n\n2.债务转贷收入2.83亿元。\n"
        let figures = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "xiaolan.txt").reconciled.figures
        #expect(figures.map(\.rowPath) == [
            ["一般公共预算总收入"], ["一般公共预算总收入", "上级补助收入"], ["一般公共预算总收入", "调入资金"],
            ["政府性基金总收入"], ["政府性基金总收入", "上级补助收入"], ["政府性基金总收入", "债务转贷收入"],
        ])
    }

    /// 中央本级 2011 (a clerk's reading of stop 66): a 三公 total named by its own list's items
    /// joined by `、` headed its three high parts as `公务接待费决算支出`, the last item alone.
    @Test func aTotalNamedByItsPartsJoinedByEnumerationCommas() throws {
        let heads = { (text: String) throws in
            try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "sangong.txt").reconciled.figures.map { $0.rowPath.first }
        }
        let central = "经汇总，中央行政单位用财政拨款开支的因公出国（境）经费、公务用车购置及运行费、公务接待费决算支出94.7亿元。"
            + "其中，因公出国（境）经费17.73亿元，公务用车购置及运行费61.69亿元，公务接待费15.28亿元。\n"
        // (`因公出国经费` an alias since stop 68: the part's label keeps the printed words.)
        #expect(try heads(central) == Array(repeating: "因公出国经费、公务用车购置及运行费、公务接待费决算支出", count: 4))
        let joined = "三公经费：因公出国（境）费、公务用车购置及运行费和公务接待费支出共计25万元，其中：因公出国（境）费0万元，"
            + "公务用车购置及运行费15万元，公务接待费10万元。\n"
        #expect(try heads(joined) == Array(repeating: "因公出国费、公务用车购置及运行费和公务接待费支出", count: 4))
        // An item that names no part, or a number before the `、`, leaves the label as it was.
        let other = "举办各类业务培训会议的费用、公务接待费支出5万元，其中公务接待费4万元，会议费1万元。\n"
        #expect(try heads(other) == Array(repeating: "公务接待费支出", count: 3))
        let amounts = "收入50万元、公务接待费支出5万元，其中公务接待费4万元，会议费1万元。\n"
        #expect(try Array(heads(amounts).dropFirst()) == Array(repeating: "公务接待费支出", count: 3))
    }
}

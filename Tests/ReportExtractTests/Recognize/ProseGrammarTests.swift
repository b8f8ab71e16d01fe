import Testing

@testable import ReportExtract

/// The prose grammar: each way report prose attaches a label to a number, and each kind of number
/// that is not a figure.
@Suite struct ProseGrammarTests {
    let reader = ProseFigureReader(rules: Corpus.rules)

    /// (label, value, unit) of every figure read from `text`.
    func read(_ text: String) -> [String] {
        reader.matches(in: text).map { match in
            let value = match.reading.readings.first
            let unit = value.map { $0.isPercent ? "%" : ($0.scale?.symbol ?? "") + ($0.unit ?? "") } ?? "?"
            return "\(match.label ?? "-")=\(value?.valueString ?? "?")\(unit)"
        }
    }

    /// 内蒙古自治区机关事务管理局 2023 (a clerk's reading of stop 66): a page's publishing time gave
    /// `46分` as a score; minutes after an hour are none, a score after words is one.
    @Test func minutesAfterAnHourAreNoScore() {
        #expect(read("发布时间:2024年08月26日 16时46分 信息来源:内蒙古自治区机关事务管理局") == [])
        #expect(read("会议于9点30分召开") == [])
        #expect(read("发布时间:2024年08月26日 16时 46分") == [])
        #expect(read("累计培训8小时30分") == ["累计培训=8小时"])
        #expect(read("同时自评得分95分") == ["自评得分=95分"])
    }

    /// A 2023 self-evaluation (a clerk's reading of stop 69): an indicator's `自评得分` after its
    /// target and actual values is the item's score, not the report's total.
    @Test func anIndicatorsScoreAfterItsValues() {
        let fields = reader.matches(in: "1.重大动物强制免疫病种群体免疫密度,年初目标值≥90%,实际完成值≥90%,自评得分20分;").map { $0.field?.id }
        #expect(fields.last != "total_score")
        #expect(fields.last != nil)
        #expect(reader.matches(in: "经评价,自评得分91.95分。").map { $0.field?.id } == ["total_score"])
        #expect(reader.matches(in: "(2)群众满意度,年初目标值≥90%,实际完成值96%,自评得分10分;").map { $0.field?.id }.last != "total_score")
        // The review's: a project's values before its total, unnumbered, or a `；` between.
        for text in ["资金到位率年初目标值100%,实际完成值100%,项目自评得分95分,评价等级为优。",
                     "1.满意度目标值≥90%,实际完成值96%;综合自评得分92.5分。"] {
            #expect(reader.matches(in: text).map { $0.field?.id }.last == "total_score", "\(text)")
        }
    }

    /// A self-evaluation's prose (a clerk's reading of stop 69): an indicator's name before its
    /// values heads their row paths (22 figures labelled 年初目标值 / 实际完成值 alone).
    @Test func anIndicatorsNameHeadsItsValues() throws {
        let document = try Pipeline(rules: Corpus.rules).run(
            bytes: Array("项目完成及时率,年初目标值100%,实际完成值100%。\n(2)资金到位率,年初目标值100%,实际完成值98%。\n项目完成及时率较高,全年完成12个。\n资金300万,年初目标值300万元。\n".utf8),
            path: "p.txt").reconciled
        #expect(document.figures.map(\.rowPath) == [
            ["项目完成及时率", "年初目标值"], ["项目完成及时率", "实际完成值"],
            ["资金到位率", "年初目标值"], ["资金到位率", "实际完成值"], ["完成"], ["资金"], ["年初目标值"],
        ])
    }

    /// 虎林 2021 (a clerk's reading of stop 66): `下达给我单位资金` is what was allocated to "our
    /// unit", not the 单位资金 a project's funds list.
    @Test func ourUnitsFundsAreNoUnitFunds() {
        #expect(reader.matches(in: "下达给我单位资金1.53万元").map { $0.field?.id } == [nil])
        #expect(reader.matches(in: "其中:单位资金5万元").map { $0.field?.id } == ["unit_funds"])
    }

    @Test func labelIsConnector() {
        #expect(read("2023年基本支出为252.47万元") == ["基本支出=252.47万元"])
        #expect(read("信访工作的回复率、办结率均为100%") == ["办结率=100%"])
    }

    /// Real prose (阿坝县公安局 2021, **河县 2023, clerks' readings): `年末` cut by its year left
    /// `末在职` (high); lengths in `km` and counts of `段` were not figures.
    @Test func staffAtTheYearsEndAndLengthsInKilometres() {
        #expect(read("截止到2021年末在职244人") == ["在职=244人"])
        #expect(read("治理河道总长为3.75km") == ["治理河道总长=3.75km"])
        #expect(read("左岸3段") == ["左岸=3段"])
    }

    @Test func labelGluedOrSpaced() {
        #expect(read("其中:基本支出 1,304.39 万元") == ["基本支出=1304.39万元"])
        #expect(read("年中调增20,320.85万元") == ["年中调增=20320.85万元"])
    }

    @Test func labelReachesRate() {
        #expect(read("满意率达到95%以上") == ["满意率=95%"])
        #expect(read("回复率达100%") == ["回复率=100%"])
    }

    @Test func totalThenPartsAfterQiZhong() {
        #expect(read("共有人员100人，其中在职人员32人，退休人员68人") == ["人员=100人", "在职人员=32人", "退休人员=68人"])
    }

    @Test func listsJoinedByEnumerationComma() {
        #expect(read("年初预算数3550.44万元，其中，基本支出870.34万元、项目支出2680.1万元")
            == ["年初预算数=3550.44万元", "基本支出=870.34万元", "项目支出=2680.1万元"])
    }

    @Test func subjectAndYearAreNotTheLabel() {
        #expect(read("2022年度伊金霍洛旗住房保障综合服务中心年初预算为5,706.39万元") == ["年初预算=5706.39万元"])
        #expect(read("我单位2024年人员编制数57人") == ["人员编制数=57人"])
    }

    @Test func parenthesizedNoteIsDropped() {
        #expect(read("固定资产总额(账面原值)358.78万元") == ["固定资产总额=358.78万元"])
    }

    /// A budget execution report (a clerk's reading of stop 68): `(50%部分)` says which share of the
    /// tax the name means; it was a figure, and the amount after it had no label.
    @Test func aTaxShareInBracketsIsPartOfTheName() {
        #expect(read("其中:国内增值税(50%部分)3.06亿元,同比增长4.1%") == ["国内增值税=3.06亿元", "同比增长=4.1%"])
        #expect(read("企业所得税（地方40%）1.20亿元") == ["企业所得税=1.20亿元"])
        // 龙游 2015 (a clerk's reading of stop 69): unbracketed, with the share's word.
        #expect(read("增值税25%部分13318万元,完成年度预算的96.2%") == ["增值税=13318万元", "完成年度预算=96.2%"])
        #expect(read("其中增值税25%,13318万元").count == 2)
        // The review's: a threshold, no tax's share.
        #expect(read("项目结余资金超过年度预算10%部分35万元已全部收回财政").count == 2)
        // A share of something else, or a percent not between a name and its amount, stays a figure.
        #expect(read("基本支出(占60%)29.17万元").map { $0.split(separator: "=").last } == ["60%", "29.17万元"])
        #expect(read("年度执行率(95%)。").map { $0.split(separator: "=").last } == ["95%"])
        // The review's: a bracketed rate, weight, change or plain share, or one after a rate's name.
        for text in ["发行新增专项债券(利率3.25%)2亿元", "产出指标(权重50%)48分", "中央资金(80%)400万元", "资金到位率(100%)100万元",
                     "按照县级承担比例(40%)120万元", "企业所得税(40%)1.20亿元"] {
            #expect(read(text).count == 2, "\(text)")
        }
    }

    /// 杨陵 (a clerk's reading of stop 68): `从…看:` names the subject of amounts its clauses name by
    /// a verb alone (three high figures were labelled `完成`).
    @Test func aLeadInNamesTheSubjectOfAVerbAlone() {
        #expect(read("从总税收收入看:全年完成3.2亿元,同比增长5%。") == ["总税收收入完成=3.2亿元", "同比增长=5%"])
        #expect(read("从非税收入来看：实现8000万元") == ["非税收入实现=8000万元"])
        // A label of its own stands; no lead-in, no subject.
        #expect(read("从总体看:一般公共预算收入完成3.2亿元") == ["一般公共预算收入完成=3.2亿元"])
        // The review's: a noun names its own amount.
        #expect(read("从资金来源看:中央1.2亿元") == ["中央=1.2亿元"])
        #expect(read("从收入结构看:税收2.8亿元") == ["税收=2.8亿元"])
        // Nor is a view a subject.
        #expect(read("从总体上看:全年完成3.2亿元") == ["完成=3.2亿元"])
        #expect(read("从各项指标完成情况看:完成3.2亿元") == ["完成=3.2亿元"])
        #expect(read("全年完成3.2亿元") == ["完成=3.2亿元"])
    }

    /// `一个月以上` (a clerk's reading of stop 68) was 1 个: 个 there begins 个月, a duration, which
    /// is no figure when printed in digits either.
    @Test func aClassifierStartingADurationIsNoCount() {
        #expect(read("项目建设周期一个月以上") == [])
        #expect(read("培训时间两个工作日") == [])
        #expect(read("项目建设周期3个月以上") == [])
        #expect(read("下设四个股室") == ["股室=4个"])
        // The review's: a compound unit's first part is the classifier (`4次/年` in digits is a figure too).
        #expect(read("监测频次为四次/年") == ["监测频次=4次"])
        // A clerk's reading of stop 69: `一个季度开展绩效考核一次` was 1 个.
        #expect(read("一个季度开展绩效考核一次,共4次") == ["一个季度开展绩效考核=1次", "共=4次"])
        #expect(read("采购马铃薯原原种425万粒") == ["采购马铃薯原原种=425万粒"])
    }

    @Test func countTakesTheNounAfterIt() {
        #expect(read("对234户陈欠租金住户进行了诉讼追缴") == ["陈欠租金住户=234户"])
        #expect(read("为退伍军人等84户特殊困难群体") == ["特殊困难群体=84户"])
        // Nothing after it: the label before stands.
        #expect(read("完成年审5049户，收取租金") == ["年审=5049户"])
        // The noun after it runs into the next number: it is that number's label.
        #expect(read("受理白蚁防治申请155栋面积117.1万㎡") == ["受理白蚁防治申请=155栋", "面积=117.1万㎡"])
    }

    /// Real prose (西平县交通运输局 2022, a clerk's reading; 临城县 2021): in a run of counts each
    /// noun follows its count, so a noun running into the next count is the first count's, and
    /// the next count has none before it (`行政村` was 26113户's, and 33个 took `乡镇`).
    @Test func inARunOfCountsEachNounFollowsItsCount() {
        #expect(read("能有效解决西平县15个乡镇(街道办事处)33个行政村26113户97401人出行难问题")
            == ["乡镇=15个", "行政村=33个", "-=26113户", "出行难问题=97401人"])
        #expect(read("改建后已带动14户贫困户39人") == ["贫困户=14户", "-=39人"])
        // A noun cut short by a stop word leaves the rest to the next number.
        #expect(read("对234户陈欠租金住户进行了诉讼追缴，追回陈欠租金93万余元") == ["陈欠租金住户=234户", "追回陈欠租金=93万元"])
    }

    /// Real prose read by clerks (炎陵县农业农村局 2019, 汶川县 2021, 海口市秀英区水务局 2022):
    /// 实有 is a word (年末实有266人 was 年末实, high); 全额 before 事业编 names one kind of it, no
    /// quota (`share_words`); 上年结转结余资金 is the carry-over; metres printed `m` are figures.
    @Test func wordsTheCluesReadWrong() {
        #expect(read("截止2019年12月底，年末实有266人") == ["实有=266人"])
        #expect(read("人员编制144人（行政编10人、全额事业编132人）") == ["人员编制=144人", "行政编=10人", "全额事业编=132人"])
        #expect(reader.matches(in: "全额事业编132人").first?.field == nil)
        #expect(reader.matches(in: "我局食品监管资金上年结转结余资金2万元").first?.field?.id == "carryover")
        #expect(read("设备房1间（3.0m×3.0m），并新增低压电线50m等") == ["设备房=1间", "-=3.0m", "-=3.0m", "并新增低压电线=50m"])
        // 南昌市烈士陵园管理处 2022: characters counted, not money (`50万` was an amount).
        #expect(reader.matches(in: "编撰南昌英烈50万字").map(\.kind) == ["count"])
    }

    /// Real prose (红河州数据发展中心's 2024 self-evaluation, its first paragraph): an amount right
    /// after a count and its noun is labelled by the words before the count, not by the noun.
    @Test func anAmountAfterACountedNounTakesTheCountsLabel() {
        #expect(read("年初批复预算8个项目985万元") == ["年初批复预算=8个", "年初批复预算=985万元"])
        #expect(read("(含1个年初结转结余项目50万元)") == ["含=1个", "年初结转结余项目=50万元"])
        // A longer noun between them is the amount's own label.
        #expect(read("完成20个小区改造资金500万元").last == "小区改造资金=500万元")
    }

    /// Real prose (南县政协's 2021 evaluation): a colon between the words and the number; the
    /// label is before it (it was nothing). A list word before a colon names nothing.
    @Test func aLabelEndsAtTheColonBeforeItsNumber() {
        #expect(read("1、收入：792.22万元。") == ["收入=792.22万元"])
        #expect(read("2、支出:799.12万元。其中：人员经费支出434.89万元") == ["支出=799.12万元", "人员经费支出=434.89万元"])
        #expect(read("其中：792.22万元") == ["-=792.22万元"])
    }

    /// `全年共节约办公经费7.16万元` (a 厉行节约 cell read as prose; seed 770063's SAX text) is a
    /// saving, not 办公经费: a change word before an alias keeps the label whole, naming no field.
    @Test func aChangeWordBeforeAnAliasKeepsTheLabelWhole() {
        #expect(read("严格控制“三公”经费，全年共节约办公经费7.16万元。") == ["节约办公经费=7.16万元"])
        #expect(reader.matches(in: "全年共节约办公经费7.16万元").first?.field == nil)
        #expect(reader.matches(in: "全年办公经费7.16万元").first?.field?.id == "office_funds")
    }

    /// Real prose (临河区 2023, a clerk's reading): 自治区专项资金963万元 is the region's share, not
    /// the fund's 专项资金 (it was, high); Inner Mongolia's 盟 / 旗 / 苏木 and Xinjiang's 兵团 are
    /// levels too (`share_words`).
    @Test func aLevelBeforeAFundNamesItsShare() {
        #expect(read("其中中央专项资金4605万元，自治区专项资金963万元") == ["中央专项资金=4605万元", "自治区专项资金=963万元"])
        for text in ["自治区专项资金963万元", "盟级财政资金120万元", "旗级财政资金80万元", "兵团专项资金30万元", "苏木专项资金20万元"] {
            #expect(reader.matches(in: text).first?.field == nil, "\(text)")
        }
        #expect(reader.matches(in: "专项资金963万元").first?.field?.id == "special_funds")
    }

    /// Real prose (桃源县民政局 2020, a clerk's reading): `编制76个` is the quota, its 行政编制 and
    /// 事业编制 parts of it (58 was the only staff_quota, high, and 76 had none).
    @Test func aQuotaAndItsParts() {
        let matches = reader.matches(in: "全局共有编制76个，其中：行政编制18个；事业编制58个")
        #expect(matches.map { $0.field?.id } == ["staff_quota", nil, "staff_quota"])
        #expect(reader.matches(in: "实有编制10人").first?.field?.id == "staff_actual")
        #expect(reader.matches(in: "编制预算3次").first?.field == nil)
    }

    /// Real prose (临城县's 2021 road project, a poverty-relief fund's distillery): lamps, trees
    /// and weights are figures too; a count whose noun runs into such a figure keeps its noun.
    @Test func lampsTreesAndWeightsAreFigures() {
        #expect(read("涉及7个乡镇58个村庄1510盏路灯") == ["乡镇=7个", "村庄=58个", "路灯=1510盏"])
        #expect(read("产量10万斤") == ["产量=10万斤"])
        #expect(read("种植苗木500株") == ["种植苗木=500株"])
    }

    @Test func leadingVerbsGoExceptFromRates() {
        #expect(read("全年共完成租赁补贴发放8582 户") == ["租赁补贴发放=8582户"])
        #expect(read("支出决算为3.45万元，完成预算的111.29%") == ["支出决算=3.45万元", "完成预算=111.29%"])
    }

    @Test func qualifiersStayOnTheFigure() {
        let matches = reader.matches(in: "追回陈欠租金93万余元")
        #expect(matches.map(\.label) == ["追回陈欠租金"])
        #expect(matches.first?.reading.readings.first?.qualifier == .plus)
    }

    @Test func fieldComesFromTheRules() {
        let matches = reader.matches(in: "核定事业编制17人，实有编制10人，实有工作人员20人")
        #expect(matches.map { $0.field?.id } == ["staff_quota", "staff_actual", nil])
        // A share of 基本支出 is not 基本支出.
        #expect(reader.matches(in: "占基本支出的100%").map { $0.field?.id } == [nil])
    }

    @Test func skipsDatesYearsAndDocumentNumbers() {
        #expect(read("截至2022年12月31日，2023年5月印发").isEmpty)
        #expect(read("(鄂府发〔2020〕52号)").isEmpty)
    }

    @Test func skipsListNumberingPhonesAndCitations() {
        #expect(read("1.全力推进保障性住房建设;(2)公共租赁住房") .isEmpty)
        #expect(read("联系电话:15973703536") .isEmpty)
        #expect(read("根据第十条和第3条规定") .isEmpty)
    }

    @Test func skipsTitlesAndUnitsOfNoKind() {
        #expect(read("《伊金霍洛旗2022-2023年度城镇供热保障实施方案》").isEmpty)
        // 小时 is a measure since stop 63 (flying hours, a clerk's reading); 天 is of no kind.
        #expect(read("用时3天，历时两年多") .isEmpty)
        #expect(read("用时3小时") == ["用时=3小时"])
    }

    @Test func signedVerbIsNotAQualifier() {
        let matches = reader.matches(in: "目前，已签约160户")
        #expect(matches.first?.reading.readings.first?.qualifier == nil)
        #expect(matches.first?.token == "160户")
    }

    @Test func loneChineseNumeralWithAClassifierIsACount() {
        #expect(read("下设四个股室") == ["股室=4个"])
        #expect(read("三辆公车因移交手续不齐全") == ["公车=3辆"])
        #expect(read("每个季度组织一次集中学习") == ["集中学习=1次"])
    }

    @Test func loneNumeralInAWordIsNoCount() {
        #expect(read("一起研究，一次性补助，一部分资金，公益一类事业单位，第三次会议").isEmpty)
        #expect(read("单位综合治理是一项基础工程") .isEmpty)
        #expect(read("二次供热管网") .isEmpty)
        // `部门` is a word `部` starts (stop 61, a clerk's reading: `六部门印发` was 6 部).
        #expect(read("按照财政部等六部门印发的办法，五部门联合督导") .isEmpty)
        #expect(read("培育形成一批乡村振兴典型样板") .isEmpty)
        #expect(read("三批项目县级批复投资778.59万元") == ["三批项目县级批复投资=778.59万元"])
        #expect(read("购置两部执法车") == ["执法车=2部"])
        // `十字` names no ten characters (江西 2019's audit, a clerk's reading: `红十字会` was 10 字).
        #expect(read("督促省民政厅、红十字会等部门及时提出资金分配意见，十字路口") .isEmpty)
    }

    @Test func numbersInShortQuotationsAreNames() {
        #expect(read("严格落实一把手“五个不直接分管”制度") .isEmpty)
        #expect(read("做到“查处一户、整改一户”") .isEmpty)
    }

    @Test func measuresAndRatesOfPayAreFigures() {
        #expect(read("单套建筑面积约60平米") == ["单套建筑面积=60平米"])
        #expect(read("硕士毕业3万元/人") == ["硕士毕业=3万元/人"])
    }

    @Test func aClauseForALabelIsInDoubt() throws {
        let figures = reader.read(Paragraph(text: "市追缴办下达市本级维修资金追缴任务7121.85万元，收取租金857.86万元", firstLine: 1, lastLine: 1)).figures
        #expect(figures.map { $0.reasons.contains(LabelDoubt.proseClause) } == [true, false])
    }
}

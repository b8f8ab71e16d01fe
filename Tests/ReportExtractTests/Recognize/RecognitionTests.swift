import Testing

@testable import ReportExtract

@Suite struct RecognitionTests {
    @Test func tableKindsOfEverySeed() throws {
        let expected: [String: [String?]] = [
            "000_9e756e20db3ef670.txt": ["basic_data", "overall_self_evaluation"],
            "001_a2c5c2f5df1e7fe7.txt": ["basic_data", "overall_self_evaluation", "project_self_evaluation", "project_self_evaluation"],
            "002_1fca6c6e25a453d6.txt": ["basic_data", "overall_self_evaluation", "project_self_evaluation"],
            "003_f55f75cbe4f5ac91.txt": ["basic_data", "overall_self_evaluation"],
            "004_0656e2f4a1cf6b1e.txt": ["budget_breakdown", "budget_breakdown", "budget_breakdown", "budget_breakdown", "asset_table", "indicator_list"],
        ]
        for (name, kinds) in expected {
            let document = try Corpus.extracted(name).recognized
            #expect(document.tableKinds.map(\.kind) == kinds, "\(name)")
        }
    }

    @Test func unknownTableIsReportedNotGuessed() {
        let decision = TableClassifier(rules: Corpus.rules).classify(title: "会议签到表", labels: ["姓名", "单位"])
        #expect(decision.kind == nil)
        #expect(decision.reason == "no_kind_reached_min_score")
    }

    /// 濉溪 2019 (a clerk's reading): `绩效目标自评表` names no kind, and the form's header words
    /// are more of a department's (全年预算数, 执行率, 年度总体目标); its first row, `项目名称 |
    /// 临时救助`, says it is a project's. A first row stacked over the next (`项目名称 | 2021年`
    /// over `预算数 | 决算数`, a 三公 table) or naming a column (`项目名称 | 预算金额`) opens nothing.
    @Test func aFormsFirstLabelAndValueNameItsKind() {
        let form = """
            绩效目标自评表 (2019年度)

            →项目名称
            →临时救助

            →主管部门
            →[155]濉溪县民政局

            →资金情况(万元)
            →
            →全年预算数(A)
            →全年执行数(B)
            →分值
            →执行率(B/A)
            →得分

            →
            →年度资金总额:
            →30
            →30
            →10
            →100%
            →10

            →年度总体目标
            →年初设定目标
            →年度总体目标完成情况综述

            →
            →一级指标
            →二级指标
            →三级指标
            →分值

            """
        let classifier = TableClassifier(rules: Corpus.rules)
        let table = Corpus.segment(form).tables[0]
        let decision = classifier.classify(table)
        #expect(decision.kind == "project_self_evaluation")
        #expect(decision.scores.first?.opening == "项目名称")
        let stacked = Corpus.segment("""
            “三公”经费预决算情况表

            →项目名称
            →2021年

            →
            →预算数
            →决算数

            →1.因公出国（境）费
            →0.00
            →0.00

            →合计
            →39.89
            →30.78

            """).tables[0]
        #expect(classifier.classify(stacked).scores.allSatisfy { $0.opening == nil })
        let columns = Corpus.segment("""
            项目明细表

            →项目名称
            →预算金额

            →业务工作经费
            →20.5

            """).tables[0]
        #expect(classifier.classify(columns).scores.allSatisfy { $0.opening == nil })
    }

    @Test(arguments: [
        ("000_9e756e20db3ef670.txt", "资阳区住房保障管理中心", 2022, "部门整体支出"),
        ("001_a2c5c2f5df1e7fe7.txt", "株洲市保障性住房服务中心", 2023, "部门整体支出"),
        ("002_1fca6c6e25a453d6.txt", "岳阳市住房保障服务中心岳阳楼区分中心", 2023, "部门整体支出"),
        ("003_f55f75cbe4f5ac91.txt", "怀化市住房保障服务中心", 2024, "部门整体支出"),
        ("004_0656e2f4a1cf6b1e.txt", "伊金霍洛旗住房保障综合服务中心", 2022, "评价报告"),
    ])
    func documentFacts(name: String, unit: String, year: Int, kind: String) throws {
        let facts = try Corpus.extracted(name).recognized.facts
        #expect(facts.unit == unit)
        #expect(facts.year == year)
        #expect(facts.reportKind == kind)
    }

    @Test func unitFromTheTitleWhenNoTableNamesIt() throws {
        let facts = try Corpus.extracted("004_0656e2f4a1cf6b1e.txt").recognized.facts
        #expect(facts.unitSource == "title")
        #expect(facts.titleLines == [1, 2])
    }

    /// Real titles: a title naming two report kinds names no unit (南县政协's 2021 report).
    @Test func aTitleOfTwoReportKindsNamesNoUnit() {
        let reader = DocumentFactsReader(rules: Corpus.rules)
        #expect(reader.unitFromTitle("部门整体支出及项目支出绩效评价报告") == nil)
        #expect(reader.unitFromTitle("政协平凉市委员会办公室2024年度预算绩效部门评价报告") == "政协平凉市委员会办公室")
    }

    /// Real heading blocks (前山镇 2024, 耒阳市第四中学 2022, read by a clerk): the unit on a line
    /// `评价单位(公章):…` under the title, the year on `评价年度:2024`; a `自评价报告`'s title
    /// is cut before its fund (the unit was `耒阳市第四中学专项资金绩效自`), and a fund's title after
    /// its year names no unit.
    @Test func aHeadingBlockNamesTheUnitAndTheYear() throws {
        let text = "前山镇部门整体支出绩效自评报告\n评价年度:2024\n评价单位(公章):徐闻县前山镇人民政府\n填报日期:202511\n1. 单位基本情况\n"
        let facts = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "heading.txt").recognized.facts
        #expect(facts.unit == "徐闻县前山镇人民政府")
        #expect(facts.unitSource == "heading")
        #expect(facts.year == 2024)
        #expect(facts.reportKind == "部门整体支出")
        let reader = DocumentFactsReader(rules: Corpus.rules)
        #expect(reader.unitFromTitle("耒阳市第四中学专项资金绩效自评价报告") == "耒阳市第四中学")
        // After the year, a fund's name, no unit (generated seeds 1006, 1053: it was the fund).
        #expect(reader.unitFromTitle("2022年度防汛抗旱专项资金项目支出绩效自评报告") == nil)
        // A title of a kind and a year names no unit (南昌市烈士陵园管理处's: it was 项目支出).
        #expect(reader.unitFromTitle("2022年度项目支出绩效自评总报告") == nil)
    }

    /// Real reports that are only their forms (青神县发展和改革局 2023, 衡山县贯塘乡 2023, read by
    /// clerks): the first titled table gives the kind, a 实施单位 or 预算部门、单位名称 cell the unit.
    @Test(arguments: [
        ("部门预算项目支出绩效自评表（2023年度）\n→项目名称→工资性支出\n→主管部门→青神县发展和改革局本级→实施单位（盖章）→青神县发展和改革局\n→预算执行情况（10分）→年初预算→调整后预算数→预算执行数→预算执行率→权重→得分\n→总额→10→10→10→100%→10→10\n\n",
         "项目支出", "青神县发展和改革局"),
        ("2023年度部门整体支出绩效自评表\n→预算部门、单位名称→衡山县贯塘乡人民政府\n→年度预算申请（万元→年初预算数→全年预算数→全年执行数\n→年度资金总额→10→10→10\n\n",
         "部门整体支出", "衡山县贯塘乡人民政府"),
    ])
    func aReportOfFormsOnly(text: String, kind: String, unit: String) throws {
        let bytes = Array(text.replacingOccurrences(of: "→", with: "\t").utf8)
        let facts = try Pipeline(rules: Corpus.rules).run(bytes: bytes, path: "forms.txt").recognized.facts
        #expect(facts.reportKind == kind)
        #expect(facts.unit == unit)
        #expect(facts.year == 2023)
    }

    /// Real titles read by clerks (怀远县 2021, 会宁县 2021, 旌德县 2021, 红河州第二人民医院 2023,
    /// 岳阳市城市管理监督指挥中心 2018) and generated ones (seeds 850000–: 33 of 480 reports took a
    /// fund's name, 44 a project's, for their unit).
    @Test(arguments: [
        ("怀远县2021年度财政衔接资金绩效自评报告", "怀远县"),
        ("旌德县2021年农村饮水工程维修养护工程水利发展资金绩效自评报告", "旌德县"),
        ("红河州第二人民医院国家基本公共卫生服务项目州级补助资金2023年度绩效自评报告", "红河州第二人民医院"),
        ("岳阳市2018年度部门整体支出绩效评价自评报告", nil),
        ("2024年度医疗救助资金项目支出绩效自评报告", nil),
        ("2024年度城市道路维护项目支出绩效自评报告", nil),
        ("2022年度沅江市水利局部门整体支出绩效自评报告", "沅江市水利局"),
        // 重庆市铜梁区农业农村委员会 2022, 忠县金声乡 2022 (the second round's clerks)
        ("重庆市铜梁区农业农村委员会关于铜梁区转移支付2022年度中央农业生产和水利救灾资金(第八批)绩效自评报告", "重庆市铜梁区农业农村委员会"),
        ("忠县金声乡人民政府转移支付2022年度绩效自评报告", "忠县金声乡人民政府"),
        ("2024年度城关镇社区卫生服务中心预算执行情况绩效自评报告", "城关镇社区卫生服务中心"),
        // Stop 61's clerks: a province before its fund's name; a fund's name alone.
        ("河北省中央农业生产和水利救灾资金转移支付2022年度绩效自评报告", "河北省"),
        ("财政专项扶贫资金绩效自评报告", nil),
        ("第二部分2022年度单位决算情况说明", nil),
        ("第二部分:梧州市第三中学2023年单位预算及“三公”经费预算情况说明", "梧州市第三中学"),
        ("第一部分决算报告", nil),
        // Not 广东省, nor nothing (stop 62: 一般公共预算 starts what the unit spends).
        ("2023年广东省财政厅一般公共预算财政拨款“三公”经费支出决算情况说明", "广东省财政厅"),
        ("重庆市铜梁区小林镇人民政府2022年决算报告", "重庆市铜梁区小林镇人民政府"),
        ("沐川县沐溪小学2021年度单位决算编制说明", "沐川县沐溪小学"),
        ("2023年华容县政府决算公开", "华容县政府"),
        ("2022年西平县交通运输局财政衔接推进乡村振兴资金项目绩效自评总结报告", "西平县交通运输局"),
    ] as [(String, String?)])
    func theUnitATitleNames(title: String, unit: String?) {
        #expect(DocumentFactsReader(rules: Corpus.rules).unitFromTitle(title) == unit)
    }

    /// 开远市第十二中学校 2024 (a clerk's reading): the attachment number above the title is not
    /// part of it; 红河州第二人民医院's fund report, its year between the fund and 绩效自评报告, is a
    /// project report; a `部门(单位)名称:` line under the title names the unit.
    @Test func aTitleWithoutItsAttachmentNumberOrItsYear() throws {
        let text = "附件 1\n开远市第十二中学校 2024 年度部门整体和\n项目支出绩效自评报告\n为贯彻落实全面实施预算绩效管理。\n"
        let facts = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "kaiyuan.txt").recognized.facts
        #expect(facts.title == "开远市第十二中学校2024年度部门整体和项目支出绩效自评报告")
        #expect(facts.unit == "开远市第十二中学校")
        let fund = "红河州第二人民医院国家基本公共卫生服务项目州级补助资金2023年度绩效自评报告\n一、绩效目标完成情况分析\n"
        #expect(try Pipeline(rules: Corpus.rules).run(bytes: Array(fund.utf8), path: "honghe.txt").recognized.facts.reportKind == "项目支出")
        let heading = "岳阳市2018年度部门整体支出\n绩效评价自评报告\n部门（单位）名称：  岳阳市城市管理监督指挥中心\n预 算 编 码：   906017\n"
        let yueyang = try Pipeline(rules: Corpus.rules).run(bytes: Array(heading.utf8), path: "yueyang.txt").recognized.facts
        #expect(yueyang.unit == "岳阳市城市管理监督指挥中心")
        #expect(yueyang.unitSource == "heading")
    }

    /// Stop 61's clerks: titles of 决算 reports, explanations and budget notes, two lines of a unit
    /// over `2022年决算报告`, are titles.
    @Test(arguments: [
        ("重庆市铜梁区小林镇人民政府\n2022年决算报告\n", "重庆市铜梁区小林镇人民政府2022年决算报告"),
        ("2022年西平县交通运输局财政衔接推进乡村振兴资金项目绩效自评总结报告\n", "2022年西平县交通运输局财政衔接推进乡村振兴资金项目绩效自评总结报告"),
        ("海南省交通运输部门2022年“三公”经费预算情况说明\n", "海南省交通运输部门2022年“三公”经费预算情况说明"),
        ("2023年本溪市预算说明\n", "2023年本溪市预算说明"),
    ])
    func titlesOfAccountsAndBudgetNotes(text: String, title: String) throws {
        let facts = try Pipeline(rules: Corpus.rules).run(bytes: Array((text + "\n正文。\n").utf8), path: "t.txt").recognized.facts
        #expect(facts.title == title)
        #expect(facts.year != nil)
    }

    /// Two clerks' readings of stop 61 (a 决算 explanation): `第二部分` before the title was its unit;
    /// without it, the section heading `二、收入决算情况说明` became the title and `二、收入` the unit.
    @Test func aPartNumberAndSectionHeadingsAreNoTitle() throws {
        let text = "第二部分 2022年度单位决算情况说明\n\n一、收入支出决算总体情况说明\n\n2022年度收、支总计各是4125.49,4143.91万元。\n\n二、收入决算情况说明\n\n2022年本年收入合计4125.49万元。\n"
        let facts = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "deyang.txt").recognized.facts
        #expect(facts.title == "第二部分2022年度单位决算情况说明")
        #expect(facts.unit == nil)
        #expect(facts.year == 2022)
    }

    /// Clerks' readings of stop 59: a department's report with its projects' is the department's
    /// (开远市乐白道中心校); 西山区's kindergartens title theirs 自评情况报告 over two lines; a
    /// document's number above its title is not its unit (海林市); a hospital's forms alone, a
    /// `单位名称：…　　填报日期：…` line between the title and the table (襄阳市中心医院).
    @Test func titlesOfStop59sClerks() throws {
        func facts(_ text: String) throws -> DocumentFacts {
            try Pipeline(rules: Corpus.rules).run(
                bytes: Array(text.replacingOccurrences(of: "→", with: "\t").utf8), path: "t.txt").recognized.facts
        }
        #expect(try facts("开远市乐白道中心校2024年度部门整体和项目支出绩效自评报告\n一、基本情况\n").reportKind == "部门整体支出")
        let kindergarten = try facts("昆明市西山区第七幼儿园2024年财政\n预算支出绩效自评情况报告\n一、基本情况\n")
        #expect(kindergarten.unit == "昆明市西山区第七幼儿园")
        #expect(kindergarten.year == 2024)
        #expect(kindergarten.reportKind == "部门整体支出")
        #expect(try facts("海农联呈〔2025〕2号\n海林市2024年度财政衔接推进乡村振兴补助资金\n绩效评价工作自评报告\n一、基本情况\n").unit == "海林市")
        let hospital = try facts(
            "2021年度财政项目绩效自评表\n单位名称：襄阳市中心医院　　　　填报日期：2022年3月18日\n→项目名称→设备购置\n\n→主管部门→襄阳市卫生健康委员会\n\n")
        #expect(hospital.unit == "襄阳市中心医院")
        #expect(hospital.unitSource == "heading")
        #expect(hospital.year == 2021)
        #expect(hospital.reportKind == "项目支出")
        // `附件2-1` above a title is no part of its unit (湘阴县 2021).
        #expect(try facts("附件2-1\n湘阴县卫生健康局2021年度部门(单位)\n整体支出绩效评价自评报告\n一、基本情况\n").unit == "湘阴县卫生健康局")
        // `填报单位: 单位:万元` names no unit.
        #expect(try facts("部门整体支出绩效评价基础数据表\n填报单位: 单位:万元\n→项目→金额\n\n").unit == nil)
    }

    /// Clerks' readings of stop 62: a form's title alone names no unit (廊坊市食品工程学校 2019:
    /// `项目支出绩效自评表` over a broken `2019年度)`, the unit was the title); 扬州's 项目绩效自评价报告
    /// is a project's, 许昌's 整体和项目支出绩效自评总结报告 a department's.
    @Test func titlesOfStop62sClerks() throws {
        func facts(_ text: String) throws -> DocumentFacts {
            try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "t.txt").recognized.facts
        }
        let form = try facts("项目支出绩效自评表\n\n2019年度)\n\n\t项目名称\n\t办公宿舍楼改造经费\n\n\t主管部门\n\t廊坊市发改委\n\t实施单位\n\t廊坊市食品工程学校\n\n\n")
        #expect(form.unit == "廊坊市食品工程学校")
        #expect(form.reportKind == "项目支出")
        // `部门整体绩效自评表` with no year (西部(重庆)科学城融媒体中心, clerk P) named 部门整体 the unit.
        let whole = try facts("部门整体绩效自评表\n\n中心2021年较好地完成了履职任务。\n")
        #expect(whole.unit == nil)
        #expect(whole.reportKind == "部门整体支出")
        #expect(try facts("2019年市直发展项目绩效自评价报告\n一、基本情况\n").reportKind == "项目支出")
        let xuchang = try facts("许昌市财政局2022 年整体和项目支出绩效自评总结报告\n一、基本情况\n")
        #expect(xuchang.reportKind == "部门整体支出")
        #expect(xuchang.unit == "许昌市财政局")
        let report = try facts("重庆市人民政府关于2023年决算的报告\n一、决算情况\n")
        #expect((report.unit, report.year) == ("重庆市人民政府", 2023))
        #expect(try facts("2023年广东省财政厅一般公共预算财政拨款“三公”经费支出决算情况说明\n一、总体情况\n").unit == "广东省财政厅")
        #expect(try facts("(贵州省)关于黔东南州黄平县2022年预算执行情况和2023年预算草案的报告\n一、\n").unit == "黔东南州黄平县")
        // Two title lines apart by one blank line, the later naming no unit (高昌 2025).
        let split = try facts("关于高昌区2025年预算执行情况和\n\n2026年预算草案的报告\n\n一、2025年预算执行情况\n")
        #expect((split.unit, split.year) == ("高昌区", 2025))
        // A table of contents is no title (蓝山 2023).
        let contents = try facts("2023年政府决算公开\n\n目 录\n\n第三部分 相关说明\n\n第一部分 决算报告\n\n一、收入\n")
        #expect(contents.year == 2023)
        #expect(contents.unit == nil)
    }

    /// A page's 发布时间 in a table (腾冲, 宁国, 西藏: clerk K's readings) gave 25 under
    /// `2020-08-28 14:46`; a cell's `label:number` pair keeps its label.
    @Test func aTimesSecondsAreNoFigure() throws {
        let text = "→发布时间\n→2020-08-28 14:46:25\n→浏览次数\n→12次\n\n→其中:一般公共预算\n→财政拨款:73.81\n→\n→\n\n\n"
        let figures = try Pipeline(rules: Corpus.rules).run(
            bytes: Array(text.replacingOccurrences(of: "→", with: "\t").utf8), path: "t.txt").figures
        #expect(!figures.contains { $0.raw == "25" })
        #expect(figures.contains { $0.raw == "73.81" && $0.rowLabel == "财政拨款" })
    }

    /// Clerks' readings of stop 63: what trails a title (a note in brackets, `公开`, the file's
    /// name), `…自评工作的报告`, 草案报告, and a page's breadcrumb, notes and labelled lines above.
    @Test func titlesOfStop63sClerks() throws {
        func facts(_ text: String) throws -> DocumentFacts {
            try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "t.txt").recognized.facts
        }
        // 保山: the first line was passed over for `保山市卫生健康委员会2022项目绩效自评报告` below
        // (unit `…2022项目`, no year), whose `2022项` was a count.
        let baoshan = try facts("保山市卫生健康委员会2022年度项目绩效自评报告(春节慰问经费项目)\n\n保山市卫生健康委员会2022项目绩效自评报告\n\n资金3.6万元。\n")
        #expect((baoshan.unit, baoshan.year, baoshan.reportKind) == ("保山市卫生健康委员会", 2022, "项目支出"))
        let chengde = try facts("承德市农业农村局关于2023年度项目绩效自评工作的报告\n\n市财政局:\n")
        #expect((chengde.unit, chengde.year, chengde.reportKind) == ("承德市农业农村局", 2023, "项目支出"))
        let yumin = try facts("裕民县2021年10个重点项目绩效评价报告公开\n\n一、基本情况\n")
        #expect((yumin.unit, yumin.year) == ("裕民县", 2021))
        #expect(try facts("雨花区2022年度部门单位整体支出绩效评价自评报告.docx\n\n一、基本情况\n").year == 2022)
        let bishan = try facts("""
            您当前的位置: 首页 > 政务公开 > 预算/决算 > 决算  >  区级决算报告

            [ 发布机构 ] 璧山区财政局 [ 有效性 ]

            重庆市璧山区2023年区本级决算草案报告

            一般公共预算收入实际完成96.52亿元。

            """)
        #expect((bishan.title, bishan.year) == ("重庆市璧山区2023年区本级决算草案报告", 2023))
        let fengtai = try facts("北京市丰台区残疾人联合会(汇总)\n\n2022年度部门决算(草案)\n\n目 录\n\n第二部分 2022年度部门决算说明\n")
        #expect((fengtai.unit, fengtai.year) == ("北京市丰台区残疾人联合会", 2022))
        let wuwei = try facts("""
            发布日期: 2023-07-03 废止时间: 暂无

            名  称: 无为市危房改造转移支付2022年度绩效自评报告

            无为市危房改造转移支付2022年度绩效自评报告

            一、绩效目标情况

            """)
        #expect(wuwei.title == "无为市危房改造转移支付2022年度绩效自评报告")
        // Round 2: 泸西's and 牟定's project reports, 成安's 自评工作报告, 龙湖镇's 决算 and 预算 report.
        #expect(try facts("2020年项目支出绩效目标自评报告\n一、\n").reportKind == "项目支出")
        #expect(try facts("牟定县2020年第一批公路安全生命防护工程绩效自评报告\n一、\n").reportKind == "项目支出")
        let chengan = try facts("成安县交通运输局 2020年绩效自评工作报告\n一、基本情况\n")
        #expect((chengan.unit, chengan.year) == ("成安县交通运输局", 2020))
        #expect(try facts("2023年财政决算情况及2024年\n财政预算情况报告(草案)\n\n各位代表:\n").year == 2023)
        let longhu = try facts("2023年财政决算情况及2024年\n\n财政预算情况报告(草案)\n\n潮州市潮安区龙湖镇人民政府\n\n各位代表:\n")
        #expect(longhu.unit == nil)
        #expect(longhu.year == 2023)
        // Round 3 (clerk Q): 决算 and 预算 reports to a people's congress.
        let luzhou = try facts("(山西省)关于长治市潞州区2020年预算执行情况与2021年预算(草案)的报告\n各位代表:\n")
        #expect((luzhou.unit, luzhou.year) == ("长治市潞州区", 2020))
        #expect(try facts("西安市鄠邑区2020年财政决算草案和2021年上半年财政预算执行情况的报告\n各位代表:\n").year == 2020)
        let ningxian = try facts("关于调整全县2024年财政支出预算的报告\n各位代表:\n")
        #expect((ningxian.unit, ningxian.year) == (nil, 2024))
        let jiancaoping = try facts("(山西省)关于太原市尖草坪区人民政府关于2021年本级财政决算(草案)和2022年上半年财政预算执行情况的报告\n各位代表:\n")
        #expect((jiancaoping.unit, jiancaoping.year) == ("太原市尖草坪区人民政府", 2021))
        // Clerk K: a fund's reports with words between 资金 and 自评.
        #expect(try facts("厦门市2021年农业生产发展资金使用情况绩效自评报告\n一、\n").reportKind == "项目支出")
        #expect(try facts("平凉市2022年公共文化服务体系建设专项资金绩效自评情况报告\n一、\n").reportKind == "项目支出")
        // A form's title keeps what trails it out of its unit (原州 2022: `…自评表(2022年度)`).
        let form = try facts("马铃薯冲薯繁育示范推广项目绩效目标自评表(2022年度)\n\n项目总得分99分\n")
        #expect(form.unit == nil)
        // Stop 64's clerks: a year range's first year (祁东), a form's `部门(单位)` (荷塘).
        let qidong = try facts("祁东县2020-2022年度高标准农田建设专项资金绩效评价报告\n一、\n")
        #expect((qidong.unit, qidong.year) == ("祁东县", 2022))
        #expect(try facts("江西财经大学2014—2016年度项目绩效评价报告\n一、\n").unit == "江西财经大学")
        let hetang = try facts("2022年度株洲市荷塘区妇女联合会部门(单位)整体支出绩效自评报告\n一、\n")
        #expect(hetang.unit == "株洲市荷塘区妇女联合会")
        // 报告书, 事前绩效评估报告, 自评总结 end titles (clerks E and F).
        let book = try facts("XX区麻黄梁工业集中区1#2#污水处理站运营管理项目绩效评价报告书\n\n摘要\n")
        #expect((book.title, book.reportKind) == ("XX区麻黄梁工业集中区1#2#污水处理站运营管理项目绩效评价报告书", "评价报告"))
        #expect(book.unit == "XX区麻黄梁工业集中区1#2#污水处理站运营管理项目")
        let before = try facts("财政支出项目事前绩效评估报告\n一、\n")
        #expect((before.title, before.reportKind, before.unit) == ("财政支出项目事前绩效评估报告", "评价报告", nil))
        let summary = try facts("财政专项资金绩效自评总结\n一、\n")
        #expect((summary.title, summary.reportKind, summary.unit) == ("财政专项资金绩效自评总结", "项目支出", nil))
    }

    /// Clerks' readings of stop 66: `…部门决算公开文档`, a document's number after the title, a
    /// `年度决算` title of two lines above a contents list (its `第三部分…决算情况说明` entry was the
    /// title), an attachment's `绩效执行结果`.
    @Test func titlesOfStop66sClerks() throws {
        func facts(_ text: String) throws -> DocumentFacts {
            try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "t.txt").recognized.facts
        }
        // The attachment's title below was the document's: unit `办公用房权属统一登记工作项目`.
        let neimenggu = try facts("内蒙古自治区机关事务管理局 2023年度部门决算公开文档\n\n附件:1.办公用房权属统一登记工作项目绩效评价报告\n")
        #expect((neimenggu.unit, neimenggu.year) == ("内蒙古自治区机关事务管理局", 2023))
        let heilongjiang = try facts("黑龙江省林业厅2016年林业补助资金绩效评价报告(财驻黑监[2017]94号)\n\n一、基本情况\n")
        #expect((heilongjiang.title, heilongjiang.unit, heilongjiang.year) == ("黑龙江省林业厅2016年林业补助资金绩效评价报告", "黑龙江省林业厅", 2016))
        let fangsong = try facts("""
            上海市新航娱乐区方松街道社区卫生服务中心

            2019年度决算

            目 录

            第三部分 上海市新航娱乐区方松街道社区卫生服务中心2019年度决算情况说明

            """)
        #expect((fangsong.title, fangsong.unit, fangsong.year) == ("上海市新航娱乐区方松街道社区卫生服务中心2019年度决算", "上海市新航娱乐区方松街道社区卫生服务中心", 2019))
        let haibowan = try facts("附件47:乌海市海勃湾区2020年重大政策和重点项目绩效执行结果\n\n一、基本情况\n")
        #expect((haibowan.unit, haibowan.year) == ("乌海市海勃湾区", 2020))
        // Clerks M and N: a year without its 年 opening the title (unit `2019泗县扶贫项目绩效`), 决算
        // 公开信息, and a page's line above a table taken for a form's title.
        let sixian = try facts("2019泗县扶贫项目绩效自评抽查报告\n\n二、抽查结果\n")
        #expect((sixian.title, sixian.unit, sixian.year) == ("2019泗县扶贫项目绩效自评抽查报告", nil, 2019))
        let yunnan = try facts("云南省中西医结合医院 2017年部门决算公开信息\n\n一、单位情况\n")
        #expect((yunnan.unit, yunnan.year) == ("云南省中西医结合医院", 2017))
        let zhuzhou = try facts("发布时间:2021-01-15浏览:10482 次\n\t项目\n\t行号\n\t金额\n\n\t收入合计\n\t1\n\t100\n\n\t支出合计\n\t2\n\t100\n\n")
        #expect(zhuzhou.title == nil)
        // A count or an amount opening a title is no year (stop 66's review).
        #expect(try facts("1000万元以上项目2022年绩效评价报告\n\n一、基本情况\n").year == 2022)
    }

    /// Clerks' readings of stop 67: budget notes end in `…的说明`, `…信息公开说明`, `…公开报表`,
    /// `…汇总情况`, `…经费预算` (no title, so no unit or year); a form of a project's application
    /// (`…项目申报表`) titles a forms-only document, and is no unit's name.
    @Test func titlesOfStop67sClerks() throws {
        func facts(_ text: String) throws -> DocumentFacts {
            try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "t.txt").recognized.facts
        }
        let body = "\n\n2023年,区级“三公”经费预算数为444.16万元。\n"
        let notes = [
            ("游仙区政府办财政拨款“三公”经费2022年预算情况的说明", "游仙区政府办", 2022),
            ("四川省洪雅县余坪镇人民政府关于2023年部门预算编制的说明", "四川省洪雅县余坪镇人民政府", 2023),
            ("巴中市恩阳区人民医院2022年部门预算信息公开说明", "巴中市恩阳区人民医院", 2022),
            ("青阳县审计局2022年“三公”经费预算", "青阳县审计局", 2022),
            ("重庆市九龙坡区华岩镇卫生院2026年预算公开情况说明", "重庆市九龙坡区华岩镇卫生院", 2026),
            ("西安市新城区卫生和计划生育局 2019年部门预算“三公”经费公开说明", "西安市新城区卫生和计划生育局", 2019),
        ]
        for (title, unit, year) in notes {
            let read = try facts(title + body)
            #expect((read.title, read.unit, read.year) == (title.replacingOccurrences(of: " ", with: ""), unit, year))
        }
        // A form's year in parentheses of its own (陈仓 2020) is no title; it joins the one above.
        let notice = try facts("关于下达2020年第二批省级财政水利发展资金的通知\n\n(2020)年度\n\n\t资金总额\n\t500\n\n")
        #expect(notice.year == 2020)
        #expect(TableAssembler.isPeriod("(2020)年度") && TableAssembler.isPeriod("（2022年度）") && !TableAssembler.isPeriod("(2020)"))
        #expect(try facts("2023年区本级“三公”经费预算公开报表" + body).year == 2023)
        let form = try facts("广水市马坪镇中心中学项目申报表\n\n项目名称:校舍安全保障长效机制省级资金 项目编码: 主管部门:广水市教育局\n")
        #expect((form.title, form.unit, form.unitSource) == ("广水市马坪镇中心中学项目申报表", "广水市马坪镇中心中学", "title"))
    }

    /// Clerks' readings of stop 68: notes, results and plans end titles too; a form's title may
    /// be its file's name (its year then the title's, not the form's `填报日期`).
    @Test func titlesOfStop68sClerks() throws {
        func facts(_ text: String) throws -> DocumentFacts {
            try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "t.txt").recognized.facts
        }
        let body = "\n\n2015年,“三公”经费预算数为44.16万元。\n"
        let titles: [(String, String?, Int)] = [
            ("江汉区民意街2015年“三公”经费财政拨款预算情况补充说明", "江汉区民意街", 2015),
            ("英德市经信局2016年“三公经费”预算对比增减说明", "英德市经信局", 2016),
            ("2015年“三公”经费决算情况及增减变化原因说明", nil, 2015),
            ("中共中山市委党校关于2017年度项目绩效评价结果的说明", "中共中山市委党校", 2017),
            ("2021年度本专科生奖助学金项目自评结果", nil, 2021),
            ("关于上报2023年1-4级残疾军人护理费项目支出绩效自评的报告", nil, 2023),
            ("中山市石岐街道2022年预算调整方案报告", "中山市石岐街道", 2022),
            ("2023年环江毛南族自治县体育彩票公益金使用情况公告", nil, 2023),
        ]
        for (title, unit, year) in titles {
            let read = try facts(title + body)
            #expect(read.title == title, "\(title)")
            #expect(read.unit == unit, "\(title)")
            #expect(read.year == year, "\(title)")
        }
        // A section's heading deep in a report is no title (the review's).
        let deep = try facts("某某县民政局2022年工作情况\n\n" + String(repeating: "开展工作。\n\n", count: 20) + "2021年度项目支出绩效自评结果\n")
        #expect(deep.title == nil)
        let form = try facts("广水市交通运输局2021年度乡村道路项目自评表.pdf\n\n填报日期:2022 年 8 月 10 日\n\n\t项目名称\n\t乡村道路\n\n")
        #expect((form.title, form.unit, form.year) == ("广水市交通运输局2021年度乡村道路项目自评表", "广水市交通运输局", 2021))
    }

    /// Clerks' readings of stop 60: 决算 reports name their unit and year in their title as a
    /// self-evaluation does (儋州, 万宁, 广西机关车队 2024), so does a 绩效监控总结报告 (西平 2022); a
    /// cover letter's `附件:1.` is not the unit's (广东省科学技术厅 2020); `（2024 年度）` is 2024 (蒙城).
    @Test func titlesOfStop60sClerks() throws {
        func facts(_ text: String) throws -> DocumentFacts {
            try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "t.txt").recognized.facts
        }
        let danzhou = try facts("中共儋州市委巡察工作领导小组办公室本级2024年度部门决算公开报告\n目录\n")
        #expect(danzhou.unit == "中共儋州市委巡察工作领导小组办公室")
        #expect(danzhou.year == 2024)
        #expect(danzhou.reportKind == nil)
        let fleet = try facts("广西壮族自治区机关车队\n2024年度部门决算\n目    录\n")
        #expect(fleet.unit == "广西壮族自治区机关车队")
        #expect(fleet.year == 2024)
        let xiping = try facts("西平县民族宗教局 2022年财政衔接推进乡村振兴 补助资金项目绩效监控总结报告\n一、绩效目标\n")
        #expect(xiping.unit == "西平县民族宗教局")
        #expect(xiping.year == 2022)
        let science = try facts("我厅开展了部门整体支出绩效自评。\n附 件:1.广东省科学技术厅2020年度部门整体支出绩效自评报告\n")
        #expect(science.unit == "广东省科学技术厅")
        #expect(science.year == 2020)
        #expect(science.reportKind == "部门整体支出")
        let form = try facts("项目支出绩效目标申报表\n（2024 年度）\n\t项目名称\n\t基本公共卫生服务\n\n")
        #expect(form.year == 2024)
        // 潼南区玉溪镇 2022 and 上高县第五中学 2025 (a clerk's reading): no title, unit or year.
        let town = try facts("重庆市潼南区玉溪镇人民政府2022年度部门决算公开\n目录\n")
        #expect((town.unit, town.year) == ("重庆市潼南区玉溪镇人民政府", 2022))
        let school = try facts("上高县第五中学2025年单位预算\n目录\n")
        #expect((school.unit, school.year) == ("上高县第五中学", 2025))
    }

    /// 南漳县's 2019 收入支出决算总表 (a clerk's reading): 收入 left, 支出 right under one header
    /// printed twice; the right half's amounts were labelled by the left's 收入 rows, and the 行次
    /// and 栏次 numbers were amounts in 万元. 黄山市中医医院's 2023 (a clerk's reading): `栏次` spans
    /// 项目 and 行次, so the numbering row is four cells under a header of six. It was read as a
    /// table nested in the header's cell, the header lost: each line's 行次 was an amount in 万元
    /// and 2,301.44 had no column. A 绩效评价表's `列次 | 0 | 1 | …` (雅安市名山区 2024) is the same row.
    @Test(arguments: [["栏次", "", "1", "栏次", "", "2"], ["栏次", "1", "栏次", "2"], ["列次", "0", "1", "2", "3", "4", "5"]])
    func aTwoSidedTableNamesEachHalfsAmountsUnderItsColumnNumbers(numbering: [String]) throws {
        let text = """
            收入支出决算总表
            金额单位：万元
            →收入
            →支出

            →项目
            →行次
            →金额
            →项目
            →行次
            →金额

            \(numbering.map { "→" + $0 }.joined(separator: "\n"))

            →一、一般公共预算财政拨款收入
            →1
            →2,301.44
            →一、一般公共服务支出
            →32
            →18.50

            """
        let figures = try Pipeline(rules: Corpus.rules).run(
            bytes: Array(text.replacingOccurrences(of: "→", with: "\t").utf8), path: "huangshan.txt").figures
        #expect(figures.map(\.raw) == ["2,301.44", "18.50"])
        #expect(figures.map(\.columnLabel) == ["金额", "金额"])
        #expect(figures.map(\.rowLabel) == ["一、一般公共预算财政拨款收入", "一、一般公共服务支出"])
    }

    /// 株洲市妇幼保健院's 收入支出表 in traditional script (a clerk's reading of stop 64): `單位:元`
    /// declared nothing, so its amounts had no unit, and each line's 行號 was a figure.
    @Test func aTraditionalScriptUnitLineAndLineNumbers() throws {
        let text = """
            單位:元

            →項目
            →行號
            →本 期
            →上年同期

            →1、總收入
            →1
            →61625022.26
            →66095039.04

            """
        let figures = try Pipeline(rules: Corpus.rules).run(
            bytes: Array(text.replacingOccurrences(of: "→", with: "\t").utf8), path: "zhuzhou.txt").figures
        #expect(figures.map(\.raw) == ["61625022.26", "66095039.04"])
        #expect(figures.map(\.unit) == ["元", "元"])
    }

    @Test func aNumberingRowIsOnlyColumnNumbers() {
        #expect(NumberingRow.matches(["栏次", "", "1", "栏次", "", "2"]))
        #expect(NumberingRow.matches(["列次", "", "8", "9", "10"]))
        #expect(NumberingRow.matches(["列次", "0", "1", "所需材料", "上传端口"]))
        // An amount is no column's number; a row led by anything else is no numbering row.
        #expect(!NumberingRow.matches(["栏次", "1", "2,301.44"]))
        #expect(!NumberingRow.matches(["行次", "1", "2"]))
        #expect(!NumberingRow.matches(["合计", "1", "2"]))
        #expect(NumberingRow.matches(["公 式", "A=B+C", "B", "C", "D=E+F"]))
    }

    /// 中庄镇's 2020 收入 table (a web page; seen again by a clerk's `%` columns of stop 67): the
    /// page dropped the sub-header's cells under the columns merged down on the left and padded its
    /// end, so 401万元 stood under `2019年决算数占调整预算%`. The run belongs under 2020年执行数.
    @Test func aSubHeaderRunPaddedAtItsEndStandsUnderTheLastGroup() throws {
        let text = """
            单位:万元

            →项 目
            →2019年决算数
            →2020年预算调整数
            →2020年执行数
            →
            →

            →金额
            →占调整预算%
            →比上年增长%
            →
            →
            →

            →一、税收收入
            →401
            →431
            →431
            →100
            →7.48

            """
        let figures = try Pipeline(rules: Corpus.rules).run(
            bytes: Array(text.replacingOccurrences(of: "→", with: "\t").utf8), path: "zhongzhuang.txt").figures
        #expect(figures.map(\.columnLabel) == ["2019年决算数", "2020年预算调整数", "2020年执行数金额", "2020年执行数占调整预算%", "2020年执行数比上年增长%"])
        #expect(figures.map(\.unit) == ["元", "元", "元", "%", "%"])
        // `金额` only says the column holds an amount: 2020年执行数 names it (`amount_leaves`).
        #expect(figures.map(\.columnField) == ["final_accounts", nil, "annual_execution", nil, nil])
        // Under a rate, or when another upper cell names every sub-label (`预算数` over `年初预算 |
        // 调整预算`), the page does not say where the run stands: nothing moves (the review's).
        let budget = text.replacingOccurrences(of: "→2020年执行数", with: "→完成率%")
        let moved = try Pipeline(rules: Corpus.rules).run(
            bytes: Array(budget.replacingOccurrences(of: "→", with: "\t").utf8), path: "rate.txt").figures
        #expect(!moved.contains { $0.columnLabel?.hasPrefix("完成率%") == true && $0.columnLabel != "完成率%" })
    }

    /// 舒城县's 2024 债务限额 table (a clerk's reading of stop 67): a `公式 | A=B+C | B | C` row under
    /// the header was taken for it, every amount labelled by a letter.
    @Test func aFormulaRowNamesNoColumn() throws {
        let text = """
            单位:亿元

            →地 区
            →债务限额
            →一般债务
            →专项债务

            →公 式
            →A=B+C
            →B
            →C

            →舒城县本级
            →174.3228
            →35.5
            →138.8228

            """
        let figures = try Pipeline(rules: Corpus.rules).run(
            bytes: Array(text.replacingOccurrences(of: "→", with: "\t").utf8), path: "shucheng.txt").figures
        #expect(figures.map(\.raw) == ["174.3228", "35.5", "138.8228"])
        #expect(figures.map(\.columnLabel) == ["债务限额", "一般债务", "专项债务"])
    }

    /// 龙岩市's 2025 分配表 (a clerk's reading): a county's subtotal row, its label cells blank,
    /// was labelled by the header's first column, 序号.
    @Test func aBlankLabelledRowIsNotNamedBySerialNumbers() throws {
        let text = """
            2025年龙岩市民族发展专项资金分配
            →序号
            →单位
            →项目
            →金额(万元)

            →2
            →上杭县
            →全省民族团结进步宣传月活动启动仪式
            →10

            →
            →
            →才溪镇大贵村光伏发电基站工程(二期)
            →13

            →
            →
            →     
            →23

            """
        let figures = try Pipeline(rules: Corpus.rules).run(
            bytes: Array(text.replacingOccurrences(of: "→", with: "\t").utf8), path: "longyan.txt").figures
        let subtotal = try #require(figures.first { $0.raw == "23" })
        #expect(subtotal.rowLabel == nil)
        #expect(subtotal.reasons.contains("label:row_missing"))
    }

    /// 安溪县's 2022 绩效目标表 (two clerks' readings): after the block's label, label | value pairs;
    /// the 财政拨款 100 was a second 资金总额 (total_funds twice, 200万元 summed).
    @Test func pairsAfterABlocksLabel() throws {
        let text = "专项资金绩效目标表\n→资金情况(万元)\n→资金总额\n→100\n→其中:财政拨款\n→100\n→其他资金\n→\n\n"
        let figures = try Pipeline(rules: Corpus.rules).run(
            bytes: Array(text.replacingOccurrences(of: "→", with: "\t").utf8), path: "anxi.txt").figures
        #expect(figures.map(\.rowLabel) == ["资金总额", "其中:财政拨款"])
        #expect(figures.map(\.field) == ["total_funds", nil])
    }

    /// 青神县's and 大英县's 2023 项目支出绩效自评表 as a web page prints them (stop 61, a clerk's
    /// reading): merged cells dropped, the 其中 rows one cell short of 总额 at their end; aligned
    /// from the right, each part stood one column right (调整后预算数 as 预算执行数, high; the
    /// column sums violated). Each row stands where the row above it stands.
    @Test func rowsShortAtTheirEndStandUnderTheRowAbove() throws {
        let text = """
            部门预算项目支出绩效自评表(2023年度)
            →预算执行情况(10分)
            →年度预算数(万元)
            →年初预算
            →调整后预算数
            →预算执行数
            →预算执行率
            →权重
            →得分
            →原因

            →总额
            →200.00
            →250.00
            →240.00
            →96.00%
            →10
            →9.6
            →说明

            →其中:财政资金
            →200.00
            →250.00
            →240.00
            →96.00%
            →/
            →/

            →单位资金
            →0.00
            →0.00
            →0.00
            →0.00%
            →/
            →/


            """
        let document = try Pipeline(rules: Corpus.rules).run(
            bytes: Array(text.replacingOccurrences(of: "→", with: "\t").utf8), path: "qingshen.txt").reconciled
        let fiscal = document.figures.filter { $0.rowLabel == "其中:财政资金" }
        #expect(fiscal.map(\.columnLabel) == ["年初预算", "调整后预算数", "预算执行数", "预算执行率"])
        #expect(document.figures.filter { $0.rowLabel == "单位资金" }.map(\.columnLabel) == ["年初预算", "调整后预算数", "预算执行数", "预算执行率"])
        #expect(!document.checks.contains { $0.status == .violated })
        #expect(document.checks.filter { $0.rule == "project_funds_total" }.count == 3)
    }

    /// 安溪县's 2022 安排表 (two clerks' readings): `合计 | 100` merged over 序号, 乡镇名称 and 项目名称,
    /// a 备注 column left empty; aligned from the right, 100 stood under 备注 and the total was
    /// unchecked.
    @Test func aMergedTotalRowPastAnEmptyLastColumn() throws {
        let text = """
            2022年省级第七批水利专项资金安排表
            单位:万元
            →序号
            →乡镇名称
            →项 目 名 称
            →金额
            →备注

            →1
            →西坪镇
            →尧山村排洪排水工程建设
            →20
            →

            →2
            →桃舟乡
            →吾培村前村洋头水圳修复
            →15
            →

            →合计
            →35

            """
        let document = try Pipeline(rules: Corpus.rules).run(
            bytes: Array(text.replacingOccurrences(of: "→", with: "\t").utf8), path: "anxi.txt")
        let total = try #require(document.figures.first { $0.raw == "35" })
        #expect(total.columnLabel == "金额")
        #expect(document.reconciled.checks.first { $0.id == "breakdown_total_row@t0.c1" }?.status == .ok)
    }

    /// 奉节县's 2023 绩效目标审批表 (a clerk's reading): `金额单位：万元` is the table's unit (its
    /// amounts had none), and a number after a label naming a code (`财政资金科目代码 | 21305`) is
    /// no figure (it was 21305 of 财政资金, and with the unit 21305万元).
    @Test func aTablesAmountUnitAndACodeBesideAnAmount() throws {
        let text = """
            2023年加工园配套设施建设项目支出绩效目标审批表
            金额单位：万元
            →项目名称→加工园配套设施建设项目→项目类别→专项
            →资金情况→项目总预算→65→当年年度预算→65
            →→其中:财政资金→65→财政资金科目代码→21305

            """
        let document = try Pipeline(rules: Corpus.rules).run(
            bytes: Array(text.replacingOccurrences(of: "→", with: "\t").utf8), path: "fengjie.txt")
        #expect(!document.figures.contains { $0.raw == "21305" })
        let budget = try #require(document.figures.first { $0.raw == "65" })
        #expect((budget.scale, budget.unit) == (.wan, "元"))
    }

    /// 淮南市田家庵区's 2024 就业补助资金 form (a clerk's reading): the title and the year are two
    /// one-cell rows; the unit is its 资金使用单位. A form alone gives the document its title.
    @Test func aFormsTitleRowAndItsYearRow() throws {
        let text = "→就业补助资金绩效自评表\n\n→（2024年度）\n\n→转移支付（项目）名称\n→就业补助资金\n\n→资金使用单位\n→淮南市田家庵区人力资源和社会保障局\n\n→资金投入情况（万元）\n→\n→全年预算数（A）\n→全年执行数（B）\n\n→\n→年度资金总额：\n→808.1\n→692.98\n\n"
        let facts = try Pipeline(rules: Corpus.rules).run(
            bytes: Array(text.replacingOccurrences(of: "→", with: "\t").utf8), path: "tianjiaan.txt").recognized.facts
        #expect(facts.title == "就业补助资金绩效自评表(2024年度)")
        #expect(facts.year == 2024)
        #expect(facts.reportKind == "项目支出")
        #expect(facts.unit == "淮南市田家庵区人力资源和社会保障局")
    }

    /// Real titles (元阳县大坪乡's 2021 report; a poverty-relief fund's): project reports, not a
    /// department's.
    @Test(arguments: [
        "元阳县大坪乡人民政府2021年度项目支出绩效单位自评报告", "财政专项扶贫资金绩效自评报告", "耒阳市第四中学专项资金绩效自评价报告",
        "绵阳市科学技术局2021年项目绩效自评报告", "海口市秀英区水务局2022年衔接资金项目绩效自评报告",
        "四川省汶川县2021年中央食品监管专项转移支付绩效自评报告", "炎陵县农业农村局2019年酃县白鹅资源保种经费的绩效自评报告",
        "南昌市烈士陵园管理处2022年度项目支出绩效自评总报告",
        "重庆市铜梁区农业农村委员会关于铜梁区转移支付2022年度中央农业生产和水利救灾资金（第八批）绩效自评报告",
        "枞阳县2023年度国家基本公共卫生服务项目绩效评价自评报告",
        // clerks' readings of stop 59: a fund's and a transfer payment's reports
        "海林市2024年度财政衔接推进乡村振兴补助资金绩效评价工作自评报告",
        "虎林市林业和草原局2021年度中央对地方转移支付预算执行情况绩效自评报告",
        "丰都县交通运输综合行政执法支队2024年度项目绩效目标自评报告",
    ])
    func projectReportTitles(title: String) throws {
        let document = try Pipeline(rules: Corpus.rules).run(bytes: Array("\(title)\n一、基本情况\n".utf8), path: "title.txt")
        #expect(document.recognized.facts.reportKind == "项目支出")
    }

    @Test func seed000BudgetFigures() throws {
        let figures = try Corpus.extracted("000_9e756e20db3ef670.txt").recognized.figures
        let total = try #require(figures.first { $0.line == 86 })
        #expect(total.raw == "1124..65")
        #expect(total.field == "total_expenditure")
        #expect(total.rowLabel == "支出总额")
        #expect(total.columnLabel == "2021年决算数")
        #expect((total.scale, total.unit, total.unitSource) == (.wan, "元", "field"))
        let staff = try #require(figures.first { $0.line == 78 })
        #expect(staff.field == "staff_control_rate")
        #expect(staff.chosen?.valueString == "58.83")
        #expect(staff.unit == "%")
        let score = try #require(figures.first { $0.line == 208 })
        #expect(score.raw == "10份")
        #expect(score.field == "score")
        #expect(score.chosen?.valueString == "10")
        #expect(score.repairs.map(\.kind) == [.fenForScore])
        let prose = try #require(figures.first { $0.line == 17 && $0.field == "basic_expenditure" })
        #expect(prose.source == .prose)
        #expect(prose.chosen?.valueString == "29.17")
        #expect((prose.scale, prose.unit) == (.wan, "元"))
    }

    @Test func labelNumberPairsInsideCells() throws {
        let figures = try Corpus.extracted("003_f55f75cbe4f5ac91.txt").recognized.figures
        let general = try #require(figures.first { $0.line == 216 })
        #expect(general.source == .cellText)
        #expect(general.field == "general_budget")
        #expect(general.chosen?.valueString == "1644.62")
    }

    @Test func indicatorRecordsKeepQualitativeTargetsAsText() throws {
        let records = try Corpus.extracted("003_f55f75cbe4f5ac91.txt").recognized.indicators
        let record = try #require(records.first { $0.firstLine == 318 })
        #expect(record.level1 == "效益指标(20分)")
        #expect(record.level2 == "经济效益指标")
        #expect(record.level3 == "充分发挥资金效益")
        #expect(record.target == "效果明显")
        #expect(record.actual == "效果良好")
        #expect(record.weight == "5")
        #expect(record.score == "3")
        let merged = try #require(records.first { $0.firstLine == 278 })
        #expect(merged.level1 == "成本指标(20分)")
        #expect(merged.level3 == "不适用")
    }

    @Test func rightAlignedTotalRowTakesTheLastColumn() throws {
        let figures = try Corpus.extracted("004_0656e2f4a1cf6b1e.txt").recognized.figures
        let total = try #require(figures.first { $0.line == 197 })
        #expect(total.rowLabel == "合计")
        #expect(total.columnLabel == "支出数")
        #expect(total.chosen?.valueString == "14534.54")
    }

    /// A `合计` spanning 序号 and 项目名称 under columns no rule names (generated seed 1011's
    /// 重点项目完成情况表): its numbers go under the columns where the full row above has values;
    /// they had no column label, and the sum checks of those columns could not find their total.
    @Test func narrowerTotalRowUnderUnknownColumnsAlignsByTheValuesAbove() throws {
        let text = """
            2021年度重点项目完成情况表
            \t序号
            \t项目名称
            \t计划投资（万元）
            \t完成投资（万元）
            \t完成率

            \t1
            \t森林防火巡护
            \t2,173.3
            \t1,630.0
            \t75%

            \t2
            \t人居环境整治
            \t760.4
            \t593.1
            \t78%

            \t合计
            \t2,933.7
            \t2,223.1
            \t

            后文。
            """
        let figures = try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "t.txt").figures
        let planned = try #require(figures.first { $0.raw == "2,933.7" })
        #expect(planned.rowLabel == "合计")
        #expect(planned.columnLabel == "计划投资(万元)")
        let done = try #require(figures.first { $0.raw == "2,223.1" })
        #expect(done.columnLabel == "完成投资(万元)")
    }

    @Test func explainListsTablesKindsAndUnnamedLabels() throws {
        let document = try Corpus.extracted("004_0656e2f4a1cf6b1e.txt").recognized
        let text = Explanation(document: document, rules: Corpus.rules).render()
        #expect(text.contains("Table 0 (lines 12-73) \"2022年度部门支出预算安排情况\"\n  kind: budget_breakdown"))
        #expect(text.contains("Table 4 (lines 232-341) \"固定资产情况表\"\n  kind: asset_table"))
        #expect(text.contains("Table 5 (lines 357-485) \"部门绩效目标分解表\"\n  kind: indicator_list"))
        #expect(text.contains("asset_table 9 points: title:固定资产"))
        #expect(text.contains("line 18: 其他社会保障缴费"))
        #expect(text.contains("t0.r20.c1 r20 c1 line 73 1304.39 → 1304.39万元 basic_expenditure via '基本支出' [合计 × 基本支出]"))
    }
}

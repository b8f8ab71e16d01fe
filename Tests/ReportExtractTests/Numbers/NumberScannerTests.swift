import Foundation
import Testing

@testable import ReportExtract

/// A sentence from the corpus and every token the scanner must find in it, as `raw` text and
/// role. Any token found but not listed fails the test.
struct ScanExample: Sendable, CustomTestStringConvertible {
    var text: String
    var tokens: [(String, ScannedNumber.Role)]
    var testDescription: String { String(text.prefix(24)) }
}

@Suite("NumberScanner: prose")
struct NumberScannerTests {
    let scanner = NumberScanner()

    static let sentences: [ScanExample] = [
        .init(
            text: " 2022年度财政拨款基本支出29.17万元，其中：人员经费29.17万元，占基本支出的100%，主要包括：基本工资、津贴补贴。",
            tokens: [("2022年", .year), ("29.17万元", .quantity), ("29.17万元", .quantity), ("100%", .quantity)]),
        .init(
            text: "根据编委核定，核定事业编制17人，实有编制10人。我中心实有工作人员20人（从住建局二级机构借调10人"
                + "在我中心工作，住建局抽调实有在编在职人员9人到区住建局工做作1人在城投工作）。中心主任1名，副主任2名，"
                + "下设四个股室。",
            tokens: [("17人", .quantity), ("10人", .quantity), ("20人", .quantity), ("10人", .quantity),
                     ("9人", .quantity), ("1人", .quantity), ("1名", .quantity), ("2名", .quantity)]),
        .init(
            text: "共有人员100人，其中在职人员32人，退休人员68人。",
            tokens: [("100人", .quantity), ("32人", .quantity), ("68人", .quantity)]),
        .init(
            text: "2023年度预算安排金额3243.37万元，实际资金额度3243.37万元，预算资金执行率100%。",
            tokens: [("2023年", .year), ("3243.37万元", .quantity), ("3243.37万元", .quantity), ("100%", .quantity)]),
        .init(
            text: "2.支出预算。2024年年初预算数3550.44万元，其中，基本支出870.34万元、项目支出2680.1万元。",
            tokens: [("2", .listMarker), ("2024年", .year), ("3550.44万元", .quantity), ("870.34万元", .quantity),
                     ("2680.1万元", .quantity)]),
        .init(
            text: "2022年度伊金霍洛旗住房保障综合服务中心部门预算支出 5,706.39 万元，其中：基本支出 1,304.39 万元，占比22.8%；项目支出4,402 万元，占比77.2%；",
            tokens: [("2022年", .year), ("5,706.39 万元", .quantity), ("1,304.39 万元", .quantity), ("22.8%", .quantity),
                     ("4,402 万元", .quantity), ("77.2%", .quantity)]),
        .init(
            text: "\t1.2024年，维修资金归集0.92亿元，使用963万元；维修资金余额22.26亿元（历年来，累计归集20.4亿元）。",
            tokens: [("1", .listMarker), ("2024年", .year), ("0.92亿元", .quantity), ("963万元", .quantity),
                     ("22.26亿元", .quantity), ("20.4亿元", .quantity)]),
        .init(
            text: "3.2024年，受理和施工白蚁防治申请155栋面积117.1万㎡，发放城市房屋白蚁预防实施证明155份。受理白蚁危害来访来电30人次，实施白蚁灭治施工13处。",
            tokens: [("3", .listMarker), ("2024年", .year), ("155栋", .quantity), ("117.1万㎡", .quantity),
                     ("155份", .quantity), ("30人次", .quantity), ("13处", .quantity)]),
        // A space between thousands (双高计划 2021, a clerk's reading of stop 68: 895, 100, 100, 60,
        // 635 and a list checked ok on them); not after a space, where it parts two numbers.
        .init(
            text: "预算资金7 895万元,其中,中央财政投入资金2 100万元、行业企业支持资金1 060万元,合计18 398.31万元,共18 189 000元。分值 10 200万元",
            tokens: [("7 895万元", .quantity), ("2 100万元", .quantity), ("1 060万元", .quantity), ("18 398.31万元", .quantity),
                     ("18 189 000元", .quantity), ("10", .quantity), ("200万元", .quantity)]),
        .init(
            text: "最终评分结果：总得分为82.01分，评价等级为“良”。",
            tokens: [("82.01分", .quantity)]),
        .init(
            text: "2022年，省厅下达我区住房租赁补贴任务820户。2、3月份，我中心对2022年续发补贴名单进行核查，"
                + "一季度对符合住房租赁补贴的801户，进行打卡发放26.27万元，保障人数 1455人；四季度预计发放住房租赁补贴"
                + "763户（含新增50户），保障人数约1365人全年共发放，完成目标任务的103%。",
            tokens: [("2022年", .year), ("820户", .quantity), ("2", .listMarker), ("3月份", .date), ("2022年", .year),
                     ("801户", .quantity), ("26.27万元", .quantity), ("1455人", .quantity), ("763户", .quantity),
                     ("50户", .quantity), ("约1365人", .quantity), ("103%", .quantity)]),
        .init(
            text: "共接到热线件共约10余件，回复率达100%，目前成功处理办结9件，将会在12月底前办结。",
            tokens: [("约10余件", .quantity), ("100%", .quantity), ("9件", .quantity), ("12月", .date)]),
        .init(
            text: "填表人：袁佳  填报日期：2023-9-18  联系电话：15973703536  单位负责人签字：",
            tokens: [("2023-9-18", .date), ("15973703536", .code)]),
        .init(
            text: "2024年 4 月 15 日",
            tokens: [("2024年", .year), ("4 月", .date), ("15 日", .date)]),
        .init(
            text: "2.2022年部门预算调整情况",
            tokens: [("2", .listMarker), ("2022年", .year)]),
        .init(
            text: "（2） 项目支出情况；指标1：中心城区公租房房源基础数据信息录入完成率达95%以上；附件1-2",
            tokens: [("2", .listMarker), ("1", .label), ("95%以上", .quantity), ("1-2", .label)]),
        .init(
            text: "完成100，200户改造，计划3-5万元，二○二三年统一安排三百五十万元，达到百分之九十八",
            tokens: [("100", .quantity), ("200户", .quantity), ("3", .rangeBound), ("5万元", .rangeBound),
                     ("二○二三年", .year), ("三百五十万元", .quantity), ("百分之九十八", .quantity)]),
        .init(
            text: "支出总额1124..65万元，其中第3项为5G基站，千万不要十分满意，近3年增长-5.3%",
            tokens: [("1124..65万元", .quantity), ("3项", .label), ("5", .code), ("3年", .quantity), ("-5.3%", .quantity)]),
        .init(
            text: "联系电话：28227910，《伊金霍洛旗2022-2023年度城镇供热保障实施方案》（鄂府发〔2020〕52号）",
            tokens: [("28227910", .code), ("2022", .year), ("2023年", .year), ("2020", .code), ("52号", .code)]),
        .init(
            text: "选派代表3人，完成指标3个，见表2、图1，1号楼安装10kW光伏",
            tokens: [("3人", .quantity), ("3个", .quantity), ("2", .label), ("1", .label), ("1号", .label),
                     ("10kW", .quantity)]),
        // A year or a code naming a project (保山 2022, 长寿 `3113项目攻坚行动计划`: clerks' readings).
        .init(
            text: "保山市卫生健康委员会2022项目绩效自评报告，实施3113项目攻坚，完成3项目标",
            tokens: [("2022项", .code), ("3113项", .code), ("3项", .quantity)]),
    ]

    @Test(arguments: sentences)
    func findsEveryToken(_ example: ScanExample) {
        let found = scanner.scan(example.text)
        let scalars = Array(example.text.unicodeScalars)
        let described = found.map { (Scalars.string(scalars, $0.range), $0.role) }
        #expect(described.map(\.0) == example.tokens.map(\.0))
        #expect(described.map(\.1) == example.tokens.map(\.1))
        // The value's raw text is the token's text.
        #expect(found.allSatisfy { $0.value.raw == Scalars.string(scalars, $0.range) })
    }

    @Test func valuesOfProseTokens() throws {
        let tokens = scanner.scan("年初预算数3550.44万元，一般公共预算拨款 5,706.39 万元，归集0.92亿元，面积117.1万㎡，总得分为82.01分")
        let values = tokens.map(\.value)
        #expect(values.map(\.valueString) == ["3550.44", "5706.39", "0.92", "117.1", "82.01"])
        #expect(values.map(\.scale) == [.wan, .wan, .yi, .wan, nil])
        #expect(values.map(\.unit) == ["元", "元", "元", "㎡", "分"])
        #expect(values[1].repairs.map(\.kind) == [.thousandsSeparator, .spacedUnit])
        #expect(tokens.allSatisfy { !$0.needsConfirmation })
    }

    @Test func spacedThousandsAreOneNumber() {
        let values = scanner.scan("预算资金7 895万元,合计18 398.31万元,共18 189 000元").map(\.value)
        #expect(values.map(\.valueString) == ["7895", "18398.31", "18189000"])
        #expect(values.allSatisfy { $0.repairs.map(\.kind) == [.thousandsSeparator] })
    }

    /// Not after a weight's or a count's name, not before a percent sign (the review of stop 68:
    /// `权重20 100.00%` was 20100%), and a long run of groups costs one walk, not one per space.
    @Test func spacedNumbersThatAreNoThousands() {
        #expect(scanner.scan("资金到位率权重20 100.00%,培训人数120 300万元").map(\.value.valueString) == ["20", "100.00", "120", "300"])
        // A comma beside a point is a stray point; a comma alone between numbers still parts them.
        #expect(scanner.scan("公务接待费支出3,.83万元").map(\.value.valueString) == ["3.83"])
        #expect(scanner.scan("分别为3,5万元和1,234.5万元").map(\.value.valueString) == ["3", "5", "1234.5"])
        #expect(scanner.scan("资金1 234 567%").map(\.value.valueString) == ["1", "234", "567"])
        let long = "资金1" + String(repeating: " 234", count: 20_000) + "万元"
        #expect(scanner.scan(long).count == 20_001)
    }

    @Test func repairedTokensNeedConfirmation() throws {
        let tokens = scanner.scan("支出总额1124..65万元，415.75.795")
        #expect(tokens.count == 2)
        #expect(tokens[0].reading == .candidates([tokens[0].value]))
        #expect(tokens[0].value.valueString == "1124.65")
        #expect(tokens[1].candidates.map(\.valueString) == ["41575.795", "415.75795"])
        // In prose a digit after % starts the next item instead of being read as 98.1%.
        let list = scanner.scan("完成率98%1、加强管理")
        #expect(list.map(\.value.valueString) == ["98", "1"])
        #expect(list.map(\.role) == [.quantity, .listMarker])
    }

    @Test func offsetsAreScalarOffsets() {
        let text = "𠀀约2.68万平方米"
        let tokens = scanner.scan(text)
        #expect(tokens.map(\.range) == [1..<10])
        #expect(tokens.first?.value.qualifiers == [.about])
    }

    @Test func emptyAndNumberFreeText() {
        #expect(scanner.scan("").isEmpty)
        #expect(scanner.scan("统一规划，一是加强管理，二是第三方评估，万一出现问题").isEmpty)
    }
}

import Testing

@testable import ReportExtract

@Suite struct UnitLexiconTests {
    /// A whole unit may carry a scale and a `/…` part; the longest forms still count, and a label
    /// longer than any unit (most label cells) is none.
    @Test func wholeUnitsWithScaleAndPerPartAndLabelsThatAreNone() {
        // 批次, 辆次 (寿县 and 奉节 2023, a clerk's reading: `15批次` was 15批, `200辆次` 200辆).
        for unit in ["%", "万元", "小时", "元/亩", "万元/平方米", "个工作日/学期", "万 个百分点/季度", "平方公里", "批次", "辆次"] {
            #expect(UnitLexicon.isWholeUnit(unit), "\(unit)")
        }
        for label in ["公共租赁住房维修", "公里数", "万元以上", "2019年老旧小区基础设施配套改造", "个百分点/季度末", ""] {
            #expect(!UnitLexicon.isWholeUnit(label), "\(label)")
        }
    }
}

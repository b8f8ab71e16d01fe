import Testing

@testable import ReportExtract

@Suite struct UnitLexiconTests {
    /// A whole unit may carry a scale and a `/…` part; the longest forms still count, and a label
    /// longer than any unit (most label cells) is none.
    @Test func wholeUnitsWithScaleAndPerPartAndLabelsThatAreNone() {
        // 批次, 辆次 (寿县 and 奉节 2023, a clerk's reading: `15批次` was 15批, `200辆次` 200辆).
        for unit in ["%", "万元", "小时", "元/亩", "万元/平方米", "个工作日/学期", "万 个百分点/季度", "平方公里", "批次", "辆次", "万亿元"] {
            #expect(UnitLexicon.isWholeUnit(unit), "\(unit)")
        }
        for label in ["公共租赁住房维修", "公里数", "万元以上", "2019年老旧小区基础设施配套改造", "个百分点/季度末", ""] {
            #expect(!UnitLexicon.isWholeUnit(label), "\(label)")
        }
    }

    /// A rate per head and per month (濉溪 2019's `>=530元/人*月`, 福田 2021's `1300元/人/月`:
    /// clerks' readings; the cell's value was lost, the month cut off) and aircraft (云南 2022's
    /// `实际布防6架`).
    @Test func perHeadAndMonthAndAircraft() {
        for (text, unit) in [("元/人/月", "元/人/月"), ("元/人*月", "元/人*月"), ("元/人·月", "元/人·月"), ("架", "架"), ("元/户", "元/户")] {
            let scalars = Array(text.unicodeScalars)
            #expect(UnitLexicon.match(scalars, at: 0)?.unit == unit, "\(text)")
            #expect(UnitLexicon.match(scalars, at: 0)?.end == scalars.count, "\(text)")
        }
        #expect(UnitLexicon.match(Array("元/人,月底".unicodeScalars), at: 0)?.unit == "元/人")
    }
}

@Suite struct ScaleSplitTests {
    /// `万亿` is one scale (广东 2019's audit: `民生类支出1.21万亿` was read as 1.21万); a unit
    /// printed with it splits at the longer scale.
    @Test func wanYiIsOneScale() {
        #expect(UnitResolver.split("万亿元") == (.wanYi, "元"))
        #expect(UnitResolver.split("万元") == (.wan, "元"))
        #expect(UnitResolver.split("亿元") == (.yi, "元"))
    }
}

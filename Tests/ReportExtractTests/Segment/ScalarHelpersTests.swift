import Testing

@testable import ReportExtract

/// The hand-written scalar helpers that replaced standard-library calls on hot paths must give
/// the same answers as those calls.
@Suite struct ScalarHelpersTests {
    @Test func isSpaceIsUnicodeWhiteSpace() {
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if CellText.isSpace(scalar) != scalar.properties.isWhitespace { differing.append(value) }
        }
        #expect(differing.isEmpty)
    }

    @Test(arguments: ["", "a", "产出指标(50分)", "é\u{301}", "𠀀x", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"])
    func scalarsBecomeTheSameString(_ text: String) {
        #expect(Scalars.string(Array(text.unicodeScalars)) == text)
        #expect(Scalars.string(text.unicodeScalars).utf8.elementsEqual(text.utf8))
    }

    @Test func trimAndCompact() {
        #expect(CellText.trim(" \u{3000}合计\u{A0}\t") == "合计")
        #expect(CellText.trim(" 项目 名称 "[...]) == "项目 名称")
        #expect(CellText.trim(" \u{2003} ") == "")
        #expect(CellText.compact("项 目\u{3000}名\u{2009}称") == "项目名称")
        #expect(CellText.compact("项目名称") == "项目名称")
    }
}

/// `LabelText.key` returns labels none of its steps would change as they are, without taking
/// them apart: the labels each step handles still go through it.
@Suite struct LabelKeyTests {
    @Test(arguments: [
        ("基本支出", "基本支出"), ("项 目 支 出", "项目支出"), ("一般公共预算", "一般公共预算"),
        ("1、基本支出", "基本支出"), ("（一）项目支出", "项目支出"), ("其中：人员经费", "人员经费"),
        ("合计：", "合计"), ("经费控制情况(万元)", "经费控制情况"), ("产出指标(50分)", "产出指标"),
        ("2023年实际在职人数", "实际在职人数"), ("", ""),
    ])
    func key(_ label: String, _ text: String) {
        #expect(LabelText.key(label, units: ["万元"]).text == text)
    }

    @Test func notesAndYearsAreKept() {
        #expect(LabelText.key("经费控制情况(万元)", units: ["万元"]).unit == "万元")
        #expect(LabelText.key("产出指标(50分)", units: []).score == "50")
        #expect(LabelText.key("2023年实际在职人数", units: []).year == 2023)
        #expect(LabelText.key("基本支出", units: []) == LabelText.Key(text: "基本支出", unit: nil, year: nil, score: nil))
    }
}

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

    /// The byte test against the scalar one, for every scalar between two others (a CJK one
    /// after it, so that a space's lead byte is followed by other bytes than its own).
    @Test func hasSpaceIsAnySpaceScalar() {
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: ["x", scalar, "项"])
            if CellText.hasSpace(String(text)) != CellText.isSpace(scalar) { differing.append(value) }
            if CellText.hasSpace(String(scalar)) != CellText.isSpace(scalar) { differing.append(value) }
        }
        #expect(differing.isEmpty)
        #expect(!CellText.hasSpace("") && !CellText.hasSpace("产出指标（50分）“一、”…"))
        #expect(CellText.hasSpace("长文本不是小字符串，所以它在堆上\u{2009}结束"))
    }

    /// The same after wider scalars, whose continuation bytes the byte test skips: an ideograph
    /// (3 bytes), a supplementary-plane one (4) and a Latin letter (2) before every scalar up to
    /// U+3100 (every space is below U+3001) and one in 97 past it, to keep the test quick.
    @Test func hasSpaceAfterWideScalars() {
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF where value <= 0x3100 || value % 97 == 0 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for before: Unicode.Scalar in ["项", "\u{20000}", "é"] {
                var text = String.UnicodeScalarView()
                text.append(contentsOf: [before, scalar, "项"])
                if CellText.hasSpace(String(text)) != CellText.isSpace(scalar) { differing.append(value) }
            }
        }
        #expect(differing.isEmpty)
        #expect(CellText.hasSpace("项目\u{3000}") && CellText.hasSpace("𠀀 ") && !CellText.hasSpace("𠀀项目😀"))
    }

    /// The first-scalar shortcut against the set itself, for every ideograph of the basic block
    /// opening a suffix alone and before more text, and for the listed suffixes.
    @Test func valueSuffixShortcutIsTheSet() {
        var differing: [String] = []
        var suffixes = Array(CellText.valueSuffixes)
        for value in UInt32(0x4E00)...0x9FFF {
            let scalar = String(Unicode.Scalar(value)!)
            suffixes += [scalar, scalar + "元", scalar + "公共租赁住房维修"]
        }
        for suffix in suffixes where CellText.isValueSuffix(suffix) != CellText.valueSuffixes.contains(suffix) {
            differing.append(suffix)
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
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

    /// The byte search (memchr on the needle's last byte) against the standard library's
    /// character-by-character answer, on words made of a few characters so that near misses,
    /// overlaps and matches at both ends all occur.
    @Test func containsFindsWhatTheStandardLibraryFinds() {
        let alphabet: [Character] = ["预", "算", "数", "执", "行", "a", "1", "%", "\t"]
        var random = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let haystack = String((0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let needle = String((0..<Int.random(in: 0...4, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let expected = needle.isEmpty || haystack.indices.contains { haystack[$0...].hasPrefix(needle) }
            #expect(CellText.contains(haystack, needle) == expected, "\(haystack) ⊇ \(needle)")
        }
        #expect(CellText.contains("年初预算数", "预算数") && CellText.contains("预算数", "预算数"))
        #expect(!CellText.contains("预算", "预算数") && !CellText.contains("", "a") && CellText.contains("", ""))
    }

    /// TAB-led and text lines cut at every TAB, empty pieces kept, raw pieces beside the
    /// normalized ones (one string when they are the same).
    @Test func tabCellsKeepEmptyPiecesAndRawText() {
        let line = NormalizedLine(number: 1, text: "\t合计\t\t47.48%", raw: "\t合计\t\t４７．４８％", rawColumns: nil)
        #expect(line.tabCells().map(\.text) == ["合计", "", "47.48%"])
        #expect(line.tabCells().map(\.raw) == ["合计", "", "４７．４８％"])
        #expect(line.textCells().map(\.text) == ["", "合计", "", "47.48%"])
        let plain = NormalizedLine(number: 2, text: "项目\t预算数\t", raw: "项目\t预算数\t", rawColumns: nil)
        #expect(plain.textCells().map(\.text) == ["项目", "预算数", ""])
        #expect(plain.tabCells().map(\.text) == ["预算数", ""])
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

    /// The shortcuts give what the steps give, over labels built from the pieces each step
    /// reads (years with and without 度, list numbers, brackets of both widths, colons).
    @Test func shortcutsAgreeWithTheSteps() {
        let heads = ["", "2023年", "2023年度", "2023年度度", "1、", "其中:", "（一）", "2023", "202年", "20230年", "２０２３年", "2023 年"]
        let bodies = ["", "实际在职人数", "度", "支出(万元)", "项目:", "经费（万元）", "产出指标(50分", "a", "其中：人员", "1.5", "年"]
        let tails = ["", ":", "：", "(注)", "）", "(", "（万元）"]
        var compared = 0
        for head in heads {
            for body in bodies {
                for tail in tails {
                    let label = head + body + tail
                    let compacted = CellText.compact(WidthFolding.fold(label))
                    #expect(LabelText.key(label, units: ["万元"]) == LabelText.keyBySteps(compacted, units: ["万元"]), "\(label)")
                    compared += 1
                }
            }
        }
        #expect(compared == heads.count * bodies.count * tails.count)
        #expect(LabelText.key("2016年保障性住房债券利息329", units: []) == LabelText.Key(text: "保障性住房债券利息329", unit: nil, year: 2016, score: nil))
        #expect(LabelText.key("2023年度预算", units: []).text == "预算")
        #expect(LabelText.key("2023年度", units: []) == LabelText.Key(text: "度", unit: nil, year: 2023, score: nil))
    }

    @Test func notesAndYearsAreKept() {
        #expect(LabelText.key("经费控制情况(万元)", units: ["万元"]).unit == "万元")
        #expect(LabelText.key("产出指标(50分)", units: []).score == "50")
        #expect(LabelText.key("2023年实际在职人数", units: []).year == 2023)
        #expect(LabelText.key("基本支出", units: []) == LabelText.Key(text: "基本支出", unit: nil, year: nil, score: nil))
    }
}

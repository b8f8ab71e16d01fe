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

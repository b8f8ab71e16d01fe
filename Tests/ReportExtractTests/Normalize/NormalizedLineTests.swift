import Testing

@testable import ReportExtract

/// `NormalizedLine` keeps a line that prints what it reads without a raw copy: every member
/// reads and sets as the plain four stored members did.
@Suite struct NormalizedLineTests {
    @Test func aLineFitsInTwentyFourBytesAndKeepsItsNumberInEitherForm() {
        #expect(MemoryLayout<NormalizedLine>.stride == 24)
        var line = NormalizedLine(number: 1_200_000, printedAsRead: "\t2018年廉租住房24867")
        #expect(line.number == 1_200_000)
        line.raw = "\t２０１８年廉租住房24867"
        #expect(line.number == 1_200_000)
        #expect(line.text == "\t2018年廉租住房24867")
        line.number = 3
        #expect(line.number == 3)
        #expect(line.raw == "\t２０１８年廉租住房24867")
        line.raw = line.text
        #expect(line == NormalizedLine(number: 3, printedAsRead: "\t2018年廉租住房24867"))
    }

    @Test func aLinePrintedAsReadIsItsOwnRawText() {
        let line = NormalizedLine(number: 7, text: "项目\t预算数", raw: "项目\t预算数", rawColumns: nil)
        #expect(line.number == 7)
        #expect(line.raw == "项目\t预算数")
        #expect(line.rawColumns == nil)
        #expect(line.unmarkedRaw == "项目\t预算数")
        #expect(line == NormalizedLine(number: 7, printedAsRead: "项目\t预算数"))
    }

    @Test func aFoldedLineKeepsItsRawTextAndColumns() {
        let line = NormalizedLine(number: 2, text: "a1", raw: "[bookmark: x]a１", rawColumns: [13, 14])
        #expect(line.text == "a1")
        #expect(line.raw == "[bookmark: x]a１")
        #expect(line.rawColumns == [13, 14])
        #expect(line.rawColumn(of: 1) == 14)
        #expect(line.unmarkedRaw == "a１")
    }

    @Test func settersKeepTheOtherMembers() {
        var line = NormalizedLine(number: 1, text: "47.48%", raw: "47.48%", rawColumns: nil)
        line.raw = "４７．４８％"
        #expect(line.text == "47.48%")
        #expect(line.raw == "４７．４８％")
        line.text = "47%"
        #expect(line.raw == "４７．４８％")
        line.raw = "47%"
        #expect(line == NormalizedLine(number: 1, text: "47%", raw: "47%", rawColumns: nil))
        line.rawColumns = [0, 1, 2]
        #expect(line.rawColumns == [0, 1, 2])
        #expect(line.raw == "47%")
        line.number = 9
        #expect(line.number == 9)
        #expect(line.rawColumns == [0, 1, 2])
    }

    /// Equal as the stored members compared: canonically equal texts are equal lines.
    @Test func equalityReadsTheMembers() {
        let composed = NormalizedLine(number: 1, text: "é", raw: "é", rawColumns: nil)
        let decomposed = NormalizedLine(number: 1, text: "e\u{301}", raw: "e\u{301}", rawColumns: nil)
        #expect(composed == decomposed)
        #expect(composed != NormalizedLine(number: 2, text: "é", raw: "é", rawColumns: nil))
        #expect(composed != NormalizedLine(number: 1, text: "é", raw: "é", rawColumns: [0]))
    }
}

import Testing

@testable import ReportExtract

/// `Cell` keeps a plain cell (one paragraph printed as it reads, not filled down) in 24 bytes and
/// the rest in a detail: every member reads and sets as the plain stored members did.
@Suite struct CellStorageTests {
    func plain(_ text: String, line: Int = 4) -> Cell {
        Cell(
            text: text, raw: text, paragraphs: OneOrMany(text), rawParagraphs: OneOrMany(text),
            paragraphLines: OneOrMany(line), firstLine: line, lastLine: line)
    }

    @Test func aPlainCellFitsInTwentyFourBytes() {
        #expect(MemoryLayout<Cell>.stride == 24)
        #expect(MemoryLayout<CellDraft>.stride == 24)
        let cell = plain("公用经费")
        #expect(cell.raw == "公用经费")
        #expect(cell.paragraphs == OneOrMany("公用经费"))
        #expect(cell.paragraphLines == OneOrMany(4))
        #expect(cell.filledFrom == nil)
    }

    @Test func aFilledCellKeepsItsSourceRowAndTexts() {
        var cell = plain("人员经费")
        cell.filledFrom = 3
        #expect(cell.filledFrom == 3)
        #expect(cell.text == "人员经费")
        #expect(cell.raw == "人员经费")
        #expect(cell.paragraphs == OneOrMany("人员经费"))
        #expect(cell.textLine == 4)
        // As plain stored members: a new text leaves the raw text and paragraphs as they were.
        cell.text = "基本支出"
        #expect(cell.filledFrom == 3)
        #expect(cell.raw == "人员经费")
        cell.filledFrom = nil
        #expect(cell.filledFrom == nil)
        #expect(cell.text == "基本支出")
        #expect(cell.raw == "人员经费")
        cell.raw = "基本支出"
        cell.paragraphs = OneOrMany("基本支出")
        cell.rawParagraphs = OneOrMany("基本支出")
        #expect(cell == plain("基本支出"))
    }

    @Test func aFilledCellMadeSoEqualsOneFilledLater() {
        var later = plain("12.50")
        later.filledFrom = 1
        let made = Cell(
            text: "12.50", raw: "12.50", paragraphs: OneOrMany("12.50"), rawParagraphs: OneOrMany("12.50"),
            paragraphLines: OneOrMany(4), firstLine: 4, lastLine: 4, filledFrom: 1)
        #expect(made == later)
        #expect(made != plain("12.50"))
    }

    @Test func aCellThatDiffersKeepsItsRawTextWhenFilled() {
        var cell = Cell(
            text: "47.48%", raw: "４７．４８％", paragraphs: OneOrMany("47.48%"), rawParagraphs: OneOrMany("４７．４８％"),
            paragraphLines: OneOrMany(9), firstLine: 9, lastLine: 10)
        cell.filledFrom = 2
        #expect(cell.raw == "４７．４８％")
        #expect(cell.rawParagraphs == OneOrMany("４７．４８％"))
        #expect(cell.lastLine == 10)
        cell.firstLine = 8
        #expect(cell.filledFrom == 2)
        #expect(cell.raw == "４７．４８％")
    }

    @Test func lastLinesNearAndFarFromTheFirstReadAsSet() {
        var near = plain("合计", line: 70_000)
        near.lastLine = 70_003
        #expect(near.firstLine == 70_000)
        #expect(near.lastLine == 70_003)
        #expect(near.paragraphLines == OneOrMany(70_000))
        // Past an offset the compact form holds, and before the first line: kept all the same.
        var far = plain("合计", line: 5)
        far.lastLine = 5 + 70_000
        #expect(far.lastLine == 70_005)
        #expect(far.raw == "合计")
        far.lastLine = 4
        #expect(far.lastLine == 4)
        far.lastLine = 5
        #expect(far == plain("合计", line: 5))
        // A first line moved keeps the paragraph's line, and the last line where it was.
        var moved = plain("小计", line: 9)
        moved.lastLine = 11
        moved.firstLine = 8
        #expect(moved.firstLine == 8)
        #expect(moved.lastLine == 11)
        #expect(moved.paragraphLines == OneOrMany(9))
        #expect(moved.textLine == 9)
    }

    @Test func aDraftKeepsItsLinesInEitherForm() {
        var draft = CellDraft(text: "项目支出", raw: "项目支出", line: 12)
        #expect(draft.firstLine == 12)
        #expect(draft.lastLine == 12)
        #expect(draft.paragraphs == OneOrMany("项目支出"))
        draft.lastLine = 100_000
        #expect(draft.lastLine == 100_000)
        #expect(draft.lines == OneOrMany(12))
        draft.append(text: "（续）", raw: "（续）", line: 13)
        #expect(draft.firstLine == 12)
        #expect(draft.lastLine == 13)
        #expect(draft.paragraphs == OneOrMany(["项目支出", "（续）"]))
        #expect(draft.lines == OneOrMany([12, 13]))
        let folded = CellDraft(text: "47.48%", raw: "４７．４８％", line: 3)
        #expect(folded.rawParagraphs == OneOrMany("４７．４８％"))
        #expect(folded.firstLine == 3)
        #expect(folded.lastLine == 3)
    }
}

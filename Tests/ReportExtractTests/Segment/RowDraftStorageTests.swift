import Testing

@testable import ReportExtract

/// `RowDraft` keeps its grammar costs as tenths in a byte and its padding as an `Int32` (24
/// bytes a draft row): each reads back as the `Double` or `Int` it was set to.
@Suite struct RowDraftStorageTests {
    @Test func aDraftRowFitsInTwentyFourBytes() {
        #expect(MemoryLayout<RowDraft>.stride == 24)
    }

    /// Every cost the SAX grammar gives reads back as the very `Double` (0.3 included).
    @Test func theGrammarsCostsReadBackExactly() {
        for blanks in 0...3 {
            for later in [false, true] {
                let costs = SAXTableReader.costs(blanks: blanks, afterLaterParagraph: later)
                var row = RowDraft()
                row.joinCost = costs.join
                row.breakCost = costs.break
                #expect(row.joinCost == costs.join)
                #expect(row.breakCost == costs.break)
            }
        }
        var row = RowDraft()
        row.breakCost = 0.3
        #expect(row.breakCost == 0.3)
        #expect(row.joinCost == 0)
    }

    @Test func paddingReadsBackAsSet() {
        var row = RowDraft(cells: [CellDraft(text: "a", raw: "a", line: 1)])
        #expect(row.padding == 0)
        row.padding = 4
        #expect(row.padding == 4)
        #expect(row.width == 1)
    }
}

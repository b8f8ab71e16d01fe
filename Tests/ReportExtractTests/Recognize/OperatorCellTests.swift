import Testing

@testable import ReportExtract

/// A cell that holds only a comparison (`≥`, `大于等于`, `约`), and the quick refusal of cells that
/// start like no such word.
@Suite struct OperatorCellTests {
    @Test func comparisonsAloneInTheirCellAreRead() {
        #expect(OperatorCell.qualifier("≥") == .qualifier(.atLeast))
        #expect(OperatorCell.qualifier(" 大于 等于 ") == .qualifier(.atLeast))
        #expect(OperatorCell.qualifier("小于") == .qualifier(.lessThan))
        #expect(OperatorCell.qualifier("约") == .qualifier(.about))
        #expect(OperatorCell.qualifier("定性") == .exact)
        #expect(OperatorCell.qualifier("=") == .exact)
    }

    @Test func namesNumbersAndLongerTextsAreNoComparison() {
        #expect(OperatorCell.qualifier("项目支出") == nil)
        #expect(OperatorCell.qualifier("1200") == nil)
        #expect(OperatorCell.qualifier("大于等于 2516") == nil)
        #expect(OperatorCell.qualifier("") == nil)
        // A compatibility ideograph that decomposes into 不 is not refused from its first scalar.
        #expect(!OperatorCell.startsNoWord("\u{F967}"))
    }

    /// Every word's first scalar goes the long way, so that the quick refusal never turns one away.
    @Test func noWordStartsWithAScalarRefusedQuickly() {
        let words = ["=", "==", "等于", "定性", "定量", "≈=", "≈", "约", "约等于"]
            + QualifierWords.prefixes.map { Scalars.string($0.word) }
        for word in words {
            #expect(!OperatorCell.startsNoWord(word.unicodeScalars.first!), "\(word)")
            #expect(OperatorCell.qualifier(word) != nil, "\(word)")
        }
        #expect(OperatorCell.startsNoWord("项"))
        #expect(OperatorCell.startsNoWord("7"))
        #expect(!OperatorCell.startsNoWord("大"))
    }
}

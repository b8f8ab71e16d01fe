import Foundation
import Testing

@testable import ReportExtract

/// `Figure` keeps the members few figures set (repairs, a row path beyond the row label, inferred
/// decimals and where decimals came from) apart, made only when one is set: every member reads
/// and sets as a stored member did.
@Suite struct FigureStorageTests {
    func figure(rowLabel: String = "公用经费", rowPath: [String] = ["公用经费"], repairs: [NumberRepair] = []) -> Figure {
        let value = NumberValue(raw: "1887.83", value: Decimal(string: "1887.83")!, decimals: 2)
        return Figure(
            id: "t1.r3.c2", source: .tableCell, table: 1, row: 3, column: 2, tableKind: nil, field: nil,
            rowField: nil, columnField: nil, alias: nil, rowLabel: rowLabel, columnLabel: "合计",
            rowPath: rowPath, raw: "1887.83", reading: .value(value), chosen: value, fieldKind: nil,
            unit: "万元", scale: nil, unitSource: "table", line: 40, confidence: .high, reasons: [], repairs: repairs)
    }

    @Test func aPlainFigureFitsIn128Bytes() {
        #expect(MemoryLayout<Figure>.stride == 128)
        let plain = figure()
        #expect(plain.repairs.isEmpty)
        #expect(plain.rowPath == ["公用经费"])
        #expect(plain.inferredDecimals == nil)
        #expect(plain.decimalsSource == .printed)
        #expect(plain.rowLabel == "公用经费")
        #expect(plain.line == 40)
        #expect(plain.chosen?.valueString == "1887.83")
    }

    @Test func rareMembersReadAsSetAndGoBackToNone() {
        let repair = NumberRepair(kind: .doublePoint, from: "1887..83", to: "1887.83")
        var changed = figure(rowPath: ["支出", "公用经费"], repairs: [repair])
        #expect(changed.repairs == [repair])
        #expect(changed.rowPath == ["支出", "公用经费"])
        changed.inferredDecimals = 2
        changed.decimalsSource = .column
        #expect(changed.inferredDecimals == 2)
        #expect(changed.decimalsSource == .column)
        #expect(changed.repairs == [repair])
        // A copy keeps its members when the original changes them.
        let copy = changed
        changed.repairs = []
        changed.rowPath = ["公用经费"]
        changed.inferredDecimals = nil
        changed.decimalsSource = .printed
        #expect(copy.repairs == [repair])
        #expect(copy.rowPath == ["支出", "公用经费"])
        #expect(copy.inferredDecimals == 2)
        #expect(copy.decimalsSource == .column)
        #expect(changed.repairs.isEmpty)
        #expect(changed.rowPath == ["公用经费"])
        #expect(changed.inferredDecimals == nil)
        #expect(changed.decimalsSource == .printed)
    }

    @Test func aNewRowLabelKeepsThePathItWasStoredAgainst() {
        var labelled = figure()
        labelled.rowLabel = "人员经费"
        #expect(labelled.rowLabel == "人员经费")
        #expect(labelled.rowPath == ["公用经费"])
        labelled.rowPath = ["人员经费"]
        #expect(labelled.rowPath == ["人员经费"])
    }

    /// A clean reading printed as the figure's raw text is held as its number alone; it reads
    /// back as the value it was, and the chosen value with it.
    @Test func aPlainReadingReadsBackAsStored() {
        let plain = figure()
        #expect(plain.reading == .value(NumberValue(raw: "1887.83", value: Decimal(string: "1887.83")!, decimals: 2)))
        #expect(plain.reading.value?.raw == "1887.83")
        #expect(plain.chosen == plain.reading.value)
        #expect(plain.printedQualifier == nil)
    }

    /// Readings the plain form cannot hold (a unit, a qualifier, candidates, a raw text other
    /// than the figure's) are kept whole.
    @Test func otherReadingsAreKeptWhole() {
        var unitized = figure()
        let withUnit = NumberValue(raw: "1887.83", value: Decimal(string: "1887.83")!, decimals: 2, unit: "元", qualifiers: [.about])
        unitized.reading = .value(withUnit)
        unitized.chosen = withUnit
        #expect(unitized.reading == .value(withUnit))
        #expect(unitized.chosen?.unit == "元")
        #expect(unitized.printedQualifier == .about)
        let candidates = [
            NumberValue(raw: "1887..83", value: Decimal(string: "1887.83")!, decimals: 2),
            NumberValue(raw: "1887..83", value: Decimal(string: "188783")!, decimals: 0),
        ]
        unitized.reading = .candidates(candidates)
        #expect(unitized.reading == .candidates(candidates))
        unitized.reading = .absent("——")
        #expect(unitized.reading == .absent("——"))
        unitized.reading = .text
        #expect(unitized.reading == .text)
    }

    /// A new raw text leaves the reading as it was, its raw text the old one.
    @Test func aNewRawTextKeepsTheReadingsOwn() {
        var changed = figure()
        changed.raw = "1,887.83"
        #expect(changed.raw == "1,887.83")
        #expect(changed.reading.value?.raw == "1887.83")
        #expect(changed.chosen?.raw == "1887.83")
    }
}

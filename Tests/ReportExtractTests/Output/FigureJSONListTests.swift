import Foundation
import Testing

@testable import ReportExtract

/// `FigureJSONList` holds each figure's value formatted once and reads decimals, qualifier and
/// candidates from the figure when asked: they read as they did when made up front, and
/// candidates a test sets stand for the figure's own.
@Suite struct FigureJSONListTests {
    static func value(_ text: String, decimals: Int, qualifiers: [Qualifier] = [], isPercent: Bool = false) -> NumberValue {
        NumberValue(raw: text, value: Decimal(string: text)!, decimals: decimals, qualifiers: qualifiers, isPercent: isPercent)
    }

    static func figure(reading: NumberReading, chosen: NumberValue?, inferredDecimals: Int? = nil) -> Figure {
        Figure(
            id: "t1.r2.c1", source: .tableCell, table: 1, row: 2, column: 1, tableKind: nil, field: nil,
            rowField: nil, columnField: nil, alias: nil, rowLabel: "合计", columnLabel: nil, rowPath: ["合计"],
            raw: "12", reading: reading, chosen: chosen, fieldKind: nil, unit: nil, scale: nil, unitSource: nil,
            line: 7, confidence: .medium, reasons: [], repairs: [], inferredDecimals: inferredDecimals)
    }

    @Test func aChosenValueReadsItsValueDecimalsAndQualifier() {
        let chosen = Self.value("12", decimals: 0, qualifiers: [.about])
        let list = FigureJSONList(figures: [Self.figure(reading: .value(chosen), chosen: chosen, inferredDecimals: 2)])
        #expect(list[0].value == "12")
        #expect(list[0].decimals == 2)
        #expect(list[0].qualifier == "约")
        #expect(list[0].candidates == nil)
    }

    @Test func undecidedCandidatesReadAsPrintedAndASetListStands() {
        let readings = [Self.value("1.5", decimals: 1), Self.value("15", decimals: 0, isPercent: true)]
        var list = FigureJSONList(figures: [Self.figure(reading: .candidates(readings), chosen: nil)])
        #expect(list[0].value == nil)
        #expect(list[0].decimals == nil)
        #expect(list[0].qualifier == nil)
        #expect(list[0].candidates == ["1.5", "15%"])
        list[0].candidates = []
        #expect(list[0].candidates == [])
        list[0].candidates = nil
        #expect(list[0].candidates == nil)
        // A list made of the values keeps what was set.
        let rebuilt = FigureJSONList(Array(list))
        #expect(rebuilt[0].candidates == nil)
        #expect(rebuilt[0].id == "t1.r2.c1")
    }
}

import ReportExtract

/// Number parsing: one cell (as a table cell, and as a score-column cell) and the same text as
/// prose through the scanner. Arabic digits, Chinese numerals (小写 and 大写), 百分之, scales,
/// units and the repairs (`1124..65`, `98%1`, `10份`) all run here. A scanned number's range
/// must lie inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumbers(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for context in [NumberContext(), NumberContext(isScoreColumn: true)] {
        for value in NumberParser().parse(text, context: context).readings {
            touch(value)
        }
    }
    let scalarCount = text.unicodeScalars.count
    for number in NumberScanner().scan(text) {
        precondition(number.range.lowerBound >= 0 && number.range.upperBound <= scalarCount, "range outside the text")
        touch(number.value)
        number.candidates.forEach(touch)
    }
    return 0
}

/// Everything a figure's JSON later prints from a value.
private func touch(_ value: NumberValue) {
    _ = value.valueString
    _ = value.scaledValue
    _ = value.lastDigitUnit
    _ = value.isRepaired
}

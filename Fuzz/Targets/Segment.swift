import ReportExtract

/// Normalization and segmentation: any text the decoder accepts (lenient, so nearly every input
/// gets through) is normalized and cut into paragraphs and tables. Every table cell must point
/// at a line that exists.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSegment(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let decoded = try? Decoder(lenient: true, maxLineBytes: 8192).decode(bytes) else { return 0 }
    let normalized = Normalizer().normalize(decoded)
    let segmented = Segmenter().segment(normalized)
    for table in segmented.tables {
        for (position, row) in table.rows.enumerated() {
            precondition(row.index == position, "rows[i].index != i")
            precondition(row.firstLine >= 1 && row.lastLine <= segmented.lineCount, "row outside the document")
        }
        for row in table.rows { if let header = row.header { precondition(header < table.headers.count, "dangling header") } }
    }
    return 0
}

/// The whole extraction, one stage per step, each taking the previous stage's value:
///
/// 1. Decode: bytes → `DecodedText` (encoding found, invalid bytes an error or counted)
/// 2. Normalize: `DecodedText` → `NormalizedText` (width folded, markers removed, raw column map)
/// 3. Segment: `NormalizedText` → `SegmentedDocument` (paragraphs, tables, header rows, fill-down)
///
/// The library never touches files: callers hand in bytes and a display path and get values back.
public struct Pipeline: Sendable {
    public var decoder: Decoder
    public var normalizer: Normalizer
    public var segmenter: Segmenter

    public init(
        decoder: Decoder = Decoder(), normalizer: Normalizer = Normalizer(),
        segmenter: Segmenter = Segmenter()
    ) {
        self.decoder = decoder
        self.normalizer = normalizer
        self.segmenter = segmenter
    }

    public func run(bytes: [UInt8], path: String) throws(DecodeError) -> ExtractedDocument {
        let decoded = try decoder.decode(bytes)
        let normalized = normalizer.normalize(decoded)
        let segmented = segmenter.segment(normalized)
        let source = SourceJSON(
            path: path, sha256: SHA256.hex(bytes), bytes: bytes.count, encoding: decoded.encoding.name,
            encodingMethod: decoded.encoding.method, encodingConfidence: decoded.encoding.confidence,
            bom: decoded.encoding.hasByteOrderMark, replacements: decoded.replacements,
            layout: segmented.layout, lines: segmented.lineCount)
        return ExtractedDocument(source: source, segmented: segmented)
    }
}

/// Everything extracted from one document.
public struct ExtractedDocument: Sendable {
    public var source: SourceJSON
    public var segmented: SegmentedDocument
}

/// The whole extraction, one stage per step, each taking the previous stage's value:
///
/// 1. Decode: bytes → `DecodedText` (encoding found, invalid bytes an error or counted)
/// 2. Normalize: `DecodedText` → `NormalizedText` (width folded, markers removed, raw column map)
/// 3. Segment: `NormalizedText` → `SegmentedDocument` (paragraphs, tables, header rows, fill-down)
/// 4. Recognize: `SegmentedDocument` → `RecognizedDocument` (table kinds, figures, facts)
/// 5. Reconcile: `RecognizedDocument` → `ReconciledDocument` (checks, repairs chosen, confidence)
///
/// The library never touches files: callers hand in bytes, a display path and the loaded rules.
public struct Pipeline: Sendable {
    public var rules: RuleSet
    public var decoder: Decoder
    public var normalizer = Normalizer()

    public init(rules: RuleSet, decoder: Decoder = Decoder()) {
        self.rules = rules
        self.decoder = decoder
    }

    public func run(bytes: [UInt8], path: String) throws(DecodeError) -> ExtractedDocument {
        var times = StageTimes()
        return try run(bytes: bytes, path: path, times: &times)
    }

    /// The same run, adding each stage's duration to `times` (benchmarks).
    public func run(bytes: [UInt8], path: String, times: inout StageTimes) throws(DecodeError) -> ExtractedDocument {
        let decoded = try times.measure(.decode) { () throws(DecodeError) in try decoder.decode(bytes) }
        let normalized = times.measure(.normalize) { normalizer.normalize(decoded) }
        let segmented = times.measure(.segment) { Segmenter(options: rules.segmentation).segment(normalized) }
        let recognized = times.measure(.recognize) { Recognizer(rules: rules).recognize(segmented) }
        let reconciled = times.measure(.reconcile) { Reconciler(rules: rules).reconcile(recognized) }
        // The source hash is part of reading the input: counted with decode.
        let sha256 = times.measure(.decode) { SHA256.hex(bytes) }
        let source = SourceJSON(
            path: path, sha256: sha256, bytes: bytes.count, encoding: decoded.encoding.name,
            encodingMethod: decoded.encoding.method, encodingConfidence: decoded.encoding.confidence,
            bom: decoded.encoding.hasByteOrderMark, replacements: decoded.replacements,
            layout: segmented.layout, lines: segmented.lineCount)
        return ExtractedDocument(source: source, reconciled: reconciled, rulesFingerprint: rules.fingerprint)
    }
}

/// Everything extracted from one document.
public struct ExtractedDocument: Sendable {
    public var source: SourceJSON
    public var reconciled: ReconciledDocument
    public var rulesFingerprint: String

    public var recognized: RecognizedDocument { reconciled.recognized }
    public var segmented: SegmentedDocument { reconciled.recognized.segmented }
    /// The final figures: candidates chosen by checks, confidence graded.
    public var figures: [Figure] { reconciled.figures }
}

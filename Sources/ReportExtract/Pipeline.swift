/// The whole extraction, one stage per step, each taking the previous stage's value:
///
/// 1. Decode: bytes → `DecodedText` (encoding found, invalid bytes an error or counted)
/// 2. Normalize: `DecodedText` → `NormalizedText` (width folded, markers removed, raw column map)
/// 3. Segment: `NormalizedText` → `SegmentedDocument` (paragraphs, tables, header rows, fill-down)
/// 4. Recognize: `SegmentedDocument` → `RecognizedDocument` (table kinds, figures, facts)
/// 5. Reconcile: `RecognizedDocument` → `ReconciledDocument` (checks, repairs chosen, confidence)
///
/// The library never touches files: callers hand in bytes, a display path and the loaded rules.
/// Each document runs under a `DocumentBudget` (time and figures, `limits`): checked between the
/// stages and polled inside their long loops, it fails the document rather than let it run on.
/// The library's default is no limit (a caller such as a test on a slow debug build chooses);
/// the command line passes `DocumentLimits.defaults` unless told otherwise.
public struct Pipeline: Sendable {
    public var rules: RuleSet
    public var decoder: Decoder
    public var normalizer = Normalizer()
    public var limits: DocumentLimits
    /// Whether the result keeps `recognized.figures`, the figures as recognized before the checks
    /// chose and graded them (tests and tools that study recognition read them). The batch run
    /// writes only the reconciled figures and drops the first copy: for a 300,000-row table it is
    /// a few hundred megabytes.
    public var keepsRecognizedFigures = true
    /// Whether the result keeps `recognized.unnamedLabels`, the labels no rule names (the suggest
    /// and explain commands read them; no output file holds them). A table of 300,000 rows whose
    /// labels no rule knows has as many: 14 MB, not gathered at all when false.
    public var keepsUnnamedLabels = true
    /// Called after segment and after recognize, once the stage's input is let go
    /// of: the command line hands freed memory back to the system there for a long document
    /// (freed small blocks stay in the process otherwise, under the next stage's).
    public var afterStage: (@Sendable () -> Void)? = nil

    public init(rules: RuleSet, decoder: Decoder = Decoder(), limits: DocumentLimits = .unlimited) {
        self.rules = rules
        self.decoder = decoder
        self.limits = limits
    }

    public func run(bytes: [UInt8], path: String) throws(ExtractionError) -> ExtractedDocument {
        var times = StageTimes()
        return try run(bytes: bytes, path: path, budget: DocumentBudget(limits), times: &times)
    }

    /// The same run under a budget the caller started (it goes on to spend it writing the outputs).
    /// Given the only copy of `bytes` (`consume`), the run lets go of them once they are decoded.
    public func run(bytes: consuming [UInt8], path: String, budget: DocumentBudget) throws(ExtractionError) -> ExtractedDocument {
        var times = StageTimes()
        return try run(bytes: consume bytes, path: path, budget: budget, times: &times)
    }

    /// The same run, adding each stage's duration to `times` (benchmarks).
    public func run(bytes: [UInt8], path: String, times: inout StageTimes) throws(ExtractionError) -> ExtractedDocument {
        try run(bytes: bytes, path: path, budget: DocumentBudget(limits), times: &times)
    }

    public func run(
        bytes: consuming [UInt8], path: String, budget: DocumentBudget, times: inout StageTimes
    ) throws(ExtractionError) -> ExtractedDocument {
        var decoded: DecodedText
        do { decoded = try times.measure(.decode) { () throws(DecodeError) in try decoder.decode(bytes) } } catch {
            throw .decode(error)
        }
        // The source hash is part of reading the input: counted with decode.
        let sha256 = times.measure(.decode) { SHA256.hex(bytes) }
        let byteCount = bytes.count
        // The input and its decoded text are let go of as soon as the next stage has its own
        // copy: held to the end, they were twice the input's size beside a long table's figures.
        bytes = []
        do throws(LimitExceeded) {
            try budget.checkTime(in: .decode)
            var normalized: NormalizedText? = times.measure(.normalize) { normalizer.normalize(decoded) }
            decoded.text = ""
            try budget.checkTime(in: .normalize)
            let segmented = times.measure(.segment) {
                Segmenter(options: rules.segmentation, budget: budget).segment(normalized.take()!)
            }
            afterStage?()
            try budget.checkTime(in: .segment)
            // An optional, so that reconcile takes the only copy (`take()`), not a shared one.
            var recognized: RecognizedDocument? = times.measure(.recognize) {
                var recognizer = Recognizer(rules: rules, budget: budget)
                recognizer.collectsUnnamedLabels = keepsUnnamedLabels
                return recognizer.recognize(segmented)
            }
            afterStage?()
            try budget.checkTime(in: .recognize)
            try budget.checkFigures(recognized!.figures.count)
            let reconciled = times.measure(.reconcile) {
                Reconciler(rules: rules, budget: budget).reconcile(
                    recognized.take()!, keepingRecognizedFigures: keepsRecognizedFigures)
            }
            try budget.checkTime(in: .reconcile)
            let source = SourceJSON(
                path: path, sha256: sha256, bytes: byteCount, encoding: decoded.encoding.name,
                encodingMethod: decoded.encoding.method, encodingConfidence: decoded.encoding.confidence,
                bom: decoded.encoding.hasByteOrderMark, replacements: decoded.replacements,
                layout: segmented.layout, lines: segmented.lineCount)
            return ExtractedDocument(source: source, reconciled: reconciled, rulesFingerprint: rules.fingerprint)
        } catch {
            throw .limit(error)
        }
    }
}

/// Why a document gave no output: its bytes are not readable text, or it went past a limit.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    case decode(DecodeError)
    case limit(LimitExceeded)

    public var description: String {
        switch self {
        case .decode(let error): return error.description
        case .limit(let error): return error.description
        }
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

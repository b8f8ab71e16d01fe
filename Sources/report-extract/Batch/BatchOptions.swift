import ReportExtract

/// Everything a batch run needs from the command line.
struct BatchOptions: Sendable {
    var inputs: [String]
    var output: String
    var jobs: Int
    var force = false
    var wait = false
    var quiet = false
    var extensions: Set<String> = ["txt"]
    var lenient = false
    var maxLineBytes = Decoder.defaultMaxLineBytes
    var maxFileBytes = Decoder.defaultMaxFileBytes
    /// Per-document time and figure budgets.
    var limits = DocumentLimits.defaults
    /// Test hook (hidden option): sleep this long before writing each document.
    var delayMilliseconds = 0
    /// Test hook (hidden option): every staged write fails with ENOSPC once this many bytes
    /// have been written by the run, as on a full disk.
    var failWritesAfterBytes: Int? = nil
}

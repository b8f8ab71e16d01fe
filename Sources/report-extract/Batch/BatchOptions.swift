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
    /// Test hook (hidden option): sleep this long before writing each document.
    var delayMilliseconds = 0
}

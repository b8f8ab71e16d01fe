import Foundation

/// Messages on standard error, one line each, prefixed with the tool's name.
enum Log {
    static func error(_ message: String) { line("error: " + message) }
    static func note(_ message: String) { line(message) }

    static func line(_ text: String) {
        FileHandle.standardError.write(Data("report-extract: \(text)\n".utf8))
    }
}

/// The tool's exit statuses (see `--help`).
enum ExitStatus {
    static let success: Int32 = 0
    /// Some inputs failed (each named on standard error and in `run.json`); the rest were written.
    static let someFailed: Int32 = 1
    /// Bad arguments or options, or a rules directory that is missing (EX_USAGE).
    static let usage: Int32 = 64
    /// Another run holds the output directory's lock and `--wait` was not given (EX_TEMPFAIL).
    static let busy: Int32 = 75
}

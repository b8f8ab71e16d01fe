import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Counts work done by the worker threads and, on a terminal, draws one status line on standard
/// error: `extracting [#####-----] 1234/2000 files  3.1 MB/s  ETA 0:42`. Off the terminal (cron) or
/// with `--quiet` it draws nothing.
final class Progress: @unchecked Sendable {
    private struct Counts {
        var files = 0
        var bytes: Int64 = 0
    }

    let enabled: Bool
    private let counts = Locked(Counts())
    private var phase = ""
    private var totalFiles = 0
    private var totalBytes: Int64 = 0
    private var phaseStart = Date()
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    /// True when standard error is a terminal and the user did not ask for quiet.
    static func wanted(quiet: Bool) -> Bool { !quiet && isatty(STDERR_FILENO) == 1 }

    func begin(_ phase: String, files: Int, bytes: Int64) {
        self.phase = phase
        totalFiles = files
        totalBytes = bytes
        phaseStart = Date()
        counts.withLock { $0 = Counts() }
    }

    /// Called by workers when a file is done.
    func advance(bytes: Int64) {
        counts.withLock {
            $0.files += 1
            $0.bytes += bytes
        }
    }

    /// Redraws the line (main thread only).
    func draw() {
        guard enabled else { return }
        let now = counts.current
        let elapsed = max(Date().timeIntervalSince(phaseStart), 0.001)
        let rate = Double(now.bytes) / elapsed
        let width = 24
        let fraction = totalFiles == 0 ? 1 : Double(now.files) / Double(totalFiles)
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        var line = "\(phase) [\(bar)] \(now.files)/\(totalFiles) files"
        line += String(format: "  %.1f MB/s", rate / 1_000_000)
        if now.bytes > 0, totalBytes > now.bytes {
            line += "  ETA " + Self.clock(Double(totalBytes - now.bytes) / rate)
        }
        write("\r\u{1B}[2K" + line)
        drawn = true
    }

    /// Clears the line before other output.
    func clear() {
        guard enabled, drawn else { return }
        write("\r\u{1B}[2K")
        drawn = false
    }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        return hours > 0
            ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%d:%02d", minutes, rest)
    }
}

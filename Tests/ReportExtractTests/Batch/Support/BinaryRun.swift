import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `report-extract` and collects its exit status and output.
struct BinaryRun {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Runs to completion.
    static func run(_ arguments: [String], stdin: Data? = nil) throws -> BinaryRun {
        try Started(arguments, stdin: stdin).finish()
    }

    /// A run in the background, for killing it or racing another run.
    final class Started {
        let process = Process()
        private let stdoutURL: URL
        private let stderrURL: URL

        init(_ arguments: [String], stdin: Data? = nil) throws {
            let scratch = FileManager.default.temporaryDirectory
            stdoutURL = scratch.appendingPathComponent("re-out-\(UUID().uuidString)")
            stderrURL = scratch.appendingPathComponent("re-err-\(UUID().uuidString)")
            _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
            _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
            process.executableURL = TestPaths.executable
            process.arguments = arguments
            process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
            process.standardError = try FileHandle(forWritingTo: stderrURL)
            let input = Pipe()
            process.standardInput = input
            try process.run()
            if let stdin { input.fileHandleForWriting.write(stdin) }
            try input.fileHandleForWriting.close()
        }

        var pid: Int32 { process.processIdentifier }

        func kill() {
            Glibc.kill(process.processIdentifier, SIGKILL)
        }

        func finish() throws -> BinaryRun {
            process.waitUntilExit()
            defer {
                try? FileManager.default.removeItem(at: stdoutURL)
                try? FileManager.default.removeItem(at: stderrURL)
            }
            return BinaryRun(
                status: process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus,
                stdout: try String(contentsOf: stdoutURL, encoding: .utf8),
                stderr: try String(contentsOf: stderrURL, encoding: .utf8))
        }
    }
}

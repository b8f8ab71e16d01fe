import Foundation
import ReportExtract

#if canImport(Glibc)
    import Glibc
#endif

/// `--stdin`: extraction as a filter, for Spark's `RDD.pipe` or Hadoop streaming.
///
/// Reads one document (the raw bytes of standard input), or with `--jsonl` one document per line
/// as `{"path": …, "text": …}` (or `"base64": …` for raw bytes in any encoding), and writes each
/// document's figures to standard output as JSON lines: the rows of `figures.jsonl`, so a figure
/// gives the same line here as in a batch run. Nothing touches the file system. A document that
/// fails is named on standard error, the others still go out, and the exit status is 1.
struct StreamMode {
    var jsonLines: Bool
    var path: String
    var decoder: Decoder
    var rules: RuleSet
    var limits = DocumentLimits.defaults

    func run() -> Int32 {
        var pipeline = Pipeline(rules: rules, decoder: decoder, limits: limits)
        pipeline.keepsRecognizedFigures = false  // only the reconciled figures are written, as in a batch run
        pipeline.keepsUnnamedLabels = false  // nor are the labels no rule names
        guard jsonLines else {
            let bytes: [UInt8]
            do { bytes = try InputReader.readAll(fd: STDIN_FILENO, shown: "standard input", limit: decoder.maxFileBytes) } catch {
                Log.error("\(path): \(error.reason)")
                return ExitStatus.someFailed
            }
            return emit(bytes, path: path, pipeline) ? ExitStatus.success : ExitStatus.someFailed
        }
        var failed = false
        var number = 0
        // A line may carry a whole document as base64 (4/3 of its bytes) plus the JSON around it.
        let longest = decoder.maxFileBytes / 3 * 4 + (1 << 20)
        LineReader(fd: STDIN_FILENO, maxLineBytes: longest).forEach { line in
            number += 1
            guard let line else {
                Log.error("standard input line \(number): over \(longest) bytes (--max-file-bytes \(decoder.maxFileBytes) as base64 and JSON); skipped")
                failed = true
                return
            }
            guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { return }
            switch Self.parse(line) {
            case .success(let (path, bytes)):
                if !emit(bytes, path: path, pipeline) { failed = true }
            case .failure(let problem):
                Log.error("standard input line \(number): \(problem.message)")
                failed = true
            }
        }
        return failed ? ExitStatus.someFailed : ExitStatus.success
    }

    struct Problem: Error {
        var message: String
    }

    /// `{"path": …, "text": …}` or `{"path": …, "base64": …}` → the path and the document's bytes.
    static func parse(_ line: [UInt8]) -> Result<(String, [UInt8]), Problem> {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else {
            return .failure(Problem(message: "not a JSON object"))
        }
        guard let path = object["path"] as? String else { return .failure(Problem(message: "no \"path\" string")) }
        if let text = object["text"] as? String { return .success((path, Array(text.utf8))) }
        if let encoded = object["base64"] as? String, let data = Data(base64Encoded: encoded) {
            return .success((path, [UInt8](data)))
        }
        return .failure(Problem(message: "\(path): neither a \"text\" string nor valid \"base64\""))
    }

    /// Extracts one document and writes its figure lines; false when it failed.
    private func emit(_ bytes: [UInt8], path: String, _ pipeline: Pipeline) -> Bool {
        do {
            let document = try pipeline.run(bytes: bytes, path: path)
            let lines = DocumentRows.figureLines(document: DocumentJSON(document))
            if !lines.isEmpty { FileHandle.standardOutput.write(lines) }
            return true
        } catch {
            Log.error("\(path): \(error)")
            return false
        }
    }
}

/// Splits a file descriptor's bytes into lines (without the `\n`), reading 1 MiB at a time. A
/// line longer than `maxLineBytes` is passed as nil and its bytes dropped as they arrive, so
/// memory stays bounded whatever the input.
struct LineReader {
    var fd: Int32
    var maxLineBytes = Int.max

    func forEach(_ body: ([UInt8]?) -> Void) {
        var pending: [UInt8] = []
        var skipping = false  // inside a line already reported too long
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let got = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { break }
            var lineStart = 0
            var searchFrom = pending.count  // earlier bytes hold no newline
            pending.append(contentsOf: buffer[..<got])
            while let newline = pending[searchFrom...].firstIndex(of: 0x0A) {
                if skipping {
                    skipping = false
                } else {
                    body(newline - lineStart > maxLineBytes ? nil : Array(pending[lineStart..<newline]))
                }
                lineStart = newline + 1
                searchFrom = lineStart
            }
            pending.removeSubrange(..<lineStart)
            if pending.count > maxLineBytes {
                if !skipping { body(nil) }
                skipping = true
                pending.removeAll(keepingCapacity: true)
            }
        }
        if !pending.isEmpty, !skipping { body(pending.count > maxLineBytes ? nil : pending) }
    }
}

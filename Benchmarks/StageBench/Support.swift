import Foundation
import ReportExtract

/// CPU seconds of this thread since `start` (see `StageTimes`).
enum Seconds {
    static func since(_ start: Double) -> Double { StageTimes.threadCPUSeconds() - start }
    static var now: Double { StageTimes.threadCPUSeconds() }
}

enum InputFiles {
    /// Every `*.txt` under the paths (files given are taken as they are), sorted, hidden names
    /// skipped: the files a batch run over the same paths extracts. A path that does not exist is
    /// returned in `missing`: a benchmark over nothing must not print zeros as if it had run.
    static func list(_ paths: [String]) -> (files: [String], missing: [String]) {
        var found: [String] = []
        var missing: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            guard isDirectory.boolValue else {
                found.append(path)
                continue
            }
            // A corpus given as a symbolic link to its folder is walked as that folder.
            let folder = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            let walker = FileManager.default.enumerator(atPath: folder)
            while let relative = walker?.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    walker?.skipDescendants()
                } else if name.hasSuffix(".txt") {
                    found.append(folder + "/" + relative)
                }
            }
        }
        return (found.sorted(), missing)
    }

    static func read(_ path: String) -> [UInt8] {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
    }
}

/// The machine's ceiling for this work: read every input and validate it as UTF-8, nothing else.
struct Ceiling {
    var seconds: Double
    var bytes: Int

    static func measure(_ files: [String]) -> Ceiling {
        var bytes = 0
        var valid = 0
        let start = Seconds.now
        for file in files {
            let content = InputFiles.read(file)
            bytes += content.count
            if String(validating: content, as: UTF8.self) != nil { valid += 1 }
        }
        let seconds = Seconds.since(start)
        precondition(valid >= 0)
        return Ceiling(seconds: seconds, bytes: bytes)
    }
}

/// Loading the rules directory: the first load in the process, and the best of five more.
struct RulesTiming {
    var set: RuleSet
    var firstSeconds: Double
    var bestSeconds: Double

    static func load(_ directory: String) -> RulesTiming {
        func once() -> (RuleSet, Double) {
            let start = Seconds.now
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
                .filter(RulesFingerprint.isRuleFile).sorted()
            let files = names.map { name in
                let path = directory + "/" + name
                return RuleFile(name: path, text: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
            }
            guard let set = try? RuleSet.load(files) else {
                FileHandle.standardError.write(Data("report-extract-bench: rules in \(directory) do not load\n".utf8))
                exit(64)
            }
            return (set, Seconds.since(start))
        }
        let (set, first) = once()
        let best = (0..<5).map { _ in once().1 }.min() ?? first
        return RulesTiming(set: set, firstSeconds: first, bestSeconds: best)
    }
}

enum Report {
    static func print(
        files counts: (documents: Int, bytes: Int, figures: Int, checks: Int, failed: Int),
        ceiling: Ceiling, rules: RulesTiming, readSeconds: Double, times: StageTimes
    ) {
        let megabytes = Double(counts.bytes) / 1e6
        func row(_ name: String, _ seconds: Double, total: Double) -> String {
            let rate = seconds > 0 ? megabytes / seconds : .infinity
            let documents = seconds > 0 ? Double(counts.documents) / seconds : .infinity
            return "| \(name) | \(format(seconds, 3)) | \(format(rate, 1)) | \(format(documents, 0)) | "
                + "\(format(100 * seconds / total, 1)) % |"
        }
        let stages = StageTimes.Stage.allCases.map { ($0.rawValue, times.seconds[$0] ?? 0) }
        let total = readSeconds + stages.reduce(0) { $0 + $1.1 }
        var lines = [
            "documents: \(counts.documents) (\(counts.failed) failed), \(format(megabytes, 2)) MB, "
                + "\(counts.figures) figures, \(counts.checks) checks",
            "rules load: first \(format(rules.firstSeconds * 1000, 1)) ms, best of 5 \(format(rules.bestSeconds * 1000, 1)) ms",
            "ceiling (read + UTF-8 validation): \(format(ceiling.seconds, 3)) CPU s, "
                + "\(format(Double(ceiling.bytes) / 1e6 / ceiling.seconds, 0)) MB/s",
            "",
            "| stage | CPU s | MB/s | documents/s | share |",
            "|---|---|---|---|---|",
            row("read", readSeconds, total: total),
        ]
        lines += stages.map { row($0.0, $0.1, total: total) }
        lines.append(row("all stages, one core", total, total: total))
        lines.append("")
        lines.append("share of the ceiling (all stages): \(format(100 * ceiling.seconds / total, 2)) %")
        Swift.print(lines.joined(separator: "\n"))
    }

    static func format(_ value: Double, _ decimals: Int) -> String {
        value.isFinite ? String(format: "%.\(decimals)f", value) : "-"
    }
}

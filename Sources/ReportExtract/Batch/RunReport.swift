import Foundation

/// `run.json`: what one batch run did. Everything that differs between two runs over the same
/// inputs with the same results (times, job count, process id, directories) sits under
/// `volatile`, so tools can compare the rest byte for byte.
public struct RunReport: Encodable, Sendable {
    public static let schemaVersion = "report-extract/run/1"

    public var schema = RunReport.schemaVersion
    public var toolVersion = ToolVersion.current
    public var rulesFingerprint: String
    public var files = Files()
    /// Inputs extracted, by `RunPlan.Reason`.
    public var processed: [String: Int] = [:]
    /// Inputs that failed, sorted by path, each with its one-line reason.
    public var failed: [Failure] = []
    /// Outputs deleted because their input disappeared.
    public var removed: [String] = []
    public var datasets: Datasets?
    public var exitCode: Int32 = 0
    public var volatile: Volatile

    public struct Files: Encodable, Sendable {
        /// Inputs found (plus command-line paths that could not be read).
        public var seen = 0
        public var processed = 0
        /// Not extracted again: unchanged by size and mtime, or by hash (`hashed`).
        public var skipped = 0
        /// Of `skipped`: hashed because their mtime changed, found unchanged.
        public var hashed = 0
        public var failed = 0
        public var removed = 0
        public init() {}
    }

    public struct Failure: Encodable, Sendable, Equatable {
        public var path: String
        public var reason: String
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    public struct Datasets: Encodable, Sendable {
        /// False when nothing changed and the datasets on disk were kept.
        public var rebuilt: Bool
        public var summary: DatasetSummary

        public init(rebuilt: Bool, summary: DatasetSummary) {
            self.rebuilt = rebuilt
            self.summary = summary
        }

        public func encode(to encoder: any Encoder) throws {
            try summary.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(rebuilt, forKey: .rebuilt)
        }
        enum CodingKeys: String, CodingKey { case rebuilt }
    }

    public struct Volatile: Encodable, Sendable {
        public var started: Date
        public var finished: Date
        public var jobs: Int
        public var pid: Int32
        public var outputDirectory: String
        public var rulesDirectory: String?
        public var inputs: [String]

        public init(
            started: Date, finished: Date, jobs: Int, pid: Int32, outputDirectory: String,
            rulesDirectory: String?, inputs: [String]
        ) {
            self.started = started
            self.finished = finished
            self.jobs = jobs
            self.pid = pid
            self.outputDirectory = outputDirectory
            self.rulesDirectory = rulesDirectory
            self.inputs = inputs
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(started, forKey: .started)
            try container.encode(finished, forKey: .finished)
            let milliseconds = (finished.timeIntervalSince(started) * 1000).rounded()
            try container.encode(milliseconds / 1000, forKey: .seconds)
            try container.encode(jobs, forKey: .jobs)
            try container.encode(pid, forKey: .pid)
            try container.encode(outputDirectory, forKey: .outputDirectory)
            try container.encode(rulesDirectory, forKey: .rulesDirectory)
            try container.encode(inputs, forKey: .inputs)
        }

        enum CodingKeys: String, CodingKey {
            case started, finished, seconds, jobs, pid, inputs
            case outputDirectory = "output_directory"
            case rulesDirectory = "rules_directory"
        }
    }

    public init(rulesFingerprint: String, volatile: Volatile) {
        self.rulesFingerprint = rulesFingerprint
        self.volatile = volatile
    }

    enum CodingKeys: String, CodingKey {
        case schema, files, processed, failed, removed, datasets, volatile
        case toolVersion = "tool_version"
        case rulesFingerprint = "rules_fingerprint"
        case exitCode = "exit_code"
    }

    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = try! encoder.encode(self)  // strings, numbers and dates only: cannot fail
        data.append(0x0A)
        return data
    }
}

import Foundation

/// What a batch run left in the output directory: one entry per input whose JSON is there, and a
/// summary of the datasets built from them. The executable stores it as
/// `OUT/.report-extract/manifest.json` and writes it after everything else, so it never claims an
/// output that is not already in place.
public struct Manifest: Codable, Sendable, Equatable {
    public static let schemaVersion = "report-extract/manifest/1"

    public var schema: String
    /// Sorted by `input`.
    public var entries: [Entry]
    /// The datasets now on disk, or `nil` when none were written (or they may be stale).
    public var datasets: DatasetSummary?

    public init(entries: [Entry], datasets: DatasetSummary?) {
        schema = Self.schemaVersion
        self.entries = entries.sorted { $0.input.utf8.lexicographicallyPrecedes($1.input.utf8) }
        self.datasets = datasets
    }

    /// One input and the JSON made from it.
    public struct Entry: Codable, Sendable, Equatable {
        /// Path relative to its input root; the key across runs.
        public var input: String
        /// Path of the JSON relative to the output directory.
        public var output: String
        public var size: Int64
        /// Modification time in nanoseconds since 1970, as `stat` gave it before the file was read.
        public var mtimeNanoseconds: Int64
        public var sha256: String
        public var rulesFingerprint: String
        public var toolVersion: String
        /// SHA-256 of the JSON written, so the datasets' freshness can be checked without reading it.
        public var outputSHA256: String

        public init(
            input: String, output: String, size: Int64, mtimeNanoseconds: Int64, sha256: String,
            rulesFingerprint: String, toolVersion: String, outputSHA256: String
        ) {
            self.input = input
            self.output = output
            self.size = size
            self.mtimeNanoseconds = mtimeNanoseconds
            self.sha256 = sha256
            self.rulesFingerprint = rulesFingerprint
            self.toolVersion = toolVersion
            self.outputSHA256 = outputSHA256
        }

        enum CodingKeys: String, CodingKey {
            case input, output, size, sha256
            case mtimeNanoseconds = "mtime_ns"
            case rulesFingerprint = "rules_fingerprint"
            case toolVersion = "tool_version"
            case outputSHA256 = "output_sha256"
        }
    }

    /// Pretty-printed with sorted keys: the same manifest always gives the same bytes.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try! encoder.encode(self)  // strings and integers only: cannot fail
        data.append(0x0A)
        return data
    }

    /// - Throws: `DecodingError` for a damaged manifest or another schema; callers treat that as
    ///   "no manifest" (everything is redone), which is always safe.
    public static func decode(_ data: Data) throws -> Manifest {
        let manifest = try JSONDecoder().decode(Manifest.self, from: data)
        guard manifest.schema == schemaVersion else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: [], debugDescription: "manifest schema \(manifest.schema), expected \(schemaVersion)"))
        }
        return manifest
    }

    /// The key the datasets depend on: every output and its hash, plus the datasets' own format.
    /// Datasets whose recorded key equals this one need no rebuilding.
    public static func datasetsKey(for entries: [Entry]) -> String {
        var hasher = SHA256()
        hasher.update(Array(DatasetSummary.formatVersion.utf8))
        for entry in entries.sorted(by: { $0.output.utf8.lexicographicallyPrecedes($1.output.utf8) }) {
            hasher.update(Array("\n\(entry.output)\t\(entry.outputSHA256)".utf8))
        }
        return hasher.finalizeHex()
    }
}

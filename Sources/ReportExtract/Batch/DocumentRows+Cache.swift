import Foundation

/// A document's dataset rows as cached beside the outputs (`.report-extract/rows/`), so a
/// dataset rebuild after one changed input concatenates cached rows instead of parsing every
/// per-document JSON again. The cache file is named by `cacheKey`, a hash of the JSON's sha256
/// and its output path: a file can only ever hold the rows of exactly that JSON, so a stale or
/// leftover cache is never wrong, only unused.
extension DocumentRows {
    // 2: the counts carry `warnings`; a version-1 file is a `BadCache`, so the JSON is read again.
    static let cacheMagic = "report-extract-rows/2\n"

    /// `.report-extract/rows/<key>.rows` for the JSON with this sha256 at this output path.
    public static func cacheKey(outputSHA256: String, output: String) -> String {
        SHA256.hex(Array(outputSHA256.utf8) + [0] + Array(output.utf8))
    }

    /// Magic line, then each dataset's bytes as `<count>\n<bytes>`, then the counts as JSON.
    public func cacheData() -> Data {
        var data = Data()
        writeCache { data.append($0) }
        return data
    }

    /// The same bytes piece by piece, so a large document's rows are not copied once more.
    public func writeCache<E: Error>(_ write: (Data) throws(E) -> Void) throws(E) {
        try write(Data(Self.cacheMagic.utf8))
        for file in DatasetFile.allCases {
            let bytes = rows[file] ?? Data()
            try write(Data("\(bytes.count)\n".utf8))
            try write(bytes)
        }
        let counts = CachedCounts(
            figures: figureCount, checks: checkCount, figuresByConfidence: figuresByConfidence,
            checksByStatus: checksByStatus, warnings: warnings.sorted())
        try write(Data(try! JSONWriter.bytes(counts, layout: .compact)))  // integers only
    }

    public struct BadCache: Error {}

    public init(cache: [UInt8]) throws(BadCache) {
        try self.init(cache: Data(cache))
    }

    /// Each dataset's rows are slices of `cache`, sharing its storage: a large document's rows
    /// are not copied once more on their way into the datasets.
    public init(cache: Data) throws(BadCache) {
        let magic = Data(Self.cacheMagic.utf8)
        guard cache.starts(with: magic) else { throw BadCache() }
        var index = cache.startIndex + magic.count
        for file in DatasetFile.allCases {
            guard let newline = cache[index...].firstIndex(of: 0x0A),
                let count = Int(String(decoding: cache[index..<newline], as: UTF8.self)),
                newline + 1 + count <= cache.endIndex
            else { throw BadCache() }
            rows[file] = cache[(newline + 1)..<(newline + 1 + count)]
            index = newline + 1 + count
        }
        guard let counts = try? JSONSerialization.jsonObject(with: Data(cache[index...])) as? [String: Any],
            let figures = counts["figures"] as? Int, let checks = counts["checks"] as? Int,
            let byConfidence = counts["figures_by_confidence"] as? [String: Int],
            let byStatus = counts["checks_by_status"] as? [String: Int],
            let warned = counts["warnings"] as? [String]
        else { throw BadCache() }
        (figureCount, checkCount, figuresByConfidence, checksByStatus) = (figures, checks, byConfidence, byStatus)
        warnings = Set(warned)
    }
}

/// The counts at the end of a rows cache file.
private struct CachedCounts: Encodable {
    var figures: Int
    var checks: Int
    var figuresByConfidence: [String: Int]
    var checksByStatus: [String: Int]
    var warnings: [String]

    enum CodingKeys: String, CodingKey {
        case figures, checks, warnings
        case figuresByConfidence = "figures_by_confidence"
        case checksByStatus = "checks_by_status"
    }
}

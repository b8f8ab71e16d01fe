import Foundation

/// A document's dataset rows as cached beside the outputs (`.report-extract/rows/`), so a
/// dataset rebuild after one changed input concatenates cached rows instead of parsing every
/// per-document JSON again. The cache file is named by `cacheKey`, a hash of the JSON's sha256
/// and its output path: a file can only ever hold the rows of exactly that JSON, so a stale or
/// leftover cache is never wrong, only unused.
///
/// Format 3, written as the rows are made so a long document never holds them whole:
/// ```
/// report-extract-rows/3\n
/// <dataset file name> <byte count>\n<bytes>     a block of rows, any number, datasets interleaved
/// counts <byte count>\n<JSON>                   the counts, last
/// ```
/// A dataset's rows are its blocks' bytes in file order. Format 2 (each dataset once, in
/// `DatasetFile.allCases` order, as `<count>\n<bytes>`, then the counts to the end) is still read.
extension DocumentRows {
    static let cacheMagic = "report-extract-rows/3\n"
    // 2: the counts carry `warnings`; a version-1 file is a `BadCache`, so the JSON is read again.
    static let cacheMagicVersion2 = "report-extract-rows/2\n"
    /// Rows gathered per dataset before they go out as a block.
    public static let cacheBlockBytes = 1 << 20

    /// `.report-extract/rows/<key>.rows` for the JSON with this sha256 at this output path.
    public static func cacheKey(outputSHA256: String, output: String) -> String {
        SHA256.hex(Array(outputSHA256.utf8) + [0] + Array(output.utf8))
    }

    /// The cache of rows held in memory, one block per dataset.
    public func cacheData() -> Data {
        var data = Data()
        writeCache { data.append($0) }
        return data
    }

    /// The same bytes piece by piece.
    public func writeCache<E: Error>(_ write: (Data) throws(E) -> Void) throws(E) {
        try write(Data(Self.cacheMagic.utf8))
        for file in DatasetFile.allCases {
            guard let bytes = rows[file], !bytes.isEmpty else { continue }
            try write(Data(Self.blockHead(file, bytes.count).utf8))
            try write(bytes)
        }
        try write(Self.countsBlock(self))
    }

    /// Makes the rows of a document just extracted and writes their cache as they come, a block
    /// of about `blockBytes` per dataset at a time; returns the counts (no rows kept). The pieces
    /// are handed over as the bytes they were made in: a `Data` of each was one more copy of a
    /// long table's total-row check.
    public static func writeCache<E: Error>(
        document: DocumentJSON, output: String, blockBytes: Int = cacheBlockBytes,
        _ write: ([UInt8]) throws(E) -> Void
    ) throws(E) -> DocumentRows {
        try write(Array(cacheMagic.utf8))
        var pending: [DatasetFile: [UInt8]] = [:]
        func flush(_ file: DatasetFile) throws(E) {
            guard let bytes = pending[file], !bytes.isEmpty else { return }
            try write(Array(blockHead(file, bytes.count).utf8))
            try write(bytes)
            pending[file]!.removeAll(keepingCapacity: true)
        }
        let counts = try makeRows(document, output: output) { (file, row, newline) throws(E) in
            let held = pending[file]?.count ?? 0
            let size = row.count + (newline ? 1 : 0)
            guard held + size >= blockBytes else {
                row.pieces { pending[file, default: []].append(contentsOf: $0) }
                if newline { pending[file]!.append(0x0A) }
                return
            }
            // The block the row completes goes out as gathered rows and the row, the row not
            // copied into them: a long table's total-row check is one row of several megabytes,
            // and the gathered rows kept its room to the end. The row goes as its pieces come
            // (a check's about a megabyte each), never whole.
            try write(Array(blockHead(file, held + size).utf8))
            if held > 0 {
                try write(pending[file]!)
                pending[file]!.removeAll(keepingCapacity: true)
            }
            var failure: E?
            row.pieces { piece in
                guard failure == nil else { return }
                do throws(E) { try write(Array(piece)) } catch { failure = error }
            }
            if let failure { throw failure }
            if newline { try write([0x0A]) }
        }
        for file in DatasetFile.allCases { try flush(file) }
        try write([UInt8](countsBlock(counts)))
        return counts
    }

    /// The line before a block of `count` bytes of `file`'s rows.
    private static func blockHead(_ file: DatasetFile, _ count: Int) -> String { "\(file.rawValue) \(count)\n" }

    private static func countsBlock(_ rows: DocumentRows) -> Data {
        let counts = CachedCounts(
            figures: rows.figureCount, checks: rows.checkCount, figuresByConfidence: rows.figuresByConfidence,
            checksByStatus: rows.checksByStatus, warnings: rows.warnings.sorted())
        let json = try! JSONWriter.bytes(counts, layout: .compact)  // integers and strings only
        return Data("counts \(json.count)\n".utf8) + Data(json)
    }

    public struct BadCache: Error {}

    public init(cache: [UInt8]) throws(BadCache) {
        try self.init(cache: Data(cache))
    }

    /// A dataset held in one block is a slice of `cache`, sharing its storage: a large
    /// document's rows are not copied once more on their way into the datasets.
    public init(cache: Data) throws(BadCache) {
        let layout = try Self.cacheLayout(size: cache.count) { range in
            cache[(cache.startIndex + range.lowerBound)..<(cache.startIndex + range.upperBound)]
        }
        self = layout.counts
        for file in DatasetFile.allCases { rows[file] = Data() }
        for block in layout.blocks {
            let bytes = cache[(cache.startIndex + block.range.lowerBound)..<(cache.startIndex + block.range.upperBound)]
            if rows[block.file]!.isEmpty { rows[block.file] = bytes } else { rows[block.file]!.append(bytes) }
        }
    }

    /// Where each block of a cache lies, and the counts: what a rebuild needs to copy a large
    /// cache into the datasets a piece at a time instead of reading it whole.
    public struct CacheLayout: Sendable {
        public struct Block: Sendable, Equatable {
            public var file: DatasetFile
            /// Byte offsets in the cache file.
            public var range: Range<Int>
        }

        public var blocks: [Block] = []
        /// The counts, with no rows.
        public var counts = DocumentRows()
    }

    /// Reads the headers of a cache of `size` bytes through `read` (bytes at a range of offsets;
    /// fewer at the end of the file), skipping the rows, then its counts.
    public static func cacheLayout(
        size: Int, read: (Range<Int>) throws -> Data
    ) throws(BadCache) -> CacheLayout {
        func bytes(_ range: Range<Int>) throws(BadCache) -> Data {
            guard let data = try? read(range) else { throw BadCache() }
            return data
        }
        let start = try bytes(0..<min(size, 64))
        if start.starts(with: Data(cacheMagic.utf8)) {
            return try layout(size: size, from: cacheMagic.utf8.count, bytes)
        }
        if start.starts(with: Data(cacheMagicVersion2.utf8)) {
            return try layoutVersion2(size: size, from: cacheMagicVersion2.utf8.count, bytes)
        }
        throw BadCache()
    }

    /// One header line at `offset`, without its newline, and where the bytes after it start.
    private static func header(
        at offset: Int, size: Int, _ bytes: (Range<Int>) throws(BadCache) -> Data
    ) throws(BadCache) -> (text: String, next: Int) {
        let piece = try bytes(offset..<min(size, offset + 64))
        guard let newline = piece.firstIndex(of: 0x0A) else { throw BadCache() }
        let length = newline - piece.startIndex
        return (String(decoding: piece.prefix(length), as: UTF8.self), offset + length + 1)
    }

    private static func layout(
        size: Int, from start: Int, _ bytes: (Range<Int>) throws(BadCache) -> Data
    ) throws(BadCache) -> CacheLayout {
        var layout = CacheLayout()
        var offset = start
        while true {
            let (text, next) = try header(at: offset, size: size, bytes)
            let parts = text.split(separator: " ")
            guard parts.count == 2, let count = Int(parts[1]), count >= 0, next + count <= size else { throw BadCache() }
            if parts[0] == "counts" {
                guard next + count == size else { throw BadCache() }
                layout.counts = try counts(bytes(next..<size))
                return layout
            }
            guard let file = DatasetFile(rawValue: String(parts[0])) else { throw BadCache() }
            layout.blocks.append(.init(file: file, range: next..<(next + count)))
            offset = next + count
        }
    }

    private static func layoutVersion2(
        size: Int, from start: Int, _ bytes: (Range<Int>) throws(BadCache) -> Data
    ) throws(BadCache) -> CacheLayout {
        var layout = CacheLayout()
        var offset = start
        for file in DatasetFile.allCases {
            let (text, next) = try header(at: offset, size: size, bytes)
            guard let count = Int(text), count >= 0, next + count <= size else { throw BadCache() }
            layout.blocks.append(.init(file: file, range: next..<(next + count)))
            offset = next + count
        }
        layout.counts = try counts(bytes(offset..<size))
        return layout
    }

    /// Read through `JSONValue`: `JSONSerialization`, reading a hundred bytes per document, was
    /// 3 % of a rebuild's samples after one changed input among 1,000 (7 % in stop 50's profile).
    private static func counts(_ json: Data) throws(BadCache) -> DocumentRows {
        guard let counts = JSONValue.read(json),
            let figures = counts["figures"]?.int, let checks = counts["checks"]?.int,
            let byConfidence = counts["figures_by_confidence"]?.ints,
            let byStatus = counts["checks_by_status"]?.ints,
            let warned = counts["warnings"]?.strings
        else { throw BadCache() }
        var rows = DocumentRows()
        (rows.figureCount, rows.checkCount, rows.figuresByConfidence, rows.checksByStatus) = (figures, checks, byConfidence, byStatus)
        rows.warnings = Set(warned)
        return rows
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

import Foundation
import ReportExtract

/// Rebuilds the datasets (`DatasetFile`) from the per-document JSON listed in the manifest,
/// reading documents in parallel and appending their rows in output-path order, so the bytes do
/// not depend on `--jobs`. All four files are staged and renamed into place together at the end.
enum Datasets {
    struct Built {
        var summary: DatasetSummary
        /// The entries whose JSON went into the datasets.
        var entries: [Manifest.Entry]
        /// Entries whose JSON could not be read or parsed, with the reason.
        var unreadable: [(entry: Manifest.Entry, reason: String)]
    }

    private enum Rows: Sendable {
        case read(DocumentRows)
        /// A large cache, left on disk: its blocks are copied a piece at a time.
        case streamed(DocumentRows.CacheLayout, ReadableFile)
        case unreadable(String)
    }

    static let chunkSize = 256
    /// A cache up to this size is read whole (a chunk of documents then holds at most
    /// `chunkSize` of them); a larger one is copied `copyBytes` at a time.
    static let wholeCacheBytes = 256 << 10
    static let copyBytes = 1 << 20

    static func rebuild(
        _ entries: [Manifest.Entry], in out: OutputDirectory, jobs: Int, progress: Progress
    ) throws(FileError) -> Built {
        let sorted = entries.sorted { $0.output.utf8.lexicographicallyPrecedes($1.output.utf8) }
        var staged: [DatasetFile: StagedFile] = [:]
        for file in DatasetFile.allCases {
            staged[file] = try out.stage()
            try staged[file]!.append(file.header)
        }
        var built = Built(summary: DatasetSummary(key: ""), entries: [], unreadable: [])
        progress.begin("datasets", files: sorted.count, bytes: sorted.reduce(0) { $0 + $1.size })
        for start in stride(from: 0, to: sorted.count, by: chunkSize) {
            let chunk = Array(sorted[start..<min(start + chunkSize, sorted.count)])
            let rows = WorkerPool.map(count: chunk.count, jobs: jobs, tick: progress.draw) { index in
                defer { progress.advance(bytes: chunk[index].size) }
                return read(chunk[index], from: out)
            }
            for (entry, row) in zip(chunk, rows) {
                switch row {
                case .read(let document):
                    built.summary.add(document)
                    built.entries.append(entry)
                    for file in DatasetFile.allCases { try staged[file]!.append(document.rows[file] ?? Data()) }
                case .streamed(let layout, let cache):
                    built.summary.add(layout.counts)
                    built.entries.append(entry)
                    for block in layout.blocks { try copy(block.range, of: cache, to: staged[block.file]!) }
                case .unreadable(let reason):
                    built.unreadable.append((entry, reason))
                }
            }
            progress.draw()
        }
        built.summary.key = Manifest.datasetsKey(for: built.entries)
        for file in DatasetFile.allCases { try staged[file]!.commit(to: file.rawValue) }
        pruneCache(keeping: sorted, in: out)
        return built
    }

    static let cacheDirectory = OutputDirectory.stateDirectory + "/rows"

    static func cachePath(outputSHA256: String, output: String) -> String {
        cacheDirectory + "/" + DocumentRows.cacheKey(outputSHA256: outputSHA256, output: output) + ".rows"
    }

    /// The cached rows when present and well formed (a large cache only laid out, its rows left
    /// on disk), else the JSON parsed (and the cache written for next time).
    private static func read(_ entry: Manifest.Entry, from out: OutputDirectory) -> Rows {
        let cache = cachePath(outputSHA256: entry.outputSHA256, output: entry.output)
        if out.isRegularFile(cache), let file = try? out.openForReading(cache) {
            if file.size <= wholeCacheBytes {
                if let bytes = try? file.read(0..<file.size), let rows = try? DocumentRows(cache: bytes) { return .read(rows) }
            } else if let layout = try? DocumentRows.cacheLayout(size: file.size, read: { range in try file.read(range) }) {
                return .streamed(layout, file)
            }
        }
        do {
            let bytes = try out.read(entry.output)
            let rows = try DocumentRows(documentJSON: Data(bytes), output: entry.output)
            if SHA256.hex(bytes) == entry.outputSHA256 { try? out.write(rows.cacheData(), to: cache) }
            return .read(rows)
        } catch {
            return .unreadable("\(error)")
        }
    }

    /// Appends the bytes at `range` of `cache` to `staged`, `copyBytes` at a time.
    private static func copy(_ range: Range<Int>, of cache: ReadableFile, to staged: StagedFile) throws(FileError) {
        var offset = range.lowerBound
        while offset < range.upperBound {
            let piece = try cache.read(offset..<min(offset + copyBytes, range.upperBound))
            guard !piece.isEmpty else { throw FileError(path: cache.shown, reason: "cached rows ended early") }
            try staged.append(piece)
            offset += piece.count
        }
    }

    /// Deletes cached rows no current output refers to (replaced or vanished documents).
    private static func pruneCache(keeping entries: [Manifest.Entry], in out: OutputDirectory) {
        let wanted = Set(entries.map { (cachePath(outputSHA256: $0.outputSHA256, output: $0.output) as NSString).lastPathComponent })
        let directory = out.shown(cacheDirectory)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasSuffix(".rows") && !wanted.contains(name) {
            try? out.remove(cacheDirectory + "/" + name)
        }
    }
}

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
        case unreadable(String)
    }

    static let chunkSize = 256

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
                case .unreadable(let reason):
                    built.unreadable.append((entry, reason))
                }
            }
            progress.draw()
        }
        built.summary.key = Manifest.datasetsKey(for: built.entries)
        for file in DatasetFile.allCases { try staged[file]!.commit(to: file.rawValue) }
        return built
    }

    private static func read(_ entry: Manifest.Entry, from out: OutputDirectory) -> Rows {
        do {
            let bytes = try out.read(entry.output)
            return .read(try DocumentRows(documentJSON: Data(bytes), output: entry.output))
        } catch {
            return .unreadable("\(error)")
        }
    }
}

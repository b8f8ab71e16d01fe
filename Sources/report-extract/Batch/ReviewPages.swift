import Foundation
import ReportExtract

/// The review pages of a batch run (`DocumentPage`, `ReviewIndex`), kept in step with the JSON
/// under the same rules as every other output: each page is staged and renamed into place right
/// after its document's JSON (`GroupCommit`) and before the document's manifest entry can name
/// it, so a killed run redoes both; pages of vanished inputs are deleted with their JSON; a page
/// missing beside a skipped document (an output folder from before the pages, or a page deleted
/// by hand) is made again from the JSON on disk; `index.html` is rebuilt whenever the datasets
/// are, or when it is missing.
enum ReviewPages {
    /// The page of a document just extracted, written to a staged file for the caller to commit
    /// after the JSON (any thread). Streamed a quarter megabyte at a time, like the JSON (a
    /// megabyte): the page of a very long table is several times the size of its input.
    static func staged(
        _ document: DocumentJSON, output: String, in out: OutputDirectory
    ) throws(FileError) -> (file: StagedFile, page: String) {
        let page = ReviewPaths.page(forOutput: output)
        return (try stream(to: page, in: out) { sink in try DocumentPage.renderInPlace(document: document, page: page, to: sink) }, page)
    }

    /// Writes the page of a document from its JSON on disk (any thread).
    static func write(json: Data, output: String, in out: OutputDirectory) throws(FileError) {
        let page = ReviewPaths.page(forOutput: output)
        try stream(to: page, in: out) { sink in try DocumentPage.renderInPlace(json: json, page: page, to: sink) }.commit(to: page)
    }

    /// A staged file holding what `render` hands out; discarded if it fails.
    private static func stream(
        to page: String, in out: OutputDirectory, _ render: (@escaping (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void
    ) throws(FileError) -> StagedFile {
        let staged = try out.stage()
        do {
            try render { piece in try staged.append(piece) }
        } catch let error as FileError {
            staged.discard()
            throw error
        } catch {
            staged.discard()
            throw FileError(path: out.shown(page), reason: "\(error)")
        }
        return staged
    }

    /// Makes the pages missing beside current outputs from their JSON; returns the failures.
    static func fillMissing(
        _ entries: [Manifest.Entry], in out: OutputDirectory, jobs: Int
    ) -> [(path: String, reason: String)] {
        let missing = entries.filter { !out.isRegularFile(ReviewPaths.page(forOutput: $0.output)) }
        let failures = WorkerPool.map(count: missing.count, jobs: jobs) { index -> (path: String, reason: String)? in
            let output = missing[index].output
            do throws(FileError) {
                try write(json: Data(out.read(output)), output: output, in: out)
                return nil
            } catch {
                return (out.shown(ReviewPaths.page(forOutput: output)), "cannot write the review page: \(error.reason)")
            }
        }
        return failures.compactMap { $0 }
    }

    /// Writes `index.html` from `documents.jsonl`.
    static func writeIndex(in out: OutputDirectory) throws(FileError) {
        let rows = try out.read(DatasetFile.documents.rawValue)
        try out.write(Data(ReviewIndex.render(documentsJSONL: rows)), to: ReviewPaths.index)
    }
}

extension BatchRunner {
    /// After extraction: pages for documents that have none.
    func fillMissingPages(_ entries: [String: Manifest.Entry], out: OutputDirectory) {
        for failure in ReviewPages.fillMissing(Array(entries.values), in: out, jobs: options.jobs) {
            fail(path: failure.path, reason: failure.reason)
        }
    }

    /// After the datasets: the index, when they were rebuilt or it is missing.
    func writeReviewIndex(datasetsRebuilt: Bool, out: OutputDirectory) {
        guard datasetsRebuilt || !out.isRegularFile(ReviewPaths.index) else { return }
        do { try ReviewPages.writeIndex(in: out) } catch {
            fail(path: error.path, reason: "cannot write the review index: \(error.reason)")
            // A missing index is rebuilt by the next run; a stale one would stay.
            try? out.remove(ReviewPaths.index)
        }
    }
}

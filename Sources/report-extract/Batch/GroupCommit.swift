import Foundation
import ReportExtract

/// Puts extracted documents' outputs in place on a thread of its own, many documents at a time:
/// the documents waiting when it turns to them are flushed with one `syncfs` and then renamed
/// into place, each document's files in order (JSON, review page, rows cache). An `fsync` per
/// file kept the extracting threads waiting on the disk, a journal commit apiece: a quarter of
/// the wall time with two jobs (Benchmarks/README.md, stop 38). `syncfs` flushes other
/// programs' data on the file system too, which the kernel would write back soon anyway.
///
/// The guarantee is `StagedFile.commit(to:)`'s: no file is renamed before its bytes are on disk,
/// and a document is reported committed (so that a checkpoint manifest may name it) only once
/// all its files are in place. A run killed before then leaves staged files, cleared by the next
/// run, which redoes the document.
final class GroupCommit: @unchecked Sendable {  // state behind `condition`
    struct Document {
        /// The input as a failure's message shows it (the manifest's name is `entry.input`).
        var path: String
        var files: [File]
        var entry: Manifest.Entry
    }

    struct File {
        var staged: StagedFile
        var relative: String
        /// A cache: discarded, not failed for, when its rename fails.
        var optional = false
    }

    /// Documents waiting at most: an extracting thread waits past this, so a slow disk holds back
    /// the extraction rather than piling up staged files.
    static let maxWaiting = 256

    private let out: OutputDirectory
    private let committed: @Sendable (Manifest.Entry) -> Void
    private let failed: @Sendable (_ document: Document, _ reason: String) -> Void
    private let condition = NSCondition()
    private var waiting: [Document] = []
    private var finishing = false
    private var finished = false

    /// Starts the committing thread; `committed` and `failed` are called on it, once per document.
    init(
        out: OutputDirectory, committed: @escaping @Sendable (Manifest.Entry) -> Void,
        failed: @escaping @Sendable (_ document: Document, _ reason: String) -> Void
    ) {
        self.out = out
        self.committed = committed
        self.failed = failed
        let thread = Thread { [self] in run() }
        thread.start()
    }

    /// Hands over a document whose files are written (any thread).
    func add(_ document: Document) {
        for file in document.files { file.staged.finishWriting() }
        condition.lock()
        while waiting.count >= Self.maxWaiting { condition.wait() }
        waiting.append(document)
        condition.broadcast()
        condition.unlock()
    }

    /// Commits what is waiting and returns once every document handed over is in place or failed.
    func finish() {
        condition.lock()
        finishing = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while waiting.isEmpty && !finishing { condition.wait() }
            let group = waiting
            waiting = []
            if group.isEmpty { finished = true }
            condition.broadcast()
            condition.unlock()
            if group.isEmpty { return }
            commit(group)
        }
    }

    private func commit(_ group: [Document]) {
        do {
            try out.flush()
        } catch {
            for document in group {
                for file in document.files { file.staged.discard() }
                failed(document, "\(error)")
            }
            return
        }
        for document in group {
            do throws(FileError) {
                for (index, file) in document.files.enumerated() {
                    do throws(FileError) {
                        try file.staged.install(as: file.relative)
                    } catch {
                        guard file.optional else {
                            for later in document.files[(index + 1)...] { later.staged.discard() }
                            throw error
                        }
                    }
                }
                committed(document.entry)
            } catch {
                failed(document, "\(error)")
            }
        }
    }
}

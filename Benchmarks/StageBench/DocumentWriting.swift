import Foundation
import ReportExtract

/// The write stage as a batch run does it for each document, minus the disk: the per-document
/// JSON streamed and hashed (the manifest keeps its SHA-256), the review page, and the dataset
/// rows as their cache is written. Until 2 December 2026 this stage made the JSON and the rows
/// only: hashing the JSON and drawing the page were a fifth of a batch run and timed nowhere.
enum DocumentWriting {
    static func write(_ document: consuming ExtractedDocument, output: String) {
        let values = DocumentJSON(consume document)
        let written = ByteCount()
        var hasher = SHA256()
        // Handing bytes to a counter cannot fail.
        try! values.write { piece in
            hasher.update(piece)
            written.bytes += piece.count
        }
        let digest = hasher.finalizeHex()
        let page = ByteCount()
        try! DocumentPage.render(document: values, page: ReviewPaths.page(forOutput: output)) { page.bytes += $0.count }
        let rows = ByteCount()
        _ = DocumentRows.writeCache(document: values, output: output) { rows.bytes += $0.count }
        precondition(written.bytes > 0 && digest.count == 64 && page.bytes > 0 && rows.bytes > 0)
    }

    private final class ByteCount { var bytes = 0 }
}

import Foundation
import ReportExtract

/// The write stage as a batch run does it for each document, minus the disk: the per-document
/// JSON streamed and hashed (the manifest keeps its SHA-256), the review page, and the dataset
/// rows as their cache is written. Until 2 December 2026 this stage made the JSON and the rows
/// only: hashing the JSON and drawing the page were a fifth of a batch run and timed nowhere.
enum DocumentWriting {
    static func write(_ document: consuming ExtractedDocument, output: String) {
        let values = DocumentJSON(consume document)
        var written = 0
        var hasher = SHA256()
        // Handing bytes to a counter cannot fail.
        try! values.writeInPlace { piece in
            hasher.update(piece)
            written += piece.count
        }
        let digest = hasher.finalizeHex()
        var page = 0
        try! DocumentPage.renderInPlace(document: values, page: ReviewPaths.page(forOutput: output)) { page += $0.count }
        var rows = 0
        _ = DocumentRows.writeCache(document: values, output: output) { rows += $0.count }
        precondition(written > 0 && digest.count == 64 && page > 0 && rows > 0)
    }
}

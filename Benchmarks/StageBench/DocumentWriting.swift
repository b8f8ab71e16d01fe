import Foundation
import ReportExtract

/// The write stage as a batch run does it for each document, minus the disk: the per-document
/// JSON and the dataset rows (cached beside the outputs by a batch run).
enum DocumentWriting {
    static func write(_ document: ExtractedDocument, output: String) {
        let json = DocumentJSON(document).encoded()
        let rows = try? DocumentRows(documentJSON: json, output: output)
        precondition(!json.isEmpty && (rows?.cacheData().isEmpty ?? false) == false)
    }
}

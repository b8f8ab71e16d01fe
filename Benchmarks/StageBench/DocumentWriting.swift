import Foundation
import ReportExtract

/// The write stage as a batch run does it for each document, minus the disk: the per-document
/// JSON and the dataset rows (cached beside the outputs by a batch run).
enum DocumentWriting {
    static func write(_ document: consuming ExtractedDocument, output: String) {
        let values = DocumentJSON(consume document)
        let json = values.encodedBytes()
        let rows = DocumentRows(document: values, output: output)
        precondition(!json.isEmpty && !rows.cacheData().isEmpty)
    }
}

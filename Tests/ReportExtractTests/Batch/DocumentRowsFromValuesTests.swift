import Foundation
import Testing

@testable import ReportExtract

/// The dataset rows written from the values in memory must be the bytes the rows read back from
/// the document's JSON always were: then a rebuild from JSON (a document without cached rows) and
/// a fresh extraction give the same datasets.
@Suite struct DocumentRowsFromValuesTests {
    @Test(arguments: Corpus.names)
    func sameRowsAsFromTheJSON(name: String) throws {
        let document = DocumentJSON(try Corpus.extracted(name))
        let fromValues = DocumentRows(document: document, output: "out/\(name).json")
        let fromJSON = try DocumentRows(documentJSON: document.encoded(), output: "out/\(name).json")
        for file in DatasetFile.allCases {
            #expect(fromValues.rows[file] == fromJSON.rows[file], "\(file.rawValue)")
        }
        #expect(fromValues.cacheData() == fromJSON.cacheData())
        #expect(DocumentRows.figureLines(document: document) == fromValues.rows[.figures])
    }

    /// Every control character, quotes and backslashes: the compact writer escapes as the
    /// datasets' writer did.
    @Test func escapesMatchTheDatasetsWriter() throws {
        let text = String(decoding: (0..<0x20).map { UInt8($0) } + Array("\"\\/é中".utf8), as: UTF8.self)
        let ours = String(decoding: try JSONWriter.bytes(["k": [text]], layout: .compact), as: UTF8.self)
        #expect(ours == CompactJSON.string(["k": [text]]))
        let token = try JSONWriter.bytes(text, layout: .compact)
        #expect(JSONText.string(token[...]) == text)
    }

    @Test func arrayElements() {
        let elements = JSONText.elements(Array(#"[1,"a,]\"",[2,{"b":[3]}],null]"#.utf8)[...])
        #expect(elements?.map { String(decoding: $0, as: UTF8.self) } == ["1", #""a,]\"""#, #"[2,{"b":[3]}]"#, "null"])
        #expect(JSONText.elements(Array("[]".utf8)[...])?.isEmpty == true)
    }
}

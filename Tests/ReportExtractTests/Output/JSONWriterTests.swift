import Foundation
import Testing

@testable import ReportExtract

/// The byte writer must write exactly what `JSONEncoder` wrote with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, for any `Encodable`, not only the output types the golden tests see.
@Suite struct JSONWriterTests {
    static func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func ours<T: Encodable>(_ value: T, _ layout: JSONLayout = .pretty) throws -> String {
        String(decoding: try JSONWriter.bytes(value, layout: layout), as: UTF8.self)
    }

    struct Mixed: Encodable {
        var text = "quote \" backslash \\ slash / tab \t newline \n return \r bell \u{07} back \u{08} feed \u{0C} 中文 é"
        var zero = 0
        var negative = -42
        var large = Int64.max
        var shares: [Double] = [1, 0.5, 0.6333, 1e-05, 123_456_789, -0.0, 2.5e20]
        var flag = true
        var missing: String? = nil
        @Nullable var explicitNull: Int? = nil
        var emptyArray: [Int] = []
        var emptyObject: [String: Int] = [:]
        var nested: [[String]] = [[], ["a"], ["b", "c"]]
        var chose: [String: String] = ["t1.r10.c2": "x", "t1.r9.c2": "y", "B": "upper", "a": "lower", "_x": "u", "é": "e", "z": "z"]
        var decimal = Decimal(string: "1124.65")!
        var url = URL(string: "https://example.org/a b")!
        var stuffed = Stuffed()
    }

    /// Writes its keys out of order, one key through a nested container, one through a super encoder.
    struct Stuffed: Encodable {
        enum Keys: String, CodingKey { case zeta, alpha, middle, inner, list }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("last", forKey: .zeta)
            var inner = container.nestedContainer(keyedBy: Keys.self, forKey: .inner)
            try container.encode(1, forKey: .alpha)
            try inner.encode("b", forKey: .middle)
            try inner.encode("a", forKey: .alpha)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(3)
            var deeper = list.nestedContainer(keyedBy: Keys.self)
            try list.encode(4)
            try deeper.encode(true, forKey: .zeta)
            try Empty().encode(to: container.superEncoder(forKey: .middle))
        }
    }

    struct Empty: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    @Test func prettyMatchesJSONEncoder() throws {
        #expect(try Self.ours(Mixed()) == Self.foundation(Mixed()))
        #expect(try Self.ours([Mixed(), Mixed()]) == Self.foundation([Mixed(), Mixed()]))
        // A value that encodes nothing is `{}` (JSONEncoder refuses it only at the top level).
        #expect(try Self.ours(["k": Empty()]) == Self.foundation(["k": Empty()]))
        #expect(try Self.ours("top") == Self.foundation("top"))
        #expect(try Self.ours([String: [Int]]()) == Self.foundation([String: [Int]]()))
    }

    @Test func prettyMatchesJSONEncoderOnEverySeed() throws {
        for name in Corpus.names {
            let document = DocumentJSON(try Corpus.extracted(name))
            #expect(try Self.ours(document) == Self.foundation(document), "\(name)")
        }
    }

    /// Compact rows keep the escapes the datasets always had (`\u0008`, not `\b`) and sort keys
    /// by their UTF-8 bytes.
    @Test func compactLayout() throws {
        struct Row: Encodable {
            var b = "x\u{08}\u{0C}\u{1F}\"\\/"
            var a: [Int] = [1, 2]
            var c: [String: Int] = ["t1.r9": 1, "t1.r10": 2]
            var d: [Int] = []
            var e = 1.0
        }
        #expect(try Self.ours(Row(), .compact)
            == #"{"a":[1,2],"b":"x\u0008\u000c\u001f\"\\/","c":{"t1.r10":2,"t1.r9":1},"d":[],"e":1}"#)
    }

    @Test func nonFiniteNumbersAreAnError() {
        #expect(throws: EncodingError.self) { try JSONWriter.bytes([Double.nan], layout: .pretty) }
    }
}

/// A document streamed in pieces is the same bytes as written whole, and the pieces stay small.
@Suite struct StreamedDocumentTests {
    @Test func streamedBytesEqualWholeBytes() throws {
        let text = CheckWorkLinearityTests.document(rows: 3000)
        let document = DocumentJSON(try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "long.txt"))
        var pieces: [[UInt8]] = []
        try document.write { pieces.append($0) }
        #expect(pieces.joined().elementsEqual(document.encodedBytes()))
        #expect(pieces.count > 2)
        #expect(pieces.allSatisfy { $0.count < 2 * JSONSink.handOutSize })
        var lent: [[UInt8]] = []
        try document.writeInPlace { lent.append(Array($0)) }
        #expect(lent == pieces)
    }
}

/// Figures, checks, rows and cells are written by hand (`JSONWriter+Direct`): the same bytes as
/// their `Encodable` conformances, also with the members the seeds rarely set.
@Suite struct JSONDirectWritingTests {
    /// A seed's document with every optional member of one figure, cell and check set.
    static func documentWithEveryMember() throws -> DocumentJSON {
        var document = DocumentJSON(try Corpus.extracted(Corpus.names[0]))
        document.figures[0].candidates = ["1.5", "15%"]
        document.figures[1].candidates = []
        document.figures[0].repairs = [NumberRepair(kind: .doublePoint, from: "1..2", to: "1.2")]
        if !document.indicators.isEmpty {
            document.indicators[0].level3 = "三级"
            document.indicators[0].deviationReason = "原因\n"
        }
        let table = document.tables.firstIndex { !$0.bodyRows.isEmpty && !$0.bodyRows[0].cells.isEmpty }!
        // A cell's JSON reads its `Cell`: a raw text and paragraphs on one, and a filled-down
        // copy of it (which writes no raw text) after it.
        var cell = Cell(
            text: "a b", raw: "原 文\t\"x\"", paragraphs: ["a", "b"], rawParagraphs: ["a", "b"],
            paragraphLines: [1, 2], firstLine: 1, lastLine: 2)
        document.tables[table].bodyRows[0].cells[0] = CellJSON(cell)
        cell.filledFrom = 3
        document.tables[table].bodyRows[0].cells.append(CellJSON(cell))
        document.tables[table].bodyRows[0].header = 1
        if !document.checks.isEmpty {
            document.checks[0].result.chose = ["t1.r10.c2": "x", "t1.r9.c2": "y"]
            document.checks[0].result.gap = "0.01"
        }
        return document
    }

    @Test func documentMatchesJSONEncoder() throws {
        let document = try Self.documentWithEveryMember()
        #expect(!document.checks.isEmpty)
        #expect(try JSONWriterTests.ours(document) == JSONWriterTests.foundation(document))
    }

    /// Dataset rows (compact, `path` added): the bytes of the `Encodable` path, and where each
    /// member's value sits, in key order.
    @Test func datasetRowsMatchTheEncodablePath() throws {
        let document = try Self.documentWithEveryMember()
        for figure in document.figures.prefix(5) {
            let row = WithPath(value: figure, path: "a/b.txt")
            try Self.expectSameRow(row, generic: GenericRow(value: row))
        }
        for check in document.checks.prefix(5) {
            let row = WithPath(value: check, path: "a/b.txt")
            try Self.expectSameRow(row, generic: GenericRow(value: row))
        }
    }

    static func expectSameRow<T: Encodable, G: Encodable>(_ row: T, generic: G) throws {
        let direct = try JSONWriter.object(row, layout: .compact)
        let encodable = try JSONWriter.object(generic, layout: .compact)
        #expect(direct.bytes == encodable.bytes)
        #expect(direct.members.map(\.key) == encodable.members.map(\.key))
        #expect(direct.members.map(\.value) == encodable.members.map(\.value))
    }

    /// Hides the row's type from the writer, so it goes through `encode(to:)`.
    struct GenericRow<Value: Encodable>: Encodable {
        var value: Value
        func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }
}

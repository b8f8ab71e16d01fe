import Foundation
import Testing

@testable import ReportExtract

@Suite struct JSONValueTests {
    func read(_ text: String) -> JSONValue? { JSONValue.read(Array(text.utf8)) }

    @Test func valuesOfEveryKind() throws {
        let value = try #require(read(#" {"a": [1, -2.5e3, "x", true, false, null, {}], "b" : {"c": []} } "#))
        #expect(value["a"] == .array([.number("1"), .number("-2.5e3"), .string("x"), .bool(true), .bool(false), .null, .object([])]))
        #expect(value["b"]?["c"] == .array([]))
        #expect(value["a"].flatMap { if case .array(let a) = $0 { a[1].double } else { nil } } == -2500)
        #expect(value["missing"] == nil)
    }

    @Test func escapesAreUnescaped() {
        #expect(read(#""a\"b\\c\/d\n\t\r\b\f""#) == .string("a\"b\\c/d\n\t\r\u{08}\u{0C}"))
        #expect(read(#""\u5e74\u00e9""#) == .string("年é"))
        #expect(read(#""\ud83d\ude00""#) == .string("😀"))
        #expect(read(#""基本支出29.17万元""#) == .string("基本支出29.17万元"))
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "01", "1.", "-", "1e", "+1", ".5", "tru", "nul",
        "\"abc", "\"a\\x\"", "\"\\ud83d\"", "\"\\ud83d\\u0041\"", "\"\\u12\"", "\"a\u{01}b\"", "1 2", "{} x", "[1 2]",
    ])
    func notJSON(_ text: String) {
        #expect(read(text) == nil, "\(text)")
    }

    @Test func nestingIsBounded() {
        #expect(read(String(repeating: "[", count: 200) + String(repeating: "]", count: 200)) != nil)
        #expect(read(String(repeating: "[", count: 100_000)) == nil)
    }

    @Test func membersAreReadAsDecodableReadsThem() throws {
        let row = try #require(read(#"{"n": 3, "s": "x", "z": null, "n": 4}"#))
        #expect(try row.member("n", \.int) == 4)
        #expect(try row.member("z", \.int) == nil)
        #expect(try row.member("absent", \.string) == nil)
        #expect(throws: JSONValue.WrongType.self) { try row.member("s", \.int) }
    }

    /// Every `documents.jsonl` row the corpus makes, and rows bent out of shape, read the same
    /// through `JSONValue` as through `JSONDecoder`.
    @Test func indexRowsReadAsTheDecoderReadsThem() throws {
        var lines: [String] = []
        for name in Corpus.names {
            let rows = DocumentRows(document: DocumentJSON(try Corpus.extracted(name)), output: name + ".json")
            lines.append(String(decoding: try #require(rows.rows[.documents]).dropLast(), as: UTF8.self))
        }
        lines += [
            #"{"path": "a\"b", "facts": null, "counts": {"figures": 2, "figures_by_confidence": {"low": 1, "high": 1}}}"#,
            #"{"path": "y", "facts": {"year": "2023"}}"#,
            #"{"path": "z", "counts": {"warnings": ["x", 1]}}"#,
            #"{"path": "w", "grade": {"high_share": 1}, "extra": [1, {"deep": true}]}"#,
            #"[1, 2]"#, #"not json"#, #"{"path": 5}"#,
        ]
        let decoder = JSONDecoder()
        for line in lines {
            let decoded = try? decoder.decode(ReviewIndex.Row.self, from: Data(line.utf8))
            #expect(ReviewIndex.Row(line: Array(line.utf8)) == decoded, "\(line.prefix(80))")
        }
        #expect(lines.compactMap { ReviewIndex.Row(line: Array($0.utf8)) }.count == Corpus.names.count + 2)
    }
}

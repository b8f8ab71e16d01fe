import Foundation
import ReportExtract
import Testing

@Suite struct DocumentRowsTests {
    static let fixture = try! Data(contentsOf: TestPaths.fixture("batch/document-with-figures.json"))
    static let path = "fixtures/某县财政局2023年绩效自评.txt"

    func lines(_ data: Data?) -> [[String: Any]] {
        String(decoding: data ?? Data(), as: UTF8.self).split(separator: "\n").map {
            try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    @Test func figureRowsKeepEveryKeyAddPathAndKeepValueAsText() throws {
        let rows = try DocumentRows(documentJSON: Self.fixture, output: "fixtures/a.json")
        let figures = lines(rows.rows[.figures])
        #expect(figures.count == 4)
        #expect(figures[0]["path"] as? String == Self.path)
        #expect(figures[0]["value"] as? String == "1124.65")
        #expect(figures[0]["reasons"] as? [String] == ["header_match", "sum_ok"])
        #expect(figures[2]["value"] is NSNull)
        #expect(figures[1]["repairs"] != nil)
        #expect(String(decoding: rows.rows[.figures]!, as: UTF8.self).contains("\"value\":\"123456789012.3456\""))
        #expect(rows.figuresByConfidence == ["high": 2, "medium": 1, "low": 1])
    }

    @Test func csvIsRFC4180WithFixedColumns() throws {
        let rows = try DocumentRows(documentJSON: Self.fixture, output: "fixtures/a.json")
        let csv = String(decoding: DatasetFile.figuresCSV.header + rows.rows[.figuresCSV]!, as: UTF8.self)
        let records = csv.components(separatedBy: "\r\n")
        #expect(records[0] == FigureColumns.csv.joined(separator: ","))
        #expect(records[1] == "\(Self.path),t1.r2.c3,1,2,3,budget,budget_total,年度资金总额,全年预算数,\"1,124.65\",1124.65,万,元,,12,high,header_match;sum_ok,")
        // A label with a quote, a comma and a newline is quoted, quotes doubled, the newline kept.
        #expect(csv.contains(",\"其中：\"\"上级\"\"补助, 含结转\n（第二行）\",,1124..65,1124.65,,,约,13,low,repaired_double_dot,"))
        #expect(csv.contains("\"[{\"\"from\"\":\"\"1124..65\"\",\"\"kind\"\":\"\"double_dot\"\",\"\"to\"\":\"\"1124.65\"\"}]\""))
        #expect(records[3].hasPrefix("\(Self.path),p1.n1,,,,,score,,,九十二点五分,,,分,,30,medium,,"))
    }

    @Test func documentRowCarriesSourceFactsGradeAndCounts() throws {
        let rows = try DocumentRows(documentJSON: Self.fixture, output: "fixtures/a.json")
        let document = lines(rows.rows[.documents])
        #expect(document.count == 1)
        #expect(document[0]["output"] as? String == "fixtures/a.json")
        #expect((document[0]["facts"] as? [String: Any])?["year"] as? Int == 2023)
        #expect((document[0]["grade"] as? [String: Any])?["score"] as? String == "92.5")
        let counts = document[0]["counts"] as? [String: Any]
        #expect(counts?["figures"] as? Int == 4)
        #expect(counts?["checks"] as? Int == 2)
        #expect(counts?["paragraphs"] as? Int == 1)
        #expect(rows.checksByStatus == ["pass": 1, "fail": 1])
        #expect(lines(rows.rows[.checks]).map { $0["id"] as? String } == ["c1", "c2"])
    }

    @Test func documentWithoutFiguresGivesEmptyRowsNotErrors() throws {
        let bare = Data(#"{"source": {"path": "x.txt"}, "tables": []}"#.utf8)
        let rows = try DocumentRows(documentJSON: bare, output: "x.json")
        #expect(rows.rows[.figures]!.isEmpty)
        #expect(rows.rows[.figuresCSV]!.isEmpty)
        #expect(rows.rows[.checks]!.isEmpty)
        #expect(lines(rows.rows[.documents])[0]["facts"] is NSNull)
        #expect(rows.figureCount == 0)
    }

    @Test func notADocumentThrows() {
        #expect(throws: DocumentRows.NotADocument.self) { try DocumentRows(documentJSON: Data("[1]".utf8), output: "x") }
        #expect(throws: DocumentRows.NotADocument.self) { try DocumentRows(documentJSON: Data("{\"a\":".utf8), output: "x") }
        #expect(throws: DocumentRows.NotADocument.self) { try DocumentRows(documentJSON: Data("{}".utf8), output: "x") }
    }

    @Test func streamLinesEqualDatasetLines() throws {
        let rows = try DocumentRows(documentJSON: Self.fixture, output: "fixtures/a.json")
        #expect(try DocumentRows.figureLines(documentJSON: Self.fixture, path: Self.path) == rows.rows[.figures])
    }

    @Test func summaryAddsUp() throws {
        var summary = DatasetSummary(key: "k")
        let rows = try DocumentRows(documentJSON: Self.fixture, output: "a.json")
        summary.add(rows)
        summary.add(rows)
        #expect(summary.documents == 2)
        #expect(summary.figures == 8)
        #expect(summary.figuresByConfidence == ["high": 4, "medium": 2, "low": 2])
        #expect(summary.checksByStatus == ["pass": 2, "fail": 2])
        #expect(summary.documentsByWarning.isEmpty)
    }

    @Test func summaryCountsDocumentsPerWarningOnceEach() throws {
        let json = #"""
            {"source": {"path": "lo.txt"}, "diagnostics": [
              {"severity": "warning", "code": "segment.unread_table", "message": "lines 5–35 …", "line": 5},
              {"severity": "warning", "code": "segment.unread_table", "message": "lines 40–90 …", "line": 40},
              {"severity": "note", "code": "segment.lost_spans", "message": "…", "line": 7}]}
            """#
        let warned = try DocumentRows(documentJSON: Data(json.utf8), output: "lo.json")
        #expect(warned.warnings == ["segment.unread_table"])
        let row = try JSONSerialization.jsonObject(with: warned.rows[.documents]!) as? [String: Any]
        #expect((row?["counts"] as? [String: Any])?["warnings"] as? [String] == ["segment.unread_table"])
        var summary = DatasetSummary(key: "k")
        summary.add(warned)
        summary.add(warned)
        summary.add(try DocumentRows(documentJSON: Self.fixture, output: "a.json"))
        #expect(summary.documentsByWarning == ["segment.unread_table": 2])
        // Cached rows keep the warnings: a dataset rebuild from the cache counts them too.
        #expect(try DocumentRows(cache: warned.cacheData()).warnings == ["segment.unread_table"])
    }

    @Test func aSummaryWrittenBeforeWarningsWereCountedStillLoads() throws {
        let old = #"{"key":"k","documents":1,"figures":2,"checks":0,"figures_by_confidence":{"high":2},"checks_by_status":{}}"#
        let summary = try JSONDecoder().decode(DatasetSummary.self, from: Data(old.utf8))
        #expect(summary.figures == 2)
        #expect(summary.documentsByWarning.isEmpty)
    }
}

@Suite struct CSVTests {
    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("cr\r", "\"cr\r\""), ("", ""), ("  spaced ", "  spaced "),
    ])
    func field(text: String, expected: String) {
        #expect(CSV.field(text) == expected)
    }

    @Test func recordEndsWithCRLF() {
        #expect(CSV.record(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
    }
}

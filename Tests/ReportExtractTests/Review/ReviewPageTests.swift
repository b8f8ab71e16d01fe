import Foundation
import Testing

@testable import ReportExtract

@Suite struct ReviewPageTests {
    let page = "review/a/b.html"

    func render(_ document: [String: Any]) -> String {
        String(decoding: DocumentPage.render(json: ReviewFixtures.json(document), page: page), as: UTF8.self)
    }

    @Test func reportTextIsEscapedEverywhere() {
        let html = render(ReviewFixtures.document())
        #expect(!html.contains("<script>alert(1)"), "a table title became markup")
        #expect(html.contains("基础数据表 &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<b>测试</b>"))
        #expect(html.contains("2023年度&lt;b&gt;测试&lt;/b&gt; &amp; &quot;单位&quot;的报告"))
        #expect(html.contains("决算&quot;数&quot;"))
        #expect(html.contains("data-figs=\"t0.r1.c1 t0.r1.c2\""))
        // The embedded figure data cannot close its script element.
        let data = html.components(separatedBy: "id=\"figure-data\">")[1].components(separatedBy: "</script>")[0]
        #expect(!data.contains("<") && !data.contains(">") && !data.contains("&"))
        #expect(data.contains("支出\\u003c总额\\u003e"))
        // Exactly the page's own two scripts and style: nothing from the report opened another.
        #expect(html.components(separatedBy: "<script").count == 3)
        #expect(!html.contains("http://") && !html.contains("https://"), "the page must not reach the network")
    }

    @Test func unknownKeysAreIgnoredAndMissingOnesTolerated() {
        var document = ReviewFixtures.document()
        document["facts"] = nil
        document["grade"] = nil
        let html = render(document)
        #expect(!html.contains("Cannot read"))
        #expect(html.contains("data-f=\"t0.r1.c1\""))
        #expect(html.contains("a/&lt;b&gt;&amp;c.txt"), "the source path is the title when facts are missing")
    }

    @Test func needsReviewComesFirstInItsOrder() throws {
        let html = render(ReviewFixtures.document())
        func position(_ text: String) throws -> Int {
            let range = try #require(html.range(of: text), "\(text) not on the page")
            return html.distance(from: html.startIndex, to: range.lowerBound)
        }
        let substantive = try position("id=\"check-sum&lt;&amp;&gt;@t0.c1\"")
        let rounding = try position("id=\"check-rounding@t0.c1\"")
        let low = try position("Low-confidence figures (1)")
        let notEvaluable = try position("id=\"check-ratio@t0.r1\"")
        let tables = try position("<section id=\"tables\">")
        let passed = try position("id=\"check-fine@t0.c2\"")
        #expect(substantive < rounding && rounding < low && low < notEvaluable && notEvaluable < tables && tables < passed)
    }

    @Test func warningsComeFirstAndNotesStayOff() throws {
        var document = ReviewFixtures.document()
        document["diagnostics"] = [
            ["severity": "note", "code": "segment.lost_spans", "message": "spans given back", "line": 3],
            ["severity": "warning", "code": "segment.unread_table", "message": "lines 18–48 look like a table <printed> one cell per line", "line": 18],
        ]
        let html = render(document)
        let warnings = try #require(html.range(of: "Warnings (1)"))
        let violated = try #require(html.range(of: "id=\"check-sum&lt;&amp;&gt;@t0.c1\""))
        #expect(warnings.lowerBound < violated.lowerBound)
        #expect(html.contains("<li class=\"warning\" data-line=\"18\"><code>segment.unread_table</code> lines 18–48 look like a table &lt;printed&gt; one cell per line</li>"))
        #expect(!html.contains("spans given back"))
    }

    @Test func aPageWithOnlyAWarningDoesNotSayAllIsWell() {
        let html = String(decoding: DocumentPage.render(json: Data(#"""
            {"diagnostics": [{"severity": "warning", "code": "segment.unread_table", "message": "m", "line": 1}]}
            """#.utf8), page: page), as: UTF8.self)
        #expect(html.contains("Warnings (1)"))
        #expect(!html.contains("No low-confidence figure"))
    }

    @Test func cellsAreColouredByConfidenceAndShowRepairs() {
        let html = render(ReviewFixtures.document())
        #expect(html.contains("<td class=\"f cell low\" data-f=\"t0.r1.c1\""))
        #expect(html.contains("<td class=\"f cell medium\" data-f=\"t0.r1.c2\""))
        #expect(html.contains("<td class=\"f cell high\" data-f=\"t0.r2.c1\""))
        #expect(html.contains("1124..65<span class=\"fix\">→ 1124.65</span>"))
        #expect(html.contains("<li class=\"f prose medium\" data-f=\"p40.k0\""))
        #expect(html.contains("基本支出<mark>29.17万元</mark>，用于&lt;日常&gt;运转。"))
        #expect(html.contains("href=\"../../index.html\""))
    }

    @Test func theSidePanelDataCarriesContextRepairsAndChecks() throws {
        let html = render(ReviewFixtures.document())
        let data = html.components(separatedBy: "id=\"figure-data\">")[1].components(separatedBy: "</script>")[0]
        let figures = try #require(JSONSerialization.jsonObject(with: Data(data.utf8)) as? [[String: Any]])
        let low = try #require(figures.first { $0["id"] as? String == "t0.r1.c1" })
        #expect(low["context"] as? String == "1124..65")
        #expect((low["repairs"] as? [[String: String]])?.first?["kind"] == "double_point")
        #expect(low["checks"] as? [String] == ["violated sum<&> sum<&>@t0.c1"])
        let prose = try #require(figures.first { $0["id"] as? String == "p40.k0" })
        #expect(prose["context"] as? String == "基本支出29.17万元，用于<日常>运转。")
        // A second figure of the same paragraph names the first rather than repeating its text.
        var two = ReviewFixtures.document()
        var figures2 = try #require(two["figures"] as? [[String: Any]])
        var second = try #require(figures2.last)
        (second["id"], second["raw"], second["value"]) = ("p40.k1", "运转", NSNull())
        figures2.append(second)
        two["figures"] = figures2
        let twoHTML = render(two)
        let twoData = twoHTML.components(separatedBy: "id=\"figure-data\">")[1].components(separatedBy: "</script>")[0]
        let shared = try #require(JSONSerialization.jsonObject(with: Data(twoData.utf8)) as? [[String: Any]])
        let first = try #require(shared.first { $0["id"] as? String == "p40.k0" })
        let next = try #require(shared.first { $0["id"] as? String == "p40.k1" })
        #expect(first["context"] as? String == "基本支出29.17万元，用于<日常>运转。")
        #expect(next["context"] == nil && next["context_as"] as? String == "p40.k0")
        // Only what the panel's script reads (`f.name`) is carried.
        let read = Set(ReviewScript.page.matches(of: /\bf\.([a-z_]+)/).map { String($0.output.1) })
        #expect(read.isSuperset(of: ["id", "raw", "value", "context", "checks", "row_label"]))
        let carried = Set(figures.flatMap(\.keys))
        #expect(carried.subtracting(read).isEmpty, "carried and never shown: \(carried.subtracting(read).sorted())")
    }

    @Test func aDocumentThatCannotBeReadStillGetsAPageSayingWhy() {
        let html = String(decoding: DocumentPage.render(json: Data("{\"figures\": 3}".utf8), page: page), as: UTF8.self)
        #expect(html.contains("Cannot read this document"))
        #expect(html.contains("href=\"../../index.html\""))
    }

    @Test func theSamePageEveryTime() {
        let json = ReviewFixtures.json(ReviewFixtures.document())
        #expect(DocumentPage.render(json: json, page: page) == DocumentPage.render(json: json, page: page))
    }

    /// 300 rows: every row drawn, one header that stays in view, and quick to make.
    @Test func aThreeHundredRowTable() {
        let json = ReviewFixtures.json(ReviewFixtures.longTable(rows: 300))
        let started = Date()
        let html = String(decoding: DocumentPage.render(json: json, page: page), as: UTF8.self)
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 1.0, "rendering 900 figures took \(seconds) s")
        #expect(html.contains("<table class=\"grid sticky\">"))
        #expect(html.components(separatedBy: "<td class=\"f cell").count - 1 == 901)
        #expect(html.contains("data-f=\"t0.r2.c4.k0 t0.r2.c4.k1\""))
        #expect(html.contains("data-f=\"t0.r300.c3\""))
        // 90 low figures: 25 listed, 65 folded, so the table is within reach.
        #expect(html.contains("65 more"))
        #expect(html.utf8.count < 1_500_000, "page of \(html.utf8.count) bytes")
    }

    /// A check over 300 rows names its first 200 by chip and line and says how many more there
    /// are; picking it still marks all 300 in the table (`data-figs`).
    @Test func aLongCheckNamesItsFirstFiguresAndCountsTheRest() throws {
        let json = ReviewFixtures.json(ReviewFixtures.longTable(rows: 300))
        let html = String(decoding: DocumentPage.render(json: json, page: page), as: UTF8.self)
        let start = try #require(html.range(of: "id=\"check-long_sum@t0.c1\""))
        let item = String(html[start.lowerBound...].prefix { $0 != "\n" })
        #expect(item.components(separatedBy: "<button type=\"button\" class=\"chip").count - 1 == 200)
        #expect(item.contains("data-f=\"t0.r200.c1\""))
        #expect(!item.contains("data-f=\"t0.r201.c1\""))
        #expect(item.contains("100 more, each marked in the table"))
        let figs = try #require(item.range(of: "data-figs=\"")).upperBound
        let marked = item[figs...].prefix { $0 != "\"" }.split(separator: " ")
        #expect(marked.count == 300 && marked.last == "t0.r300.c1")
        #expect(item.contains("797, 801 … (100 more)"))
        #expect(!item.contains("801, 805"))
    }
}

@Suite struct ReviewIndexTests {
    func row(_ path: String, low: Int, violated: Int, share: Double, warnings: [String] = []) -> String {
        let object: [String: Any] = [
            "path": path, "output": path.replacingOccurrences(of: ".txt", with: ".json"),
            "facts": ["title": "标题<\(path)>"], "grade": ["high_share": share],
            "counts": ["figures": 10, "tables": 1, "figures_by_confidence": ["low": low, "medium": 0, "high": 10 - low],
                       "checks_by_status": ["violated": violated, "ok": 1], "warnings": warnings],
            "unknown": 1,
        ]
        return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func worstDocumentsFirstWithLinksAndEscapedText() {
        let lines = [
            row("b/clean.txt", low: 0, violated: 0, share: 1), row("a/two low.txt", low: 2, violated: 0, share: 0.8),
            row("c/violated.txt", low: 0, violated: 1, share: 1), row("d/one low.txt", low: 1, violated: 5, share: 0.9),
            "not json",
        ]
        let html = String(decoding: ReviewIndex.render(documentsJSONL: Array((lines.joined(separator: "\n") + "\n").utf8)), as: UTF8.self)
        let order = ["a/two low", "d/one low", "c/violated", "b/clean"].compactMap { html.range(of: ">\($0).txt</a>")?.lowerBound }
        #expect(order.count == 4 && order == order.sorted())
        #expect(html.contains("href=\"review/a/two%20low.html\""))
        #expect(html.contains("标题&lt;a/two low.txt&gt;"))
        #expect(html.contains("4 份文档 documents"))
        #expect(!html.contains("documents warned"))
    }

    @Test func documentsWithATableNotReadComeFirstAndSaySo() {
        let lines = [
            row("a/many low.txt", low: 9, violated: 3, share: 0.1),
            row("z/libreoffice.txt", low: 0, violated: 0, share: 1, warnings: ["segment.unread_table"]),
        ]
        let html = String(decoding: ReviewIndex.render(documentsJSONL: Array((lines.joined(separator: "\n") + "\n").utf8)), as: UTF8.self)
        let order = ["z/libreoffice", "a/many low"].compactMap { html.range(of: ">\($0).txt</a>")?.lowerBound }
        #expect(order.count == 2 && order == order.sorted())
        #expect(html.contains("<div class=\"warned\">警告 warnings: segment.unread_table</div>"))
        #expect(html.contains("警告 1 份文档 documents warned"))
    }
}

/// A batch run makes each page from the document in memory; a page made later from the JSON on
/// disk must be the same, byte for byte.
@Suite struct ReviewPageSourcesAgree {
    @Test(arguments: Corpus.names)
    func fromMemoryEqualsFromJSON(_ name: String) throws {
        let document = DocumentJSON(try Corpus.extracted(name))
        let page = "review/\(name).html"
        let fromMemory = DocumentPage.render(document: document, page: page)
        let fromJSON = DocumentPage.render(json: document.encoded(), page: page)
        #expect(fromMemory == fromJSON)
        #expect(String(decoding: fromMemory, as: UTF8.self).contains("data-f=\"t0.r"))
    }
}

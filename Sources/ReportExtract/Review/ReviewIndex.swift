import Foundation

/// `index.html`: every document of the run with its counts, worst first, each linking to its
/// page. Made from `documents.jsonl` (one row per document), so it is rebuilt exactly when the
/// datasets are, and its bytes depend only on the documents.
public enum ReviewIndex {
    /// One `documents.jsonl` row, read tolerantly (unknown keys ignored, missing ones empty).
    struct Row: Decodable, Equatable {
        var path: String?
        var output: String?
        var facts: ReviewDocument.Facts?
        var grade: Grade?
        var counts: Counts?

        struct Grade: Decodable, Equatable {
            var highShare: Double?
            enum CodingKeys: String, CodingKey { case highShare = "high_share" }
        }

        struct Counts: Decodable, Equatable {
            var figures: Int?
            var tables: Int?
            var figuresByConfidence: [String: Int]?
            var checksByStatus: [String: Int]?
            var warnings: [String]?

            enum CodingKeys: String, CodingKey {
                case figures, tables, warnings
                case figuresByConfidence = "figures_by_confidence"
                case checksByStatus = "checks_by_status"
            }
        }

        func figures(_ grade: String) -> Int { counts?.figuresByConfidence?[grade] ?? 0 }
        func checks(_ status: String) -> Int { counts?.checksByStatus?[status] ?? 0 }
        var total: Int { counts?.figures ?? 0 }
        var warnings: [String] { counts?.warnings ?? [] }
        var highShare: Double {
            grade?.highShare ?? (total == 0 ? 1 : Double(figures("high")) / Double(total))
        }
    }

    /// The order of the index: documents with a warning (a table found but not read) first,
    /// then most low-confidence figures, most violated checks, most not-evaluable checks, lowest
    /// share of high-confidence figures, and path.
    static func worstFirst(_ a: Row, _ b: Row) -> Bool {
        let warned = (a.warnings.isEmpty ? 1 : 0, b.warnings.isEmpty ? 1 : 0)
        if warned.0 != warned.1 { return warned.0 < warned.1 }
        let left = (-a.figures("low"), -a.checks("violated"), -a.checks("not_evaluable"), a.highShare)
        let right = (-b.figures("low"), -b.checks("violated"), -b.checks("not_evaluable"), b.highShare)
        if left != right { return left < right }
        return (a.path ?? "").utf8.lexicographicallyPrecedes((b.path ?? "").utf8)
    }

    /// - Parameter documentsJSONL: the bytes of `documents.jsonl`.
    /// - Returns: the bytes of `index.html`; lines that are not JSON objects are left out.
    public static func render(documentsJSONL: [UInt8]) -> [UInt8] {
        let rows = documentsJSONL.split(separator: 0x0A).compactMap(Row.init(line:)).sorted(by: worstFirst)
        var html = HTMLWriter(capacity: 4096 + rows.count * 900)
        ReviewChrome.head(&html, title: "report-extract review · \(rows.count) documents")
        html.raw("<body>\n<main class=\"index\">\n<h1>绩效自评数字复核 <small>Review of the extracted figures</small></h1>\n")
        totals(&html, rows)
        html.raw("<input id=\"filter\" type=\"search\" placeholder=\"筛选 Filter: 路径、标题、单位…\" aria-label=\"Filter\"> ")
        html.raw("<small><span id=\"shown\">\(rows.count)</span> / \(rows.count)</small>\n")
        html.raw("<table class=\"docs\"><thead><tr><th>#</th><th>文档 Document</th><th class=\"n\">数字 Figures</th>"
            + "<th class=\"n\">低 Low</th><th class=\"n\">中 Medium</th><th class=\"n\">高 High</th>"
            + "<th class=\"n\">违反 Violated</th><th class=\"n\">无法校验 Not evaluable</th><th class=\"n\">通过 OK</th>"
            + "<th class=\"n\">表 Tables</th></tr></thead>\n<tbody>\n")
        for (rank, row) in rows.enumerated() { documentRow(&html, row, rank: rank + 1) }
        html.raw("</tbody></table>\n</main>\n<script>" + ReviewScript.index + "</script>\n</body>\n</html>\n")
        return html.bytes
    }

    private static func totals(_ html: inout HTMLWriter, _ rows: [Row]) {
        let sum = { (value: (Row) -> Int) in rows.reduce(0) { $0 + value($1) } }
        html.raw("<p class=\"counts\"><span class=\"count\">\(rows.count) 份文档 documents, \(sum { $0.total }) 个数字 figures:</span> ")
        for (grade, label) in ReviewChrome.gradeLabels {
            html.raw("<span class=\"badge \(grade)\">\(label) \(sum { $0.figures(grade) })</span> ")
        }
        let warned = rows.filter { !$0.warnings.isEmpty }.count
        if warned > 0 { html.raw("<span class=\"badge warned\">警告 \(warned) 份文档 documents warned</span> ") }
        html.raw("<span class=\"count\">校验 checks:</span> ")
        for (status, label) in ReviewChrome.statusLabels {
            html.raw("<span class=\"badge \(status)\">\(label) \(sum { $0.checks(status) })</span> ")
        }
        html.raw("</p>\n")
    }

    private static func documentRow(_ html: inout HTMLWriter, _ row: Row, rank: Int) {
        html.raw("<tr><td class=\"n\">\(rank)</td><td>")
        let page = row.output.map { ReviewPaths.href(ReviewPaths.page(forOutput: $0)) }
        html.open("a", [("href", page)])
        html.text(row.path ?? row.output ?? "?")
        html.close("a")
        var about: [String] = []
        if let title = row.facts?.title { about.append(title) }
        if let unit = row.facts?.unit { about.append(unit) }
        if let year = row.facts?.year { about.append("\(year)年") }
        if !about.isEmpty { html.element("div", [("class", "meta")], text: about.joined(separator: " · ")) }
        if !row.warnings.isEmpty {
            html.element("div", [("class", "warned")], text: "警告 warnings: " + row.warnings.joined(separator: ", "))
        }
        bar(&html, row)
        html.raw("</td>")
        number(&html, row.total, "")
        for grade in ["low", "medium", "high"] { number(&html, row.figures(grade), grade) }
        for status in ["violated", "not_evaluable", "ok"] { number(&html, row.checks(status), status) }
        number(&html, row.counts?.tables ?? 0, "")
        html.raw("</tr>\n")
    }

    private static func number(_ html: inout HTMLWriter, _ value: Int, _ kind: String) {
        html.raw("<td class=\"n \(kind)\(value > 0 ? " some" : "")\">\(value)</td>")
    }

    /// A bar of the document's figures by confidence, low first.
    private static func bar(_ html: inout HTMLWriter, _ row: Row) {
        guard row.total > 0 else { return }
        html.raw("<div class=\"bar\" aria-hidden=\"true\">")
        for grade in ["low", "medium", "high"] where row.figures(grade) > 0 {
            let percent = Double(row.figures(grade)) * 100 / Double(row.total)
            html.raw("<span class=\"\(grade)\" style=\"width:\(String(format: "%.1f", percent))%\"></span>")
        }
        html.raw("</div>")
    }
}

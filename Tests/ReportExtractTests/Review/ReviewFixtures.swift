import Foundation
import ReportExtract

/// Document JSON for the review-page tests, written by hand so every key and every awkward
/// character is known.
enum ReviewFixtures {
    /// A document with one table (a low, a medium and a high figure), one prose figure, a
    /// substantive and a rounding-only violated check, a not-evaluable check and an ok one, and
    /// report text full of `<`, `&` and quotes. Unknown keys sit at every level.
    static func document(title: String = "2023年度<b>测试</b> & \"单位\"的报告") -> [String: Any] {
        func figure(_ id: String, row: Int, column: Int, raw: String, confidence: String, extra: [String: Any] = [:]) -> [String: Any] {
            [
                "id": id, "source": "table_cell", "table": 0, "row": row, "column": column, "table_kind": "basic_data",
                "field": "budget", "alias": "预算数", "row_label": "支出<总额>", "column_label": "2023年预算数",
                "row_path": ["支出<总额>"], "raw": raw, "value": "1124.65", "decimals": 2, "scale": "万", "unit": "元",
                "qualifier": NSNull(), "line": 10 + row, "confidence": confidence, "reasons": ["parse:clean"],
                "repairs": [], "a_key_from_the_future": ["nested": true],
            ].merging(extra) { $1 }
        }
        let figures: [[String: Any]] = [
            figure("t0.r1.c1", row: 1, column: 1, raw: "1124..65", confidence: "low", extra: [
                "repairs": [["kind": "double_point", "from": "1124..65", "to": "1124.65"]],
                "reasons": ["repair:double_point", "repair:unconfirmed"],
            ]),
            figure("t0.r1.c2", row: 1, column: 2, raw: "99.24", confidence: "medium"),
            figure("t0.r2.c1", row: 2, column: 1, raw: "30.00", confidence: "high"),
            [
                "id": "p40.k0", "source": "prose", "table": NSNull(), "row": NSNull(), "column": NSNull(),
                "raw": "29.17万元", "value": "29.17", "line": 40, "confidence": "medium", "reasons": ["prose:x"],
                "repairs": [], "row_path": [],
            ],
        ]
        func check(_ id: String, _ status: String, _ reason: Any, _ figures: [String]) -> [String: Any] {
            [
                "id": id, "rule": id.components(separatedBy: "@")[0], "status": status, "reason": reason,
                "figures": figures, "lines": [11, 12], "expected": "[1, 2]", "actual": "3", "gap": "1", "chose": [:],
                "severity_from_the_future": 3,
            ]
        }
        let checks: [[String: Any]] = [
            check("rounding@t0.c1", "violated", "rounding_only", ["t0.r2.c1"]),
            check("sum<&>@t0.c1", "violated", "substantive", ["t0.r1.c1", "t0.r1.c2"]),
            check("ratio@t0.r1", "not_evaluable", "missing_operand", ["t0.r1.c2"]),
            check("fine@t0.c2", "ok", NSNull(), ["t0.r2.c1"]),
        ]
        func cell(_ text: String, line: Int) -> [String: Any] { ["text": text, "first_line": line, "last_line": line] }
        let table: [String: Any] = [
            "index": 0, "kind": "basic_data", "title": "基础数据表 <script>alert(1)</script>", "title_line": 9,
            "layout": "dom", "unit": NSNull(), "column_count": 3, "first_line": 10, "last_line": 20,
            "header_rows": [["rows": [0], "labels": ["项目 & 名称", "2023年预算数", "决算\"数\""], "first_line": 10, "last_line": 10]],
            "body_rows": [
                ["index": 1, "header": 0, "first_line": 11, "last_line": 11,
                 "cells": [cell("支出<总额>", line: 11), cell("1124..65", line: 11), cell("99.24", line: 11)]],
                ["index": 2, "header": 0, "first_line": 12, "last_line": 12,
                 "cells": [cell("其中:'基本'", line: 12), cell("30.00", line: 12), cell("", line: 12)]],
            ],
            "zebra": "a key from the future",
        ]
        return [
            "schema": "report-extract/document/1", "rules_fingerprint": "x",
            "source": ["path": "a/<b>&c.txt", "lines": 50, "sha256": "0", "bytes": 1],
            "facts": ["title": title, "unit": "某单位", "year": 2023, "report_kind": "部门整体支出", "title_lines": [1]],
            "figures": figures, "checks": checks, "tables": [table],
            "paragraphs": [["text": "基本支出29.17万元，用于<日常>运转。", "first_line": 40, "last_line": 40]],
            "grade": ["figures": 4, "high": 1, "medium": 2, "low": 1, "high_share": 0.25],
            "indicators": [], "markers": [], "diagnostics": [], "something_new": ["x": 1],
        ]
    }

    static func json(_ object: [String: Any]) -> Data {
        try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    /// A document with one table of `rows` body rows (three figures per row, every tenth low; row 2
    /// has a fourth cell holding two figures).
    static func longTable(rows: Int) -> [String: Any] {
        var document = self.document(title: "\(rows) 行的表")
        var bodyRows: [[String: Any]] = []
        var figures: [[String: Any]] = []
        for row in 1...rows {
            var cells: [[String: Any]] = [["text": "第\(row)项 支出", "first_line": row * 4, "last_line": row * 4]]
            for column in 1...3 {
                let raw = "\(row * 10 + column).5\(column)"
                cells.append(["text": raw, "first_line": row * 4 + column, "last_line": row * 4 + column])
                figures.append([
                    "id": "t0.r\(row).c\(column)", "source": "table_cell", "table": 0, "row": row, "column": column,
                    "row_label": "第\(row)项 支出", "column_label": "列\(column)", "row_path": [], "raw": raw,
                    "value": raw, "line": row * 4 + column, "confidence": row % 10 == 0 ? "low" : "high",
                    "reasons": ["parse:clean"], "repairs": [],
                ])
            }
            if row == 2 {  // one cell holding two label:number figures
                cells.append(["text": "甲:1.5；乙:2.5", "first_line": 11, "last_line": 11])
                for (pair, raw) in ["1.5", "2.5"].enumerated() {
                    figures.append([
                        "id": "t0.r2.c4.k\(pair)", "source": "cell_text", "table": 0, "row": 2, "column": 4,
                        "row_label": pair == 0 ? "甲" : "乙", "row_path": [], "raw": raw, "value": raw, "line": 11,
                        "confidence": "medium", "reasons": ["parse:clean"], "repairs": [],
                    ])
                }
            }
            bodyRows.append(["index": row, "header": 0, "cells": cells, "first_line": row * 4, "last_line": row * 4 + 3])
        }
        document["figures"] = figures
        document["checks"] = [[
            "id": "long_sum@t0.c1", "rule": "long_sum", "status": "violated", "reason": "substantive",
            "figures": (1...rows).map { "t0.r\($0).c1" }, "lines": (1...rows).map { $0 * 4 + 1 }, "expected": NSNull(), "actual": NSNull(), "gap": NSNull(),
        ]]
        document["tables"] = [[
            "index": 0, "kind": "budget_breakdown", "title": "长表", "first_line": 1, "last_line": rows * 4 + 3,
            "header_rows": [["rows": [0], "labels": ["项目", "列1", "列2", "列3"]]], "body_rows": bodyRows,
        ]]
        document["paragraphs"] = []
        return document
    }
}

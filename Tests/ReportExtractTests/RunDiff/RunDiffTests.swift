import Foundation
import Testing

@testable import ReportExtract

@Suite struct RunDiffTests {
    /// Datasets of one run: `documents` as (path, figures, checks), rows in documents order.
    func run(_ documents: [(String, [[String: Any]], [[String: Any]])], shuffled: Bool = false) -> RunDiff.Run {
        func lines(_ rows: [[String: Any]]) -> Data {
            Data(rows.map { CompactJSON.string($0) + "\n" }.joined().utf8)
        }
        var figures = documents.flatMap { document in document.1.map { $0.merging(["path": document.0]) { $1 } } }
        var checks = documents.flatMap { document in document.2.map { $0.merging(["path": document.0]) { $1 } } }
        if shuffled {
            figures.reverse()
            checks.reverse()
        }
        let rows = documents.map { ["path": $0.0, "output": $0.0.replacingOccurrences(of: ".txt", with: ".json")] as [String: Any] }
        return RunDiff.Run(documents: lines(rows), figures: lines(figures), checks: lines(checks))
    }

    func figure(_ id: String, value: String = "1.5", field: Any = "budget", confidence: String = "high",
                label: String = "支出", reasons: [String] = ["parse:clean"], extra: [String: Any] = [:]) -> [String: Any] {
        ["id": id, "value": value, "raw": value, "field": field, "confidence": confidence, "row_label": label,
         "column_label": "决算数", "row_path": [], "reasons": reasons, "line": 3].merging(extra) { $1 }
    }

    func check(_ id: String, _ status: String, _ reason: Any = NSNull()) -> [String: Any] {
        ["id": id, "status": status, "reason": reason, "figures": ["t0.r1.c1"]]
    }

    @Test func sameRunsHaveNoChange() {
        let a = run([("a.txt", [figure("t0.r1.c1")], [check("sum@t0.c1", "ok")])])
        let diff = RunDiff(old: a, new: a)
        #expect(diff.isEmpty)
        #expect(diff.compared == 1)
        #expect(diff.summary().contains("no change"))
    }

    @Test func eachAspectAndEachKindOfChange() throws {
        let old = run([
            ("a.txt", [figure("t0.r1.c1"), figure("t0.r1.c2"), figure("t0.r1.c3"), figure("t0.r1.c4"), figure("t0.r1.c5"),
                       figure("t0.r1.c6"), figure("gone")],
             [check("sum@t0.c1", "ok"), check("ratio@t0.r1", "violated", "rounding_only"), check("old@t0", "ok")]),
            ("removed.txt", [figure("t0.r1.c1")], []),
        ])
        let new = run([
            ("a.txt", [figure("t0.r1.c1", value: "1.6"), figure("t0.r1.c2", label: "支出合计"), figure("t0.r1.c3", field: NSNull()),
                       figure("t0.r1.c4", confidence: "low"), figure("t0.r1.c5", reasons: ["other"], extra: ["line": 9, "new_key": 1]),
                       figure("t0.r1.c6"), figure("born")],
             [check("sum@t0.c1", "violated", "substantive"), check("ratio@t0.r1", "violated", "substantive"), check("new@t0", "ok")]),
            ("added.txt", [figure("t0.r1.c1")], [check("x@t0", "ok")]),
        ])
        let diff = RunDiff(old: old, new: new)
        let changes = Dictionary(uniqueKeysWithValues: try #require(diff.documents.first { $0.path == "a.txt" }).figures.map { ($0.id, $0) })
        #expect(changes["t0.r1.c1"]?.aspects == [.value])
        #expect(changes["t0.r1.c2"]?.aspects == [.labels])
        #expect(changes["t0.r1.c3"]?.aspects == [.field])
        #expect(changes["t0.r1.c4"]?.aspects == [.confidence])
        #expect(changes["t0.r1.c5"] == nil, "reasons, line and unknown keys alone are no change")
        #expect(changes["t0.r1.c6"] == nil)
        #expect(changes["gone"]?.change == .removed && changes["born"]?.change == .added)
        let totals = diff.totals
        #expect(totals.documentsAdded == 1 && totals.documentsRemoved == 1 && totals.documentsChanged == 1)
        #expect(totals.figuresAdded == 2 && totals.figuresRemoved == 2 && totals.figuresChanged == 4)
        #expect(totals.checksChanged == 2 && totals.checksAdded == 2 && totals.checksRemoved == 1)

        let lines = String(decoding: diff.jsonLines(), as: UTF8.self).split(separator: "\n")
            .map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        let last = try #require(lines.last)
        #expect(last["kind"] as? String == "total" && last["changed"] as? Bool == true)
        let value = try #require(lines.first { $0["id"] as? String == "t0.r1.c1" && $0["path"] as? String == "a.txt" })
        #expect((value["old"] as? [String: Any])?["value"] as? String == "1.5")
        #expect((value["new"] as? [String: Any])?["value"] as? String == "1.6")
        #expect(lines.contains { $0["kind"] as? String == "document" && $0["change"] as? String == "removed" && $0["path"] as? String == "removed.txt" })
        #expect(diff.summary().contains("~ check sum@t0.c1: ok → violated (substantive)"))
    }

    /// Datasets whose rows are not in documents order are read whole and give the same answer.
    @Test func rowsOutOfOrderGiveTheSameDiff() {
        let documents: [(String, [[String: Any]], [[String: Any]])] = [
            ("a.txt", [figure("t0.r1.c1"), figure("t0.r1.c2")], [check("s@t0", "ok")]),
            ("b.txt", [figure("t0.r1.c1")], [check("s@t0", "ok")]),
        ]
        var changed = documents
        changed[1].1 = [figure("t0.r1.c1", value: "2")]
        let inOrder = RunDiff(old: run(documents), new: run(changed))
        let reversed = RunDiff(old: run(documents, shuffled: true), new: run(changed, shuffled: true))
        #expect(inOrder.jsonLines() == reversed.jsonLines())
        #expect(inOrder.totals.figuresChanged == 1)
    }
}

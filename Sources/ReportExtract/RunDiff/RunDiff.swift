import Foundation

/// What changed between two batch runs, read from their datasets (`documents.jsonl`,
/// `figures.jsonl`, `checks.jsonl`) so any two output directories can be compared, whatever
/// keys later versions add. Figures are matched by document path and figure id, checks by
/// document path and check id. A figure changes in four aspects, each a set of keys:
///
/// - `value`: `value`, `raw`, `scale`, `unit`, `qualifier`, `candidates`
/// - `labels`: `row_label`, `column_label`, `row_path`
/// - `field`: `field`, `row_field`, `column_field`, `alias`, `table_kind`
/// - `confidence`: `confidence`
///
/// Other keys (`reasons`, `line`, …) never make a change by themselves. A check changes when its
/// `status` or `reason` does.
public struct RunDiff {
    public enum Aspect: String, CaseIterable, Sendable {
        case value, labels, field, confidence

        public var keys: [String] {
            switch self {
            case .value: ["value", "raw", "scale", "unit", "qualifier", "candidates"]
            case .labels: ["row_label", "column_label", "row_path"]
            case .field: ["field", "row_field", "column_field", "alias", "table_kind"]
            case .confidence: ["confidence"]
            }
        }
    }

    public enum Change: String, Sendable { case added, removed, changed }

    public struct FigureChange {
        public var path: String
        public var id: String
        public var change: Change
        /// For `changed`: the aspects that differ.
        public var aspects: [Aspect]
        public var old: [String: Any]?
        public var new: [String: Any]?
    }

    public struct CheckChange {
        public var path: String
        public var id: String
        public var change: Change
        public var old: [String: Any]?
        public var new: [String: Any]?
    }

    public struct DocumentChange {
        public var path: String
        /// `added` or `removed` for a document in one run only, `changed` when some of its figures
        /// or checks differ.
        public var change: Change
        public var figures: [FigureChange] = []
        public var checks: [CheckChange] = []
    }

    /// Documents that differ, in output-path order.
    public var documents: [DocumentChange] = []
    /// Documents present in both runs.
    public var compared = 0
    /// Dataset lines that were not JSON objects with a `path`, in either run.
    public var badLines = 0

    public var isEmpty: Bool { documents.isEmpty }

    /// One run's datasets, as bytes.
    public struct Run {
        public var documents: Data
        public var figures: Data
        public var checks: Data

        public init(documents: Data, figures: Data, checks: Data) {
            self.documents = documents
            self.figures = figures
            self.checks = checks
        }
    }

    public init(old: Run, new: Run) {
        // One pass with one document in memory; a dataset out of documents order shows as rows
        // left over at the end, and then both runs are read again, whole, by path.
        if !compareAll(old, new, byPath: false) {
            self = RunDiff()
            _ = compareAll(old, new, byPath: true)
        }
    }

    private init() {}

    /// Compares document by document in output-path order; false when rows were left over.
    private mutating func compareAll(_ old: Run, _ new: Run, byPath: Bool) -> Bool {
        var sides = (Side(old, byPath: byPath), Side(new, byPath: byPath))
        let oldDocuments = DatasetCursor.documents(old.documents)
        let newDocuments = DatasetCursor.documents(new.documents)
        var (i, j) = (0, 0)
        while i < oldDocuments.count || j < newDocuments.count {
            let a = i < oldDocuments.count ? oldDocuments[i] : nil
            let b = j < newDocuments.count ? newDocuments[j] : nil
            if let a, let b, a.path == b.path {
                compared += 1
                add(compare(a.path, sides.0.take(a.path), sides.1.take(b.path)))
                (i, j) = (i + 1, j + 1)
            } else if let a, b == nil || a.output.utf8.lexicographicallyPrecedes(b!.output.utf8) {
                add(Self.whole(a.path, .removed, sides.0.take(a.path)))
                i += 1
            } else {
                add(Self.whole(b!.path, .added, sides.1.take(b!.path)))
                j += 1
            }
        }
        badLines = sides.0.badLines + sides.1.badLines
        return sides.0.isExhausted && sides.1.isExhausted
    }

    private mutating func add(_ document: DocumentChange?) {
        if let document { documents.append(document) }
    }

    /// A document in one run only: every figure and check added or removed.
    private static func whole(_ path: String, _ change: Change, _ rows: Rows) -> DocumentChange {
        let isNew = change == .added
        var document = DocumentChange(path: path, change: change)
        document.figures = rows.figures.map {
            FigureChange(path: path, id: Self.id($0.object), change: change, aspects: [],
                         old: isNew ? nil : $0.object, new: isNew ? $0.object : nil)
        }
        document.checks = rows.checks.map {
            CheckChange(path: path, id: Self.id($0.object), change: change, old: isNew ? nil : $0.object, new: isNew ? $0.object : nil)
        }
        return document
    }

    private func compare(_ path: String, _ old: Rows, _ new: Rows) -> DocumentChange? {
        var document = DocumentChange(path: path, change: .changed)
        for (id, pair) in Self.paired(old.figures, new.figures) {
            switch pair {
            case (let a?, let b?):
                if a.line == b.line { continue }  // the same bytes: nothing to compare
                let aspects = Aspect.allCases.filter { aspect in
                    aspect.keys.contains { !Self.same(a.object[$0], b.object[$0]) }
                }
                if !aspects.isEmpty {
                    document.figures.append(FigureChange(
                        path: path, id: id, change: .changed, aspects: aspects, old: a.object, new: b.object))
                }
            case (let a, let b):
                document.figures.append(FigureChange(
                    path: path, id: id, change: a == nil ? .added : .removed, aspects: [], old: a?.object, new: b?.object))
            }
        }
        for (id, pair) in Self.paired(old.checks, new.checks) {
            switch pair {
            case (let a?, let b?):
                if a.line == b.line { continue }
                if !Self.same(a.object["status"], b.object["status"]) || !Self.same(a.object["reason"], b.object["reason"]) {
                    document.checks.append(CheckChange(path: path, id: id, change: .changed, old: a.object, new: b.object))
                }
            case (let a, let b):
                document.checks.append(CheckChange(
                    path: path, id: id, change: a == nil ? .added : .removed, old: a?.object, new: b?.object))
            }
        }
        return document.figures.isEmpty && document.checks.isEmpty ? nil : document
    }

    /// Rows of both sides matched by id: old order first, then ids only the new side has.
    private static func paired(
        _ old: [DatasetCursor.Row], _ new: [DatasetCursor.Row]
    ) -> [(String, (DatasetCursor.Row?, DatasetCursor.Row?))] {
        var byID: [String: DatasetCursor.Row] = [:]
        for row in new { byID[id(row.object)] = row }
        var seen = Set<String>()
        var result: [(String, (DatasetCursor.Row?, DatasetCursor.Row?))] = []
        for row in old {
            let key = id(row.object)
            seen.insert(key)
            result.append((key, (row, byID[key])))
        }
        for row in new where !seen.contains(id(row.object)) { result.append((id(row.object), (nil, row))) }
        return result
    }

    static func id(_ row: [String: Any]) -> String { row["id"] as? String ?? "?" }


    /// Equal as JSON; an absent key equals null.
    static func same(_ a: Any?, _ b: Any?) -> Bool {
        CompactJSON.string(a ?? NSNull()) == CompactJSON.string(b ?? NSNull())
    }

    // MARK: - Reading one run

    struct Rows {
        var figures: [DatasetCursor.Row]
        var checks: [DatasetCursor.Row]
    }

    /// One run's figure and check cursors, or (`byPath`) its datasets read whole, by path.
    private struct Side {
        var figures: DatasetCursor
        var checks: DatasetCursor
        var figuresByPath: [String: [DatasetCursor.Row]]?
        var checksByPath: [String: [DatasetCursor.Row]]?

        init(_ run: Run, byPath: Bool) {
            figures = DatasetCursor(run.figures)
            checks = DatasetCursor(run.checks)
            if byPath {
                figuresByPath = figures.remainingByPath()
                checksByPath = checks.remainingByPath()
            }
        }

        var badLines: Int { figures.badLines + checks.badLines }
        var isExhausted: Bool { figures.isExhausted && checks.isExhausted }

        mutating func take(_ path: String) -> Rows {
            if figuresByPath != nil {
                return Rows(figures: figuresByPath?.removeValue(forKey: path) ?? [],
                            checks: checksByPath?.removeValue(forKey: path) ?? [])
            }
            return Rows(figures: figures.rows(of: path), checks: checks.rows(of: path))
        }
    }
}

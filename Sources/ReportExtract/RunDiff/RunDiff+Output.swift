import Foundation

/// The two forms of a run diff: JSON lines for tools (one row per document added or removed,
/// figure and check that changed, then one `total` row) and a summary for people.
extension RunDiff {
    public struct Totals: Equatable, Sendable {
        public var documentsCompared = 0
        public var documentsAdded = 0
        public var documentsRemoved = 0
        public var documentsChanged = 0
        public var figuresAdded = 0
        public var figuresRemoved = 0
        public var figuresChanged = 0
        public var figuresByAspect: [String: Int] = Dictionary(uniqueKeysWithValues: Aspect.allCases.map { ($0.rawValue, 0) })
        public var checksAdded = 0
        public var checksRemoved = 0
        public var checksChanged = 0
    }

    public var totals: Totals {
        var totals = Totals(documentsCompared: compared)
        for document in documents {
            switch document.change {
            case .added: totals.documentsAdded += 1
            case .removed: totals.documentsRemoved += 1
            case .changed: totals.documentsChanged += 1
            }
            for figure in document.figures {
                switch figure.change {
                case .added: totals.figuresAdded += 1
                case .removed: totals.figuresRemoved += 1
                case .changed: totals.figuresChanged += 1
                }
                for aspect in figure.aspects { totals.figuresByAspect[aspect.rawValue, default: 0] += 1 }
            }
            for check in document.checks {
                switch check.change {
                case .added: totals.checksAdded += 1
                case .removed: totals.checksRemoved += 1
                case .changed: totals.checksChanged += 1
                }
            }
        }
        return totals
    }

    // MARK: - JSON lines

    /// `{"kind": "document" | "figure" | "check" | "total", …}`, one per line, keys sorted.
    public func jsonLines() -> Data {
        var out = Data()
        func line(_ object: [String: Any]) {
            out.append(Data(CompactJSON.string(object).utf8))
            out.append(0x0A)
        }
        for document in documents {
            if document.change != .changed {
                line(["kind": "document", "change": document.change.rawValue, "path": document.path,
                      "figures": document.figures.count, "checks": document.checks.count])
            }
            for figure in document.figures { line(Self.row(figure)) }
            for check in document.checks { line(Self.row(check)) }
        }
        let totals = self.totals
        line([
            "kind": "total", "changed": !isEmpty,
            "documents": ["compared": totals.documentsCompared, "added": totals.documentsAdded,
                          "removed": totals.documentsRemoved, "changed": totals.documentsChanged],
            "figures": ["added": totals.figuresAdded, "removed": totals.figuresRemoved, "changed": totals.figuresChanged,
                        "by_aspect": totals.figuresByAspect],
            "checks": ["added": totals.checksAdded, "removed": totals.checksRemoved, "status_changed": totals.checksChanged],
        ])
        return out
    }

    private static func row(_ figure: FigureChange) -> [String: Any] {
        var row: [String: Any] = ["kind": "figure", "change": figure.change.rawValue, "path": figure.path, "id": figure.id]
        if figure.change == .changed {
            row["aspects"] = figure.aspects.map(\.rawValue)
            let keys = figure.aspects.flatMap(\.keys)
            row["old"] = Self.subset(figure.old, keys)
            row["new"] = Self.subset(figure.new, keys)
        } else {
            row["figure"] = figure.old ?? figure.new ?? [:]
        }
        return row
    }

    private static func row(_ check: CheckChange) -> [String: Any] {
        var row: [String: Any] = ["kind": "check", "change": check.change.rawValue, "path": check.path, "id": check.id]
        row["old"] = check.old.map { subset($0, ["status", "reason", "figures"]) } ?? NSNull()
        row["new"] = check.new.map { subset($0, ["status", "reason", "figures"]) } ?? NSNull()
        return row
    }

    private static func subset(_ object: [String: Any]?, _ keys: [String]) -> [String: Any] {
        var result: [String: Any] = [:]
        for key in keys { result[key] = object?[key] ?? NSNull() }
        return result
    }

    // MARK: - Summary

    /// Per document, one line per change (at most `limit` per document), then the totals.
    public func summary(limit: Int = 50) -> String {
        var text = ""
        for document in documents {
            text += Self.heading(document) + "\n"
            var lines = document.figures.map(Self.describe) + document.checks.map(Self.describe)
            if lines.count > limit {
                let more = lines.count - limit
                lines = Array(lines.prefix(limit)) + ["… \(more) more (see --jsonl)"]
            }
            for line in lines { text += "  " + line + "\n" }
        }
        return text + totalLine()
    }

    public func totalLine() -> String {
        let t = totals
        let aspects = Aspect.allCases.map { "\($0.rawValue) \(t.figuresByAspect[$0.rawValue] ?? 0)" }.joined(separator: ", ")
        return "total: \(t.documentsCompared) documents in both runs, \(t.documentsChanged) changed, "
            + "\(t.documentsAdded) added, \(t.documentsRemoved) removed; figures: \(t.figuresAdded) added, "
            + "\(t.figuresRemoved) removed, \(t.figuresChanged) changed (\(aspects)); checks: \(t.checksAdded) added, "
            + "\(t.checksRemoved) removed, \(t.checksChanged) changed status"
            + (isEmpty ? " — no change\n" : "\n")
    }

    private static func heading(_ document: DocumentChange) -> String {
        switch document.change {
        case .added: "+ \(document.path): new document (\(document.figures.count) figures, \(document.checks.count) checks)"
        case .removed: "- \(document.path): document gone (\(document.figures.count) figures, \(document.checks.count) checks)"
        case .changed: "~ \(document.path): \(document.figures.count) figures, \(document.checks.count) checks changed"
        }
    }

    private static func describe(_ figure: FigureChange) -> String {
        switch figure.change {
        case .added: return "+ figure \(figure.id) " + label(figure.new)
        case .removed: return "- figure \(figure.id) " + label(figure.old)
        case .changed:
            let parts = figure.aspects.flatMap { aspect in
                aspect.keys.filter { !same(figure.old?[$0], figure.new?[$0]) }.map {
                    "\($0) \(shown(figure.old?[$0])) → \(shown(figure.new?[$0]))"
                }
            }
            return "~ figure \(figure.id) " + label(figure.new) + ": " + parts.joined(separator: "; ")
        }
    }

    private static func describe(_ check: CheckChange) -> String {
        func status(_ row: [String: Any]?) -> String {
            guard let row else { return "(none)" }
            let reason = row["reason"] as? String
            return (row["status"] as? String ?? "?") + (reason.map { " (\($0))" } ?? "")
        }
        switch check.change {
        case .added: return "+ check \(check.id): \(status(check.new))"
        case .removed: return "- check \(check.id): \(status(check.old))"
        case .changed: return "~ check \(check.id): \(status(check.old)) → \(status(check.new))"
        }
    }

    /// `[row × column] raw`.
    private static func label(_ figure: [String: Any]?) -> String {
        let labels = ["row_label", "column_label"].compactMap { figure?[$0] as? String }.filter { !$0.isEmpty }
        let raw = figure?["raw"] as? String ?? ""
        return (labels.isEmpty ? "" : "[" + labels.joined(separator: " × ") + "] ") + raw
    }

    private static func shown(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: "null"
        case let text as String: text
        default: CompactJSON.string(value!)
        }
    }
}

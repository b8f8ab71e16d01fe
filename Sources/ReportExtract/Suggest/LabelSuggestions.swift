/// `report-extract suggest`: over a corpus, the row labels, column labels and table titles that no
/// rule names, ranked by how many figures they would label, each with the nearest existing field
/// (or table kind) and example lines. Fed one extracted document at a time; no I/O.
///
/// A figure counts for its row label and for its column label when it has no field (a figure a
/// field already names is labelled) and the label names no field, and for its table's title when
/// the table has no kind. Labels without a letter (`……`) are left out. Labels are
/// grouped by their normalized form (`LabelText.key`: numbering, a leading year, spaces and
/// trailing notes ignored), which is also the alias to add. Labels of no figure are kept (the
/// recognizer lists them) and rank last.
public struct LabelSuggestions: Sendable {
    public enum Axis: String, Sendable { case row, column, table }

    public struct Example: Sendable, Equatable {
        public var path: String
        public var line: Int
        /// The label as printed.
        public var label: String
        /// A figure it would label, as printed.
        public var figure: String?
    }

    public struct Candidate: Sendable {
        public var axis: Axis
        /// The normalized label: the alias (or title word) to add.
        public var key: String
        public var figures = 0
        public var documents = 0
        /// Table kinds of the figures (nil kind as "none"), with counts.
        public var tableKinds: [String: Int] = [:]
        /// Units of the figures, with counts (to guess a new field's kind).
        public var units: [String: Int] = [:]
        public var examples: [Example] = []
        /// The field (row, column) or table kind (table) most like the label, when any is close.
        public var nearest: Nearest?
        fileprivate var lastPath: String?
    }

    public struct Nearest: Sendable, Equatable {
        /// Field id or table kind id.
        public var id: String
        /// The alias, name or title word it is most like.
        public var like: String
        /// 0…1.
        public var similarity: Double
    }

    public let rules: RuleSet
    public private(set) var documentCount = 0
    public private(set) var figureCount = 0
    /// Table figures no field names.
    public private(set) var unnamedFigureCount = 0
    private var candidates: [String: Candidate] = [:]

    public static let maxExamples = 3

    public init(rules: RuleSet) { self.rules = rules }

    /// Adds one document's unnamed labels and the figures they would label.
    public mutating func add(_ document: ExtractedDocument, path: String) {
        documentCount += 1
        figureCount += document.figures.count
        let titles = Dictionary(document.segmented.tables.map { ($0.index, $0.title ?? "(untitled)") }) { a, _ in a }
        for figure in document.figures {
            guard let table = figure.table else { continue }
            if figure.field == nil { unnamedFigureCount += 1 }
            if figure.field == nil, let label = figure.rowLabel, rules.field(forLabel: label) == nil {
                count(.row, label, figure, path)
            }
            if figure.field == nil, let label = figure.columnLabel, rules.field(forLabel: label) == nil {
                count(.column, label, figure, path)
            }
            if figure.tableKind == nil, let title = titles[table] { count(.table, title, figure, path) }
        }
        for label in document.recognized.unnamedLabels {
            let axis: Axis = switch label.kind {
            case .row: .row
            case .column: .column
            case .table: .table
            }
            note(axis, label.text, line: label.line, figure: nil, path: path)
        }
    }

    private mutating func count(_ axis: Axis, _ label: String, _ figure: Figure, _ path: String) {
        guard let key = note(axis, label, line: figure.line, figure: figure.raw, path: path) else { return }
        candidates[key]!.figures += 1
        candidates[key]!.tableKinds[figure.tableKind ?? "none", default: 0] += 1
        candidates[key]!.units[(figure.scale?.symbol ?? "") + (figure.unit ?? ""), default: 0] += 1
    }

    /// Makes sure the candidate exists, counts the document once, keeps a few examples.
    @discardableResult
    private mutating func note(_ axis: Axis, _ label: String, line: Int, figure: String?, path: String) -> String? {
        let key = LabelText.key(label, units: rules.units).text
        guard key.unicodeScalars.contains(where: \.properties.isAlphabetic) else { return nil }
        let id = axis.rawValue + "\t" + key
        var candidate = candidates[id] ?? Candidate(axis: axis, key: key)
        if candidate.lastPath != path {
            candidate.documents += 1
            candidate.lastPath = path
        }
        let example = Example(path: path, line: line, label: label.trimmingSpaces, figure: figure)
        let documentShown = candidate.examples.contains { $0.path == path }
        if candidate.examples.count < Self.maxExamples, !documentShown || figure != nil {
            candidate.examples.append(example)
        } else if !documentShown, let repeated = Self.repeatedDocument(candidate.examples) {
            candidate.examples[repeated] = example  // examples from more documents say more
        }
        candidates[id] = candidate
        return id
    }

    /// The last example whose document another example already shows.
    private static func repeatedDocument(_ examples: [Example]) -> Int? {
        examples.indices.last { index in examples[..<index].contains { $0.path == examples[index].path } }
    }

    /// The candidates with at least `minFigures` figures: most figures first, then most
    /// documents, then rows before columns before titles, then the label.
    public func ranked(minFigures: Int = 1) -> [Candidate] {
        candidates.values.filter { $0.figures >= minFigures }.sorted(by: Self.precedes).map { candidate in
            var candidate = candidate
            candidate.nearest = NearestRule(rules: rules).nearest(to: candidate)
            return candidate
        }
    }

    static func precedes(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.figures != b.figures { return a.figures > b.figures }
        if a.documents != b.documents { return a.documents > b.documents }
        let order: [Axis: Int] = [.column: 0, .row: 1, .table: 2]
        if a.axis != b.axis { return order[a.axis]! < order[b.axis]! }
        return a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

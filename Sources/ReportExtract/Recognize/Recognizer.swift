/// The fourth stage: table kinds, figures (table cells, `label:number` pairs in cells, prose),
/// indicator records and document facts, all driven by the rule files.
public struct Recognizer: Sendable {
    public let rules: RuleSet
    /// Polled per table and per row; figures stop being made past the figure limit (the
    /// pipeline then fails the document).
    public var budget: DocumentBudget
    /// Whether `RecognizedDocument.unnamedLabels` is filled. A caller that drops them says so
    /// here: a 300,000-row table whose labels no rule knows gathered as many, 30 MB for a moment
    /// at the end of recognize, its peak, only to be let go.
    public var collectsUnnamedLabels = true

    public init(rules: RuleSet, budget: DocumentBudget = .unlimited) {
        self.rules = rules
        self.budget = budget
    }

    public func recognize(_ document: SegmentedDocument) -> RecognizedDocument {
        let classifier = TableClassifier(rules: rules)
        var reader = TableFigureReader(rules: rules, budget: budget)
        reader.collectsUnnamedLabels = collectsUnnamedLabels
        var decisions: [TableClassifier.Decision] = []
        // Each table's figures kept apart and joined once at the end (`joined`): appending table
        // after table copied a long table's figures into a second array, and the next table's
        // few then into a third of twice the room.
        var parts: [[Figure]] = []
        var figureCount = 0
        var indicators: [IndicatorRecord] = []
        var unnamed: [UnnamedLabel] = []
        var cellProse: [Paragraph] = []
        for table in document.tables {
            if budget.isSpent || budget.tooManyFigures(figureCount) { break }
            budget.count()
            let decision = classifier.classify(table)
            decisions.append(decision)
            let output = reader.read(table, kind: decision.kind, figuresSoFar: figureCount)
            if decision.kind == nil, output.figures.isEmpty { cellProse += ProseCells.paragraphs(of: table) }
            figureCount += output.figures.count
            parts.append(output.figures)
            indicators += output.records
            guard collectsUnnamedLabels else { continue }
            unnamed += output.unnamedRowLabels.map { UnnamedLabel(kind: .row, text: $0.label, line: $0.line, table: table.index) }
            for header in table.headers {
                for label in header.labels where !label.isEmpty && reader.labels.field(forLabel: label) == nil {
                    unnamed.append(UnnamedLabel(kind: .column, text: label, line: header.firstLine, table: table.index))
                }
            }
            if decision.kind == nil {
                unnamed.append(UnnamedLabel(kind: .table, text: table.title ?? "(untitled)", line: table.firstLine, table: table.index))
            }
        }
        var relations: [ProseRelation] = []
        let prose = ProseFigureReader(rules: rules)
        var proseFigures: [Figure] = []
        var paragraphList = ProseParagraphList()
        let paragraphs = cellProse.isEmpty
            ? document.paragraphs : (document.paragraphs + cellProse).sorted { $0.firstLine < $1.firstLine }
        for paragraph in paragraphs {
            if budget.isSpent || budget.tooManyFigures(figureCount + proseFigures.count) { break }
            budget.count()
            let read = prose.read(paragraph)
            if let list = paragraphList.read(paragraph, figures: read.figures) {
                relations.append(list)
                Self.head(list, in: &proseFigures)
            }
            proseFigures += read.figures
            relations += read.relations
        }
        if let list = paragraphList.finish() {
            relations.append(list)
            Self.head(list, in: &proseFigures)
        }
        parts.append(proseFigures)
        var figures = Self.joined(&parts)
        budget.count(figures.count)
        PrecisionInference.apply(to: &figures)
        return RecognizedDocument(
            segmented: document, tableKinds: decisions, figures: figures, indicators: indicators,
            facts: DocumentFactsReader(rules: rules, budget: budget).read(document), unnamedLabels: unnamed,
            proseRelations: relations)
    }

    /// The parts of a list printed one paragraph each (`一般公共预算总收入13.83亿元,其中:` ¶ `1.上级补助收入
    /// 11.43亿元。`) are told apart by their total, as a paragraph's own list's are (小榄镇 2025, a
    /// clerk's reading of stop 68: the 上级补助收入 of two budgets both high under one label). The
    /// list's figures are the last read, so they are looked for from the end.
    private static func head(_ list: ProseRelation, in figures: inout [Figure]) {
        guard let total = figures.lastIndex(where: { $0.id == list.total }), figures[total].rowLabel != nil else { return }
        let head = figures[total].rowPath
        // The parts come in reading order after the total: one walk forward finds them all.
        var cursor = total + 1
        for part in list.parts {
            guard let index = figures[cursor...].firstIndex(where: { $0.id == part }) else { break }
            cursor = index + 1
            guard figures[index].rowPath.count == 1, let label = figures[index].rowLabel else { continue }
            figures[index].rowPath = head + [label]
        }
    }

    /// The parts in order, in one array. The largest part's array takes the others in place
    /// (those before it inserted at its front, those after appended), so a long table's figures
    /// are never copied into a second array: its room past the count is reserved, not touched,
    /// so it costs address space, not memory.
    private static func joined(_ parts: inout [[Figure]]) -> [Figure] {
        guard let largest = parts.indices.max(by: { parts[$0].count < parts[$1].count }) else { return [] }
        var figures = parts[largest]
        parts[largest] = []
        figures.insert(contentsOf: parts[..<largest].joined(), at: 0)
        figures.append(contentsOf: parts[(largest + 1)...].joined())
        return figures
    }
}

public struct RecognizedDocument: Sendable {
    public var segmented: SegmentedDocument
    /// One decision per table, in table order.
    public var tableKinds: [TableClassifier.Decision]
    public var figures: [Figure]
    public var indicators: [IndicatorRecord]
    public var facts: DocumentFacts
    /// Tables, row labels and column labels no rule recognized: what the next rule should cover.
    public var unnamedLabels: [UnnamedLabel]
    /// Arithmetic the prose states between its figures (`其中` lists, shares, completion rates).
    public var proseRelations: [ProseRelation] = []
}

public struct UnnamedLabel: Sendable, Equatable {
    public enum Kind: String, Sendable { case table, row, column }
    public var kind: Kind
    public var text: String
    public var line: Int
    public var table: Int?
}

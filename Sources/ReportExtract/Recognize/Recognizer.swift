/// The fourth stage: table kinds, figures (table cells, `label:number` pairs in cells, prose),
/// indicator records and document facts, all driven by the rule files.
public struct Recognizer: Sendable {
    public let rules: RuleSet
    /// Polled per table and per row; figures stop being made past the figure limit (the
    /// pipeline then fails the document).
    public var budget: DocumentBudget

    public init(rules: RuleSet, budget: DocumentBudget = .unlimited) {
        self.rules = rules
        self.budget = budget
    }

    public func recognize(_ document: SegmentedDocument) -> RecognizedDocument {
        let classifier = TableClassifier(rules: rules)
        let reader = TableFigureReader(rules: rules, budget: budget)
        var decisions: [TableClassifier.Decision] = []
        var figures: [Figure] = []
        var indicators: [IndicatorRecord] = []
        var unnamed: [UnnamedLabel] = []
        for table in document.tables {
            if budget.isSpent || budget.tooManyFigures(figures.count) { break }
            budget.count()
            let decision = classifier.classify(table)
            decisions.append(decision)
            var output = reader.read(table, kind: decision.kind, figuresSoFar: figures.count)
            // The longer list is kept and the shorter copied into it (a single long table is most
            // of a document's figures, wherever it stands): copying a figure retains its strings.
            if output.figures.count > figures.count {
                var longer = output.figures
                output.figures = []  // the only reference left: inserting does not copy it
                longer.insert(contentsOf: figures, at: 0)
                figures = longer
            } else {
                figures += output.figures
            }
            indicators += output.records
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
        for paragraph in document.paragraphs {
            if budget.isSpent || budget.tooManyFigures(figures.count) { break }
            budget.count()
            let read = prose.read(paragraph)
            figures += read.figures
            relations += read.relations
        }
        budget.count(figures.count)
        PrecisionInference.apply(to: &figures)
        return RecognizedDocument(
            segmented: document, tableKinds: decisions, figures: figures, indicators: indicators,
            facts: DocumentFactsReader(rules: rules, budget: budget).read(document), unnamedLabels: unnamed,
            proseRelations: relations)
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

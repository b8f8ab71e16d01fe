/// Scores a document's figures against its hand-checked expected figures
/// (`corpus/expected/NAME.figures.tsv`: line, raw, value, field, row label, column label; `-` for
/// null). A figure counts as right only when all six agree; recall is the share of expected
/// figures found, precision the share of emitted figures that are right.
public struct FigureEvaluation: Sendable, Equatable {
    public struct Entry: Sendable, Hashable {
        public var line: Int
        public var raw: String
        public var value: String?
        public var field: String?
        public var rowLabel: String?
        public var columnLabel: String?

        var cells: [String] {
            ["\(line)", raw, value ?? "-", field ?? "-", rowLabel ?? "-", columnLabel ?? "-"]
        }
        public var description: String { cells.joined(separator: " | ") }
    }

    public var expected: Int
    public var emitted: Int
    public var matched: Int
    /// Expected entries not found, and emitted figures not expected.
    public var missing: [Entry]
    public var unexpected: [Entry]

    public var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }
    public var precision: Double { emitted == 0 ? 1 : Double(matched) / Double(emitted) }

    public struct ParseError: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public static func parse(_ text: String) throws -> [Entry] {
        try TruthFigure.parse(text).map(\.entry)
    }

    public static func entry(_ figure: FigureJSON) -> Entry {
        Entry(
            line: figure.line, raw: figure.raw, value: figure.value, field: figure.field,
            rowLabel: figure.rowLabel, columnLabel: figure.columnLabel)
    }

    public init(expected: [Entry], figures: some Sequence<FigureJSON>) {
        self.init(expected: expected, entries: figures.map(Self.entry))
    }

    public init(expected: [Entry], entries emittedEntries: [Entry]) {
        var remaining = emittedEntries
        var missing: [Entry] = []
        for entry in expected {
            if let index = remaining.firstIndex(of: entry) {
                remaining.remove(at: index)
            } else {
                missing.append(entry)
            }
        }
        self.expected = expected.count
        self.emitted = emittedEntries.count
        self.matched = expected.count - missing.count
        self.missing = missing
        self.unexpected = remaining
    }
}

/// One check in the document JSON and in `checks.jsonl`.
public struct CheckResultJSON: Encodable, Sendable {
    var result: CheckResult
    /// The document's figures, which the check's operands are positions in: its ids and lines
    /// are read from them as they are written, not held as lists of their own.
    private let documentFigures: [Figure]

    init(_ result: CheckResult, figures: [Figure]) {
        self.result = result
        documentFigures = figures
    }

    /// The operands' ids, as `figures` lists them.
    var figureIDs: LazyMapSequence<FigureIndexes, String> {
        result.operands.lazy.map { [documentFigures] in documentFigures[$0].id }
    }

    /// The operands' lines, as `lines` lists them.
    var lines: LazyMapSequence<FigureIndexes, Int> {
        result.operands.lazy.map { [documentFigures] in documentFigures[$0].line }
    }

    enum CodingKeys: String, CodingKey {
        case id, rule, status, reason, figures, lines, expected, actual, gap, chose
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(result.id, forKey: .id)
        try c.encode(result.rule, forKey: .rule)
        try c.encode(result.status, forKey: .status)
        try c.encode(result.reason, forKey: .reason)
        try c.encode(Array(figureIDs), forKey: .figures)
        try c.encode(Array(lines), forKey: .lines)
        try c.encode(result.expected, forKey: .expected)
        try c.encode(result.actual, forKey: .actual)
        try c.encode(result.gap, forKey: .gap)
        try c.encode(result.chose, forKey: .chose)
    }
}

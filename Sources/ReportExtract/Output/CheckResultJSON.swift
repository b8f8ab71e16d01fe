/// One check in the document JSON and in `checks.jsonl`.
public struct CheckResultJSON: Encodable, Sendable {
    var result: CheckResult

    init(_ result: CheckResult) { self.result = result }

    enum CodingKeys: String, CodingKey {
        case id, rule, status, reason, figures, lines, expected, actual, gap, chose
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(result.id, forKey: .id)
        try c.encode(result.rule, forKey: .rule)
        try c.encode(result.status, forKey: .status)
        try c.encode(result.reason, forKey: .reason)
        try c.encode(result.figures, forKey: .figures)
        try c.encode(result.lines, forKey: .lines)
        try c.encode(result.expected, forKey: .expected)
        try c.encode(result.actual, forKey: .actual)
        try c.encode(result.gap, forKey: .gap)
        try c.encode(result.chose, forKey: .chose)
    }
}

/// A problem in a rule file, with the file, line and key it is about.
public struct RuleError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var key: String?
    public var message: String

    public init(file: String, line: Int?, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// `rules/fields.yaml:12: aliasses: unknown key (did you mean 'aliases'?)`
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        let subject = key.map { "\($0): " } ?? ""
        return "\(place): \(subject)\(message)"
    }
}

/// All problems found while loading rules; loading reports every one, not just the first.
public struct RuleErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [RuleError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

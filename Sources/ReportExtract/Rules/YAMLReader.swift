import Yams

/// Reads a YAML mapping strictly: every key must be known, every value of the expected shape,
/// and every problem is recorded with its file and line instead of being thrown at once.
final class YAMLReader {
    let file: String
    private(set) var errors: [RuleError] = []

    init(file: String) { self.file = file }

    func compose(_ text: String) -> Node? {
        do {
            // The reader reads every scalar as its text, never by its tag, so the tags need no
            // resolving: the default resolver tried its seven regular expressions on every key
            // (Yams hashes keys with their tags to find duplicates), half of loading the rules;
            // equal texts always had equal tags, so duplicates are found the same. The encoding
            // is named: its default reads the environment on every call.
            return try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            errors.append(RuleError(file: file, line: Self.line(of: error), message: "not valid YAML: \(error)"))
        } catch {
            errors.append(RuleError(file: file, line: nil, message: "not valid YAML: \(error)"))
        }
        return nil
    }

    func fail(_ node: Node?, key: String? = nil, _ message: String) {
        errors.append(RuleError(file: file, line: node?.mark?.line, key: key, message: message))
    }

    /// A mapping whose keys are checked against `allowed`; unknown keys are errors with a
    /// suggestion for the nearest known key.
    func mapping(_ node: Node, allowed: [String], context: String) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            fail(node, "\(context) must be a mapping")
            return nil
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else {
                fail(keyNode, "keys of \(context) must be plain strings")
                continue
            }
            if !allowed.contains(key.string) {
                let hint = Self.nearest(key.string, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
                fail(keyNode, key: key.string, "unknown key in \(context)\(hint); known keys: \(allowed.joined(separator: ", "))")
                continue
            }
            if result[key.string] != nil { fail(keyNode, key: key.string, "duplicate key in \(context)") }
            result[key.string] = value
        }
        return result
    }

    func string(_ node: Node?, key: String, required: Bool = true) -> String? {
        guard let node else {
            if required { errors.append(RuleError(file: file, line: nil, key: key, message: "missing")) }
            return nil
        }
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
            fail(node, key: key, "must be a non-empty string")
            return nil
        }
        return scalar.string
    }

    func int(_ node: Node?, key: String) -> Int? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
            fail(node, key: key, "must be an integer")
            return nil
        }
        return value
    }

    func bool(_ node: Node?, key: String) -> Bool? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, let value = Bool(scalar.string) else {
            fail(node, key: key, "must be true or false")
            return nil
        }
        return value
    }

    /// A list of strings; a single string is accepted as a list of one.
    func strings(_ node: Node?, key: String) -> [String] {
        guard let node else { return [] }
        switch node {
        case .scalar(let scalar): return [scalar.string]
        case .sequence(let sequence):
            return sequence.compactMap { item in
                guard case .scalar(let scalar) = item else {
                    fail(item, key: key, "items must be strings")
                    return nil
                }
                return scalar.string
            }
        default:
            fail(node, key: key, "must be a list of strings")
            return []
        }
    }

    func sequence(_ node: Node?, key: String) -> [Node] {
        guard let node else { return [] }
        guard case .sequence(let sequence) = node else {
            fail(node, key: key, "must be a list")
            return []
        }
        return Array(sequence)
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    /// The allowed key within edit distance 2, if any.
    static func nearest(_ key: String, in allowed: [String]) -> String? {
        allowed.map { ($0, editDistance(key, $0)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}

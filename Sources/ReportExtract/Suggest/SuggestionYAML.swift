/// The suggestions as YAML to paste into the rule files: under `fields:` one entry per row or
/// column label, under `table_kinds:` one per table title, in rank order, each preceded by
/// comments saying how many figures it would label, where, and why this field. For a label near
/// an existing field the entry is that field's `id` with its aliases and the new one (replace the
/// field's `aliases:` with it); otherwise a new field to fill in.
extension LabelSuggestions {
    /// - Parameters:
    ///   - ranked: `ranked(minFigures:)`, all of them (for the counts in the heading).
    ///   - limit: how many to print.
    public func yaml(_ ranked: [Candidate], limit: Int, corpus: String) -> String {
        var out = "# report-extract suggest \(corpus): \(documentCount) documents, \(figureCount) figures, "
            + "\(unnamedFigureCount) table figures no field names; \(ranked.count) labels no rule names"
            + (ranked.count > limit ? "; showing the first \(limit).\n" : ".\n")
        let ranked = Array(ranked.prefix(limit))
        let numbered = Array(ranked.enumerated())
        let fields = numbered.filter { $0.element.axis != .table }
        let tables = numbered.filter { $0.element.axis == .table }
        if !fields.isEmpty {
            out += "fields:\n"
            for (index, candidate) in fields { out += entry(candidate, rank: index + 1) }
        }
        if !tables.isEmpty {
            out += "table_kinds:\n"
            for (index, candidate) in tables { out += entry(candidate, rank: index + 1) }
        }
        return out
    }

    private func entry(_ candidate: Candidate, rank: Int) -> String {
        var out = "  # \(rank). \(candidate.axis.rawValue == "table" ? "table title" : candidate.axis.rawValue + " label") "
            + "\(Self.quoted(candidate.key)): would label \(candidate.figures) figure\(candidate.figures == 1 ? "" : "s") "
            + "in \(candidate.documents) "
            + "document\(candidate.documents == 1 ? "" : "s"); table kinds: "
            + candidate.tableKinds.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) (\($0.value))" }
            .joined(separator: ", ") + "\n"
        for example in candidate.examples {
            // A figure's line and the figure, with the label it sits under; or the label's line.
            let text = example.figure.map { Self.oneLine($0) + " ← " + Self.oneLine(example.label) } ?? Self.oneLine(example.label)
            out += "  #    \(example.path):\(example.line): \(text)\n"
        }
        switch (candidate.axis, candidate.nearest) {
        case (.table, let nearest?):
            let kind = rules.tableKinds.first { $0.id == nearest.id }!
            out += "  #    nearest table kind: \(kind.id) (\(kind.name)), \(nearest.similarity) like title word "
                + "\(Self.quoted(nearest.like)) in \(Self.place(kind.source)); replace its title_words with:\n"
            out += "  - {id: \(kind.id), title_words: \(Self.list(kind.titleWords + [candidate.key]))}\n"
        case (.table, nil):
            out += "  #    no table kind is near: a new one to fill in\n"
            out += "  - {id: TODO, name: \(Self.quoted(candidate.key)), title_words: \(Self.list([candidate.key])), "
                + "header_words: [], min_score: 3, examples: {match: \(Self.list([candidate.key])), no_match: []}}\n"
        case (_, let nearest?):
            let field = rules.field(id: nearest.id)!
            out += "  #    nearest field: \(field.id) (\(field.name), \(field.role.rawValue)), \(nearest.similarity) like "
                + "\(Self.quoted(nearest.like)) in \(Self.place(field.source)); replace its aliases with:\n"
            out += "  - {id: \(field.id), aliases: \(Self.list(field.aliases + [candidate.key]))}\n"
        case (let axis, nil):
            out += "  #    no field is near: a new one to fill in\n"
            out += "  - {id: TODO, name: \(Self.quoted(candidate.key)), role: \(axis == .row ? "item" : "measure"), "
                + "kind: \(guessKind(candidate)), aliases: \(Self.list([candidate.key])), "
                + "examples: {match: \(Self.list([candidate.key])), no_match: []}}\n"
        }
        return out
    }

    /// From the figures' units: `%` a rate, `分` a score, `人` a count, else an amount.
    private func guessKind(_ candidate: Candidate) -> String {
        let unit = candidate.units.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ""
        switch unit {
        case "%": return "rate"
        case "分": return "score"
        case "人", "户", "个", "次": return "count"
        default: return "amount"
        }
    }

    static func place(_ source: RuleSource) -> String {
        source.file + (source.line.map { ":\($0)" } ?? "")
    }

    static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }

    /// A YAML flow scalar: plain when safe, else double-quoted with escapes.
    static func quoted(_ text: String) -> String {
        let special = Set(":,[]{}#&*!|>'\"%@`?-".unicodeScalars)
        let plain = !text.isEmpty && !text.unicodeScalars.contains { special.contains($0) || $0.properties.isWhitespace }
            && !["true", "false", "null", "yes", "no", "~"].contains(text.lowercased())
            && Double(text) == nil
        if plain { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func oneLine(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 60 ? String(flat.prefix(60)) + "…" : flat
    }
}

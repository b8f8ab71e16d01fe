/// Finds prose figures declared in the rules: a label, at most three connector pieces (`为`, `是`,
/// `:` …), then a number with its unit (`基本支出为252.47万元`). The longest label at a position
/// wins; a number is claimed once; the number must carry one of the pattern's units when given.
struct ProseFigureReader {
    let rules: RuleSet
    /// Polled per paragraph: a spent budget stops the reading (the document then fails).
    var budget = DocumentBudget.unlimited
    let parser = NumberParser()

    func read(_ paragraphs: [Paragraph]) -> [Figure] {
        var figures: [Figure] = []
        for paragraph in paragraphs {
            if budget.isSpent || budget.tooManyFigures(figures.count) { break }
            figures += read(paragraph)
        }
        return figures
    }

    func read(_ paragraph: Paragraph) -> [Figure] {
        matches(in: paragraph.text).enumerated().map { offset, match in
            var figure = Figure(
                id: "p\(paragraph.firstLine).k\(offset)", source: .prose, table: nil, row: nil, column: nil,
                tableKind: nil, field: match.field.id, rowField: match.field.id, columnField: nil,
                alias: match.label, rowLabel: match.label, columnLabel: nil, rowPath: [match.label],
                raw: match.token, reading: match.reading, chosen: nil, fieldKind: match.field.kind, unit: nil,
                scale: nil, unitSource: nil, line: paragraph.firstLine, confidence: .medium, reasons: [],
                repairs: [])
            FigureValue.settle(&figure)
            UnitResolver(rules: rules).resolve(
                &figure, field: match.field, otherField: nil, columnLabel: nil, blockUnit: nil, tableUnit: nil)
            figure.reasons.append("prose:\(match.pattern)")
            return figure
        }
    }

    struct Match {
        var pattern: String
        var field: FieldRule
        var label: String
        var token: String
        var reading: NumberReading
    }

    /// Every pattern match in `text`, in text order.
    func matches(in text: String) -> [Match] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Int: ScannedNumber] = [:]
        for token in NumberScanner().scan(text) where token.isQuantity { tokens[token.range.lowerBound] = token }
        var found: [(start: Int, match: Match)] = []
        var claimed = Set<Int>()
        for (start, label, pattern) in labelOccurrences(scalars) {
            guard let field = rules.field(id: pattern.field),
                let token = token(after: start + label.unicodeScalars.count, in: scalars, tokens),
                !claimed.contains(token.range.lowerBound), unitMatches(token.value, pattern.units)
            else { continue }
            claimed.insert(token.range.lowerBound)
            let raw = String(String.UnicodeScalarView(scalars[token.range]))
            found.append((start, Match(pattern: pattern.id, field: field, label: label, token: raw, reading: token.reading)))
        }
        return found.sorted { $0.start < $1.start }.map(\.match)
    }

    /// The number token that starts right after a label, past at most three connectors
    /// (a qualifier such as `约` belongs to the token when the scanner read it so).
    private func token(after end: Int, in scalars: [Unicode.Scalar], _ tokens: [Int: ScannedNumber]) -> ScannedNumber? {
        var position = end
        for _ in 0...3 {
            if let token = tokens[position] { return token }
            guard let connector = rules.connectors.first(where: { connector in
                let piece = Array(connector.unicodeScalars)
                return position + piece.count <= scalars.count
                    && Array(scalars[position..<position + piece.count]) == piece
            }) else { return nil }
            position += connector.unicodeScalars.count
        }
        return nil
    }

    /// Label occurrences, longest label first at each end position, so `财政拨款基本支出` beats
    /// `基本支出`. One pass over the text, looking up labels by their first character.
    private func labelOccurrences(_ scalars: [Unicode.Scalar]) -> [(Int, String, ProsePatternRule)] {
        var byFirst: [Unicode.Scalar: [(needle: [Unicode.Scalar], label: String, pattern: ProsePatternRule)]] = [:]
        for pattern in rules.prosePatterns {
            for label in pattern.labels {
                let needle = Array(label.unicodeScalars)
                if let first = needle.first { byFirst[first, default: []].append((needle, label, pattern)) }
            }
        }
        var occurrences: [(Int, String, ProsePatternRule)] = []
        for start in scalars.indices {
            guard let candidates = byFirst[scalars[start]] else { continue }
            for candidate in candidates where start + candidate.needle.count <= scalars.count {
                var matches = true
                for offset in 1..<candidate.needle.count where scalars[start + offset] != candidate.needle[offset] {
                    matches = false
                    break
                }
                if matches { occurrences.append((start, candidate.label, candidate.pattern)) }
            }
        }
        return occurrences.sorted {
            ($0.0 + $0.1.unicodeScalars.count, $0.1.unicodeScalars.count) > ($1.0 + $1.1.unicodeScalars.count, $1.1.unicodeScalars.count)
        }
    }

    private func unitMatches(_ value: NumberValue, _ units: [String]) -> Bool {
        guard !units.isEmpty else { return true }
        let printed = value.isPercent ? "%" : (value.scale?.symbol ?? "") + (value.unit ?? "")
        return units.contains(printed)
    }
}

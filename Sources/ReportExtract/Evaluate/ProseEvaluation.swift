/// Scores a document's prose figures against its reviewed expected prose figures
/// (`corpus/expected/NAME.prose.tsv`: `line raw value scale unit qualifier label kind`, a header
/// line first, `-` for none, label alternatives separated by `|`). An expected figure is found
/// when a prose figure was emitted at its line with its raw text (spaces and a leading qualifier
/// word aside: `约10余件` and `10余件` are one figure); it is right when the value is, and its
/// label when the emitted label is one of the alternatives. A figure graded high is wrong when
/// its value or its label is, or when it is not expected at all.
public struct ProseEvaluation: Sendable {
    public struct Truth: Sendable, Equatable {
        public var line: Int
        public var raw: String
        public var value: String
        public var labels: [String]
        public var kind: String
    }

    public struct Emitted: Sendable {
        public var line: Int
        public var raw: String
        public var value: String?
        public var label: String?
        public var confidence: Figure.Confidence

        public init(line: Int, raw: String, value: String?, label: String?, confidence: Figure.Confidence = .medium) {
            self.line = line
            self.raw = raw
            self.value = value
            self.label = label
            self.confidence = confidence
        }

        public init(_ figure: FigureJSON) {
            line = figure.line
            raw = figure.raw
            value = figure.value
            label = figure.rowLabel
            confidence = figure.confidence
        }
    }

    /// The prose figures among a document's figures.
    public static func emitted(_ figures: some Sequence<FigureJSON>) -> [Emitted] {
        figures.filter { $0.source == .prose }.map(Emitted.init)
    }

    public var expected = 0
    public var found = 0
    public var valueRight = 0
    public var labelRight = 0
    public var emitted = 0
    public var high = 0
    public var highWrong = 0
    public var missing: [Truth] = []
    public var wrong: [(Truth, Emitted)] = []
    public var spurious: [Emitted] = []

    public init() {}

    public static func parse(_ text: String) throws -> [Truth] {
        var truths: [Truth] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("line\t") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 8, let number = Int(cells[0]) else {
                throw FigureEvaluation.ParseError(
                    line: offset + 1, message: "expected 8 TAB-separated columns: line raw value scale unit qualifier label kind")
            }
            let labels = cells[6] == "-" ? [] : cells[6].split(separator: "|").map(String.init)
            truths.append(Truth(line: number, raw: cells[1], value: cells[2], labels: labels, kind: cells[7]))
        }
        return truths
    }

    /// Pairs by line and raw text, in order within a spot.
    public init(truth: [Truth], emitted: [Emitted]) {
        struct Spot: Hashable { var line: Int; var raw: String }
        var open: [Spot: [Int]] = [:]
        for (index, figure) in emitted.enumerated() {
            open[Spot(line: figure.line, raw: Self.key(figure.raw)), default: []].append(index)
        }
        self.emitted = emitted.count
        var paired = Set<Int>()
        for figure in truth {
            expected += 1
            let spot = Spot(line: figure.line, raw: Self.key(figure.raw))
            guard let index = open[spot]?.first else {
                missing.append(figure)
                continue
            }
            open[spot]!.removeFirst()
            paired.insert(index)
            found += 1
            let other = emitted[index]
            let valueOK = other.value == figure.value
            let labelOK = other.label.map(figure.labels.contains) ?? figure.labels.isEmpty
            if valueOK { valueRight += 1 }
            if labelOK { labelRight += 1 }
            if !valueOK || !labelOK { wrong.append((figure, other)) }
            if other.confidence == .high {
                high += 1
                if !valueOK || !labelOK { highWrong += 1 }
            }
        }
        spurious = emitted.indices.filter { !paired.contains($0) }.map { emitted[$0] }
        for figure in spurious where figure.confidence == .high {
            high += 1
            highWrong += 1
        }
    }

    /// Raw text without spaces and without a leading qualifier word.
    static func key(_ raw: String) -> String {
        var text = raw.filter { !$0.isWhitespace }
        for word in ["不少于", "不低于", "不超过", "超过", "大约", "约", "近", "≥", "≤", ">", "<"] where text.hasPrefix(word) {
            text.removeFirst(word.count)
            break
        }
        return text
    }

    public var recall: Double { expected == 0 ? 1 : Double(found) / Double(expected) }
    /// Emitted prose figures that are expected figures with the right value.
    public var precision: Double { emitted == 0 ? 1 : Double(valueRight) / Double(emitted) }
    public var labelShare: Double { found == 0 ? 1 : Double(labelRight) / Double(found) }

    public static func + (a: ProseEvaluation, b: ProseEvaluation) -> ProseEvaluation {
        var sum = a
        sum.expected += b.expected
        sum.found += b.found
        sum.valueRight += b.valueRight
        sum.labelRight += b.labelRight
        sum.emitted += b.emitted
        sum.high += b.high
        sum.highWrong += b.highWrong
        sum.missing += b.missing
        sum.wrong += b.wrong
        sum.spurious += b.spurious
        return sum
    }
}

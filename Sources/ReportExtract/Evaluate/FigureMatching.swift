/// Pairs a document's emitted figures with its truth figures by where they were printed (line and
/// raw text), so a figure found with a wrong label counts as found-but-wrong rather than as one
/// miss plus one stray. Within one (line, raw) spot, a full match is paired first.
public struct FigureMatching: Sendable {
    public struct Emitted: Sendable {
        public var entry: FigureEvaluation.Entry
        public var confidence: Figure.Confidence
        /// `table` for table cells and label:number pairs in cells, `prose` for prose.
        public var sourceGroup: String
        /// The unit and its scale as emitted (`元`, `万`), nil when none.
        public var unit: String?
        public var scale: String?

        public init(_ figure: FigureJSON) {
            entry = FigureEvaluation.entry(figure)
            confidence = figure.confidence
            sourceGroup = figure.source == .prose ? "prose" : "table"
            unit = figure.unit
            scale = figure.scale
        }

        public init(
            entry: FigureEvaluation.Entry, confidence: Figure.Confidence, sourceGroup: String,
            unit: String? = nil, scale: String? = nil
        ) {
            self.entry = entry
            self.confidence = confidence
            self.sourceGroup = sourceGroup
            self.unit = unit
            self.scale = scale
        }
    }

    public struct Pair: Sendable {
        public var truth: TruthFigure
        public var emitted: Emitted
    }

    public var pairs: [Pair] = []
    public var missing: [TruthFigure] = []
    /// Emitted figures printed where the truth has none.
    public var spurious: [Emitted] = []

    /// An emitted figure is the truth's when all but its raw text's spaces agree.
    public static func sameFigure(_ emitted: FigureEvaluation.Entry, _ truth: FigureEvaluation.Entry) -> Bool {
        var closed = emitted
        closed.raw = truth.raw
        return closed == truth
    }

    public init(truth: [TruthFigure], emitted: [Emitted]) {
        // Where: the line and the printed text without its spaces, which a justified line puts
        // between characters (`4502.00 万 元`) and a reader may close up (`4502.00 万元`).
        struct Spot: Hashable {
            var line: Int
            var raw: String
            init(_ entry: FigureEvaluation.Entry) {
                line = entry.line
                raw = entry.raw.filter { !$0.isWhitespace }
            }
        }
        var open: [Spot: [Int]] = [:]
        for (index, figure) in emitted.enumerated() {
            open[Spot(figure.entry), default: []].append(index)
        }
        var unpaired: [TruthFigure] = []
        // Full matches first, so two figures of one cell (总分 as weight and as score) pair right.
        for figure in truth {
            let spot = Spot(figure.entry)
            if let position = open[spot]?.firstIndex(where: { Self.sameFigure(emitted[$0].entry, figure.entry) }) {
                pairs.append(Pair(truth: figure, emitted: emitted[open[spot]!.remove(at: position)]))
            } else {
                unpaired.append(figure)
            }
        }
        for figure in unpaired {
            let spot = Spot(figure.entry)
            if let index = open[spot]?.first {
                open[spot]!.removeFirst()
                pairs.append(Pair(truth: figure, emitted: emitted[index]))
            } else {
                missing.append(figure)
            }
        }
        spurious = open.values.flatMap { $0 }.sorted().map { emitted[$0] }
    }
}

/// Counts over paired figures: how many truth figures were found, and of those how many carry the
/// right value, labels and field; how many high-confidence figures are wrong in any of them.
public struct AccuracyTally: Sendable, Equatable {
    public var expected = 0
    public var found = 0
    public var strict = 0
    public var valueRight = 0
    public var rowLabelRight = 0
    public var columnLabelRight = 0
    public var labelsRight = 0
    public var fieldRight = 0
    public var emitted = 0
    public var high = 0
    /// High-confidence figures whose value, labels or field differ from the truth, or that the
    /// truth does not hold at all.
    public var highWrong = 0

    public init() {}

    public var recall: Double { ratio(found, expected) }
    public var strictRecall: Double { ratio(strict, expected) }
    public var precision: Double { ratio(strict, emitted) }
    public var labelShare: Double { ratio(labelsRight, found) }

    public func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }

    public static func + (a: AccuracyTally, b: AccuracyTally) -> AccuracyTally {
        var sum = a
        sum.expected += b.expected
        sum.found += b.found
        sum.strict += b.strict
        sum.valueRight += b.valueRight
        sum.rowLabelRight += b.rowLabelRight
        sum.columnLabelRight += b.columnLabelRight
        sum.labelsRight += b.labelsRight
        sum.fieldRight += b.fieldRight
        sum.emitted += b.emitted
        sum.high += b.high
        sum.highWrong += b.highWrong
        return sum
    }

    /// Tallies per group (a truth figure's family or source; a stray figure's `spuriousGroup`).
    public static func grouped(
        _ matching: FigureMatching, by group: (TruthFigure) -> String, spuriousGroup: (FigureMatching.Emitted) -> String
    ) -> [String: AccuracyTally] {
        var tallies: [String: AccuracyTally] = [:]
        for figure in matching.missing { tallies[group(figure), default: AccuracyTally()].expected += 1 }
        for pair in matching.pairs { tallies[group(pair.truth), default: AccuracyTally()].count(pair) }
        for figure in matching.spurious {
            var tally = AccuracyTally()
            tally.emitted = 1
            tally.high = figure.confidence == .high ? 1 : 0
            tally.highWrong = tally.high
            tallies[spuriousGroup(figure), default: AccuracyTally()] = tallies[spuriousGroup(figure), default: AccuracyTally()] + tally
        }
        return tallies
    }

    /// A value in the wrong unit is a wrong value (387664.62 元 emitted as 万元 is ten thousand
    /// times the fund). Compared where both the truth and the figure name a unit: a figure with no
    /// unit says it does not know, and hand-checked truth files name none.
    static func unitAgrees(_ pair: FigureMatching.Pair) -> Bool {
        guard let truthUnit = pair.truth.unit, let unit = pair.emitted.unit else { return true }
        return truthUnit == unit && pair.truth.scale == pair.emitted.scale
    }

    mutating func count(_ pair: FigureMatching.Pair) {
        let truth = pair.truth.entry, emitted = pair.emitted.entry
        expected += 1
        found += 1
        self.emitted += 1
        // An ambiguous malformed figure left undecided is honest, not wrong.
        let numberOK = truth.value == emitted.value || (!pair.truth.candidates.isEmpty && emitted.value == nil)
        let valueOK = numberOK && Self.unitAgrees(pair)
        let rowOK = truth.rowLabel == emitted.rowLabel
        let columnOK = truth.columnLabel == emitted.columnLabel
        let fieldOK = truth.field == emitted.field
        if valueOK { valueRight += 1 }
        if rowOK { rowLabelRight += 1 }
        if columnOK { columnLabelRight += 1 }
        if rowOK && columnOK { labelsRight += 1 }
        if fieldOK { fieldRight += 1 }
        let right = valueOK && rowOK && columnOK && fieldOK
        if right { strict += 1 }
        if pair.emitted.confidence == .high {
            high += 1
            if !right { highWrong += 1 }
        }
    }
}

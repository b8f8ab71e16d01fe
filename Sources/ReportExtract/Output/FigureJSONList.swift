/// A document's figures as JSON values: the pipeline's array of reconciled figures, taken as it
/// is, and beside it each figure's value as its JSON prints it (formatted once, at 16 bytes a
/// figure: three outputs read it). A figure read from the list reads its members here, in place;
/// nothing is copied into a second array of figures (300,000 figures: 100 MB more at the
/// document's peak when they were). The other members formatted from a figure (decimals,
/// qualifier, candidates) are read from it when asked: held beside the value, they took a
/// 300,000-row table's outputs 5 MB more.
///
/// A mutable collection: tests set members the seeds lack.
public struct FigureJSONList: RandomAccessCollection, MutableCollection, Sendable {
    var figures: [Figure]
    var values: [String?]
    /// Candidates a test set on a figure's JSON, by position (nil: none, not the figure's own).
    var setCandidates: [Int: [String]?] = [:]

    init(figures: consuming [Figure]) {
        values = figures.map { $0.chosen?.valueString }
        self.figures = figures
    }

    public init(_ values: [FigureJSON]) {
        figures = values.map(\.parts.figure)
        self.values = values.map(\.parts.value)
        for (position, value) in values.enumerated() {
            if let set = value.parts.setCandidates { setCandidates[position] = set }
        }
    }

    public typealias Index = Int
    public typealias Indices = Range<Int>

    public var startIndex: Int { 0 }
    public var endIndex: Int { figures.count }
    public var indices: Range<Int> { 0..<figures.count }

    public subscript(position: Int) -> FigureJSON {
        get { FigureJSON(self, at: position) }
        set {
            let parts = newValue.parts
            figures[position] = parts.figure
            values[position] = parts.value
            setCandidates[position] = parts.setCandidates
        }
    }
}

extension FigureJSONList: Encodable {
    /// An array of the figures' JSON values, as `[FigureJSON]` encodes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for figure in self { try container.encode(figure) }
    }
}

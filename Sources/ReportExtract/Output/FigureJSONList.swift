/// A document's figures as JSON values: the pipeline's array of reconciled figures, taken as it
/// is, and beside it what each figure's JSON formats from it (`FigureJSON.Derived`, made once, at
/// 56 bytes a figure). A figure read from the list reads its members here, in place; nothing is
/// copied into a second array of figures (300,000 figures: 100 MB more at the document's peak
/// when they were).
///
/// A mutable collection: tests set members the seeds lack.
public struct FigureJSONList: RandomAccessCollection, MutableCollection, Sendable {
    var figures: [Figure]
    var derived: [FigureJSON.Derived]

    init(figures: consuming [Figure]) {
        derived = figures.map(FigureJSON.Derived.init)
        self.figures = figures
    }

    public init(_ values: [FigureJSON]) {
        figures = values.map(\.parts.figure)
        derived = values.map(\.parts.derived)
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
            derived[position] = parts.derived
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

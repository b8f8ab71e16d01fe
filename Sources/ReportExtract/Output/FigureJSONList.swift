/// A document's figures as JSON values (`FigureJSON`), each made from the pipeline's figure when
/// it is read. Building them all at once, beside the figures they come from, was the peak of a
/// long document (300,000 figures: 100 MB more than the figures themselves, for a moment), and
/// every output reads each figure once or a few times, in order.
///
/// A mutable collection: a figure set (tests give members the seeds lack) turns the list into
/// stored values.
public struct FigureJSONList: RandomAccessCollection, MutableCollection, Sendable {
    private enum Storage: Sendable {
        case figures([Figure])
        case values([FigureJSON])
    }

    private var storage: Storage

    init(figures: [Figure]) { storage = .figures(figures) }

    public init(_ values: [FigureJSON]) { storage = .values(values) }

    public typealias Index = Int
    public typealias Indices = Range<Int>

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .figures(let figures): figures.count
        case .values(let values): values.count
        }
    }

    public var indices: Range<Int> { 0..<endIndex }

    public subscript(position: Int) -> FigureJSON {
        get {
            switch storage {
            case .figures(let figures): FigureJSON(figures[position])
            case .values(let values): values[position]
            }
        }
        set {
            var values: [FigureJSON]
            switch storage {
            case .figures: values = Array(self)
            case .values(let stored): values = stored
            }
            storage = .values([])  // `values` is then the only reference: set in place
            values[position] = newValue
            storage = .values(values)
        }
    }

    /// Figure `position`'s grade, without making its JSON value (the review page asks it of every
    /// figure several times).
    func confidence(_ position: Int) -> Figure.Confidence {
        switch storage {
        case .figures(let figures): figures[position].confidence
        case .values(let values): values[position].confidence
        }
    }

    /// Where figure `position` was read, without making its JSON value.
    func place(_ position: Int) -> (id: String, table: Int?, row: Int?, column: Int?, line: Int) {
        switch storage {
        case .figures(let figures):
            let figure = figures[position]
            return (figure.id, figure.table, figure.row, figure.column, figure.line)
        case .values(let values):
            let figure = values[position]
            return (figure.id, figure.table, figure.row, figure.column, figure.line)
        }
    }

    /// What a chip on the review page shows of figure `position`, without making its JSON value.
    func chip(_ position: Int) -> (grade: String, rowLabel: String?, columnLabel: String?, raw: String?) {
        switch storage {
        case .figures(let figures):
            let figure = figures[position]
            return (figure.confidence.rawValue, figure.rowLabel, figure.columnLabel, figure.raw)
        case .values(let values):
            let figure = values[position]
            return (figure.confidence.rawValue, figure.rowLabel, figure.columnLabel, figure.raw)
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

/// Figure positions held as `Int32`, read as `Int`. The checks' lookups (`CheckIndex`,
/// `RowGroups`, `PartRowPool`) hold lists as long as a table: at 8 bytes a position they were
/// about 15 MB of a 300,000-row table's reconcile, its peak, twice that while they were built.
/// A document's figures and rows are far below 2^31 (its bytes are, `--max-file-bytes`); a
/// position past that stops the run rather than wrap (`narrow`).
struct FigureIndexes: RandomAccessCollection, Sendable, Equatable {
    private var stored: ArraySlice<Int32>

    init() { stored = [] }

    init(_ stored: ArraySlice<Int32>) { self.stored = stored }

    init(_ stored: [Int32]) { self.stored = stored[...] }

    /// Positions given as `Int`, narrowed.
    init(_ positions: [Int]) { self.init(positions.map(Self.narrow)) }

    var startIndex: Int { stored.startIndex }
    var endIndex: Int { stored.endIndex }

    subscript(position: Int) -> Int { Int(stored[position]) }

    /// An index as stored; one past `Int32` is a broken promise, not data to wrap.
    static func narrow(_ value: Int) -> Int32 {
        guard let narrow = Int32(exactly: value) else { preconditionFailure("a figure or row index past Int32: \(value)") }
        return narrow
    }

    mutating func append(_ value: Int) {
        stored.append(Self.narrow(value))
    }

    mutating func reserveCapacity(_ count: Int) { stored.reserveCapacity(count) }
}

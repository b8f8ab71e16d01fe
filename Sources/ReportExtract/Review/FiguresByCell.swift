/// Which figures were read from each table cell, for drawing the tables. Nearly every cell holds
/// at most one, so each cell's first figure is found by its position alone (`FigurePositions`,
/// the cell read again from the figure) and a cell's other figures are kept beside it. Cells
/// past `Int32` (only in a JSON made by hand) are kept in a map of their own.
struct FiguresByCell {
    private struct Key: Hashable {
        var table: Int32
        var row: Int32
        var column: Int32

        init?(table: Int, row: Int, column: Int) {
            guard let table = Int32(exactly: table), let row = Int32(exactly: row), let column = Int32(exactly: column)
            else { return nil }
            (self.table, self.row, self.column) = (table, row, column)
        }

        init?(_ cell: (table: Int, row: Int, column: Int)?) {
            guard let cell else { return nil }
            self.init(table: cell.table, row: cell.row, column: cell.column)
        }
    }

    private struct WideKey: Hashable {
        var table: Int
        var row: Int
        var column: Int
    }

    private var first: FigurePositions<Key>
    private var more: [Key: [Int]] = [:]
    private var wide: [WideKey: OneOrMany<Int>] = [:]

    /// - Parameters:
    ///   - count: how many figures.
    ///   - cell: figure `position`'s cell; nil for a figure not read from one.
    init(count: Int, cell: @escaping (Int) -> (table: Int, row: Int, column: Int)?) {
        first = FigurePositions(count: count) { Key(cell($0)) }
        for figure in 0..<count {
            guard let place = cell(figure) else { continue }
            guard let key = Key(place) else {
                wide[WideKey(table: place.table, row: place.row, column: place.column), default: []].append(figure)
                continue
            }
            if first.add(figure, replacing: false) != nil { more[key, default: []].append(figure) }
        }
    }

    /// The figures read from one cell, in the order they were added.
    func figures(table: Int, row: Int, column: Int) -> OneOrMany<Int> {
        var held = OneOrMany<Int>()
        if let key = Key(table: table, row: row, column: column), let figure = first[key] {
            held.append(figure)
            if let others = more[key] { held.append(contentsOf: others) }
        }
        // A cell past `Int32` has all its figures here, none in `first`.
        if !wide.isEmpty, let others = wide[WideKey(table: table, row: row, column: column)] {
            held.append(contentsOf: others)
        }
        return held
    }
}

/// Where a row index stands among a table's body rows. The rows of a document come in increasing
/// order and are searched (a map of them was 8 MB beside the page of a 300,000-row table); rows
/// of a JSON that are not in order are mapped, the last of equal indexes standing.
struct RowPositions {
    private let rows: ReviewRows
    private let map: [Int: Int]?

    init(_ rows: ReviewRows) {
        self.rows = rows
        var last: Int?
        var increasing = true
        for position in rows.indices {
            guard let index = rows.rowIndex(position), last.map({ $0 < index }) ?? true else {
                increasing = false
                break
            }
            last = index
        }
        guard !increasing else {
            map = nil
            return
        }
        var map: [Int: Int] = [:]
        for position in rows.indices { if let index = rows.rowIndex(position) { map[index] = position } }
        self.map = map
    }

    func position(of row: Int) -> Int? {
        if let map { return map[row] }
        var low = 0
        var high = rows.count
        while low < high {
            let middle = (low + high) / 2
            let index = rows.rowIndex(middle)!
            if index == row { return middle }
            if index < row { low = middle + 1 } else { high = middle }
        }
        return nil
    }
}

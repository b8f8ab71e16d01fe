/// The figures of a page with the page's notes on them (`context`, `checks`), read from the
/// decoded JSON or made one at a time from the document's values: a long table's figures are not
/// copied into a second array of page figures, and the notes are kept beside them, flat.
struct PageFigures: PositionedList {
    enum Source {
        case decoded([ReviewFigure])
        case document(FigureJSONList)
    }

    private let source: Source
    let elementCount: Int
    /// The text as printed around a figure read from `table`, `row`, `column` or `line`.
    var context: (_ table: Int?, _ row: Int?, _ column: Int?, _ line: Int?) -> String? = { _, _, _, _ in nil }
    /// Figure `i`'s check notes are `checkNotes[noteChecks[j]]` for `j` in
    /// `noteStarts[i]..<noteStarts[i + 1]` (no notes yet: empty). A check's note is held once,
    /// not once per figure it names (a long table's total row names every row). Starts as
    /// `Int32`, as the checks are (`noteChecks`): an array of a long table's length each.
    private var noteStarts: [Int32] = []
    private var noteChecks: [Int32] = []
    private var checkNotes: [String] = []

    init(_ source: Source) {
        self.source = source
        switch source {
        case .decoded(let figures): elementCount = figures.count
        case .document(let figures): elementCount = figures.count
        }
    }

    subscript(position: Int) -> ReviewFigure {
        var figure: ReviewFigure
        switch source {
        case .decoded(let figures): figure = figures[position]
        case .document(let figures): figure = ReviewFigure(figures[position])
        }
        figure.context = context(figure.table, figure.row, figure.column, figure.line)
        if !noteStarts.isEmpty, noteStarts[position] < noteStarts[position + 1] {
            figure.checks = noteChecks[Int(noteStarts[position])..<Int(noteStarts[position + 1])].map { checkNotes[Int($0)] }
        }
        return figure
    }

    /// Each figure's id by position, without making the figure; reads only the figures, so
    /// holding it does not share the notes this collection goes on to set.
    var ids: (Int) -> String {
        switch source {
        case .decoded(let figures): { figures[$0].id }
        case .document(let figures): { figures.figures[$0].id }
        }
    }

    /// Each figure's cell by position (nil for a figure not read from a cell), like `ids`.
    var cells: (Int) -> (table: Int, row: Int, column: Int)? {
        func cell(_ table: Int?, _ row: Int?, _ column: Int?) -> (table: Int, row: Int, column: Int)? {
            guard let table, let row, let column else { return nil }
            return (table, row, column)
        }
        switch source {
        case .decoded(let figures): return { cell(figures[$0].table, figures[$0].row, figures[$0].column) }
        case .document(let figures): return { cell(figures.figures[$0].table, figures.figures[$0].row, figures.figures[$0].column) }
        }
    }

    /// Where figure `position` was read, without making the figure.
    func place(_ position: Int) -> (id: String, table: Int?, row: Int?, column: Int?, line: Int?) {
        switch source {
        case .decoded(let figures):
            let figure = figures[position]
            return (figure.id, figure.table, figure.row, figure.column, figure.line)
        case .document(let figures):
            let figure = figures.figures[position]
            return (figure.id, figure.table, figure.row, figure.column, figure.line)
        }
    }

    /// What a table cell adds after its text for figure `position` (its candidates, or its value
    /// when repaired), without making the figure.
    func reading(_ position: Int) -> (candidates: [String]?, value: String?, repaired: Bool) {
        switch source {
        case .decoded(let figures):
            let figure = figures[position]
            return (figure.candidates, figure.value, !(figure.repairs ?? []).isEmpty)
        case .document(let figures):
            let figure = figures[position]  // the list and a position: nothing is made
            return (figure.candidates, figure.value, !figure.repairs.isEmpty)
        }
    }

    /// Figure `position`'s `grade`, without making the figure (the page asks it of every figure
    /// several times).
    func grade(_ position: Int) -> String {
        switch source {
        case .decoded(let figures): figures[position].grade
        case .document(let figures): figures.figures[position].confidence.rawValue
        }
    }

    /// What a chip shows of figure `position`, without making the figure.
    func chip(_ position: Int) -> (grade: String, rowLabel: String?, columnLabel: String?, raw: String?) {
        switch source {
        case .decoded(let figures):
            let figure = figures[position]
            return (figure.grade, figure.rowLabel, figure.columnLabel, figure.raw)
        case .document(let figures):
            let figure = figures.figures[position]
            return (figure.confidence.rawValue, figure.rowLabel, figure.columnLabel, figure.raw)
        }
    }

    /// The figures for which `isIncluded` holds of their position, made.
    func made(where isIncluded: (Int) -> Bool) -> [ReviewFigure] {
        indices.filter(isIncluded).map { self[$0] }
    }

    /// Sets the check notes: `notes[c]` is check `c`'s note, and `named(c, figure)` calls
    /// `figure` with the position of each figure check `c` names, the same ones each time (it is
    /// called twice per check); each figure's notes are listed in check order.
    mutating func setNotes(_ notes: [String], named: (_ check: Int, _ figure: (Int) -> Void) -> Void) {
        // A counting sort: each figure's count at `starts[f + 1]`, turned into where its run
        // starts; placing a pair moves it on, so that it ends as the next figure's start.
        var starts = [Int32](repeating: 0, count: count + 1)
        var pairs = 0
        for check in notes.indices {
            named(check) { figure in
                starts[figure + 1] += 1
                pairs += 1
            }
        }
        // Every start is at most `pairs`.
        _ = FigureIndexes.narrow(pairs)
        var before: Int32 = 0
        for figure in 0..<count {
            let counted = starts[figure + 1]
            starts[figure + 1] = before
            before += counted
        }
        var flat = [Int32](repeating: 0, count: pairs)
        for check in notes.indices {
            named(check) { figure in
                flat[Int(starts[figure + 1])] = Int32(check)
                starts[figure + 1] += 1
            }
        }
        noteStarts = starts
        noteChecks = flat
        checkNotes = notes
    }
}

/// A table's body rows: decoded from the JSON, or made one at a time from the document's values
/// (a long table's rows and cells are not copied for the page).
struct ReviewRows: PositionedList, ExpressibleByArrayLiteral, Decodable {
    private enum Storage {
        case decoded([ReviewDocument.Row])
        case document([RowJSON])
    }

    private let storage: Storage

    init(arrayLiteral rows: ReviewDocument.Row...) { storage = .decoded(rows) }
    init(document rows: [RowJSON]) { storage = .document(rows) }
    init(from decoder: any Swift.Decoder) throws { storage = .decoded(try [ReviewDocument.Row](from: decoder)) }

    var elementCount: Int {
        switch storage {
        case .decoded(let rows): rows.count
        case .document(let rows): rows.count
        }
    }

    subscript(position: Int) -> ReviewDocument.Row {
        switch storage {
        case .decoded(let rows): rows[position]
        case .document(let rows): ReviewDocument.Row(rows[position])
        }
    }

    /// Row `position`'s index, without making the row.
    func rowIndex(_ position: Int) -> Int? {
        switch storage {
        case .decoded(let rows): rows[position].index
        case .document(let rows): rows[position].index
        }
    }

    /// The text as printed in one cell (its raw text when it has one); `exists` is false when
    /// the row has no such column.
    func printed(row position: Int, column: Int) -> (exists: Bool, text: String?) {
        switch storage {
        case .decoded(let rows):
            let cells = rows[position].cells ?? []
            return column < cells.count ? (true, cells[column].raw ?? cells[column].text) : (false, nil)
        case .document(let rows):
            guard let cell = rows[position].cell(column) else { return (false, nil) }
            return (true, cell.raw ?? cell.text)
        }
    }
}

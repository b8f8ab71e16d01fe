/// Counts the work the checks do (figures read, rows visited, operand readings combined), so a
/// test can show that it grows linearly with a table's length; a wall-clock test could not say
/// that reliably. One per document, never shared between threads.
final class CheckWork {
    private(set) var operations = 0

    func add(_ count: Int = 1) { operations &+= count }
}

/// The document's figures as the checks see them. Every read goes through the subscript and is
/// counted, so a check that scans all figures for each row shows up as quadratic work.
struct FigureStore {
    private(set) var all: [Figure]
    let work: CheckWork

    init(_ figures: [Figure], work: CheckWork) {
        all = figures
        self.work = work
    }

    var indices: Range<Int> { all.indices }

    subscript(index: Int) -> Figure {
        _read {
            work.add()
            yield all[index]
        }
    }

    /// The figures, moved out (the store is left empty), so that whoever takes them owns the
    /// only copy.
    mutating func takeAll() -> [Figure] {
        let figures = all
        all = []
        return figures
    }

    mutating func modify(_ index: Int, _ change: (inout Figure) -> Void) {
        work.add()
        change(&all[index])
    }
}

/// The typical width the rows around a run repeat most, kept over a window that slides with the
/// run: a form of several blocks (budget rows of 3 cells, an indicator block of 11) has a most
/// common width that may be another block's, and between two typical widths the rows nearby
/// know better which one a row has.
struct NearbyWidths {
    /// Runs looked at on each side.
    let reach: Int
    private let typical: [Int]
    private var counts: [Int]
    private let widthOf: (Int) -> Int?
    private let runCount: Int

    /// - Parameter widthOf: the width a run counts for (an opening run the grammar leaves
    ///   untied, of a typical width), nil for a run that counts for none.
    init(typical: Set<Int>, runCount: Int, reach: Int, widthOf: @escaping (Int) -> Int?) {
        self.reach = reach
        self.typical = typical.sorted()
        self.counts = [Int](repeating: 0, count: typical.count)
        self.widthOf = widthOf
        self.runCount = runCount
        for index in 0..<min(reach, runCount) { add(index, by: 1) }
    }

    /// Moves the window's centre to `run` (called for each run in order) and gives the width
    /// most repeated in it, the wider on a tie; nil when no run in reach counts.
    mutating func usual(at run: Int) -> Int? {
        if run + reach < runCount { add(run + reach, by: 1) }
        if run - reach - 1 >= 0 { add(run - reach - 1, by: -1) }
        var best: (count: Int, width: Int)?
        for (slot, count) in counts.enumerated() where count > 0 && (best.map { (count, typical[slot]) > $0 } ?? true) {
            best = (count, typical[slot])
        }
        return best?.width
    }

    private mutating func add(_ run: Int, by step: Int) {
        guard let width = widthOf(run), let slot = typical.firstIndex(of: width) else { return }
        counts[slot] += step
    }
}

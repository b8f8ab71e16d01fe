import Foundation

/// Admits documents to extraction while the input bytes being extracted at once stay within a
/// capacity (`--max-file-bytes`). Extraction holds many times a document's size in memory, so
/// with it the peak memory of a run is that of one document at the limit, whatever `--jobs` is:
/// small documents still run side by side, a large one waits until it can run alone enough.
final class InFlightBytes: @unchecked Sendable {  // state guarded by `condition`
    private let capacity: Int
    private var inFlight = 0
    private let condition = NSCondition()

    init(capacity: Int) { self.capacity = capacity }

    /// Runs `body` once `bytes` more fit (at once when nothing else runs).
    func run<T>(bytes: Int, _ body: () throws -> T) rethrows -> T {
        condition.lock()
        while inFlight > 0 && inFlight + bytes > capacity { condition.wait() }
        inFlight += bytes
        condition.unlock()
        defer {
            condition.lock()
            inFlight -= bytes
            condition.broadcast()
            condition.unlock()
        }
        return try body()
    }
}

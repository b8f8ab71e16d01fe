import Foundation

/// Runs work on a fixed number of threads while the calling thread stays free to draw progress
/// and write checkpoints. Results come back in input order, so what is written never depends on
/// which thread finished first.
enum WorkerPool {
    /// Calls `body` once for every index in `0..<count` on `jobs` threads and returns the results
    /// in index order. Meanwhile calls `tick` on the calling thread about every `interval` seconds.
    static func map<Result: Sendable>(
        count: Int, jobs: Int, interval: Double = 0.2, tick: () -> Void = {},
        _ body: @escaping @Sendable (Int) -> Result
    ) -> [Result] {
        let results = Locked([Result?](repeating: nil, count: count))
        let next = Locked(0)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(jobs, count)) {
            group.enter()
            let thread = Thread {
                while true {
                    let index = next.withLock { value -> Int in
                        defer { value += 1 }
                        return value
                    }
                    guard index < count else { break }
                    let result = body(index)
                    results.withLock { $0[index] = result }
                }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        while group.wait(timeout: .now() + interval) == .timedOut { tick() }
        return results.current.map { $0! }
    }
}

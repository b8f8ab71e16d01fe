/// Wall-clock time spent in each pipeline stage, summed over the documents run with it. The
/// benchmark (`Benchmarks/StageBench`) reads it to print MB/s per stage; ordinary runs pass a
/// throwaway value, which costs two clock reads per stage.
public struct StageTimes: Sendable {
    public enum Stage: String, CaseIterable, Sendable {
        case decode, normalize, segment, recognize, reconcile, write
    }

    public private(set) var seconds: [Stage: Double] = [:]

    public init() {}

    /// Runs `body`, adding its duration to `stage`.
    public mutating func measure<T, E: Error>(_ stage: Stage, _ body: () throws(E) -> T) throws(E) -> T {
        let start = ContinuousClock.now
        defer {
            let elapsed = ContinuousClock.now - start
            seconds[stage, default: 0] += Double(elapsed.components.seconds)
                + Double(elapsed.components.attoseconds) * 1e-18
        }
        return try body()
    }
}

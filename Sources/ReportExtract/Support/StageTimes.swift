#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// CPU time spent in each pipeline stage, summed over the documents run with it. The benchmark
/// (`Benchmarks/StageBench`) reads it to print MB/s per stage. It is the calling thread's CPU
/// time, not wall time: on a machine shared with other work, wall time says more about the
/// neighbours than about the stage. Ordinary runs pass a throwaway value (two clock reads per
/// stage).
public struct StageTimes: Sendable {
    public enum Stage: String, CaseIterable, Sendable {
        case decode, normalize, segment, recognize, reconcile, write
    }

    public private(set) var seconds: [Stage: Double] = [:]

    public init() {}

    /// Runs `body`, adding the CPU time it took to `stage`.
    public mutating func measure<T, E: Error>(_ stage: Stage, _ body: () throws(E) -> T) throws(E) -> T {
        let start = Self.threadCPUSeconds()
        defer { seconds[stage, default: 0] += Self.threadCPUSeconds() - start }
        return try body()
    }

    /// CPU seconds the calling thread has used.
    public static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}

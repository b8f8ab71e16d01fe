#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What one document may cost before it is given up: wall-clock seconds and figures. A report
/// takes milliseconds and holds hundreds of figures; a document past either limit is not one the
/// nightly run should spend its night (or its memory) on, so it fails by name and the batch goes on.
public struct DocumentLimits: Sendable, Equatable {
    /// Wall-clock seconds from the start of decoding to the document's JSON being complete.
    public var seconds: Double
    /// Figures (table cells and prose numbers) one document may yield.
    public var figures: Int

    /// 30 s is about 2,000 times what a seed report takes, and stops the 300,000-row table
    /// (41 s of CPU, Benchmarks/README.md); 100,000 figures is 200 times the largest seed.
    public static let defaultSeconds = 30.0
    public static let defaultFigures = 100_000
    public static let defaults = DocumentLimits(seconds: defaultSeconds, figures: defaultFigures)
    public static let unlimited = DocumentLimits(seconds: .infinity, figures: .max)

    public init(seconds: Double = DocumentLimits.defaultSeconds, figures: Int = DocumentLimits.defaultFigures) {
        self.seconds = seconds
        self.figures = figures
    }
}

/// A limit one document went past. The pipeline throws it and returns nothing: a document is
/// extracted whole or not at all.
public enum LimitExceeded: Error, Equatable, Sendable, CustomStringConvertible {
    /// The time budget ran out; `stage` is where the run noticed.
    case time(limit: Double, stage: StageTimes.Stage)
    case figures(limit: Int)

    public var description: String {
        switch self {
        case .time(let limit, let stage):
            return "over the time budget of \(Self.seconds(limit)) s per document (stopped in \(stage.rawValue)); "
                + "nothing written for it (raise it with --max-document-seconds)"
        case .figures(let limit):
            return "over the figure budget of \(limit) figures per document; nothing written for it "
                + "(raise it with --max-figures)"
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() && value < 1e15 ? String(Int(value)) : String(value)
    }
}

/// One document's running budget: its deadline, fixed when the document starts, and its figure
/// limit. Stages poll it at their boundaries and inside their long loops (rows of a table,
/// tables of a document) and stop early when it is spent; the pipeline then throws at the next
/// boundary, so what a stopped stage left half done is never used. Nothing is killed: polling is
/// a clock read (the coarse monotonic clock, a few nanoseconds).
public struct DocumentBudget: Sendable {
    public let limits: DocumentLimits
    /// CLOCK_MONOTONIC nanoseconds; `UInt64.max` for no limit.
    private let deadline: UInt64
    /// Where segment and recognize count their work when a test asks (`StageWork`); nil otherwise.
    let work: StageWork?

    public init(_ limits: DocumentLimits) {
        self.init(limits, counting: nil)
    }

    /// A budget that also counts the work done under it (tests of linear cost).
    init(_ limits: DocumentLimits, counting work: StageWork?) {
        self.work = work
        self.limits = limits
        if limits.seconds.isFinite, limits.seconds >= 0 {
            let nanoseconds = min(limits.seconds * 1e9, Double(UInt64.max / 2))
            deadline = Self.now() &+ UInt64(nanoseconds)
        } else {
            deadline = .max
        }
    }

    public static let unlimited = DocumentBudget(.unlimited)

    /// True once the time is spent (and from then on).
    public var isSpent: Bool {
        deadline != .max && Self.now() >= deadline
    }

    /// Throws when the time is spent, naming the stage that was running.
    public func checkTime(in stage: StageTimes.Stage) throws(LimitExceeded) {
        if isSpent { throw .time(limit: limits.seconds, stage: stage) }
    }

    /// Throws when `count` figures are more than the limit.
    public func checkFigures(_ count: Int) throws(LimitExceeded) {
        if count > limits.figures { throw .figures(limit: limits.figures) }
    }

    /// `items.map(transform)` for a long list, polling the budget as it goes; nil once it is spent.
    func map<Item, Result>(_ items: [Item], _ transform: (Item) -> Result) -> [Result]? {
        var results: [Result] = []
        results.reserveCapacity(items.count)
        for item in items {
            if isSpent { return nil }
            count()
            results.append(transform(item))
        }
        return results
    }

    /// Counts `operations` units of work (lines scanned, row ends priced, cells read, figures
    /// visited) when a `StageWork` is attached: a test doubles a table and expects this to double.
    @inline(__always) func count(_ operations: Int = 1) {
        work?.add(operations)
    }

    /// True when a loop that has made `count` figures should stop making more.
    func tooManyFigures(_ count: Int) -> Bool { count > limits.figures }

    private static func now() -> UInt64 {
        var time = timespec()
        #if os(Linux)
            clock_gettime(CLOCK_MONOTONIC_COARSE, &time)
        #else
            clock_gettime(CLOCK_MONOTONIC, &time)
        #endif
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}

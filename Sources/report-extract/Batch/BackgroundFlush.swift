import Foundation

/// Flushes the file system every `interval` while staged files of several megabytes are being
/// written, on a thread of its own. Their bytes reach the disk as they are made
/// (`StagedFile`'s write-out), but a disk with a write cache of its own (a virtual machine's)
/// holds them until a flush: the one before the renames then waited for all of them at once
/// (the 300,000-row document's 1.25 GB: about 0.5 s for its documents' flush, 0.25 s more for
/// the datasets'). Flushed as they come, little is left for those flushes. Nothing depends on
/// these flushes: errors are left to the flush before each rename, which reports them.
final class BackgroundFlush: @unchecked Sendable {  // state behind `condition`
    static let interval = 0.25

    private let out: OutputDirectory
    private let condition = NSCondition()
    private var stopping = false
    private var stopped = false

    /// Starts flushing; call `stop()` when the run's last file is written.
    init(out: OutputDirectory) {
        self.out = out
        Thread { [self] in run() }.start()
    }

    /// Returns once the thread has made its last flush.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while !stopped { condition.wait() }
        condition.unlock()
    }

    private func run() {
        var flushed = out.bytesAskedOut
        condition.lock()
        while !stopping {
            _ = condition.wait(until: Date(timeIntervalSinceNow: Self.interval))
            let asked = out.bytesAskedOut
            guard !stopping, asked != flushed else { continue }
            condition.unlock()
            try? out.flush()
            condition.lock()
            flushed = asked
        }
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}

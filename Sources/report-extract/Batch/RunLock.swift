import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Keeps two runs off one output directory: an exclusive `flock(2)` on `OUT/.report-extract.lock`,
/// held until the process exits (the kernel drops it even after `kill -9`). The holder writes its
/// process id into the file so the run that finds it busy can say who holds it. The file itself is
/// never deleted: deleting a lock file lets a third run lock a new file while the second still
/// holds the old one.
final class RunLock {
    static let fileName = ".report-extract.lock"

    enum Failure: Error {
        /// Another process holds the lock; its recorded process id, if readable.
        case busy(holder: String?)
        case failed(FileError)
    }

    private let fd: Int32

    private init(fd: Int32) { self.fd = fd }

    deinit { close(fd) }

    /// Takes the lock. Without `wait`, a busy lock fails at once with `.busy`; with it, `waiting`
    /// is called once with the holder's process id and the call blocks until the lock is free.
    static func acquire(
        in directory: OutputDirectory, wait: Bool, waiting: (String?) -> Void
    ) throws(Failure) -> RunLock {
        let fd: Int32
        do { fd = try directory.openTopLevel(fileName, flags: O_RDWR | O_CREAT) } catch { throw .failed(error) }
        let lock = RunLock(fd: fd)
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else { throw .failed(.errno(directory.shown(fileName))) }
            let holder = lock.recordedHolder()
            guard wait else { throw .busy(holder: holder) }
            waiting(holder)
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else { throw .failed(.errno(directory.shown(fileName))) }
            }
        }
        let text = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = pwrite(fd, text, text.utf8.count, 0)
        return lock
    }

    private func recordedHolder() -> String? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}

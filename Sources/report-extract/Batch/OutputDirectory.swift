import CFileSync
import Foundation
import ReportExtract

#if canImport(Glibc)
    import Glibc
#endif

/// The output directory, opened once. Every path below it is reached one component at a time with
/// `openat(…, O_NOFOLLOW)`, so neither `..` in a name (cleaned by `SafeRelativePath`) nor a
/// symbolic link planted inside it can send a write elsewhere: such a write fails, naming the link.
///
/// Files are written into the staging directory `.report-extract/tmp/`, flushed with `fsync`, and
/// renamed into place, so any reader (and any later run after a `kill -9`) sees either the old
/// bytes or the new ones. `clearStaging()` removes what a killed run left there.
final class OutputDirectory: @unchecked Sendable {  // file descriptors are fixed after init
    static let stateDirectory = ".report-extract"
    /// Top-level names the run itself writes; an input whose output would land on one fails.
    static let reservedNames: Set<String> = Set(["run.json", stateDirectory, RunLock.fileName])
        .union(DatasetFile.allCases.map(\.rawValue))

    let path: String
    private let root: Int32
    private let staging: Int32
    private let counter = Locked(0)
    /// Bytes of staged files the disk was asked to write out so far (`StagedFile`'s write-out).
    private let askedOut = Locked(0)
    /// Test hook: bytes the run may still write before every write fails with ENOSPC (a full
    /// disk, without needing a small file system); nil in real runs.
    private let spaceLeft: Locked<Int>?

    init(path: String, failWritesAfterBytes: Int? = nil) throws(FileError) {
        spaceLeft = failWritesAfterBytes.map { Locked($0) }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw FileError(path: path, reason: "cannot create the output directory: \(error.localizedDescription)")
        }
        self.path = path
        root = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0 else { throw .errno(path) }
        do {
            staging = try Self.walk(from: root, [Self.stateDirectory, "tmp"], create: true, shown: path)
        } catch {
            close(root)
            throw error
        }
    }

    deinit {
        close(staging)
        close(root)
    }

    /// The full path of a relative one, for messages.
    func shown(_ relative: String) -> String { path.hasSuffix("/") ? path + relative : path + "/" + relative }

    // MARK: - Reading and checking

    /// True when `relative` is a regular file (not following a final symbolic link).
    func isRegularFile(_ relative: String) -> Bool {
        var info = stat()
        return fstatat(root, relative, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    func read(_ relative: String) throws(FileError) -> [UInt8] {
        let (directory, name) = try parent(of: relative, create: false)
        defer { close(directory) }
        let fd = openat(directory, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw .errno(shown(relative)) }
        defer { close(fd) }
        return try InputReader.readAll(fd: fd, shown: shown(relative))
    }

    /// The same, into a `Data` (whose slices share its storage) without an intermediate array.
    func readData(_ relative: String) throws(FileError) -> Data {
        let (directory, name) = try parent(of: relative, create: false)
        defer { close(directory) }
        let fd = openat(directory, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw .errno(shown(relative)) }
        defer { close(fd) }
        var info = stat()
        // One byte more than the size, so the read that finds the end needs no larger buffer.
        var data = Data(count: (fstat(fd, &info) == 0 ? Int(info.st_size) : 0) + 1)
        var count = 0
        while true {
            if count == data.count { data.count += max(data.count, 1 << 16) }  // the file grew
            let got = data.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw .errno(shown(relative))
            }
            if got == 0 { break }
            count += got
        }
        data.count = count
        return data
    }

    /// `relative` opened for reading at offsets, so a large file can be copied a piece at a time.
    func openForReading(_ relative: String) throws(FileError) -> ReadableFile {
        let (directory, name) = try parent(of: relative, create: false)
        defer { close(directory) }
        let fd = openat(directory, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw .errno(shown(relative)) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            throw .errno(shown(relative))
        }
        return ReadableFile(fd: fd, size: Int(info.st_size), shown: shown(relative))
    }

    // MARK: - Writing

    /// Writes `data` to `relative` atomically (staged, flushed, renamed).
    func write(_ data: Data, to relative: String) throws(FileError) {
        let file = try stage()
        try file.append(data)
        try file.commit(to: relative)
    }

    /// A new, empty file in the staging directory, to fill and then `commit(to:)`.
    func stage() throws(FileError) -> StagedFile {
        let number = counter.withLock { value -> Int in
            value += 1
            return value
        }
        let name = "\(getpid())-\(number).tmp"
        let fd = openat(staging, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .errno(shown("\(Self.stateDirectory)/tmp/\(name)")) }
        return StagedFile(directory: self, name: name, fd: fd)
    }

    /// Renames a staged file to `relative`, creating missing directories on the way.
    fileprivate func install(staged name: String, as relative: String) throws(FileError) {
        let (directory, target) = try parent(of: relative, create: true)
        defer { close(directory) }
        guard renameat(staging, name, directory, target) == 0 else { throw .errno(shown(relative)) }
    }

    fileprivate func discard(staged name: String) { unlinkat(staging, name, 0) }

    /// ENOSPC when the test hook's space is used up by `count` more bytes, else nil.
    fileprivate func claimSpace(_ count: Int) -> Int32? {
        guard let spaceLeft else { return nil }
        return spaceLeft.withLock { left in
            guard left >= count else {
                left = 0
                return ENOSPC
            }
            left -= count
            return nil
        }
    }

    /// Flushes every file written so far (the whole file system: one journal commit for many
    /// staged files, where an `fsync` each costs one apiece).
    func flush() throws(FileError) {
        guard cfilesync_syncfs(staging) == 0 else { throw .errno(shown("\(Self.stateDirectory)/tmp")) }
    }

    /// Bytes the staged files asked the disk to write out so far; moves only while a file of
    /// several megabytes is being written.
    var bytesAskedOut: Int { askedOut.current }

    fileprivate func noteAskedOut(_ count: Int) { askedOut.withLock { $0 += count } }

    /// Flushes the directory entry of a top-level file (after the manifest's rename).
    func syncRoot() { fsync(root) }

    // MARK: - Removing

    /// Deletes `relative` (a missing file is fine), then each parent directory left empty.
    func remove(_ relative: String) throws(FileError) {
        let (directory, name) = try parent(of: relative, create: false, missingIsEmpty: true)
        defer { if directory >= 0 { close(directory) } }
        guard directory >= 0 else { return }
        guard unlinkat(directory, name, 0) == 0 || errno == ENOENT else { throw .errno(shown(relative)) }
        guard var components = SafeRelativePath.components(relative) else { return }
        components.removeLast()
        while let last = components.popLast() {
            guard let holder = try? Self.walk(from: root, components, create: false, shown: path) else { return }
            let removed = unlinkat(holder, last, AT_REMOVEDIR) == 0
            close(holder)
            if !removed { return }
        }
    }

    /// Removes whatever killed runs left in the staging directory. Call it holding the run lock.
    func clearStaging() {
        let copy = dup(staging)
        guard copy >= 0, let listing = fdopendir(copy) else { return }
        defer { closedir(listing) }
        var names: [String] = []
        while let entry = readdir(listing) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { names.append(name) }
        }
        for name in names { unlinkat(staging, name, 0) }
    }

    /// Opens (creating it if asked) a file directly in the output directory, never through a link.
    func openTopLevel(_ name: String, flags: Int32) throws(FileError) -> Int32 {
        let fd = openat(root, name, flags | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .errno(shown(name)) }
        return fd
    }

    // MARK: - Walking

    /// The open parent directory of `relative` and the final name. With `missingIsEmpty`, a
    /// missing parent gives descriptor -1 instead of an error.
    private func parent(
        of relative: String, create: Bool, missingIsEmpty: Bool = false
    ) throws(FileError) -> (Int32, String) {
        guard var components = SafeRelativePath.components(relative) else {
            throw FileError(path: shown(relative), reason: "not a file name")
        }
        let name = components.removeLast()
        do throws(FileError) {
            return (try Self.walk(from: root, components, create: create, shown: path), name)
        } catch where missingIsEmpty && error.code == ENOENT {
            return (-1, name)
        }
    }

    /// Opens each directory of `components` below `start` without following links.
    private static func walk(
        from start: Int32, _ components: [String], create: Bool, shown: String
    ) throws(FileError) -> Int32 {
        var current = dup(start)
        var reached = shown
        for component in components {
            reached += "/" + component
            var next = openat(current, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if next < 0 && errno == ENOENT && create {
                if mkdirat(current, component, 0o755) != 0 && errno != EEXIST {
                    let code = errno
                    close(current)
                    throw .errno(reached, code)
                }
                next = openat(current, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            }
            var code = errno
            if next < 0 && code == ENOTDIR && isSymbolicLink(current, component) { code = ELOOP }
            close(current)
            guard next >= 0 else { throw describe(reached, code) }
            current = next
        }
        return current
    }

    private static func isSymbolicLink(_ directory: Int32, _ name: String) -> Bool {
        var info = stat()
        return fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    private static func describe(_ path: String, _ code: Int32) -> FileError {
        switch code {
        case ELOOP:
            FileError(path: path, reason: "is a symbolic link; refusing to write outside the output directory", code: code)
        case ENOTDIR: FileError(path: path, reason: "is not a directory", code: code)
        default: .errno(path, code)
        }
    }
}

/// A file being written in the staging directory. Discarded unless committed.
final class StagedFile {
    private let directory: OutputDirectory
    private let name: String
    private var fd: Int32
    private var finished = false
    /// Bytes written, and how many of them the disk was already asked to write out.
    private var written = 0
    private var writebackStarted = 0
    /// The disk is asked to write a file's bytes out each time this many more are written: the
    /// flush before the rename then finds little left to do, and the disk works while the next
    /// bytes are made (a 300,000-row document's 1.2 GB of outputs waited 1.6 s on one flush at
    /// the end). Smaller files are left to the flush, which writes many at once: asked at every
    /// close, the thousands of small writes cost more than they saved. Asking makes nothing
    /// durable by itself.
    static let writebackBytes = 4 << 20

    fileprivate init(directory: OutputDirectory, name: String, fd: Int32) {
        self.directory = directory
        self.name = name
        self.fd = fd
    }

    deinit { if !finished { discard() } }

    func append(_ data: some ContiguousBytes) throws(FileError) {
        let failure: Int32? = data.withUnsafeBytes { buffer in
            if let full = directory.claimSpace(buffer.count) { return full }
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let count = Glibc.write(fd, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += count
            }
            written += buffer.count
            return nil
        }
        if let failure { throw .errno(directory.shown("\(OutputDirectory.stateDirectory)/tmp/\(name)"), failure) }
        if written - writebackStarted >= Self.writebackBytes { startWriteback() }
    }

    /// Asks the disk to write out the bytes written since the last time; a failure is left to
    /// the flush that follows, which reports it.
    private func startWriteback() {
        guard fd >= 0, written > writebackStarted else { return }
        _ = cfilesync_start_writeback(fd, Int64(writebackStarted), Int64(written - writebackStarted))
        directory.noteAskedOut(written - writebackStarted)
        writebackStarted = written
    }

    /// Flushes the file and renames it to `relative`.
    func commit(to relative: String) throws(FileError) {
        let synced = fsync(fd) == 0 ? nil : errno
        finishWriting()
        if let synced {
            discard()
            throw FileError.errno(directory.shown(relative), synced)
        }
        try install(as: relative)
    }

    /// Closes the file, written; its bytes are flushed by the caller (`OutputDirectory.flush()`)
    /// before `install(as:)`.
    func finishWriting() {
        if fd >= 0 { close(fd) }
        fd = -1
    }

    /// Renames the file, written and flushed, to `relative`; discards it when that fails.
    func install(as relative: String) throws(FileError) {
        finished = true
        do throws(FileError) {
            try directory.install(staged: name, as: relative)
        } catch {
            directory.discard(staged: name)
            throw error
        }
    }

    func discard() {
        finished = true
        if fd >= 0 { close(fd) }
        fd = -1
        directory.discard(staged: name)
    }
}

/// A file opened for reading at offsets; closed when released.
final class ReadableFile: @unchecked Sendable {  // the descriptor is fixed after init
    private let fd: Int32
    /// The size when opened.
    let size: Int
    let shown: String

    fileprivate init(fd: Int32, size: Int, shown: String) {
        self.fd = fd
        self.size = size
        self.shown = shown
    }

    deinit { close(fd) }

    /// The bytes at `range`, fewer when the file ends before. Read into memory that is not
    /// zeroed first: `Data(count:)` cleared every rows cache before it was read over (a tenth
    /// of a datasets rebuild's CPU time).
    func read(_ range: Range<Int>) throws(FileError) -> Data {
        guard let block = malloc(Swift.max(range.count, 1)) else { fatalError("out of memory for \(range.count) bytes") }
        var count = 0
        while count < range.count {
            let got = pread(fd, block + count, range.count - count, off_t(range.lowerBound + count))
            if got < 0 {
                if errno == EINTR { continue }
                free(block)
                throw .errno(shown)
            }
            if got == 0 { break }
            count += got
        }
        return Data(bytesNoCopy: block, count: count, deallocator: .free)
    }
}

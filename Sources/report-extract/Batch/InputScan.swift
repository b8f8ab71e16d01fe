import Foundation
import ReportExtract

#if canImport(Glibc)
    import Glibc
#endif

/// One input file found on disk, with the `stat` data incremental runs compare.
struct InputFile: Sendable, Equatable {
    /// Path as the user can open it.
    var path: String
    /// Path relative to the input root (the directory given, or the file's own directory).
    var relativePath: String
    /// Path of its JSON relative to the output directory: `a/b.txt` → `a/b.json`.
    var outputPath: String
    var size: Int64
    var mtimeNanoseconds: Int64
}

/// Expands the command line's files and directories into input files. Directories are searched
/// recursively with `readdir` and `stat` only (no file is opened), skipping hidden names,
/// symbolic links to directories and the output directory (when it lies inside an input
/// directory); a symbolic link to a file counts as that file. A name with a searched extension
/// that is not a regular file (a FIFO, a device, a dangling link, a loop of links) is a problem
/// named in the run, never opened.
enum InputScan {
    /// A directory by device and inode, to recognise the output directory under any name.
    struct DirectoryID: Equatable {
        var device: UInt64
        var inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            self.init(info)
        }
    }

    struct Problem: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    static func scan(
        _ paths: [String], extensions: Set<String>, skipping output: DirectoryID? = nil
    ) -> (files: [InputFile], problems: [Problem]) {
        var files: [InputFile] = []
        var problems: [Problem] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                problems.append(Problem(path: path, reason: String(cString: strerror(errno))))
                continue
            }
            if isDirectory(info) && output == DirectoryID(info) {
                problems.append(Problem(path: path, reason: "is the output directory; not searched"))
            } else if isDirectory(info) {
                let root = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
                walk(root: root, relative: "", extensions: extensions, skipping: output, into: &files, problems: &problems)
            } else if isRegular(info) {
                let name = (path as NSString).lastPathComponent
                files.append(file(path: path, relative: name, info))
            } else {
                problems.append(Problem(path: path, reason: "not a regular file or directory"))
            }
        }
        var seen = Set<String>()
        files = files.filter { seen.insert($0.path).inserted }
        files.sort { ($0.relativePath, $0.path) < ($1.relativePath, $1.path) }
        return (files, problems)
    }

    private static func walk(
        root: String, relative: String, extensions: Set<String>, skipping output: DirectoryID?,
        into files: inout [InputFile], problems: inout [Problem]
    ) {
        let directory = relative.isEmpty ? root : root + "/" + relative
        guard let listing = opendir(directory) else {
            problems.append(Problem(path: directory, reason: String(cString: strerror(errno))))
            return
        }
        defer { closedir(listing) }
        while let entry = readdir(listing) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(validatingCString: bytes.bindMemory(to: CChar.self).baseAddress!)
            }
            guard let name else {
                problems.append(Problem(path: directory, reason: "holds a file name that is not UTF-8; skipped"))
                continue
            }
            if name.hasPrefix(".") { continue }
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            let childPath = root + "/" + childRelative
            var info = stat()
            guard lstat(childPath, &info) == 0 else { continue }
            if isDirectory(info) {
                if output != DirectoryID(info) {
                    walk(
                        root: root, relative: childRelative, extensions: extensions, skipping: output,
                        into: &files, problems: &problems)
                }
                continue
            }
            guard extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            // A dangling link or a loop of links is named, not silently passed over.
            if (info.st_mode & S_IFMT) == S_IFLNK && stat(childPath, &info) != 0 {
                problems.append(Problem(path: childPath, reason: String(cString: strerror(errno)) + "; skipped"))
                continue
            }
            if isRegular(info) {
                files.append(file(path: childPath, relative: childRelative, info))
            } else if !isDirectory(info) {
                // Never opened: reading a FIFO would wait for a writer forever.
                problems.append(Problem(path: childPath, reason: "not a regular file (a FIFO, socket or device); skipped"))
            }
        }
    }

    private static func file(path: String, relative: String, _ info: stat) -> InputFile {
        InputFile(
            path: path, relativePath: relative,
            outputPath: SafeRelativePath.output(forInput: relative) ?? "unnamed.json",
            size: Int64(info.st_size),
            mtimeNanoseconds: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }

    private static func isDirectory(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }
    private static func isRegular(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFREG }
}

/// Reads input files whole, or hashes them in chunks without holding them in memory.
enum InputReader {
    /// Reads a regular file, at most `limit` bytes. The scan saw a regular file, but the name may
    /// have become a FIFO or a device since: opened without blocking and checked with `fstat`,
    /// such a file fails at once instead of hanging the run, and a file that grew past the limit
    /// after the scan fails instead of filling memory.
    static func read(_ path: String, limit: Int = .max) throws(FileError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw .errno(path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .errno(path) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw FileError(path: path, reason: "not a regular file") }
        return try readAll(fd: fd, shown: path, limit: limit)
    }

    static func readAll(fd: Int32, shown: String, limit: Int = .max) throws(FileError) -> [UInt8] {
        var info = stat()
        let expected = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
        var bytes = [UInt8](repeating: 0, count: min(max(expected, 1), limit) + 1)
        var count = 0
        while true {
            if count > limit {
                throw FileError(path: shown, reason: DecodeError.tooLarge(bytes: count, limit: limit).description)
            }
            if count == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: min(bytes.count, limit + 1))) }
            let got = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw .errno(shown)
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// SHA-256 of a file, read 1 MiB at a time.
    static func sha256(_ path: String) throws(FileError) -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .errno(path) }
        defer { close(fd) }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let got = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw .errno(path)
            }
            if got == 0 { break }
            hasher.update(buffer[..<got])
        }
        return hasher.finalizeHex()
    }
}

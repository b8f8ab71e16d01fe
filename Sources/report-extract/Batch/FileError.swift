import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A failed file operation, printed as one line naming the file.
struct FileError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    /// The `errno` behind it, when there is one.
    var code: Int32? = nil
    var description: String { "\(path): \(reason)" }

    /// The error for the current `errno`.
    static func errno(_ path: String, _ code: Int32 = Glibc.errno) -> FileError {
        FileError(path: path, reason: String(cString: strerror(code)), code: code)
    }
}

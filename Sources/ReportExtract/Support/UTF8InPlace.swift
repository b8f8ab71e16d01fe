extension String {
    /// `withUTF8` without a mutable copy of the string: its own bytes when it holds them
    /// contiguously (native and small strings: all of them on Linux), a copy's otherwise.
    /// `withUTF8` is mutating, and the copy it needed retained and released every string
    /// written, escaped or hashed.
    @inline(__always)
    func withUTF8InPlace<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}

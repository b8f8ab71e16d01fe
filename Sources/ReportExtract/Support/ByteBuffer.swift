#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A growing run of bytes that appends a piece with one capacity check and one copy.
///
/// The JSON writer appends millions of short pieces (a member's start, a string's bytes, a
/// quote); `Array.append(contentsOf:)` spent about a hundred instructions on each (uniqueness,
/// `underestimatedCount`, `_copyContents`, the check for a sequence longer than announced) and
/// a single byte about twenty. A class, so that a sink's buffer is appended to in place.
///
/// Its bytes are `malloc`ed and grown with `realloc`: a document's JSON and review page grow to
/// megabytes, and a new block for each doubling meant copying everything so far (65 M
/// instructions of copying on the 100 files) into fresh pages. A block of 1 MB or more is
/// mapped on its own (`MemoryTrim.mapLargeBlocks`), and `realloc` moves such a block's pages
/// (`mremap`) without copying or touching them.
final class ByteBuffer {
    @exclusivity(unchecked) private var start: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = Swift.max(capacity, 16)
        guard let block = malloc(self.capacity) else { fatalError("out of memory for \(self.capacity) bytes") }
        start = block.assumingMemoryBound(to: UInt8.self)
    }

    deinit { free(start) }

    var isEmpty: Bool { count == 0 }

    /// The bytes as an array (a copy).
    var array: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    /// Reads the bytes in place; valid only inside `body`.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: start, count: count))
    }

    /// The bytes of `range` as an array (a copy).
    subscript(range: Range<Int>) -> [UInt8] {
        precondition(range.lowerBound >= 0 && range.upperBound <= count)
        return Array(UnsafeBufferPointer(start: start + range.lowerBound, count: range.count))
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        start[count] = byte
        count += 1
    }

    @inline(__always)
    func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        let length = bytes.count
        guard length > 0 else { return }
        if capacity - count < length { grow(to: count + length) }
        (start + count).update(from: bytes.baseAddress!, count: length)
        count += length
    }

    @inline(__always)
    func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    @inline(__always)
    func append(contentsOf bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    func append(contentsOf other: ByteBuffer) {
        other.withBytes { append(contentsOf: $0) }
    }

    /// A string's UTF-8, read in place.
    func append(utf8 text: String) {
        text.withUTF8InPlace { append(contentsOf: $0) }
    }

    /// `count` copies of `byte`.
    func append(repeating byte: UInt8, count length: Int) {
        guard length > 0 else { return }
        if capacity - count < length { grow(to: count + length) }
        (start + count).update(repeating: byte, count: length)
        count += length
    }

    func removeAll(keepingCapacity: Bool = true) { count = 0 }

    /// Drops the bytes from `position` on.
    func removeLast(from position: Int) {
        precondition(position >= 0 && position <= count)
        count = position
    }

    /// Reverses the bytes from `position` on, in place.
    func reverseLast(from position: Int) {
        var tail = UnsafeMutableBufferPointer(start: start + position, count: count - position)
        tail.reverse()
    }

    /// At least doubles, so that appending stays linear.
    @inline(never)
    private func grow(to minimum: Int) {
        let newCapacity = Swift.max(minimum, 2 * capacity)
        guard let block = realloc(start, newCapacity) else { fatalError("out of memory for \(newCapacity) bytes") }
        start = block.assumingMemoryBound(to: UInt8.self)
        capacity = newCapacity
    }
}

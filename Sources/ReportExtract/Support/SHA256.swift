import CSHA256

/// SHA-256 (FIPS 180-4), for the `source.sha256` of each document and the batch manifest.
/// The block compression is C (`CSHA256`: the CPU's SHA instructions where it has them, portable
/// rounds otherwise); this type only buffers, pads and formats.
public struct SHA256: Sendable {
    private var state: [UInt32] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]
    /// Fewer than 64 bytes not yet compressed.
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    public init() {}

    public static func hex(_ bytes: some Collection<UInt8>) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalizeHex()
    }

    public mutating func update(_ bytes: some Collection<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(contiguous: $0) }
        if done == nil { Array(bytes).withUnsafeBufferPointer { update(contiguous: $0) } }
    }

    /// Whole blocks are compressed straight from the caller's bytes: only a block's head or tail
    /// is copied into `pending`.
    private mutating func update(contiguous bytes: UnsafeBufferPointer<UInt8>) {
        length &+= UInt64(bytes.count)
        var rest = bytes[...]
        if !pending.isEmpty {
            let taken = min(64 - pending.count, rest.count)
            pending.append(contentsOf: rest.prefix(taken))
            rest = rest.dropFirst(taken)
            guard pending.count == 64 else { return }
            pending.withUnsafeBufferPointer { compress($0.baseAddress!, blocks: 1) }
            pending.removeAll(keepingCapacity: true)
        }
        let blocks = rest.count / 64
        if blocks > 0, let base = UnsafeBufferPointer(rebasing: rest).baseAddress {
            compress(base, blocks: blocks)
        }
        pending.append(contentsOf: rest.dropFirst(blocks * 64))
    }

    private mutating func compress(_ data: UnsafePointer<UInt8>, blocks: Int) {
        state.withUnsafeMutableBufferPointer { csha256_compress($0.baseAddress!, data, blocks) }
    }

    public mutating func finalizeHex() -> String {
        let bitLength = length &* 8
        var tail: [UInt8] = [0x80]
        while (pending.count + tail.count) % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        let savedLength = length
        update(tail)
        length = savedLength
        return state.map { word in
            let hex = String(word, radix: 16)
            return String(repeating: "0", count: 8 - hex.count) + hex
        }.joined()
    }
}

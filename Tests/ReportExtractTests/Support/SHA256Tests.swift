import CSHA256
import Testing

@testable import ReportExtract

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func knownVectors(input: String, digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
    }

    @Test func incrementalEqualsOneShot() {
        let bytes = Corpus.bytes("004_0656e2f4a1cf6b1e.txt")
        var hasher = SHA256()
        for chunk in stride(from: 0, to: bytes.count, by: 1000) {
            hasher.update(bytes[chunk..<min(chunk + 1000, bytes.count)])
        }
        #expect(hasher.finalizeHex() == SHA256.hex(bytes))
    }

    @Test func seedDigestMatchesSha256sum() {
        // `sha256sum corpus/000_9e756e20db3ef670.txt`
        #expect(
            SHA256.hex(Corpus.bytes("000_9e756e20db3ef670.txt"))
                == "bf361f880fa2d99dc98b6b858e94f38cdb266e3d7d7abde6335e8d0ede2729e4")
    }
}

/// The C compression's two paths (the CPU's SHA instructions, portable rounds) agree; where the
/// CPU has no SHA instructions only the portable one runs and this compares it with itself.
@Suite struct SHA256CompressionPathTests {
    @Test func acceleratedEqualsPortable() {
        var generator = SplitMix64(seed: 42)
        let blocks = 37
        let data = (0..<(blocks * 64)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let initial: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        var portable = initial
        var accelerated = initial
        data.withUnsafeBufferPointer { bytes in
            portable.withUnsafeMutableBufferPointer { csha256_compress_portable($0.baseAddress!, bytes.baseAddress!, blocks) }
            accelerated.withUnsafeMutableBufferPointer { state in
                if csha256_compress_accelerated(state.baseAddress!, bytes.baseAddress!, blocks) == 0 {
                    csha256_compress_portable(state.baseAddress!, bytes.baseAddress!, blocks)
                }
            }
        }
        #expect(accelerated == portable)
        #expect(portable != initial)
    }

    @Test func unevenPiecesEqualOneShot() {
        var generator = SplitMix64(seed: 7)
        let data = (0..<10_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        var hasher = SHA256()
        var start = 0
        for size in [0, 1, 63, 64, 65, 127, 128, 1000, 3] + Array(repeating: 500, count: 20) where start < data.count {
            let end = min(start + size, data.count)
            hasher.update(data[start..<end])
            start = end
        }
        hasher.update(data[start...])
        #expect(hasher.finalizeHex() == SHA256.hex(data))
        // The same digest through a collection that is not contiguous.
        #expect(SHA256.hex(data.lazy.map { $0 }) == SHA256.hex(data))
    }
}

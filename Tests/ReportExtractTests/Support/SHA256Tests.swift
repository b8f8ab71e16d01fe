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

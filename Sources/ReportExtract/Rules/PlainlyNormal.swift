/// Texts that are in Unicode normal form (NFC) by a look at their scalars alone: every scalar
/// from a range where none has a canonical decomposition, none is a combining mark (canonical
/// combining class 0) and none composes with the scalar before it. ASCII, Latin-1's symbols
/// U+00A0–00BF, general punctuation but its two spaces that decompose (U+2002–206F: `“三公”`),
/// the CJK punctuation block but its six tone marks (U+302A–302F), the CJK compatibility block
/// (`㎡`), the CJK Unified Ideographs U+4E00–9FFF and the fullwidth forms U+FF01–FF5E (their
/// decompositions are compatibility ones, which canonical equivalence ignores). Two such texts are
/// canonically equivalent (Swift's `==` on `String`) exactly when their bytes are equal.
/// `ScanShortcutTests` checks the ranges' scalars against Foundation's canonical decomposition.
enum PlainlyNormal {
    static func holds(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { isPlain($0.value) }
    }

    @inline(__always)
    static func isPlain(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x80, 0xA0...0xBF, 0x2002...0x206F, 0x3000...0x3029, 0x3030...0x303F, 0x3300...0x33FF, 0x4E00...0x9FFF,
            0xFF01...0xFF5E:
            true
        default: false
        }
    }

    /// The ranges above, for the tests.
    static let ranges: [ClosedRange<UInt32>] = [
        0...0x7F, 0xA0...0xBF, 0x2002...0x206F, 0x3000...0x3029, 0x3030...0x303F, 0x3300...0x33FF, 0x4E00...0x9FFF,
        0xFF01...0xFF5E,
    ]
}

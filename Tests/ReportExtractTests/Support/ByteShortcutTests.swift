import Foundation
import Testing

@testable import ReportExtract

/// The shortcuts against the general paths they replace: `memchr` cutting and searching against
/// the UTF-8 view walked byte by byte, a JSON member's prebuilt start against its entry lead and
/// key written one after the other, `CharacterSteps` against walking `Character`s, and a
/// string's bytes read in place against its UTF-8 view.
@Suite("Byte shortcuts agree with the general path")
struct ByteShortcutTests {
    /// The pieces the UTF-8 view gives, walked index by index (the cut before `memchr`).
    private func piecesByWalking(_ text: String, _ separator: UInt8) -> [Substring] {
        let utf8 = text.utf8
        var pieces: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == separator {
                pieces.append(text[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        pieces.append(text[start..<utf8.endIndex])
        return pieces
    }

    @Test("pieces and byte search on generated texts")
    func generatedTexts() {
        var seeded = SplitMix64(seed: 9)
        let parts = ["", "\n", "\r\n", "\t", "[", "a", "12.5", "万元", "　", "（一）", "😀", "e\u{301}", "\n\n", "abcdefghijklmnopq"]
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &seeded) { text += parts.randomElement(using: &seeded)! }
            for separator: UInt8 in [0x0A, 0x09] {
                var pieces: [Substring] = []
                Scalars.forEachPiece(of: text, separatedBy: separator) { pieces.append($0) }
                let walked = piecesByWalking(text, separator)
                #expect(pieces.count == walked.count, "\(text.debugDescription)")
                for (a, b) in zip(pieces, walked) {
                    #expect(a.startIndex == b.startIndex && a.endIndex == b.endIndex, "\(text.debugDescription)")
                    #expect(a.utf8.elementsEqual(b.utf8), "\(text.debugDescription)")
                }
            }
            for byte: UInt8 in [UInt8(ascii: "["), 0x0A, 0xE4] {
                #expect(Scalars.containsByte(byte, in: text) == text.utf8.contains(byte), "\(text.debugDescription)")
            }
        }
    }

    @Test("a member's prebuilt start at every depth, both layouts")
    func memberStarts() {
        let key = JSONDirectObject.Key("row_path")
        for layout in [JSONLayout.pretty, .compact] {
            for depth in 0...40 {
                for first in [true, false] {
                    let built = JSONSink(layout: layout, depth: 0)
                    key.writeEntry(to: built, first: first, depth: depth)
                    let general = JSONSink(layout: layout, depth: 0)
                    general.writeEntryLead(first: first, depth: depth)
                    general.bytes.append(contentsOf: Array((layout == .pretty ? "\"row_path\" : " : "\"row_path\":").utf8))
                    #expect(built.bytes.array == general.bytes.array, "\(layout) depth \(depth) first \(first)")
                }
            }
        }
    }

    @Test("character steps by scalars land where Character steps land")
    func characterSteps() {
        var seeded = SplitMix64(seed: 5)
        // Han, ASCII and CJK punctuation, with scalars that join their neighbours among them:
        // combining marks, CR LF, emoji with skin tone and ZWJ, flags, U+302A, U+303D, U+FF9E,
        // a Prepend scalar (U+0600), Hangul jamo.
        let parts = ["预算", "a", "1", " ", "。", "、", "（", "）", "—", "…", "１", "e\u{301}", "\u{301}", "\r\n",
                     "\r", "👍🏽", "👨\u{200D}👩", "🇨🇳", "\u{302A}", "\u{303D}", "ｶ\u{FF9E}", "\u{0600}", "\u{1100}\u{1161}", "\u{00AD}"]
        for round in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...30, using: &seeded) {
                // Mostly plain text, as in reports; now and then a joining scalar.
                text += round % 3 == 0 ? parts.randomElement(using: &seeded)! : parts[Int.random(in: 0...10, using: &seeded)]
            }
            let cut = text.unicodeScalars.index(text.unicodeScalars.startIndex,
                offsetBy: Int.random(in: 0...text.unicodeScalars.count, using: &seeded))
            let before = text[..<cut], after = text[cut...]
            for count in [0, 1, 2, 5, 12, 60] {
                let forward = after.index(after.startIndex, offsetBy: count, limitedBy: after.endIndex) ?? after.endIndex
                let backward = before.index(before.endIndex, offsetBy: -count, limitedBy: before.startIndex) ?? before.startIndex
                #expect(CharacterSteps.forward(after, count) == forward, "\(text.debugDescription) \(count)")
                #expect(CharacterSteps.backward(before, count) == backward, "\(text.debugDescription) \(count)")
            }
        }
    }

    @Test("a string's bytes read in place equal its UTF-8 view, small, large and sliced strings")
    func utf8InPlace() {
        let whole = "预算支出合计12,345.67万元（一）😀e\u{301}\"<&>\n" + String(repeating: "abc", count: 20)
        var texts = ["", "a", "元", "123456789012345", "1234567890123456", whole]
        texts += (0...whole.count).map { String(whole.prefix($0)) } + (0...whole.count).map { String(whole.suffix($0)) }
        for text in texts {
            #expect(text.withUTF8InPlace { Array($0) } == Array(text.utf8), "\(text.debugDescription)")
        }
    }
}

import Testing

@testable import ReportExtract

/// `ByteBuffer` against the array it replaced in the JSON sink, and the word-at-a-time escape
/// scans of `JSONSink.writeString`, `FigureData` and `HTMLText` against the byte-at-a-time ones.
@Suite("Byte buffer and escape scan agree with the general path")
struct ByteBufferTests {
    @Test("every append, drop and reverse as an array does them, through growth")
    func appendsAsArray() {
        var seeded = SplitMix64(seed: 11)
        for round in 0..<200 {
            let buffer = ByteBuffer(capacity: Int.random(in: 0...40, using: &seeded))
            var array: [UInt8] = []
            for _ in 0..<Int.random(in: 0...60, using: &seeded) {
                let piece = (0..<Int.random(in: 0...70, using: &seeded)).map { _ in UInt8.random(in: 0...255, using: &seeded) }
                switch Int.random(in: 0...6, using: &seeded) {
                case 0:
                    buffer.append(piece.first ?? 7)
                    array.append(piece.first ?? 7)
                case 1:
                    buffer.append(contentsOf: piece)
                    array += piece
                case 2:
                    let from = piece.isEmpty ? 0 : Int.random(in: 0...piece.count, using: &seeded)
                    buffer.append(contentsOf: piece[from...])
                    array += piece[from...]
                case 3:
                    buffer.append(repeating: 0x20, count: piece.count)
                    array += repeatElement(0x20, count: piece.count)
                case 4:
                    let from = Int.random(in: 0...array.count, using: &seeded)
                    buffer.removeLast(from: from)
                    array.removeSubrange(from...)
                case 5:
                    let from = Int.random(in: 0...array.count, using: &seeded)
                    buffer.reverseLast(from: from)
                    array[from...].reverse()
                default:
                    let text = String(decoding: piece, as: UTF8.self) + "预算"
                    buffer.append(utf8: text)
                    array += text.utf8
                }
                #expect(buffer.count == array.count, "round \(round)")
            }
            #expect(buffer.array == array, "round \(round)")
            let from = Int.random(in: 0...array.count, using: &seeded)
            #expect(buffer[from..<array.count] == Array(array[from...]), "round \(round)")
            let other = ByteBuffer()
            other.append(contentsOf: buffer)
            #expect(other.array == array)
        }
    }

    @Test("a word needs an escape exactly when one of its bytes does")
    func wordScan() {
        var seeded = SplitMix64(seed: 12)
        // Bytes at the edges of each test, Han lead and trail bytes, and the rest of the range.
        let edges: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x25, 0x26, 0x27, 0x3B, 0x3C, 0x3D, 0x3E, 0x3F, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0x81, 0x9F, 0xA0, 0xA2, 0xDC, 0xE4, 0xFF]
        for round in 0..<200_000 {
            let bytes = (0..<8).map { _ in
                round % 2 == 0 ? edges.randomElement(using: &seeded)! : UInt8.random(in: 0...255, using: &seeded)
            }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(JSONEscapeScan.mayNeedEscape(word) == bytes.contains(where: JSONEscapeScan.needsEscape), "\(bytes)")
            #expect(JSONEscapeScan.mayNeedScriptEscape(word) == bytes.contains(where: JSONEscapeScan.needsScriptEscape), "\(bytes)")
        }
        for byte in UInt8.min...UInt8.max {
            #expect(JSONEscapeScan.needsEscape(byte) == (byte < 0x20 || byte == 0x22 || byte == 0x5C))
            #expect(JSONEscapeScan.needsScriptEscape(byte) == (JSONEscapeScan.needsEscape(byte) || byte == 0x3C || byte == 0x3E || byte == 0x26))
            for position in 0..<8 {
                var bytes = [UInt8](repeating: 0xE4, count: 8)
                bytes[position] = byte
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(JSONEscapeScan.mayNeedEscape(word) == JSONEscapeScan.needsEscape(byte))
                #expect(JSONEscapeScan.mayNeedScriptEscape(word) == JSONEscapeScan.needsScriptEscape(byte))
            }
        }
    }

    @Test("the word-at-a-time scan finds the bytes a byte-at-a-time scan finds, for each escape")
    func scanPositions() {
        var seeded = SplitMix64(seed: 14)
        let edges: [UInt8] = [0x00, 0x1F, 0x20, 0x22, 0x26, 0x27, 0x3C, 0x3E, 0x41, 0x5C, 0x7F, 0x80, 0xE4, 0xFF]
        let tests: [(word: (UInt64) -> Bool, byte: (UInt8) -> Bool)] = [
            (JSONEscapeScan.mayNeedEscape, JSONEscapeScan.needsEscape),
            (JSONEscapeScan.mayNeedScriptEscape, JSONEscapeScan.needsScriptEscape),
            (JSONEscapeScan.mayNeedHTMLEscape, JSONEscapeScan.needsHTMLEscape),
        ]
        for round in 0..<30_000 {
            // Mostly Han and ASCII letters, as in reports; now and then an edge byte.
            let bytes = (0..<Int.random(in: 0...40, using: &seeded)).map { _ in
                Int.random(in: 0...5, using: &seeded) == 0 ? edges.randomElement(using: &seeded)! : [0xE4, 0xB8, 0x41, 0x31].randomElement(using: &seeded)!
            }
            for test in tests {
                var found: [Int] = []
                bytes.withUnsafeBufferPointer { JSONEscapeScan.forEachEscape(in: $0, word: test.word, byte: test.byte) { found.append($0) } }
                #expect(found == bytes.indices.filter { test.byte(bytes[$0]) }, "round \(round) \(bytes)")
            }
        }
        for byte in UInt8.min...UInt8.max {
            #expect(JSONEscapeScan.needsHTMLEscape(byte) == (byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27))
        }
    }

    /// The string as the byte-at-a-time scan wrote it.
    private func escapedByBytes(_ text: String, pretty: Bool) -> [UInt8] {
        var out: [UInt8] = [0x22]
        for byte in text.utf8 {
            switch byte {
            case 0x22, 0x5C: out += [0x5C, byte]
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0x08 where pretty: out += Array("\\b".utf8)
            case 0x0C where pretty: out += Array("\\f".utf8)
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: out.append(byte)
            }
        }
        return out + [0x22]
    }

    @Test("strings written a word at a time equal the byte-at-a-time escaping, both layouts")
    func writtenStrings() {
        var seeded = SplitMix64(seed: 13)
        let parts = ["预算", "收入", "a", "1", " ", "\"", "\\", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", "/", "。", "¥", "👍🏽", "]"]
        for round in 0..<20_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &seeded) {
                // Mostly plain text, as in reports; now and then a byte to escape.
                text += Int.random(in: 0...3, using: &seeded) == 0 ? parts.randomElement(using: &seeded)! : parts[Int.random(in: 0...4, using: &seeded)]
            }
            if round % 3 == 0 { text = String(text.utf8.prefix(Int.random(in: 0...text.utf8.count, using: &seeded)).map { Character(Unicode.Scalar($0)) }) }
            for pretty in [true, false] {
                let sink = JSONSink(layout: pretty ? .pretty : .compact, depth: 0)
                sink.writeString(text)
                #expect(sink.bytes.array == escapedByBytes(text, pretty: pretty), "\(text.debugDescription)")
            }
        }
    }
}

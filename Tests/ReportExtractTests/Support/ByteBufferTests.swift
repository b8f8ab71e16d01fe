import Testing

@testable import ReportExtract

/// `ByteBuffer` against the array it replaced in the JSON sink.
@Suite("Byte buffer agrees with the general path")
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
}

import Foundation
import Testing

@testable import ReportExtract

@Suite struct DecoderTests {
    let sample = "2022年度部门整体支出绩效自评表\n\t支出总额\n\t1124..65\n"

    @Test func utf8WithoutBOM() throws {
        let decoded = try Decoder().decode(Array(sample.utf8))
        #expect(decoded.text == sample)
        #expect(decoded.encoding.name == "UTF-8")
        #expect(decoded.encoding.method == .strictUTF8)
        #expect(!decoded.encoding.hasByteOrderMark)
    }

    @Test func utf8WithBOM() throws {
        let decoded = try Decoder().decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8))
        #expect(decoded.text == sample)
        #expect(decoded.encoding.hasByteOrderMark)
        #expect(decoded.encoding.method == .byteOrderMark)
    }

    @Test(arguments: [("UTF-16LE", [UInt8]([0xFF, 0xFE])), ("UTF-16BE", [0xFE, 0xFF])])
    func utf16WithBOM(charset: String, bom: [UInt8]) throws {
        let units = Array(sample.utf16)
        let body = units.flatMap { unit -> [UInt8] in
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            return charset == "UTF-16LE" ? [low, high] : [high, low]
        }
        let decoded = try Decoder().decode(bom + body)
        #expect(decoded.text == sample)
        #expect(decoded.encoding.name == charset)
    }

    @Test func gb18030IncludingFourByteSequences() throws {
        // 年 = C4 EA, 度 = B6 C8, 𠀀 = 95 32 82 36 (four-byte sequence), then ASCII.
        let bytes: [UInt8] = [0xC4, 0xEA, 0xB6, 0xC8, 0x95, 0x32, 0x82, 0x36, 0x0A, 0x31, 0x0A]
        let decoded = try Decoder().decode(bytes)
        #expect(decoded.text == "年度𠀀\n1\n")
        #expect(decoded.encoding.name == "GB18030")
        #expect(decoded.encoding.method == .strictGB18030)
    }

    @Test func realSeedAsGB18030() throws {
        // The first seed transcoded to GB18030 by ICU reads back to the same text.
        let text = Corpus.text("000_9e756e20db3ef670.txt")
        let gb = try #require(GB18030Encoder.encode(text))
        let decoded = try Decoder().decode(gb)
        #expect(decoded.encoding.name == "GB18030")
        #expect(decoded.text == text)
    }

    @Test func damagedUTF8NamesTheOffsetInsteadOfReadingGB18030() {
        var bytes = Array(sample.utf8)
        bytes[7] = 0xFF  // inside 部
        #expect(throws: DecodeError.invalidBytes(encoding: "UTF-8", offset: 7)) {
            try Decoder().decode(bytes)
        }
    }

    @Test func lenientDecodingCountsReplacements() throws {
        var bytes = Array(sample.utf8)
        bytes[7] = 0xFF
        let decoded = try Decoder(lenient: true).decode(bytes)
        #expect(decoded.replacements >= 1)
        #expect(decoded.firstReplacementOffset == 7)
        #expect(decoded.text.contains("\u{FFFD}"))
        #expect(decoded.text.hasSuffix("1124..65\n"))
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: DecodeError.empty) { try Decoder().decode([]) }
    }

    @Test func nulBytesWithoutBOMAreBinary() {
        let bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00] + Array(repeating: 0x90, count: 40)
        #expect(throws: DecodeError.binary(nulOffset: 7)) { try Decoder().decode(bytes) }
    }

    @Test func errorMessagesNameTheOffset() {
        #expect(DecodeError.invalidBytes(encoding: "UTF-8", offset: 12).description.contains("byte offset 12"))
        #expect(DecodeError.binary(nulOffset: 3).description.contains("byte offset 3"))
    }
}

/// Test helper: encodes text as GB18030 through Foundation (exact, incl. four-byte sequences).
enum GB18030Encoder {
    static func encode(_ text: String) -> [UInt8]? {
        text.data(using: String.Encoding(rawValue: 0x8000_0632)).map { [UInt8]($0) }
    }
}

import Foundation
import Testing

@testable import ReportExtract

/// `PlainCell`'s shortcuts against the general path they skip: every generated cell must read
/// the same both ways, down to the value's significand and exponent.
@Suite("PlainCell: the shortcuts agree with the general path")
struct PlainCellTests {
    let parser = NumberParser()

    private func expectSame(_ text: String) {
        let fast = parser.parse(text)
        let general = parser.parseInGeneral(text)
        #expect(fast == general, "\(text)")
        if case .value(let a) = fast, case .value(let b) = general {
            #expect(a.raw.utf8.elementsEqual(b.raw.utf8), "\(text)")
            #expect(a.value.exponent == b.value.exponent && a.value.significand == b.value.significand, "\(text)")
            #expect(a.value.sign == b.value.sign && a.valueString == b.valueString, "\(text)")
        }
    }

    @Test("number-like cells")
    func generatedNumbers() {
        var seeded = SplitMix64(seed: 11)
        let pieces = ["0", "1", "2", "5", "9", "00", "123", ".", ".", "..", ",", " ", "%", "万", "元", "年", "-",
                      "+", "O", "l", "　", "份", "e", "1234567890", "99999999999",
                      "公租房", "维修", "点", "三", "万元", "以上", "%1", "/", "人次", "m²", "(", "项"]
        for _ in 0..<60_000 {
            let length = Int.random(in: 1...8, using: &seeded)
            var text = ""
            for _ in 0..<length { text += pieces.randomElement(using: &seeded)! }
            expectSame(text)
            expectSame("1" + text)
        }
        // Every plain shape up to 20 characters, and the edges of the shortcut's limits.
        for digits in 1...20 {
            for point in 0...digits {
                let body = (0..<digits).map { _ in "0123456789".randomElement(using: &seeded)! }
                var text = String(body)
                if point > 0 { text.insert(".", at: text.index(text.startIndex, offsetBy: point)) }
                expectSame(text)
                expectSame(String(repeating: "0", count: digits) + (point > 0 ? ".5" : ""))
                expectSame("9" + String(repeating: "0", count: digits - 1))
            }
        }
    }

    @Test("cells opening with each Han character")
    func everyHanOpener() {
        for value in UInt32(0x4E00)...0x9FFF {
            let scalar = Unicode.Scalar(value)!
            let text = String(Character(scalar))
            expectSame(text)
            expectSame(text + "项目")
            expectSame(text + "3万元")
            expectSame(text + "于90%")
            expectSame(text + "无")
        }
        for text in ["无", "暂无", "不适用", "空", "不低于90%", "约5万", "百分之九十", "负5", "三百万元", "点5"] {
            expectSame(text)
        }
    }
}

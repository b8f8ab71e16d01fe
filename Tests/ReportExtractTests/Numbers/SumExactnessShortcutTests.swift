import Foundation
import Testing

@testable import ReportExtract

/// `OutwardRounding.sumIsExact` skips counting digits for printed amounts; it must decide as the
/// count does, at the edges of its shortcut (10^15, 20 decimals) and far from them.
@Suite struct SumExactnessShortcutTests {
    static func values() -> [Decimal] {
        var values: [Decimal] = [0, 1, -1, Decimal(string: "25.62")!, Decimal(string: "-0.0005")!]
        for exponent in [-24, -21, -20, -19, -2, 0, 2, 13, 14, 15, 16, 20, 30] {
            for significand in ["1", "9", "99999", "123456789012345678", "99999999999999999999999999999999999999"] {
                values.append(Decimal(sign: .plus, exponent: exponent, significand: Decimal(string: significand)!))
                values.append(Decimal(sign: .minus, exponent: exponent, significand: Decimal(string: significand)!))
            }
        }
        // Just below and at 10^15, with and without fraction digits.
        values += ["999999999999999", "1000000000000000", "999999999999999.99", "-999999999999999.5"].map { Decimal(string: $0)! }
        values.append(Decimal(10) / Decimal(17))
        values.append(Decimal(-2) / Decimal(3))
        return values
    }

    @Test func shortcutAgreesWithTheCount() {
        let values = Self.values()
        for a in values {
            for b in values {
                #expect(OutwardRounding.sumIsExact(a, b) == OutwardRounding.sumIsExactCounted(a, b), "\(a) + \(b)")
            }
        }
    }

    @Test func randomAmountsAgree() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let pair = (0..<2).map { _ -> Decimal in
                let digits = Int.random(in: 1...38, using: &generator)
                let text = String((0..<digits).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
                return Decimal(sign: Bool.random(using: &generator) ? .plus : .minus,
                    exponent: Int.random(in: -25...10, using: &generator), significand: Decimal(string: text)!)
            }
            #expect(OutwardRounding.sumIsExact(pair[0], pair[1]) == OutwardRounding.sumIsExactCounted(pair[0], pair[1]))
        }
    }
}

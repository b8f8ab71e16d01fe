/// A bitmap of the scalars that can start a Chinese numeral, so the scanner can skip ordinary
/// Chinese text with one table lookup per scalar instead of a chain of comparisons.
enum NumeralScalarSet {
    private static let base: UInt32 = 0x4E00
    private static let bits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (0xA000 - 0x4E00) / 64)
        let numerals = "零一二两兩三四五六七八九十百千万萬亿億壹贰貳叁参參肆伍陆陸柒捌玖拾佰仟廿卅"
        for scalar in numerals.unicodeScalars {
            let offset = Int(scalar.value - base)
            bits[offset / 64] |= 1 << UInt64(offset % 64)
        }
        return bits
    }()

    @inline(__always)
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x3007 || value == 0x25CB { return true }  // 〇 and ○ (typed for 〇)
        guard value >= base, value < 0xA000 else { return false }
        let offset = Int(value - base)
        return bits[offset / 64] & (1 << UInt64(offset % 64)) != 0
    }
}

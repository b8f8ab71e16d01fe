/// Reads a document printed in traditional script (mirror sites and their converters print whole
/// reports so: 22 of the 544 real texts read by clerks) as simplified, so that labels, units and
/// the prose grammar meet the rules' words (`經費`, `較上年增支`, `萬元`): ICU's `Hant-Hans`
/// transform, one scalar for one, so each line keeps its raw text and column map. A document is
/// traditional when the characters only that script prints make up a twentieth of its first Han
/// characters; in the clerks' texts they make 17–43 % of a traditional one's, none of a simplified
/// one's.
enum TraditionalScript {
    static let transformID = "Hant-Hans"

    /// The most frequent characters the transform changes in the clerks' traditional texts,
    /// less those a simplified text prints too (`著`, `乾`, `於`).
    static let markers: [Unicode.Scalar] = Array(
        """
        萬務預財標項資費長較設級況減區總億業實為門經國績決數產補結執園調發計稅單車購進開關現專責轉徑員農際說劃
        體達衛據職負廳館響協審無會運規對駐質檔辦機報撥處個蘭評獎滿寧啟動構與統黨議紹債節維護嚴約強確烏魯齊見過
        訓備軟綜創種麗時則訂閩號將紀檢監貿識權臺聯屆繳穩償還賬後認厲條輛貫徹針間問題圍繞並訴舉離屬別組織廣態戶
        內點稱額當驗違
        """.unicodeScalars.filter { $0.value >= 0x4E00 })

    /// The markers as bits over U+4E00–U+9FFF, asked of every Han scalar sampled.
    private static let markerBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (0x9FFF - 0x4E00) / 64 + 1)
        for scalar in markers {
            let offset = Int(scalar.value) - 0x4E00
            bits[offset / 64] |= 1 << UInt64(offset % 64)
        }
        return bits
    }()

    /// How many Han characters are sampled: a converted page is converted throughout.
    static let sampleSize = 1000

    /// Read on the UTF-8 bytes (asked of every document): U+4E00–U+9FFF are the three-byte
    /// sequences led by E4–E9.
    static func isTraditional(_ lines: [NormalizedLine]) -> Bool {
        var han = 0
        var marked = 0
        for line in lines {
            if han >= sampleSize { break }
            line.text.withUTF8InPlace { bytes in
                var at = 0
                while at + 2 < bytes.count, han < sampleSize {
                    let lead = bytes[at]
                    guard lead >= 0xE4, lead <= 0xE9 else {
                        at += 1
                        continue
                    }
                    let value = Int(lead & 0x0F) << 12 | Int(bytes[at + 1] & 0x3F) << 6 | Int(bytes[at + 2] & 0x3F)
                    if value >= 0x4E00 {
                        han += 1
                        let offset = value - 0x4E00
                        if markerBits[offset / 64] & (1 << UInt64(offset % 64)) != 0 { marked += 1 }
                    }
                    at += 3
                }
            }
        }
        return marked >= 5 && marked * 20 >= han
    }

    /// Simplifies every line in place and returns how many scalars changed, nil when ICU has no
    /// such transform. A line the transform would lengthen or shorten stays as printed (its column
    /// map would no longer hold).
    static func simplify(_ lines: inout [NormalizedLine]) -> Int? {
        guard let transform = try? ICUTransliterator(id: transformID) else { return nil }
        var changed = 0
        for index in lines.indices where lines[index].text.utf8.contains(where: { $0 >= 0xE0 }) {
            let text = lines[index].text
            let simplified = transform.apply(text)
            // Byte for byte: `!=` on strings compares canonically, slower and blind to a
            // compatibility ideograph's change.
            guard !simplified.utf8.elementsEqual(text.utf8) else { continue }
            let before = Array(text.unicodeScalars)
            let after = Array(simplified.unicodeScalars)
            guard before.count == after.count else { continue }
            changed += zip(before, after).filter { $0 != $1 }.count
            lines[index].text = simplified
        }
        return changed
    }
}

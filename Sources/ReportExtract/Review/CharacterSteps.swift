/// A few characters' steps over report text (Han, ASCII, CJK punctuation), taken on the UTF-8
/// bytes while every scalar within reach, and the one just past it, is one a grapheme never
/// joins to its neighbours: walking by `Character` asked the grapheme-break rules at each step
/// (about 160 instructions a step, 60 steps on each side of every prose figure on a review
/// page), and the scalar view's steps are library calls that cost nearly as much. Any other
/// scalar within reach sends the walk to `Character`s.
enum CharacterSteps {
    /// `text.index(text.startIndex, offsetBy: count, limitedBy: text.endIndex) ?? text.endIndex`.
    static func forward(_ text: Substring, _ count: Int) -> String.Index {
        let end: Int?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var position = 0
            var steps = 0
            while steps < count, position < bytes.count {
                let (scalar, length) = decode(bytes, at: position)
                guard standsAlone(scalar) else { return nil }
                position += length
                steps += 1
            }
            // The next scalar could join the last character (a combining mark after it).
            if position < bytes.count, !standsAlone(decode(bytes, at: position).scalar) { return nil }
            return position
        }
        guard let end = end ?? nil else {
            return text.index(text.startIndex, offsetBy: count, limitedBy: text.endIndex) ?? text.endIndex
        }
        return text.utf8.index(text.utf8.startIndex, offsetBy: end)
    }

    /// `text.index(text.endIndex, offsetBy: -count, limitedBy: text.startIndex) ?? text.startIndex`.
    static func backward(_ text: Substring, _ count: Int) -> String.Index {
        let start: Int?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var position = bytes.count
            var steps = 0
            while steps < count, position > 0 {
                let previous = scalarStart(bytes, before: position)
                guard standsAlone(decode(bytes, at: previous).scalar) else { return nil }
                position = previous
                steps += 1
            }
            // The scalar before could join the first character (a Prepend scalar joins the next).
            if position > 0, !standsAlone(decode(bytes, at: scalarStart(bytes, before: position)).scalar) { return nil }
            return position
        }
        guard let start = start ?? nil else {
            return text.index(text.endIndex, offsetBy: -count, limitedBy: text.startIndex) ?? text.startIndex
        }
        return text.utf8.index(text.utf8.startIndex, offsetBy: start)
    }

    /// The scalar whose UTF-8 starts at `position` of valid UTF-8, and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (scalar: UInt32, length: Int) {
        let lead = UInt32(bytes[position])
        func next(_ offset: Int) -> UInt32 { UInt32(bytes[position + offset]) & 0x3F }
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | next(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | next(1) << 6 | next(2), 3) }
        return ((lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
    }

    private static func scalarStart(_ bytes: UnsafeBufferPointer<UInt8>, before position: Int) -> Int {
        var start = position - 1
        while bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// Scalars whose grapheme-break property is Other and that are not Extended_Pictographic:
    /// between two of them there is always a character boundary. (U+302A–302F, U+3030 and U+303D,
    /// U+FF9E–FF9F and U+2028 on are left out on purpose.)
    static func standsAlone(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20...0x7E, 0x2010...0x2027, 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }
}

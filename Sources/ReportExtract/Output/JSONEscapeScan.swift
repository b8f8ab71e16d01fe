/// Which bytes of a JSON string need an escape (a control byte, `"` and `\`), tested one byte
/// or eight at a time. Strings are read a word at a time: a byte at a time, the scan was most
/// of writing a string, and almost no string holds a byte to escape. The HTML escapes too.
enum JSONEscapeScan {
    /// Calls `escape` with the position of each byte of `utf8` that `needsByte` picks, in order,
    /// testing eight bytes at once with `mayNeedWord` (true exactly when a word holds such a
    /// byte). The last bytes of a string are tested with its last eight bytes (bytes seen
    /// again cost nothing but a word test); a string shorter than a word, byte by byte.
    @inline(__always)
    static func forEachEscape(
        in utf8: UnsafeBufferPointer<UInt8>, word mayNeedWord: (UInt64) -> Bool, byte needsByte: (UInt8) -> Bool,
        _ escape: (Int) -> Void
    ) {
        guard let base = utf8.baseAddress else { return }
        let count = utf8.count
        var position = 0
        while position < count {
            let left = count - position
            if count >= 8 {
                let word = UnsafeRawPointer(base + (left >= 8 ? position : count - 8)).loadUnaligned(as: UInt64.self)
                guard mayNeedWord(word) else {
                    position += 8
                    continue
                }
            }
            let end = position + Swift.min(left, 8)
            while position < end {
                if needsByte(base[position]) { escape(position) }
                position += 1
            }
        }
    }

    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        // Most bytes are a Han character's (0x80 and up): the first comparison passes them.
        byte <= 0x5C && (byte < 0x20 || byte == 0x22 || byte == 0x5C)
    }

    /// `needsEscape`, and `<`, `>`, `&` for JSON inside a `<script>` element (`FigureData`).
    @inline(__always)
    static func needsScriptEscape(_ byte: UInt8) -> Bool {
        byte <= 0x5C && (byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26)
    }

    /// `&`, `<`, `>`, `"` and `'`: the bytes `HTMLText` writes as character references.
    @inline(__always)
    static func needsHTMLEscape(_ byte: UInt8) -> Bool {
        byte <= 0x3E && (byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// True when any of the word's eight bytes `needsEscape` (and only then): a byte below 0x20,
    /// or a byte equal to 0x22 or 0x5C, found with the borrow tests of "Bit Twiddling Hacks"
    /// (`hasless`, `haszero`), which have no false positive as a yes-or-no answer.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        (hasLess(word, than: 0x20) | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C))) != 0
    }

    /// True when any of the word's eight bytes `needsScriptEscape` (and only then).
    @inline(__always)
    static func mayNeedScriptEscape(_ word: UInt64) -> Bool {
        (hasLess(word, than: 0x20) | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C))
            | hasZero(word ^ (ones &* 0x3C)) | hasZero(word ^ (ones &* 0x3E)) | hasZero(word ^ (ones &* 0x26))) != 0
    }

    /// True when any of the word's eight bytes `needsHTMLEscape` (and only then).
    @inline(__always)
    static func mayNeedHTMLEscape(_ word: UInt64) -> Bool {
        (hasZero(word ^ (ones &* 0x26)) | hasZero(word ^ (ones &* 0x3C)) | hasZero(word ^ (ones &* 0x3E))
            | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x27))) != 0
    }

    @inline(__always)
    private static func hasZero(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & highs
    }

    @inline(__always)
    private static func hasLess(_ word: UInt64, than limit: UInt64) -> UInt64 {
        (word &- ones &* limit) & ~word & highs
    }
}

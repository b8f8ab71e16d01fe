#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Scalar-level tests shared by the parser and the scanner. Both work on `[Unicode.Scalar]`:
/// offsets must be scalar offsets, and Character-level iteration is several times slower.
enum Scalars {
    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value &- 0x30 < 10 }

    /// A CJK Unified Ideograph of the basic block (U+4E00–9FFF), where every Chinese word of the
    /// forms lies.
    @inline(__always)
    static func isHan(_ scalar: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(scalar.value) }

    @inline(__always)
    static func isDigit(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        index >= 0 && index < text.count && isDigit(text[index])
    }

    /// The index right after a year (`2022年`: four digits and 年) starting at `index`; nil when
    /// none starts there.
    static func yearEnd(in text: [Unicode.Scalar], at index: Int) -> Int? {
        guard index >= 0, index + 4 < text.count, text[index..<index + 4].allSatisfy(isDigit), text[index + 4] == "年" else {
            return nil
        }
        return index + 5
    }

    /// Spaces the normalizer leaves in place (U+3000 is already a plain space by then, but a
    /// caller may pass unnormalized text).
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{3000}" || scalar == "\u{A0}"
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value | 0x20
        return value >= 0x61 && value <= 0x7A
    }

    /// Letters OCR and careless typing put in place of digits: O/o for 0, l/I for 1.
    static func letterDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "O", "o": "0"
        case "l", "I": "1"
        default: nil
        }
    }

    /// The pieces of `text` between `separator` bytes, empty ones kept, one at a time. Cut at an
    /// ASCII byte (never inside another scalar's UTF-8, and TAB and LF are graphemes of their
    /// own), not by walking graphemes.
    static func forEachPiece(of text: String, separatedBy separator: UInt8, _ body: (Substring) -> Void) {
        let utf8 = text.utf8
        // Separators found by `memchr` in the string's own buffer: walking the UTF-8 view index
        // by index cost about 30 instructions a byte of every document.
        let cut: Void? = utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return body(text[...]) }
            var start = 0
            while let found = memchr(base + start, Int32(separator), bytes.count - start) {
                let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                body(text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
                start = end + 1
            }
            body(text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.endIndex])
        }
        if cut != nil { return }
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == separator {
                body(text[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        body(text[start..<utf8.endIndex])
    }

    /// Whether `text`'s UTF-8 holds `byte`, by `memchr` on its buffer (the UTF-8 view's own
    /// `contains` went byte by byte through its iterator).
    static func containsByte(_ byte: UInt8, in text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
        return found ?? text.utf8.contains(byte)
    }

    /// Whether two texts hold the same UTF-8 bytes (not `==`, which holds canonically
    /// equivalent spellings equal), by `memcmp` on their buffers: asked of every cell and line
    /// (is the raw text the normalized one?), the byte-by-byte walk through two UTF-8 views
    /// cost as much as cutting the cell.
    static func sameBytes(_ a: some StringProtocol, _ b: some StringProtocol) -> Bool {
        let compared = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
        return (compared ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }

    static func has(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= text.count else { return false }
        for offset in 0..<word.count where text[index + offset] != word[offset] { return false }
        return true
    }

    /// Whether `word` ends just before `index`.
    static func has(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], endingAt index: Int) -> Bool {
        has(word, in: text, at: index - word.count)
    }

    static func skipSpaces(_ text: [Unicode.Scalar], from index: Int) -> Int {
        var index = index
        while index < text.count, isSpace(text[index]) { index += 1 }
        return index
    }

    static func string(_ text: [Unicode.Scalar], _ range: Range<Int>) -> String {
        string(text[range])
    }

    /// The scalars as a string, encoded to UTF-8 in one buffer: appending to a
    /// `String.UnicodeScalarView` one scalar at a time costs several times more.
    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount * 3)
        for scalar in scalars { appendUTF8(scalar, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @inline(__always)
    static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value))
        } else if value < 0x800 {
            bytes.append(UInt8(truncatingIfNeeded: 0xC0 | value >> 6))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        } else if value < 0x10000 {
            bytes.append(UInt8(truncatingIfNeeded: 0xE0 | value >> 12))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        } else {
            bytes.append(UInt8(truncatingIfNeeded: 0xF0 | value >> 18))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (value >> 12) & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        }
    }
}

extension String {
    /// The string as scalars, for the scalar-level helpers. Reserves from the UTF-8 length (an
    /// upper bound) instead of counting scalars first, which `Array(unicodeScalars)` does at a cost
    /// comparable to the copy itself. Decoded from the string's UTF-8 in place, one lead byte's
    /// length at a time: a `String` holds valid UTF-8 only, so no sequence needs checking, and the
    /// scalar view's iterator cost more than the decoding (asked of every paragraph, several
    /// times). Appended to the reserved array: `Array(unsafeUninitializedCapacity:)` allocated
    /// through an unspecialized generic path that cost more than it saved.
    var scalarArray: [Unicode.Scalar] {
        withUTF8InPlace { bytes in
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(bytes.count)
            var at = 0
            while at < bytes.count {
                let lead = UInt32(bytes[at])
                let value: UInt32
                if lead < 0x80 {
                    value = lead
                    at += 1
                } else if lead < 0xE0 {
                    value = (lead & 0x1F) << 6 | UInt32(bytes[at + 1] & 0x3F)
                    at += 2
                } else if lead < 0xF0 {
                    value = (lead & 0x0F) << 12 | UInt32(bytes[at + 1] & 0x3F) << 6 | UInt32(bytes[at + 2] & 0x3F)
                    at += 3
                } else {
                    value = (lead & 0x07) << 18 | UInt32(bytes[at + 1] & 0x3F) << 12
                        | UInt32(bytes[at + 2] & 0x3F) << 6 | UInt32(bytes[at + 3] & 0x3F)
                    at += 4
                }
                scalars.append(Unicode.Scalar(value).unsafelyUnwrapped)
            }
            return scalars
        }
    }
}

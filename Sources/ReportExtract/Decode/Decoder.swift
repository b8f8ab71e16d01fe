/// Turns raw bytes into text. Order: byte order mark → strict UTF-8 → strict GB18030 → ICU's
/// detector. Invalid bytes are an error naming their offset unless `lenient` is set, in which
/// case they become U+FFFD and are counted.
public struct Decoder: Sendable {
    public var lenient: Bool
    /// Longest line accepted, in bytes. Report paragraphs are a few kilobytes; a line of
    /// megabytes is not a text dump, and its output would be unusable.
    public var maxLineBytes: Int

    /// Largest document accepted, in bytes. Extraction holds a document, its tables, figures
    /// and outputs in memory (about 100 times the input for one long table, see
    /// Benchmarks/README.md), so a larger input is refused rather than left to swap.
    public var maxFileBytes: Int

    public static let defaultMaxLineBytes = 1_000_000
    /// 1 MiB: 40 times the largest seed report; a 1 MiB table of 20,000 rows peaks at about
    /// 130 MB in a batch run, keeping the tool under 150 MB (Scripts/hostile-inputs.sh).
    public static let defaultMaxFileBytes = 1 << 20

    public init(
        lenient: Bool = false, maxLineBytes: Int = Decoder.defaultMaxLineBytes,
        maxFileBytes: Int = Decoder.defaultMaxFileBytes
    ) {
        self.lenient = lenient
        self.maxLineBytes = maxLineBytes
        self.maxFileBytes = maxFileBytes
    }

    public func decode(_ bytes: [UInt8]) throws(DecodeError) -> DecodedText {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= maxFileBytes else { throw .tooLarge(bytes: bytes.count, limit: maxFileBytes) }
        try checkLineLengths(bytes)
        if let bom = ByteOrderMark(prefixOf: bytes) {
            return try decodeWithICU(
                Array(bytes[bom.length...]), charset: bom.charset, method: .byteOrderMark,
                hasBOM: true, offsetBase: bom.length)
        }
        if let nul = bytes.firstIndex(of: 0) {
            return try decodeBOMLessWithNULs(bytes, nulOffset: nul)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            try rejectControlCharacters(text, encoding: "UTF-8")
            return DecodedText(
                text: text,
                encoding: DetectedEncoding(name: "UTF-8", method: .strictUTF8, hasByteOrderMark: false))
        }
        let evidence = UTF8Evidence(bytes)
        if evidence.looksLikeDamagedUTF8 {
            // Mostly valid UTF-8: reading it as GB18030 would "succeed" and produce mojibake.
            return try decodeWithICU(
                bytes, charset: "UTF-8", method: .strictUTF8, hasBOM: false, offsetBase: 0)
        }
        let gb = ICU.decode(bytes, charset: "GB18030", lenient: false)
        if gb.firstErrorOffset == nil, gb.status <= 0 {
            try rejectControlCharacters(gb.text, encoding: "GB18030")
            return DecodedText(
                text: gb.text,
                encoding: DetectedEncoding(name: "GB18030", method: .strictGB18030, hasByteOrderMark: false))
        }
        if let guess = ICU.detectCharset(bytes), guess.confidence >= 50 {
            return try decodeWithICU(
                bytes, charset: guess.name, method: .detector, hasBOM: false, offsetBase: 0,
                confidence: guess.confidence)
        }
        throw .unknownEncoding(firstNonASCIIOffset: evidence.firstInvalidOffset ?? 0)
    }

    /// Line lengths counted on the bytes (a UTF-16 line break is 0A 00 or 00 0A: still one 0A).
    private func checkLineLengths(_ bytes: [UInt8]) throws(DecodeError) {
        var line = 1
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            if index - start > maxLineBytes { throw .lineTooLong(line: line, bytes: index - start, limit: maxLineBytes) }
            line += 1
            start = index + 1
        }
        if bytes.count - start > maxLineBytes {
            throw .lineTooLong(line: line, bytes: bytes.count - start, limit: maxLineBytes)
        }
    }

    /// NUL bytes never occur in report text: the file is UTF-16 without a BOM, or binary.
    private func decodeBOMLessWithNULs(_ bytes: [UInt8], nulOffset: Int) throws(DecodeError) -> DecodedText {
        if let guess = ICU.detectCharset(bytes), guess.name.hasPrefix("UTF-16"), guess.confidence >= 30 {
            return try decodeWithICU(
                bytes, charset: guess.name, method: .detector, hasBOM: false, offsetBase: 0,
                confidence: guess.confidence)
        }
        throw .binary(nulOffset: nulOffset)
    }

    private func decodeWithICU(
        _ bytes: [UInt8], charset: String, method: DetectedEncoding.Method, hasBOM: Bool,
        offsetBase: Int, confidence: Int? = nil
    ) throws(DecodeError) -> DecodedText {
        let decoded = ICU.decode(bytes, charset: charset, lenient: lenient)
        if let offset = decoded.firstErrorOffset, !lenient {
            throw .invalidBytes(encoding: charset, offset: offset + offsetBase)
        }
        if decoded.status > 0 {
            throw .invalidBytes(encoding: charset, offset: offsetBase + (decoded.firstErrorOffset ?? 0))
        }
        try rejectControlCharacters(decoded.text, encoding: charset)
        return DecodedText(
            text: decoded.text,
            encoding: DetectedEncoding(
                name: charset, method: method, hasByteOrderMark: hasBOM, confidence: confidence),
            replacements: decoded.replacements,
            firstReplacementOffset: decoded.firstErrorOffset.map { $0 + offsetBase })
    }

    /// Report dumps hold TAB, LF, CR and form feeds at most; other C0 controls mean binary data
    /// that happened to decode.
    private func rejectControlCharacters(_ text: String, encoding: String) throws(DecodeError) {
        var offset = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x20, value != 0x09, value != 0x0A, value != 0x0D, value != 0x0C {
                throw .controlCharacters(encoding: encoding, offset: offset)
            }
            offset += 1
        }
    }
}

/// A byte order mark at the start of a file.
struct ByteOrderMark {
    var charset: String
    var length: Int

    init?(prefixOf bytes: [UInt8]) {
        switch bytes.count {
        case _ where bytes.starts(with: [0xEF, 0xBB, 0xBF]): (charset, length) = ("UTF-8", 3)
        case _ where bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]): (charset, length) = ("UTF-32LE", 4)
        case _ where bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]): (charset, length) = ("UTF-32BE", 4)
        case _ where bytes.starts(with: [0xFF, 0xFE]): (charset, length) = ("UTF-16LE", 2)
        case _ where bytes.starts(with: [0xFE, 0xFF]): (charset, length) = ("UTF-16BE", 2)
        case _ where bytes.starts(with: [0x84, 0x31, 0x95, 0x33]): (charset, length) = ("GB18030", 4)
        default: return nil
        }
    }
}

/// How much of a byte string reads as UTF-8: tells damaged UTF-8 from another encoding.
struct UTF8Evidence {
    var validMultiByte = 0
    var invalid = 0
    var firstInvalidOffset: Int?

    init(_ bytes: [UInt8]) {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length = UTF8Evidence.sequenceLength(bytes, at: index)
            if length > 0 {
                validMultiByte += 1
                index += length
                continue
            }
            // One run of bad bytes counts once: a broken lead leaves its continuations orphaned.
            invalid += 1
            if firstInvalidOffset == nil { firstInvalidOffset = index }
            index += 1
            while index < bytes.count, (0x80...0xBF).contains(bytes[index]) { index += 1 }
        }
    }

    /// Valid UTF-8 for the most part: a few bad bytes among many good multi-byte sequences.
    var looksLikeDamagedUTF8: Bool {
        validMultiByte >= 4 && invalid * 10 <= validMultiByte
    }

    /// Length of a well-formed multi-byte sequence at `index`, or 0.
    static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let (length, low, high): (Int, UInt8, UInt8)
        switch lead {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        guard (low...high).contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) {
            return 0
        }
        return length
    }
}

/// The first stage's result: the document as Unicode text, with how its bytes were read.
public struct DecodedText: Sendable, Equatable {
    public var text: String
    public var encoding: DetectedEncoding
    /// Invalid sequences replaced by U+FFFD; always 0 unless lenient decoding was asked for.
    public var replacements: Int
    /// Byte offset of the first replaced sequence, when there was one.
    public var firstReplacementOffset: Int?

    public init(
        text: String, encoding: DetectedEncoding, replacements: Int = 0, firstReplacementOffset: Int? = nil
    ) {
        self.text = text
        self.encoding = encoding
        self.replacements = replacements
        self.firstReplacementOffset = firstReplacementOffset
    }
}

/// Which encoding the bytes were read as, and how that was decided.
public struct DetectedEncoding: Sendable, Equatable {
    public enum Method: String, Sendable, Codable {
        case byteOrderMark = "bom"
        case strictUTF8 = "strict_utf8"
        case strictGB18030 = "strict_gb18030"
        case detector
    }

    /// ICU's name for the charset: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", …
    public var name: String
    public var method: Method
    public var hasByteOrderMark: Bool
    /// The detector's confidence (0-100), only when `method` is `.detector`.
    public var confidence: Int?

    public init(name: String, method: Method, hasByteOrderMark: Bool, confidence: Int? = nil) {
        self.name = name
        self.method = method
        self.hasByteOrderMark = hasByteOrderMark
        self.confidence = confidence
    }
}

/// Why a file could not be read as text. Every case names the byte offset it is about.
public enum DecodeError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary(nulOffset: Int)
    case invalidBytes(encoding: String, offset: Int)
    case unknownEncoding(firstNonASCIIOffset: Int)
    case controlCharacters(encoding: String, offset: Int)
    case lineTooLong(line: Int, bytes: Int, limit: Int)
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .empty:
            return "empty file (0 bytes)"
        case .binary(let offset):
            return "binary file: NUL byte at byte offset \(offset) and no UTF-16 byte order mark"
        case .invalidBytes(let encoding, let offset):
            return "invalid \(encoding) at byte offset \(offset) (use --lenient to replace invalid bytes with U+FFFD)"
        case .unknownEncoding(let offset):
            return "unknown encoding: not UTF-8 (first invalid byte at offset \(offset)), not GB18030, and ICU's detector had no confident guess"
        case .lineTooLong(let line, let bytes, let limit):
            return "line \(line) is \(bytes) bytes long, over the limit of \(limit) (not a Tika text dump? raise it with --max-line-bytes)"
        case .tooLarge(let bytes, let limit):
            return "\(bytes) bytes, over the limit of \(limit) bytes per document (extraction holds a document and its results in memory; raise it with --max-file-bytes)"
        case .controlCharacters(let encoding, let offset):
            return "not text: control character U+0000-U+001F at character \(offset) when read as \(encoding)"
        }
    }
}

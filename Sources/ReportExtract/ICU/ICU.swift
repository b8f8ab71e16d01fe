import CICUShim

/// Swift access to the few system-ICU services the pipeline uses, through the opaque C shim.
public enum ICU {
    /// The system ICU version, e.g. "72.1".
    public static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        cicu_version(&buffer, Int32(buffer.count))
        return decodeCString(buffer)
    }

    static func errorName(_ status: Int32) -> String {
        String(cString: cicu_error_name(status))
    }

    /// Outcome of decoding bytes with an ICU converter.
    struct Decoded {
        var text: String
        /// Byte offset of the first invalid sequence, if any.
        var firstErrorOffset: Int?
        var replacements: Int
        var status: Int32
    }

    /// Decodes `bytes` as `charset`. Strict decoding stops at the first invalid sequence
    /// (the result's `firstErrorOffset` names it); lenient decoding replaces each with U+FFFD.
    static func decode(_ bytes: [UInt8], charset: String, lenient: Bool) -> Decoded {
        var units = [UInt16](repeating: 0, count: bytes.count + 1)
        var length: Int32 = 0
        var errorOffset: Int32 = -1
        var replacements: Int32 = 0
        let status = bytes.withUnsafeBufferPointer { source in
            units.withUnsafeMutableBufferPointer { target in
                cicu_decode(
                    charset, source.baseAddress, Int32(source.count), lenient ? 1 : 0,
                    target.baseAddress, Int32(target.count), &length, &errorOffset, &replacements)
            }
        }
        let text = String(decoding: units[0..<Int(length)], as: UTF16.self)
        return Decoded(
            text: text, firstErrorOffset: errorOffset >= 0 ? Int(errorOffset) : nil,
            replacements: Int(replacements), status: status)
    }

    /// ICU's charset detector: the best guess and its confidence (0-100), or nil.
    static func detectCharset(_ bytes: [UInt8]) -> (name: String, confidence: Int)? {
        var name = [CChar](repeating: 0, count: 64)
        let sample = bytes.prefix(65_536)
        let confidence = Array(sample).withUnsafeBufferPointer {
            cicu_detect($0.baseAddress, Int32($0.count), &name, Int32(name.count))
        }
        guard confidence >= 0 else { return nil }
        return (decodeCString(name), Int(confidence))
    }

    /// Parses a whole Chinese numeral with ICU's "zh" spellout rules; nil unless every character
    /// was consumed (ICU silently stops at the first non-numeral).
    public static func parseChineseNumeral(_ text: String) -> String? {
        let units = Array(text.utf16)
        guard !units.isEmpty else { return nil }
        var output = [CChar](repeating: 0, count: 128)
        var end: Int32 = 0
        let status = units.withUnsafeBufferPointer {
            cicu_spellout_parse($0.baseAddress, Int32($0.count), &output, Int32(output.count), &end)
        }
        guard status <= 0, Int(end) == units.count else { return nil }
        return decodeCString(output)
    }

    private static func decodeCString(_ buffer: [CChar]) -> String {
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// An ICU transliterator, e.g. `[\uFF01-\uFF5E\u3000] Fullwidth-Halfwidth`.
/// Not thread-safe: use one instance per thread.
public final class ICUTransliterator {
    private let handle: UnsafeMutableRawPointer

    public struct OpenError: Error, CustomStringConvertible {
        public let id: String
        public let status: String
        public var description: String { "cannot open ICU transform '\(id)': \(status)" }
    }

    public init(id: String) throws {
        let units = Array(id.utf16)
        var status: Int32 = 0
        let handle = units.withUnsafeBufferPointer {
            cicu_trans_open($0.baseAddress, Int32($0.count), &status)
        }
        guard let handle, status <= 0 else {
            throw OpenError(id: id, status: ICU.errorName(status))
        }
        self.handle = handle
    }

    deinit { cicu_trans_close(handle) }

    public func apply(_ text: String) -> String {
        var units = Array(text.utf16)
        var capacity = units.count * 2 + 16
        while true {
            var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
            var length = Int32(units.count)
            let status = buffer.withUnsafeMutableBufferPointer {
                cicu_trans_apply(handle, $0.baseAddress, &length, Int32(capacity))
            }
            if status == 15 /* U_BUFFER_OVERFLOW_ERROR */ {
                capacity *= 2
                continue
            }
            units = Array(buffer[0..<Int(length)])
            return String(decoding: units, as: UTF16.self)
        }
    }
}

/// A byte buffer for HTML, with escaping for text and attribute values. Every string that comes
/// from a report (labels, cell text, titles, paths) goes through `text(_:)` or an attribute, so
/// `<`, `&` and quotes in a report never become markup.
struct HTMLWriter {
    /// A `ByteBuffer`: a page is written in many short appends, each of which went through the
    /// array's generic path. Never shared: a writer is passed `inout`, not copied.
    private let buffer: ByteBuffer
    var bytes: [UInt8] { buffer.array }
    /// Where full pieces go, when the page is streamed: a page of a 300,000-row table is 270 MB
    /// of HTML, which must not sit in memory beside the document it draws. Each piece is lent in
    /// place, valid only during the call (a copy of each megabyte first cost a copy of the page).
    private let sink: ((UnsafeBufferPointer<UInt8>) throws -> Void)?
    /// The sink's first error; nothing more is handed to it after one (`finish` rethrows it).
    private var failure: (any Error)? = nil

    /// A quarter of a megabyte: the writer's buffer, reused piece after piece, holds one whole
    /// at the page's peak; smaller pieces cost only more writes to the staged file.
    static let pieceBytes = 1 << 18

    init(capacity: Int = 64 * 1024) {
        sink = nil
        buffer = ByteBuffer(capacity: capacity)
    }

    /// A writer that hands its bytes to `sink` a `pieceBytes` at a time; call `finish()` last.
    init(sink: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) {
        self.sink = sink
        buffer = ByteBuffer(capacity: 64 * 1024)  // grows to a piece only for pages that need it
    }

    /// Markup written as it is: only for literals of this module, never for report text.
    mutating func raw(_ markup: String) {
        buffer.append(utf8: markup)
        flushIfFull()
    }

    /// Bytes already made safe (script-safe JSON).
    mutating func raw(bytes markup: [UInt8]) {
        buffer.append(contentsOf: markup)
        flushIfFull()
    }

    /// Bytes already made safe, read in place.
    mutating func raw(bytes markup: ByteBuffer) {
        buffer.append(contentsOf: markup)
        flushIfFull()
    }

    /// Text content, escaped.
    mutating func text(_ value: String) {
        HTMLText.appendEscaped(value, to: buffer)
        flushIfFull()
    }

    /// An integer in decimal, as `"\(value)"` prints it, without making the string.
    mutating func integer(_ value: Int) {
        DecimalBytes.append(value, to: buffer)
        flushIfFull()
    }

    /// Hands what is left to the sink, and throws the sink's error if it failed on the way.
    mutating func finish() throws {
        if sink != nil { flush() }
        if let failure { throw failure }
    }

    private mutating func flushIfFull() {
        if sink != nil, buffer.count >= Self.pieceBytes { flush() }
    }

    private mutating func flush() {
        guard let sink, !buffer.isEmpty else { return }
        if failure == nil {
            do { try buffer.withBytes { try sink($0) } } catch { failure = error }
        }
        buffer.removeAll()
    }

    /// `<tag a="v" …>`; attribute values escaped, nil values left out.
    mutating func open(_ tag: String, _ attributes: [(String, String?)] = []) {
        // Appended piece by piece: a page opens an element per figure, chip and cell, and
        // joining the pieces into strings first allocated for each.
        buffer.append(UInt8(ascii: "<"))
        buffer.append(utf8: tag)
        for (name, value) in attributes {
            guard let value else { continue }
            buffer.append(UInt8(ascii: " "))
            buffer.append(utf8: name)
            buffer.append(UInt8(ascii: "="))
            buffer.append(UInt8(ascii: "\""))
            HTMLText.appendEscaped(value, to: buffer)
            buffer.append(UInt8(ascii: "\""))
        }
        buffer.append(UInt8(ascii: ">"))
        flushIfFull()
    }

    mutating func close(_ tag: String) {
        buffer.append(UInt8(ascii: "<"))
        buffer.append(UInt8(ascii: "/"))
        buffer.append(utf8: tag)
        buffer.append(UInt8(ascii: ">"))
        flushIfFull()
    }

    /// `<tag …>escaped text</tag>`.
    mutating func element(_ tag: String, _ attributes: [(String, String?)] = [], text content: String) {
        open(tag, attributes)
        text(content)
        close(tag)
    }
}

/// HTML and script-safe escaping.
public enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` as character references; safe in text and quoted attributes.
    public static func escape(_ value: String) -> String {
        let bytes = ByteBuffer()
        appendEscaped(value, to: bytes)
        return bytes.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    static func appendEscaped(_ value: String, to bytes: ByteBuffer) {
        // Runs of bytes that need no reference are copied whole.
        value.withUTF8InPlace { utf8 in
            var clean = 0  // start of the bytes not yet copied
            // Eight bytes at a time (`JSONEscapeScan`): almost no text holds one to escape.
            JSONEscapeScan.forEachEscape(in: utf8, word: JSONEscapeScan.mayNeedHTMLEscape, byte: JSONEscapeScan.needsHTMLEscape) { position in
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<position]))
                switch utf8[position] {
                case UInt8(ascii: "&"): bytes.append(utf8: "&amp;")
                case UInt8(ascii: "<"): bytes.append(utf8: "&lt;")
                case UInt8(ascii: ">"): bytes.append(utf8: "&gt;")
                case UInt8(ascii: "\""): bytes.append(utf8: "&quot;")
                default: bytes.append(utf8: "&#39;")
                }
                clean = position + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean...]))
        }
    }
}

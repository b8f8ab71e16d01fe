import Foundation

/// Writes `Encodable` values straight to JSON bytes, with keys sorted by their UTF-8 bytes, in
/// one of two layouts:
/// - `pretty`: byte for byte what Foundation's `JSONEncoder` writes with `[.prettyPrinted,
///   .sortedKeys, .withoutEscapingSlashes]` on Linux (two-space indent, `"key" : value`, an
///   empty container as `[` `\n` `\n` indent `]`), for the per-document JSON;
/// - `compact`: no whitespace, for the dataset rows (`figures.jsonl` …), with the escapes the
///   datasets have always used (`\u0008`, not `\b`).
///
/// Values are written as they are encoded, without the intermediate tree `JSONEncoder` builds;
/// an object whose keys arrive out of order is reordered once when it is complete. Any
/// `Encodable` works (nested containers and super encoders included), so a field added to an
/// output type needs nothing here.
public enum JSONLayout: Sendable {
    case pretty
    case compact
}

public enum JSONWriter {
    public static func bytes<T: Encodable>(_ value: T, layout: JSONLayout) throws -> [UInt8] {
        let sink = JSONSink(layout: layout, depth: 0)
        try sink.writeValue(value, path: .root)
        return sink.bytes.array
    }

    /// Writes `value`, handing finished bytes to `output` about a megabyte at a time whenever no
    /// object that may still be reordered is open: with `JSONKeysInOrder` on the outer types, a
    /// document's JSON never sits whole in memory.
    public static func write<T: Encodable>(
        _ value: T, layout: JSONLayout, to output: @escaping ([UInt8]) throws -> Void
    ) throws {
        try writeInPlace(value, layout: layout, to: { try output(Array($0)) })
    }

    /// The same, each piece lent in place: valid only during the call, never kept. A batch run
    /// hashes each piece and writes it to its file, and copying every megabyte into an array of
    /// its own first cost a copy of the whole JSON in fresh memory.
    public static func writeInPlace<T: Encodable>(
        _ value: T, layout: JSONLayout, to output: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        let sink = JSONSink(layout: layout, depth: 0)
        sink.output = output
        try sink.writeValue(value, path: .root)
        try sink.handOut(all: true)
    }

    /// A value that encodes as an object, and where each member's value sits in the bytes, in
    /// key order (for the CSV, which takes some members' text).
    static func object<T: Encodable>(_ value: T, layout: JSONLayout) throws -> (bytes: [UInt8], members: [(key: String, value: Range<Int>)]) {
        try JSONObjectWriter(layout: layout).object(value)
    }
}

/// One output buffer and the containers open in it.
/// Class properties here are `@exclusivity(unchecked)`: the sink belongs to one encoding call on
/// one thread, and the dynamic access checks took a tenth of the writing time.
final class JSONSink {
    /// The output not yet handed out (a `ByteBuffer`: members are written in many short appends).
    let bytes = ByteBuffer()
    /// Bytes already given to `output` and dropped from `bytes`; frame positions count them.
    @exclusivity(unchecked) var flushed = 0
    /// Frames of finished values, reused.
    @exclusivity(unchecked) private var spareFrames: [JSONFrame] = []
    /// Member orders of the objects met so far, by their keys in arrival order (`keyOrder`).
    @exclusivity(unchecked) var keyOrders: [(keys: [String?], order: [Int])] = []
    /// Where finished bytes go when streaming (nil: everything stays in `bytes`).
    var output: ((UnsafeBufferPointer<UInt8>) throws -> Void)?
    /// Open objects that may still be reordered: nothing is handed out while one is open.
    @exclusivity(unchecked) var pinned = 0
    let pretty: Bool
    /// Indentation of the value being written (its members and elements get one level more).
    let baseDepth: Int

    init(layout: JSONLayout, depth: Int) {
        pretty = layout == .pretty
        baseDepth = depth
    }

    var layout: JSONLayout { pretty ? .pretty : .compact }

    /// Position in the whole output (handed-out bytes included).
    var position: Int { flushed + bytes.count }

    static let handOutSize = 1 << 20

    /// Gives the finished bytes to `output` once a megabyte has gathered (or `all` of them at
    /// the end), when nothing before them may still move.
    func handOut(all: Bool = false) throws {
        guard let output, pinned == 0, all || bytes.count >= Self.handOutSize else { return }
        try bytes.withBytes { try output($0) }
        flushed += bytes.count
        bytes.removeAll()
    }

    /// Writes `value` at `baseDepth`: it opens whatever container its `encode(to:)` asks for, and
    /// the container is closed (and an object's members sorted) when `encode(to:)` returns.
    func writeValue<T: Encodable>(_ value: T, path: JSONCodingPath, depth: Int? = nil) throws {
        let depth = depth ?? baseDepth
        if try writeCommon(value, depth: depth) { return }
        if try writeDirect(value, depth: depth) { return }
        if let special = try Self.special(value) {
            bytes.append(contentsOf: special.bytes(self))
            return
        }
        let frame = takeFrame(depth: depth)
        frame.streamed = T.self is any JSONKeysInOrder.Type
        frame.path = path
        try value.encode(to: JSONByteEncoder(sink: self, frame: frame))
        try close(frame)
        recycle(frame)
    }

    func takeFrame(depth: Int) -> JSONFrame {
        let frame = spareFrames.popLast() ?? JSONFrame(depth: depth)
        frame.reset(depth: depth)
        return frame
    }

    func recycle(_ frame: JSONFrame) { spareFrames.append(frame) }

    /// Strings, integers and their `Nullable` and optional forms, which make up most values,
    /// written without the containers `encode(to:)` would ask for (same bytes). A type check on
    /// the metadata, then a reinterpretation of the value as that very type.
    private func writeCommon<T>(_ value: T, depth: Int) throws -> Bool {
        if T.self == String.self {
            writeString(unsafeBitCast(value, to: String.self))
        } else if T.self == Int.self {
            writeInteger(unsafeBitCast(value, to: Int.self))
        } else if T.self == Nullable<String>.self {
            if let text = unsafeBitCast(value, to: Nullable<String>.self).wrappedValue { writeString(text) } else { writeNull() }
        } else if T.self == Nullable<Int>.self {
            if let number = unsafeBitCast(value, to: Nullable<Int>.self).wrappedValue { writeInteger(number) } else { writeNull() }
        } else if T.self == String?.self {
            if let text = unsafeBitCast(value, to: String?.self) { writeString(text) } else { writeNull() }
        } else if T.self == Int?.self {
            if let number = unsafeBitCast(value, to: Int?.self) { writeInteger(number) } else { writeNull() }
        } else if T.self == [String].self {
            try writeArray(unsafeBitCast(value, to: [String].self), depth: depth, writeString)
        } else if T.self == [Int].self {
            try writeArray(unsafeBitCast(value, to: [Int].self), depth: depth) { writeInteger($0) }
        } else {
            return false
        }
        return true
    }

    private func writeArray<Element>(_ elements: [Element], depth: Int, _ write: (Element) -> Void) throws {
        let frame = takeFrame(depth: depth)
        open(frame, as: .array)
        for element in elements {
            beginEntry(frame, key: nil)
            write(element)
            try endEntry(frame)
        }
        try close(frame)
        recycle(frame)
    }

    /// Ready for another top-level value (a reused row writer).
    func restart() {
        bytes.removeAll()
        flushed = 0
        pinned = 0
    }

    // MARK: - Scalars

    func writeNull() { bytes.append(contentsOf: Self.null) }
    func writeBool(_ value: Bool) { bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes) }

    func writeInteger<T: FixedWidthInteger>(_ value: T) {
        if value == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        guard T.Magnitude.bitWidth <= 64 else { return writeWideMagnitude(value.magnitude) }
        DecimalBytes.append(magnitude: UInt64(value.magnitude), to: bytes)
    }

    /// A magnitude wider than 64 bits, digit by digit.
    private func writeWideMagnitude<M: UnsignedInteger>(_ magnitude: M) {
        let first = bytes.count
        var rest = magnitude
        while rest > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        }
        bytes.reverseLast(from: first)
    }

    /// Swift's shortest round-trip text, without a trailing `.0` (`1`, `0.6333`, `1e-05`), as
    /// `JSONEncoder` writes it. Non-finite values have no JSON form.
    func writeFloatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(_ value: T, codingPath: [any CodingKey]) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "\(value) has no JSON form"))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(utf8: text)
    }

    func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        text.withUTF8InPlace { utf8 in
            var clean = 0  // start of the bytes not yet copied
            JSONEscapeScan.forEachEscape(in: utf8, word: JSONEscapeScan.mayNeedEscape, byte: JSONEscapeScan.needsEscape) { position in
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<position]))
                appendEscape(utf8[position])
                clean = position + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private func appendEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22, 0x5C: bytes.append(byte)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        // JSONEncoder writes these two short forms; the datasets' writer never did.
        case 0x08 where pretty: bytes.append(UInt8(ascii: "b"))
        case 0x0C where pretty: bytes.append(UInt8(ascii: "f"))
        default:
            func digit(_ value: UInt8) -> UInt8 { value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10 }
            bytes.append(UInt8(ascii: "u"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(digit(byte >> 4))
            bytes.append(digit(byte & 0x0F))
        }
    }

    func writeIndent(_ depth: Int) {
        guard pretty else { return }
        let count = 2 * depth
        if count <= Self.spaces.count {
            bytes.append(contentsOf: Self.spaces[..<count])  // one copy, not a check per space
        } else {
            bytes.append(repeating: 0x20, count: count)
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    /// `writeSeparator` then `writeIndent(depth)` in one append: every member and element starts
    /// so, and the three appends (each checking the buffer's uniqueness and room) were a good part
    /// of a figure's JSON.
    func writeEntryLead(first: Bool, depth: Int) {
        let count = 2 * depth
        guard pretty, count <= Self.spaces.count else {
            writeSeparator(first: first)
            writeIndent(depth)
            return
        }
        Self.leads.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[(first ? 1 : 0)..<(2 + count)])) }
    }

    /// `,`, a line break, then as many spaces as `spaces` holds.
    private static let leads: [UInt8] = [UInt8(ascii: ","), 0x0A] + spaces

    /// `,` between entries, and in the pretty layout a line break (and the `{` or `[` line's).
    func writeSeparator(first: Bool) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        if pretty { bytes.append(0x0A) }
    }

    static let null = Array("null".utf8)
    static let trueBytes = Array("true".utf8)
    static let falseBytes = Array("false".utf8)

    // MARK: - Values JSONEncoder writes its own way

    /// `Decimal` as a number, `URL` as its string, `Data` in base64, as `JSONEncoder` does by
    /// default; nil for everything else.
    private static func special<T: Encodable>(_ value: T) throws -> SpecialValue? {
        if T.self == Decimal.self, let decimal = value as? Decimal { return .number(decimal.description) }
        if T.self == URL.self, let url = value as? URL { return .string(url.absoluteString) }
        if T.self == Data.self, let data = value as? Data { return .string(data.base64EncodedString()) }
        return nil
    }

    private enum SpecialValue {
        case number(String)
        case string(String)

        func bytes(_ sink: JSONSink) -> [UInt8] {
            switch self {
            case .number(let text): return Array(text.utf8)
            case .string(let text):
                let scratch = JSONSink(layout: sink.layout, depth: 0)
                scratch.writeString(text)
                return scratch.bytes.array
            }
        }
    }
}

/// Writes one object after another (dataset rows) with one sink, so frames, buffers and member
/// orders are reused from row to row; returns each object's bytes and where its members' values
/// sit, in key order (for the CSV, which takes some members' text).
final class JSONObjectWriter {
    private let sink: JSONSink
    private let frame = JSONFrame(depth: 0)

    init(layout: JSONLayout) { sink = JSONSink(layout: layout, depth: 0) }

    /// A dataset row written by its value's hand-written members, `path` among them (the sink
    /// already restarted).
    private func row<Value: JSONDirectMembers>(
        _ row: WithPath<Value>, recordingMembers: Bool
    ) throws -> (bytes: [UInt8], members: [(key: String, value: Range<Int>)]) {
        var object = JSONDirectObject(sink: sink, depth: 0, recordMembers: recordingMembers)
        try row.value.writeMembers(&object, path: row.path)
        object.close()
        return (sink.bytes.array, object.members ?? [])
    }

    /// A check's row handed to `output` about a megabyte at a time, never held whole (a long
    /// table's total-row check is a row of several megabytes): its members are written straight
    /// out, as the document's JSON writes them.
    func stream(_ row: WithPath<CheckResultJSON>, to output: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        sink.restart()
        sink.output = output
        defer {
            sink.output = nil
            sink.restart()
        }
        var object = JSONDirectObject(sink: sink, depth: 0)
        // Strings, integers and finite values only, to an output that cannot fail: nothing throws.
        try! row.value.writeMembers(&object, path: row.path)
        object.close()
        try! sink.handOut(all: true)
    }

    /// - Parameter recordingMembers: whether `members` is wanted; without it the list is empty.
    ///   Most rows need only their bytes, and the list of a figure row's 28 keys and ranges was
    ///   made and let go for every row.
    func object<T: Encodable>(
        _ value: T, recordingMembers: Bool = true
    ) throws -> (bytes: [UInt8], members: [(key: String, value: Range<Int>)]) {
        sink.restart()
        // Type checks, not a cast to a protocol: one per dataset row, so they stay free.
        if T.self == WithPath<FigureJSON>.self {
            return try row(unsafeBitCast(value, to: WithPath<FigureJSON>.self), recordingMembers: recordingMembers)
        }
        if T.self == WithPath<CheckResultJSON>.self {
            return try row(unsafeBitCast(value, to: WithPath<CheckResultJSON>.self), recordingMembers: recordingMembers)
        }
        frame.reset(depth: 0)
        try value.encode(to: JSONByteEncoder(sink: sink, frame: frame))
        try sink.close(frame)
        guard recordingMembers else { return (sink.bytes.array, []) }
        let members = frame.kind == .object ? frame.entries.map { ($0.key ?? "", $0.valueStart..<$0.end) } : []
        return (sink.bytes.array, members)
    }
}

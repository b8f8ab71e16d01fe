/// One value being written: the container its `encode(to:)` opened and, for an object or an
/// array, where each member or element sits in the buffer. Unchecked exclusivity, as in
/// `JSONSink`: a frame belongs to one encoding call.
final class JSONFrame {
    enum Kind { case unset, single, object, array }

    struct Entry {
        var key: String?
        /// The member's `"key" : value` (or the element) in the buffer, separators excluded.
        var start: Int
        /// Where the value starts (after `"key" : `).
        var valueStart: Int
        var end: Int
        /// A nested container or super encoder, written to its own sink and spliced in when this
        /// frame closes (its values may arrive interleaved with this frame's).
        var deferred: (sink: JSONSink, frame: JSONFrame)?
    }

    @exclusivity(unchecked) var depth: Int
    @exclusivity(unchecked) var kind = Kind.unset
    @exclusivity(unchecked) var contentStart = 0
    /// Members or elements so far (`entries` is empty for a streamed frame, which keeps none).
    @exclusivity(unchecked) var count = 0
    @exclusivity(unchecked) var lastKey: String?
    @exclusivity(unchecked) var entries: [Entry] = []
    /// Keys arrived sorted, unique, and nothing was deferred: the bytes are final as written.
    @exclusivity(unchecked) var inPlace = true
    /// An array, or an object of a `JSONKeysInOrder` type: its bytes are final as written, so
    /// they may be handed out before it closes.
    @exclusivity(unchecked) var streamed = false
    /// An object that may still be reordered: it holds its bytes in the sink while open.
    @exclusivity(unchecked) var pins = false
    /// For a streamed array that met a nested container: where the entries it records (and will
    /// rewrite when it closes) begin. Earlier elements are final and may be handed out.
    @exclusivity(unchecked) var recordedFrom: Int?
    /// The value's coding path (its container's node and its key).
    @exclusivity(unchecked) var path = JSONCodingPath.root

    /// Whether entries are kept: always, except in a streamed frame until it meets a nested
    /// container.
    var records: Bool { !streamed || recordedFrom != nil }

    init(depth: Int) { self.depth = depth }

    /// Ready for another value (frames are reused: one allocation per nesting level, not per value).
    func reset(depth: Int) {
        self.depth = depth
        kind = .unset
        contentStart = 0
        count = 0
        lastKey = nil
        entries.removeAll(keepingCapacity: true)
        inPlace = true
        streamed = false
        pins = false
        recordedFrom = nil
        path = .root
    }
}

/// A type whose `encode(to:)` writes its keys in sorted order (for synthesized conformances:
/// `CodingKeys` listed in key order). Its object is streamed: a document with a table of
/// 300,000 rows never holds its whole JSON in memory. A key out of order is a programming
/// error, caught by the golden tests.
protocol JSONKeysInOrder {}

/// A value's coding path without allocating: its container's node and its own key. A node is
/// made once per container that holds members, not once per value.
struct JSONCodingPath {
    var parent: JSONPath?
    var key: (any CodingKey)?

    static var root: JSONCodingPath { JSONCodingPath(parent: nil, key: nil) }

    init(parent: JSONPath?, key: (any CodingKey)?) {
        self.parent = parent
        self.key = key
    }

    func node() -> JSONPath? { key.map { JSONPath(parent: parent, key: $0) } ?? parent }
    var keys: [any CodingKey] { JSONPath.keys(node()) }
}

/// The coding path of a container, built into a list only when someone asks for it.
final class JSONPath {
    let parent: JSONPath?
    let key: any CodingKey

    init(parent: JSONPath?, key: any CodingKey) {
        self.parent = parent
        self.key = key
    }

    static func keys(_ path: JSONPath?) -> [any CodingKey] {
        var keys: [any CodingKey] = []
        var node = path
        while let current = node {
            keys.append(current.key)
            node = current.parent
        }
        return keys.reversed()
    }
}

struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

struct SuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) { nil }
    init?(intValue: Int) { nil }
}

extension JSONSink {
    func open(_ frame: JSONFrame, as kind: JSONFrame.Kind) {
        guard frame.kind != kind else { return }  // asked for again: the same container goes on
        precondition(frame.kind == .unset, "one value cannot hold two kinds of container")
        frame.kind = kind
        bytes.append(kind == .object ? UInt8(ascii: "{") : UInt8(ascii: "["))
        frame.contentStart = position
        if kind == .array { frame.streamed = true }
        if !frame.streamed {
            frame.pins = true
            pinned += 1
        }
    }

    func beginEntry(_ frame: JSONFrame, key: String?) {
        writeEntryLead(first: frame.count == 0, depth: frame.depth + 1)
        let start = position
        if let key {
            if let previous = frame.lastKey, !previous.utf8.lexicographicallyPrecedes(key.utf8) {
                precondition(!frame.streamed, "JSONKeysInOrder: key '\(key)' came after '\(previous)'; list CodingKeys in key order")
                frame.inPlace = false
            }
            frame.lastKey = key
            writeString(key)
            if pretty { bytes.append(0x20) }
            bytes.append(UInt8(ascii: ":"))
            if pretty { bytes.append(0x20) }
        }
        frame.count += 1
        if frame.records {
            frame.entries.append(JSONFrame.Entry(key: key, start: start, valueStart: position, end: position))
        }
    }

    func endEntry(_ frame: JSONFrame) throws {
        if frame.records { frame.entries[frame.entries.count - 1].end = position }
        try handOut()
    }

    func deferEntry(_ frame: JSONFrame, key: String?) -> (JSONSink, JSONFrame) {
        precondition(frame.kind == .array || !frame.streamed, "nested containers cannot be streamed: keep them out of JSONKeysInOrder types")
        if !frame.records {
            // A streamed array keeps what comes from here on, and holds it until it closes.
            frame.recordedFrom = position
            frame.pins = true
            pinned += 1
        }
        beginEntry(frame, key: key)
        frame.entries[frame.entries.count - 1].end = position
        let child = (sink: JSONSink(layout: layout, depth: frame.depth + 1), frame: JSONFrame(depth: frame.depth + 1))
        frame.entries[frame.entries.count - 1].deferred = child
        frame.inPlace = false
        return child
    }

    /// Ends a value: sorts an object's members if they came out of order, splices deferred
    /// containers in, and writes the closing bracket. A value that encoded nothing is `{}`, as
    /// in `JSONEncoder`.
    func close(_ frame: JSONFrame) throws {
        if frame.kind == .single { return }
        if frame.kind == .unset { open(frame, as: .object) }
        if !frame.inPlace { try rebuild(frame) }
        if pretty {
            if frame.count == 0 { bytes.append(0x0A) }
            bytes.append(0x0A)
            writeIndent(frame.depth)
        }
        bytes.append(frame.kind == .object ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        if frame.pins {
            frame.pins = false
            pinned -= 1
        }
    }

    /// Rewrites the frame's content with members in key order (the last of equal keys wins, as
    /// in `JSONEncoder`'s dictionary) and deferred values spliced in.
    private func rebuild(_ frame: JSONFrame) throws {
        // What a frame rewrites was pinned, never handed out: it is all in `bytes`.
        let from = frame.recordedFrom ?? frame.contentStart
        let content = bytes[(from - flushed)..<bytes.count]
        bytes.removeLast(from: from - flushed)
        let order = frame.kind == .object ? keyOrder(frame.entries) : Array(frame.entries.indices)
        let entries = frame.entries
        frame.entries = []
        frame.count -= entries.count
        for index in order {
            var entry = entries[index]
            beginSeparator(frame)
            frame.count += 1
            let start = position
            bytes.append(contentsOf: content[(entry.start - from)..<(entry.end - from)])
            if let deferred = entry.deferred {
                try deferred.sink.close(deferred.frame)
                bytes.append(contentsOf: deferred.sink.bytes)
                entry.deferred = nil
            }
            (entry.start, entry.valueStart, entry.end) = (start, start + entry.valueStart - entry.start, position)
            frame.entries.append(entry)
        }
        frame.inPlace = true
    }

    private func beginSeparator(_ frame: JSONFrame) {
        writeEntryLead(first: frame.count == 0, depth: frame.depth + 1)
    }

    /// The order to write an object's members in: by key, the last of equal keys kept. Objects of
    /// one type arrive with the same keys in the same order, so the order is computed once per
    /// key sequence and reused.
    private func keyOrder(_ entries: [JSONFrame.Entry]) -> [Int] {
        for known in keyOrders where known.keys.count == entries.count {
            if zip(known.keys, entries).allSatisfy({ $0 == $1.key }) { return known.order }
        }
        var order = Array(entries.indices)
        order.sort { a, b in
            let (left, right) = (entries[a].key ?? "", entries[b].key ?? "")
            return left == right ? a < b : left.utf8.lexicographicallyPrecedes(right.utf8)
        }
        order = order.enumerated().filter { position, entry in
            position + 1 == order.count || entries[order[position + 1]].key != entries[entry].key
        }.map(\.element)
        if keyOrders.count < 64 { keyOrders.append((entries.map { $0.key }, order)) }
        return order
    }
}

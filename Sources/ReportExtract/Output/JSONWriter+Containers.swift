/// One value being written: the container its `encode(to:)` opened and, for an object or an
/// array, where each member or element sits in the buffer.
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

    let depth: Int
    var kind = Kind.unset
    var contentStart = 0
    var entries: [Entry] = []
    /// Keys arrived sorted, unique, and nothing was deferred: the bytes are final as written.
    var inPlace = true

    init(depth: Int) { self.depth = depth }
}

/// The coding path, built only when someone asks for it.
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
        frame.contentStart = bytes.count
    }

    func beginEntry(_ frame: JSONFrame, key: String?) {
        if pretty {
            bytes += frame.entries.isEmpty ? [0x0A] : [UInt8(ascii: ","), 0x0A]
        } else if !frame.entries.isEmpty {
            bytes.append(UInt8(ascii: ","))
        }
        writeIndent(frame.depth + 1)
        let start = bytes.count
        if let key {
            if let previous = frame.entries.last?.key, !previous.utf8.lexicographicallyPrecedes(key.utf8) {
                frame.inPlace = false
            }
            writeString(key)
            bytes += pretty ? [0x20, UInt8(ascii: ":"), 0x20] : [UInt8(ascii: ":")]
        }
        frame.entries.append(JSONFrame.Entry(key: key, start: start, valueStart: bytes.count, end: bytes.count))
    }

    func endEntry(_ frame: JSONFrame) { frame.entries[frame.entries.count - 1].end = bytes.count }

    func deferEntry(_ frame: JSONFrame, key: String?) -> (JSONSink, JSONFrame) {
        beginEntry(frame, key: key)
        endEntry(frame)
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
            if frame.entries.isEmpty { bytes.append(0x0A) }
            bytes.append(0x0A)
            writeIndent(frame.depth)
        }
        bytes.append(frame.kind == .object ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }

    /// Rewrites the frame's content with members in key order (the last of equal keys wins, as
    /// in `JSONEncoder`'s dictionary) and deferred values spliced in.
    private func rebuild(_ frame: JSONFrame) throws {
        let content = Array(bytes[frame.contentStart...])
        bytes.removeSubrange(frame.contentStart...)
        var order = Array(frame.entries.indices)
        if frame.kind == .object {
            order.sort { a, b in
                let (left, right) = (frame.entries[a].key ?? "", frame.entries[b].key ?? "")
                return left == right ? a < b : left.utf8.lexicographicallyPrecedes(right.utf8)
            }
            order = order.enumerated().filter { position, entry in
                position + 1 == order.count || frame.entries[order[position + 1]].key != frame.entries[entry].key
            }.map(\.element)
        }
        let entries = frame.entries
        frame.entries = []
        for index in order {
            var entry = entries[index]
            beginSeparator(frame)
            let start = bytes.count
            bytes += content[(entry.start - frame.contentStart)..<(entry.end - frame.contentStart)]
            if let deferred = entry.deferred {
                try deferred.sink.close(deferred.frame)
                bytes += deferred.sink.bytes
                entry.deferred = nil
            }
            (entry.start, entry.valueStart, entry.end) = (start, start + entry.valueStart - entry.start, bytes.count)
            frame.entries.append(entry)
        }
        frame.inPlace = true
    }

    private func beginSeparator(_ frame: JSONFrame) {
        if pretty {
            bytes += frame.entries.isEmpty ? [0x0A] : [UInt8(ascii: ","), 0x0A]
        } else if !frame.entries.isEmpty {
            bytes.append(UInt8(ascii: ","))
        }
        writeIndent(frame.depth + 1)
    }
}

import Foundation

/// Reads a dataset (`figures.jsonl`, `checks.jsonl`) one document at a time. The datasets hold
/// each document's rows together, documents in output-path order, so walking the documents of
/// `documents.jsonl` in order and taking, for each, the rows that carry its `path` reads every
/// row once with one document in memory. `isExhausted` tells whether that held: rows left over
/// mean the file was not in that order (the caller then reads it whole, by path).
struct DatasetCursor {
    private let bytes: Data
    private var offset: Data.Index
    private var pending: (path: String, row: Row)?

    /// One row and the bytes of its line (equal lines need no comparing of values).
    struct Row {
        var object: [String: Any]
        var line: Data
    }
    /// Lines that are not JSON objects with a string `path`.
    private(set) var badLines = 0

    init(_ bytes: Data) {
        self.bytes = bytes
        offset = bytes.startIndex
    }

    var isExhausted: Bool { pending == nil && offset >= bytes.endIndex }

    /// The rows of `path` that come next; none when the next row belongs to another document.
    mutating func rows(of path: String) -> [Row] {
        var rows: [Row] = []
        while let next = peek(), next.path == path {
            rows.append(next.row)
            pending = nil
        }
        return rows
    }

    /// Every remaining row, by path (the fallback for a file out of order).
    mutating func remainingByPath() -> [String: [Row]] {
        var byPath: [String: [Row]] = [:]
        while let next = peek() {
            byPath[next.path, default: []].append(next.row)
            pending = nil
        }
        return byPath
    }

    private mutating func peek() -> (path: String, row: Row)? {
        if let pending { return pending }
        while let line = nextLine() {
            guard let row = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any],
                let path = row["path"] as? String
            else {
                badLines += 1
                continue
            }
            pending = (path, Row(object: row, line: line))
            return pending
        }
        return nil
    }

    /// The next non-empty line (memchr over the bytes; no copy).
    private mutating func nextLine() -> Data? {
        while offset < bytes.endIndex {
            let start = offset
            let end: Data.Index = bytes.withUnsafeBytes { buffer in
                let base = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
                let from = start - bytes.startIndex
                guard let hit = memchr(base + from, 0x0A, buffer.count - from) else { return bytes.endIndex }
                return bytes.startIndex + (UnsafeRawPointer(hit) - UnsafeRawPointer(base))
            }
            offset = end < bytes.endIndex ? end + 1 : end
            if end > start { return bytes[start..<end] }
        }
        return nil
    }

    /// `path` and `output` of each `documents.jsonl` row, in file order.
    static func documents(_ bytes: Data) -> [(path: String, output: String)] {
        var cursor = DatasetCursor(bytes)
        var result: [(path: String, output: String)] = []
        while let next = cursor.peek() {
            result.append((next.path, next.row.object["output"] as? String ?? next.path))
            cursor.pending = nil
        }
        return result
    }
}

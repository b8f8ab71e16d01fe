/// Adds one item to a flow list (`aliases: [a, b]`, `title_words: [x]`) of one entry of a rule
/// file, as text, so comments, layout and every other entry stay exactly as written. Used by
/// `suggest --apply`; the caller loads the edited rules before writing anything.
public enum RuleTextEdit {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// - Parameters:
    ///   - item: the scalar to add, written plain or quoted as YAML needs.
    ///   - key: the list's key within the entry (`aliases`).
    ///   - line: 1-based line where the entry starts (its rule's `RuleSource.line`).
    /// - Returns: the whole text with the item added before the list's closing `]`.
    /// - Throws: `Failure` when the entry has no such flow list before the next entry starts.
    public static func append(_ item: String, toList key: String, ofEntryAt line: Int, in text: String) throws(Failure) -> String {
        var bytes = Array(text.utf8)
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        guard line >= 1, line <= lineStarts.count else { throw Failure(description: "line \(line) is not in the file") }
        let start = lineStarts[line - 1]
        let end = entryEnd(bytes, lineStarts, line: line)
        guard let open = listOpening(bytes, key: key, from: start, to: end) else {
            throw Failure(description: "no `\(key): [...]` in the entry at line \(line)")
        }
        guard let close = closingBracket(bytes, from: open) else {
            throw Failure(description: "the `\(key)` list at line \(line) is not closed")
        }
        let isEmpty = bytes[(open + 1)..<close].allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }
        var insertAt = close
        while insertAt > open + 1, bytes[insertAt - 1] == 0x20 || bytes[insertAt - 1] == 0x0A { insertAt -= 1 }
        bytes.insert(contentsOf: Array(((isEmpty ? "" : ", ") + LabelSuggestions.quoted(item)).utf8), at: insertAt)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The offset where the next entry (a `-` at the same or lesser indentation) or the next
    /// top-level key starts.
    private static func entryEnd(_ bytes: [UInt8], _ lineStarts: [Int], line: Int) -> Int {
        let indent = { (offset: Int) -> Int in
            var index = offset
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            return index - offset
        }
        let own = indent(lineStarts[line - 1])
        for next in lineStarts.dropFirst(line) where next < bytes.count {
            let depth = indent(next)
            guard next + depth < bytes.count else { continue }
            let first = bytes[next + depth]
            if first == 0x0A || first == UInt8(ascii: "#") { continue }
            if depth < own || (depth == own && first == UInt8(ascii: "-")) || depth == 0 { return next }
        }
        return bytes.count
    }

    /// Offset of the `[` after `key:` (the key at a word start), within the range.
    private static func listOpening(_ bytes: [UInt8], key: String, from start: Int, to end: Int) -> Int? {
        let pattern = Array((key + ":").utf8)
        var index = start
        while index + pattern.count <= end {
            let atWordStart = index == 0 || [0x20, 0x0A, 0x7B, 0x2C].contains(bytes[index - 1])  // space \n { ,
            if atWordStart, Array(bytes[index..<(index + pattern.count)]) == pattern {
                var after = index + pattern.count
                while after < end, bytes[after] == 0x20 || bytes[after] == 0x0A { after += 1 }
                return after < end && bytes[after] == UInt8(ascii: "[") ? after : nil
            }
            index += 1
        }
        return nil
    }

    /// The `]` closing the list opened at `open`, skipping quoted scalars and nested lists.
    private static func closingBracket(_ bytes: [UInt8], from open: Int) -> Int? {
        var depth = 0
        var quote: UInt8?
        var index = open
        while index < bytes.count {
            let byte = bytes[index]
            if let current = quote {
                if byte == 0x5C, current == 0x22 { index += 2; continue }  // \ inside "…"
                if byte == current { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }
}

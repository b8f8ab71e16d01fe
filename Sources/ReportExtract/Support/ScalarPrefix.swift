extension StringProtocol {
    /// `hasPrefix` compared by UTF-8 bytes, so scalar by scalar. `hasPrefix` compares
    /// `Character`s (grapheme breaking and canonical equivalence), about a thousand instructions a
    /// call on the short labels, units and reasons tested for every cell and figure; the answers
    /// differ only where a combining mark follows the prefix, which none of these texts hold.
    @inline(__always)
    func startsWithScalars(_ prefix: some StringProtocol) -> Bool { utf8.starts(with: prefix.utf8) }
}

extension String {
    /// `hasSuffix` compared by UTF-8 bytes (see `startsWithScalars`): asked of every prose label
    /// and every paragraph a title might end.
    func endsWithScalars(_ suffix: String) -> Bool {
        var text = self
        var suffix = suffix
        return text.withUTF8 { bytes in
            suffix.withUTF8 { tail in bytes.count >= tail.count && bytes.suffix(tail.count).elementsEqual(tail) }
        }
    }
}

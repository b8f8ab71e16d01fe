/// Cell texts that say "no value here". They are absent figures, never zero: a `——` in a 决算数
/// column and a `0.00` make different claims.
enum Placeholders {
    /// Whole-cell words meaning "none" or "not applicable".
    static let words: Set<String> = ["无", "暂无", "不适用", "N/A", "n/a", "NA", "空"]

    /// Dashes, dots and slashes, alone or repeated: `—`, `——`, `-`, `--`, `……`, `...`, `/`.
    private static let fillers: Set<Unicode.Scalar> = [
        "-", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2500}", "\u{2026}", ".", "\u{00B7}", "/", "\\",
    ]

    /// Whether the trimmed, non-empty `text` is a placeholder.
    static func isPlaceholder(_ text: String) -> Bool {
        // Hashing a CJK string normalizes it first: asked of every cell, so only of texts short
        // enough to be a word (the longest, 不适用, is 9 bytes; 16 leaves room for a canonically
        // equal spelling in compatibility ideographs).
        if text.utf8.count <= 16, words.contains(text) { return true }
        let scalars = text.unicodeScalars
        // A lone "." is a stray full stop rather than a filler; two or more dots are a filler.
        if scalars.count == 1, scalars.first == "." { return false }
        return !scalars.isEmpty && scalars.allSatisfy { fillers.contains($0) || Scalars.isSpace($0) }
    }
}

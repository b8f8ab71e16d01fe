/// The fingerprint of a rules directory: SHA-256 over its rule files, so a batch run can tell
/// whether outputs were made with the rules now in force.
///
/// Each file contributes its relative path, a NUL, its byte count in decimal, a NUL and its
/// content, in order of relative path; the encoding is unambiguous, so renaming, moving bytes
/// between files or reordering all change the fingerprint. No files (or no directory) gives the
/// SHA-256 of nothing, `e3b0c442…`.
public enum RulesFingerprint {
    /// File names that count as rule files.
    public static func isRuleFile(_ name: String) -> Bool {
        !name.hasPrefix(".") && (name.hasSuffix(".yaml") || name.hasSuffix(".yml"))
    }

    /// - Parameter files: relative path (with `/` separators) and content of every rule file.
    public static func compute(_ files: [(path: String, content: [UInt8])]) -> String {
        var hasher = SHA256()
        for file in files.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
            hasher.update(Array(file.path.utf8))
            hasher.update([0])
            hasher.update(Array(String(file.content.count).utf8))
            hasher.update([0])
            hasher.update(file.content)
        }
        return hasher.finalizeHex()
    }
}

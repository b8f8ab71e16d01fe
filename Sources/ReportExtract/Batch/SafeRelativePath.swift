/// Output paths relative to the output directory, cleaned so that no input name can point outside
/// it: empty, `.` and `..` components are dropped, so `../../etc/x.json` becomes `etc/x.json`.
/// (Symbolic links inside the output directory are the executable's job: it refuses to follow
/// them when it opens each directory.)
public enum SafeRelativePath {
    /// The cleaned components, or `nil` when nothing is left (`..`, `/`, the empty string).
    public static func components(_ relative: String) -> [String]? {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: true)
            .filter { $0 != "." && $0 != ".." }
            .map(String.init)
        return parts.isEmpty ? nil : parts
    }

    /// The cleaned path joined with `/`, or `nil` when nothing is left.
    public static func clean(_ relative: String) -> String? {
        components(relative)?.joined(separator: "/")
    }

    /// `a/b.txt` → `a/b.json`; a name without extension gains `.json`. Cleaned as `clean(_:)`.
    public static func output(forInput relative: String) -> String? {
        guard var parts = components(relative) else { return nil }
        let name = parts.removeLast()
        var base = Substring(name)
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { base = name[..<dot] }
        parts.append(base + ".json")
        return parts.joined(separator: "/")
    }
}

/// The tool's version. Every output records the version that produced it in the batch manifest, so
/// changing this constant makes the next batch run redo every document (see README "Incremental
/// runs"). Bump it whenever a change alters the per-document JSON.
public enum ToolVersion {
    public static let current = "0.4.1"
}

/// Decides, from `stat` data alone, what a batch run must do with each input: the pure half of
/// incremental runs. The executable supplies the inputs' sizes and modification times, the
/// previous manifest and whether each output still exists; hashing and extracting happen later,
/// and only where this plan says so.
public struct RunPlan: Sendable, Equatable {
    /// One input as found on disk now.
    public struct Input: Sendable, Equatable {
        public var input: String
        public var output: String
        public var size: Int64
        public var mtimeNanoseconds: Int64
        public var outputExists: Bool

        public init(input: String, output: String, size: Int64, mtimeNanoseconds: Int64, outputExists: Bool) {
            self.input = input
            self.output = output
            self.size = size
            self.mtimeNanoseconds = mtimeNanoseconds
            self.outputExists = outputExists
        }
    }

    /// Why an input is extracted again. The raw values are the keys of `run.json`'s `processed`.
    public enum Reason: String, Sendable, Equatable, CaseIterable {
        case new, changed, forced
        case rulesChanged = "rules_changed"
        case toolVersionChanged = "tool_version_changed"
        case outputMissing = "output_missing"
    }

    public enum Decision: Sendable, Equatable {
        /// Same size, mtime, rules and version, and the output exists: nothing to read.
        case skip(Manifest.Entry)
        /// Same size, other mtime (a copy, a `touch`): hash the file; if the hash is the recorded
        /// one, keep the output (`entry` carries the new mtime), else extract with reason `changed`.
        case verify(Manifest.Entry)
        case process(Reason)
    }

    public var decisions: [Decision]
    /// Entries of inputs that are gone: their outputs are to be deleted.
    public var removed: [Manifest.Entry]
    /// Entries of inputs that are gone whose output path a current input now claims: dropped from
    /// the manifest, their file left to be overwritten.
    public var superseded: [Manifest.Entry]

    public init(
        inputs: [Input], previous: Manifest?, rulesFingerprint: String, toolVersion: String, force: Bool
    ) {
        var byInput: [String: Manifest.Entry] = [:]
        for entry in previous?.entries ?? [] { byInput[entry.input] = entry }
        decisions = inputs.map { input in
            Self.decide(input, byInput[input.input], rulesFingerprint, toolVersion, force)
        }
        let present = Set(inputs.map(\.input))
        let claimed = Set(inputs.map(\.output))
        let gone = (previous?.entries ?? []).filter { !present.contains($0.input) }
        removed = gone.filter { !claimed.contains($0.output) }
        superseded = gone.filter { claimed.contains($0.output) }
    }

    private static func decide(
        _ input: Input, _ entry: Manifest.Entry?, _ fingerprint: String, _ version: String, _ force: Bool
    ) -> Decision {
        guard let entry, entry.output == input.output else { return .process(.new) }
        if force { return .process(.forced) }
        if entry.toolVersion != version { return .process(.toolVersionChanged) }
        if entry.rulesFingerprint != fingerprint { return .process(.rulesChanged) }
        if !input.outputExists { return .process(.outputMissing) }
        if entry.size != input.size { return .process(.changed) }
        if entry.mtimeNanoseconds == input.mtimeNanoseconds { return .skip(entry) }
        var updated = entry
        updated.mtimeNanoseconds = input.mtimeNanoseconds
        return .verify(updated)
    }
}

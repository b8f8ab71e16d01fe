import Foundation
import ReportExtract
import Testing

@Suite struct RunPlanTests {
    static let rules = "rules-1"
    static let version = "1.0"

    func entry(_ input: String, size: Int64 = 10, mtime: Int64 = 100, rules: String = rules, version: String = version)
        -> Manifest.Entry
    {
        Manifest.Entry(
            input: input, output: SafeRelativePath.output(forInput: input)!, size: size, mtimeNanoseconds: mtime,
            sha256: "sha-\(input)", rulesFingerprint: rules, toolVersion: version, outputSHA256: "out-\(input)")
    }

    func input(_ name: String, size: Int64 = 10, mtime: Int64 = 100, exists: Bool = true) -> RunPlan.Input {
        RunPlan.Input(
            input: name, output: SafeRelativePath.output(forInput: name)!, size: size, mtimeNanoseconds: mtime,
            outputExists: exists)
    }

    func plan(_ inputs: [RunPlan.Input], _ entries: [Manifest.Entry]?, force: Bool = false) -> RunPlan {
        RunPlan(
            inputs: inputs, previous: entries.map { Manifest(entries: $0, datasets: nil) },
            rulesFingerprint: Self.rules, toolVersion: Self.version, force: force)
    }

    @Test func unchangedStatIsSkippedWithoutReading() {
        let result = plan([input("a.txt")], [entry("a.txt")])
        #expect(result.decisions == [.skip(entry("a.txt"))])
        #expect(result.removed.isEmpty)
    }

    @Test func noManifestMeansEverythingIsNew() {
        #expect(plan([input("a.txt"), input("b/c.txt")], nil).decisions == [.process(.new), .process(.new)])
    }

    @Test func mtimeAloneChangedIsVerifiedByHash() {
        let result = plan([input("a.txt", mtime: 200)], [entry("a.txt")])
        #expect(result.decisions == [.verify(entry("a.txt", mtime: 200))])
    }

    @Test func sizeChangedIsExtractedWithoutHashingFirst() {
        #expect(plan([input("a.txt", size: 11)], [entry("a.txt")]).decisions == [.process(.changed)])
    }

    @Test func rulesOrVersionChangeRedoes() {
        #expect(plan([input("a.txt")], [entry("a.txt", rules: "old")]).decisions == [.process(.rulesChanged)])
        #expect(plan([input("a.txt")], [entry("a.txt", version: "0.9")]).decisions == [.process(.toolVersionChanged)])
    }

    @Test func missingOutputIsRedone() {
        #expect(plan([input("a.txt", exists: false)], [entry("a.txt")]).decisions == [.process(.outputMissing)])
    }

    @Test func forceRedoesEverything() {
        #expect(plan([input("a.txt")], [entry("a.txt")], force: true).decisions == [.process(.forced)])
    }

    @Test func disappearedInputsAreRemovedUnlessTheirOutputIsClaimed() {
        // b.txt vanished; c.txt vanished but c.text now writes the same c.json.
        let result = plan([input("a.txt"), input("c.text")], [entry("a.txt"), entry("b.txt"), entry("c.txt")])
        #expect(result.removed == [entry("b.txt")])
        #expect(result.superseded == [entry("c.txt")])
        #expect(result.decisions == [.skip(entry("a.txt")), .process(.new)])
    }

    @Test func manifestRoundTripsAndSortsEntries() throws {
        let manifest = Manifest(entries: [entry("b.txt"), entry("a.txt")], datasets: DatasetSummary(key: "k"))
        #expect(manifest.entries.map(\.input) == ["a.txt", "b.txt"])
        #expect(try Manifest.decode(manifest.encoded()) == manifest)
        #expect(manifest.encoded() == Manifest(entries: [entry("a.txt"), entry("b.txt")], datasets: DatasetSummary(key: "k")).encoded())
    }

    @Test func damagedManifestThrows() {
        #expect(throws: (any Error).self) { try Manifest.decode(Data("{\"schema\":\"other\"}".utf8)) }
        #expect(throws: (any Error).self) { try Manifest.decode(Data("{\"schema\": \"report-extract/manifest/1\", \"entr".utf8)) }
    }

    @Test func datasetsKeyDependsOnOutputsOnly() {
        let a = entry("a.txt")
        var moved = a
        moved.mtimeNanoseconds = 999
        #expect(Manifest.datasetsKey(for: [a]) == Manifest.datasetsKey(for: [moved]))
        var rewritten = a
        rewritten.outputSHA256 = "other"
        #expect(Manifest.datasetsKey(for: [a]) != Manifest.datasetsKey(for: [rewritten]))
        #expect(Manifest.datasetsKey(for: [a, entry("b.txt")]) == Manifest.datasetsKey(for: [entry("b.txt"), a]))
    }
}

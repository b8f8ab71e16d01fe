import ReportExtract

/// Rule loading: any text as a rule file loads or fails with errors that each name the file.
/// The input is also tried as a second file beside a minimal valid one, so cross-file checks run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let base = RuleFile(name: "base.yaml", text: "version: 1\nfields:\n  - id: total\n    aliases: [合计]\n")
    for files in [[RuleFile(name: "fuzz.yaml", text: text)], [base, RuleFile(name: "fuzz.yaml", text: text)]] {
        do {
            _ = try RuleSet.load(files)
        } catch {
            for problem in error.errors { precondition(!problem.file.isEmpty, "a rule error without its file") }
        }
    }
    return 0
}

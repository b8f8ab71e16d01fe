import Foundation
import ReportExtract

/// `--explain FILE`: the recognition of one input, for writing the next rule.
struct Explain {
    var file: String
    var rules: RuleSet
    var decoder: Decoder

    func run() -> Int32 {
        do {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
            let document = try Pipeline(rules: rules, decoder: decoder).run(bytes: bytes, path: file)
            print(Explanation(document: document.recognized, rules: rules).render(), terminator: "")
            return ExitStatus.success
        } catch {
            Log.error("\(file): \(error)")
            return ExitStatus.someFailed
        }
    }
}

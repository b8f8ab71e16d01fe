import Foundation
import ReportExtract

/// `--explain FILE`: the recognition of one input, for writing the next rule.
struct Explain {
    var file: String
    var rules: RuleSet
    var decoder: Decoder
    var limits = DocumentLimits.defaults

    func run() -> Int32 {
        do {
            // Bounded, and a FIFO fails instead of waiting for a writer.
            let bytes = try InputReader.read(file, limit: decoder.maxFileBytes)
            let document = try Pipeline(rules: rules, decoder: decoder, limits: limits).run(bytes: bytes, path: file)
            print(Explanation(document: document.recognized, rules: rules).render(), terminator: "")
            return ExitStatus.success
        } catch let error as FileError {
            Log.error(error.description)
            return ExitStatus.someFailed
        } catch {
            Log.error("\(file): \(error)")
            return ExitStatus.someFailed
        }
    }
}

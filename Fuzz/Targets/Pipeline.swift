import Foundation
import ReportExtract

/// The whole pipeline with the repository's rules: recognition and the checks run on whatever
/// segmentation made of the input, and the JSON is written. Rules come from
/// `$REPORT_EXTRACT_RULES` (Scripts/fuzz.sh sets it to rules/).
private let pipeline: Pipeline = {
    let directory = ProcessInfo.processInfo.environment["REPORT_EXTRACT_RULES"] ?? "rules"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    let files = names.filter { $0.hasSuffix(".yaml") }.sorted().map { name in
        RuleFile(name: name, text: (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)) ?? "")
    }
    guard let rules = try? RuleSet.load(files) else { fatalError("rules in \(directory) do not load") }
    return Pipeline(rules: rules, decoder: Decoder(lenient: true, maxLineBytes: 8192))
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? pipeline.run(bytes: bytes, path: "fuzz.txt") else { return 0 }
    var written = 0
    try? DocumentJSON(document).write { written += $0.count }
    precondition(written > 0, "a document wrote no JSON")
    return 0
}

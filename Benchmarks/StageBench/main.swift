import Foundation
import ReportExtract

/// `report-extract-bench --rules DIR PATH...`: runs the library stage by stage over every `*.txt`
/// under PATH, one document at a time on one core, and prints per stage the CPU seconds, MB/s of
/// input and documents/s; before that, in the same run, the machine's ceiling (reading the same
/// bytes and validating them as UTF-8) and the time to load the rules. See Benchmarks/README.md.
struct Arguments {
    var rules = "rules"
    var paths: [String] = []

    init(_ arguments: [String]) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if argument == "--rules", let directory = rest.popFirst() {
                rules = directory
            } else {
                paths.append(argument)
            }
        }
    }
}

let arguments = Arguments(Array(CommandLine.arguments.dropFirst()))
guard !arguments.paths.isEmpty else {
    FileHandle.standardError.write(Data("usage: report-extract-bench [--rules DIR] PATH...\n".utf8))
    exit(64)
}
let (files, missing) = InputFiles.list(arguments.paths)
guard missing.isEmpty, !files.isEmpty else {
    let problem = missing.isEmpty
        ? "no *.txt file under \(arguments.paths.joined(separator: ", "))"
        : missing.map { "\($0): no such file or directory" }.joined(separator: "\n")
    FileHandle.standardError.write(Data("report-extract-bench: error: \(problem)\n".utf8))
    exit(66)
}
let rules = RulesTiming.load(arguments.rules)
let ceiling = Ceiling.measure(files)
var times = StageTimes()
var counts = (documents: 0, bytes: 0, figures: 0, checks: 0, failed: 0)
var readSeconds = 0.0
// No size, time or figure limit: the benchmark times the stages on whatever it is given.
// As the batch run: only the reconciled figures are kept (see `Pipeline.keepsRecognizedFigures`).
let pipeline = {
    var pipeline = Pipeline(rules: rules.set, decoder: Decoder(maxFileBytes: .max), limits: .unlimited)
    pipeline.keepsRecognizedFigures = false
    return pipeline
}()
for file in files {
    let start = StageTimes.threadCPUSeconds()
    let bytes = InputFiles.read(file)
    readSeconds += StageTimes.threadCPUSeconds() - start
    counts.documents += 1
    counts.bytes += bytes.count
    // An optional, handed over with `take()` as the batch run hands its document over:
    // DocumentJSON takes it apart as it goes instead of copying a shared one.
    var document = try? pipeline.run(bytes: bytes, path: file, times: &times)
    guard document != nil else {
        counts.failed += 1
        continue
    }
    counts.figures += document!.figures.count
    counts.checks += document!.reconciled.checks.count
    times.measure(.write) { DocumentWriting.write(document.take()!, output: file) }
}
Report.print(
    files: counts, ceiling: ceiling, rules: rules, readSeconds: readSeconds, times: times)

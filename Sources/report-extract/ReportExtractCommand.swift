@preconcurrency import ArgumentParser
import Foundation
import ReportExtract

@main
struct ReportExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report-extract",
        abstract: "Turn Tika text dumps of 绩效自评 reports into checked JSON.",
        discussion: """
            Exit status: 0 when every input was read, 1 when some inputs failed (each named on \
            standard error; the other outputs are still written), 64 for usage or rule errors.
            """,
        subcommands: [Extract.self, RulesCommand.self, EvaluateCommand.self],
        defaultSubcommand: Extract.self
    )
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract every input file into one JSON document per file (the default command).",
        discussion: """
            Each input is a file or a directory; directories are searched recursively for files \
            with the given extensions. The output for INPUT_ROOT/a/b.txt is OUT/a/b.json, where \
            INPUT_ROOT is the directory given (or the file's own directory). Files are written \
            atomically: a reader never sees a half-written JSON.
            """
    )

    @Argument(help: "Input files and directories.")
    var inputs: [String] = []

    mutating func validate() throws {
        if explain == nil {
            guard out != nil else { throw ValidationError("Missing expected argument '--out <out>'") }
            guard !inputs.isEmpty else { throw ValidationError("Missing expected argument '<inputs> ...'") }
        }
    }

    @Option(name: .shortAndLong, help: "Output directory (created if missing).")
    var out: String?

    @Option(help: "Directory of rule files (*.yaml). Default: $REPORT_EXTRACT_RULES, ./rules, or the checkout's rules/.")
    var rules: String?

    @Option(help: ArgumentHelp("Explain one input instead of extracting: table kinds and the words that chose them, each figure's field and alias, and every label no rule names.", valueName: "FILE"))
    var explain: String?

    @Option(help: "Comma-separated file extensions searched in directories.")
    var extensions: String = "txt"

    @Flag(help: "Replace invalid bytes with U+FFFD (counted in source.replacements) instead of failing the file.")
    var lenient = false

    @Option(help: "Longest line accepted, in bytes; a longer line fails the file with a clear error.")
    var maxLineBytes: Int = Decoder.defaultMaxLineBytes

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    mutating func run() throws {
        let ruleSet = try RulesDirectory.load(rules)
        if let explain {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: explain)))
            do {
                let document = try Pipeline(rules: ruleSet, decoder: Decoder(lenient: lenient, maxLineBytes: maxLineBytes)).run(bytes: bytes, path: explain)
                print(Explanation(document: document.recognized, rules: ruleSet).render(), terminator: "")
            } catch {
                Self.report("\(explain): \(error)")
                throw ExitCodes.failures
            }
            return
        }
        let out = self.out!
        let wanted = Set(extensions.split(separator: ",").map { $0.lowercased() })
        let (files, problems) = InputFiles.expand(inputs, extensions: wanted)
        var failures = problems.count
        for problem in problems { Self.report(problem.description) }
        let pipeline = Pipeline(rules: ruleSet, decoder: Decoder(lenient: lenient, maxLineBytes: maxLineBytes))
        var written = 0
        for file in files {
            do {
                try process(file, with: pipeline, out: out)
                written += 1
            } catch {
                failures += 1
                Self.report("\(file.path): \(error)")
            }
        }
        if !quiet || failures > 0 {
            let line = "report-extract: \(files.count) files, \(written) written, \(failures) failed"
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        if failures > 0 { throw ExitCode(1) }
    }

    private func process(_ file: InputFile, with pipeline: Pipeline, out: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file.path)))
        let document = try pipeline.run(bytes: bytes, path: file.relativePath)
        let target = OutputPath.resolve(file.outputRelativePath, under: out)
        try AtomicFile.write(DocumentJSON(document).encoded(), to: target)
    }

    static func report(_ message: String) {
        FileHandle.standardError.write(Data("report-extract: error: \(message)\n".utf8))
    }
}

/// Keeps every output inside the output directory whatever the input names hold.
enum OutputPath {
    static func resolve(_ relative: String, under directory: String) -> String {
        let parts = relative.split(separator: "/").filter { $0 != ".." && $0 != "." && !$0.isEmpty }
        return ([directory] + parts.map(String.init)).joined(separator: "/")
    }
}

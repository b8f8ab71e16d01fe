import ArgumentParser
import Foundation
import ReportExtract

@main
struct ReportExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report-extract",
        abstract: "Turn Tika text dumps of 绩效自评 reports into checked JSON and datasets.",
        version: ToolVersion.current,
        subcommands: [Extract.self],
        defaultSubcommand: Extract.self
    )
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract every input into one JSON per document, plus datasets (the default command).",
        usage: """
            report-extract <inputs> ... --out <dir> [--jobs <n>] [--force] [--wait] [--quiet] [--rules <dir>]
              report-extract --stdin [--jsonl] [--path <name>]
            """,
        discussion: """
            BATCH RUNS
            Each input is a file or a directory, searched recursively for files with the given \
            extensions (hidden names skipped). The JSON for INPUT_ROOT/a/b.txt is OUT/a/b.json, where \
            INPUT_ROOT is the directory given (or the file's own directory). OUT also receives:
              documents.jsonl  one row per document: path, output, source, facts, grade, counts
              figures.jsonl    one row per figure (the figure's keys plus the document's path)
              figures.csv      the same rows, RFC 4180, fixed columns; value is the decimal as text
              checks.jsonl     one row per check, plus path
              run.json         this run: counts, failures, removals, figures by confidence, checks by status
            The datasets are rebuilt from the per-document JSON, so skipped documents still appear.

            Runs are incremental: OUT/.report-extract/manifest.json records each input's size, mtime, \
            SHA-256, the rules fingerprint and the tool version. An input whose size and mtime are \
            unchanged is skipped without being read; one whose mtime alone changed is hashed and \
            skipped if the hash matches; the rest are extracted again. A new tool version or changed \
            rules redo everything. Outputs of inputs that disappeared are deleted and listed in \
            run.json (not when some input argument could not be read).

            Every file is written to a temporary name and renamed; the manifest is written last, so \
            a run killed at any moment loses nothing already written and the next run finishes the \
            job. One run at a time per OUT: a second run exits with status 75 naming the process \
            that holds OUT/.report-extract.lock, or waits for it with --wait. Outputs never leave \
            OUT: '..' in names is dropped and symbolic links inside OUT are refused.

            On a terminal a progress line shows files done, MB/s and the time left. Without a \
            terminal (cron) or with --quiet, only errors and a one-line summary are printed.

            STREAM MODE
            With --stdin, one document is read from standard input (or, with --jsonl, one JSON \
            object per line: {"path": ..., "text": ...} or {"path": ..., "base64": ...}) and its \
            figures are written to standard output as JSON lines, the rows of figures.jsonl. Nothing \
            else is written. Made for Spark's RDD.pipe and Hadoop streaming (see README).

            EXIT STATUS
              0   every input was extracted (or skipped as unchanged)
              1   some inputs failed: each is named on standard error and in run.json; all other \
            outputs were still written and nothing written earlier was lost
              64  usage error: bad option or argument, or a --rules directory that does not exist
              75  another run holds the output directory's lock (no --wait)

            CRON EXAMPLE
              # every night at 02:15; the output is mailed only if something is printed
              15 2 * * * /srv/report-extract/.build/release/report-extract /data/reports --out /data/extracted --quiet
            """
    )

    @Argument(help: "Input files and directories (batch runs).")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Output directory, created if missing (batch runs).", valueName: "dir"))
    var out: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Files processed at once; the output bytes are the same for any value. (default: number of cores)",
        valueName: "n"))
    var jobs: Int?

    @Flag(help: "Extract every input again, ignoring the manifest, and rebuild the datasets.")
    var force = false

    @Flag(help: "If another run holds the output directory, wait for it instead of exiting with status 75.")
    var wait = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors and the one-line summary (no progress line).")
    var quiet = false

    @Option(help: ArgumentHelp(
        "Rules directory, fingerprinted into the manifest (*.yaml, *.yml). (default: ./rules if present, "
            + "else the rules/ of the package the executable was built in, else none)", valueName: "dir"))
    var rules: String?

    @Option(help: "Comma-separated file extensions searched in directories.")
    var extensions: String = "txt"

    @Flag(help: "Replace invalid bytes with U+FFFD (counted in source.replacements) instead of failing the file.")
    var lenient = false

    @Flag(help: "Stream mode: read a document from standard input, write its figures as JSON lines.")
    var stdin = false

    @Flag(help: "With --stdin: read one JSON object per line, {\"path\": ..., \"text\": ...} (or \"base64\").")
    var jsonl = false

    @Option(help: ArgumentHelp("With --stdin (no --jsonl): the document's path in the output.", valueName: "name"))
    var path: String = "-"

    @Option(help: .hidden)
    var debugDelayMs: Int = 0

    func validate() throws {
        if stdin {
            guard inputs.isEmpty, out == nil else {
                throw ValidationError("--stdin reads standard input: give no input paths and no --out.")
            }
        } else {
            guard !jsonl else { throw ValidationError("--jsonl needs --stdin.") }
            guard !inputs.isEmpty else { throw ValidationError("Give at least one input file or directory.") }
            guard out != nil else { throw ValidationError("Give the output directory with --out <dir>.") }
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        let status: Int32
        if stdin {
            status = StreamMode(jsonLines: jsonl, path: path, lenient: lenient).run()
        } else {
            let options = BatchOptions(
                inputs: inputs, output: out!, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                force: force, wait: wait, quiet: quiet, rules: rules,
                extensions: Set(extensions.split(separator: ",").map { $0.lowercased() }),
                lenient: lenient, delayMilliseconds: debugDelayMs)
            status = BatchRunner(options: options).run()
        }
        if status != ExitStatus.success { throw ExitCode(status) }
    }
}

@preconcurrency import ArgumentParser
import Foundation
import ReportExtract

@main
struct ReportExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report-extract",
        abstract: "Turn Tika text dumps of 绩效自评 reports into checked JSON and datasets.",
        version: ToolVersion.current,
        subcommands: [Extract.self, RulesCommand.self, EvaluateCommand.self, SuggestCommand.self, DiffCommand.self],
        defaultSubcommand: Extract.self
    )

    /// `report-extract --help` (and `report-extract PATH --help`) shows the default command's help,
    /// which explains every option, rather than a bare list of subcommands.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let names = configuration.subcommands.map { $0._commandName }
        let asksHelp = arguments.contains { $0 == "--help" || $0 == "-h" }
        if asksHelp, let first = arguments.first, !names.contains(first) {
            print(helpMessage(for: Extract.self))
            return
        }
        main(nil)
    }
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract every input into one JSON per document, plus datasets (the default command).",
        usage: """
            report-extract <inputs> ... --out <dir> [<options>]
              report-extract --stdin [--jsonl] [--path <name>]
              report-extract --explain <file>
              report-extract rules lint [<dir>]
              report-extract evaluate [<corpus>]
              report-extract suggest <inputs> ... [--apply <choice> [--write]]
              report-extract diff <old-out> <new-out> [--jsonl <file>]
            """,
        discussion: """
            BATCH RUNS
            Each input is a file or a directory, searched recursively for files with
            the given extensions (hidden names skipped). INPUT_ROOT/a/b.txt gives
            OUT/a/b.json, INPUT_ROOT being the directory given (or the file's own
            directory). OUT also gets:
              documents.jsonl  a row per document: path, output, source, facts,
                               grade, counts
              figures.jsonl    a row per figure: its keys plus the document's path
              figures.csv      the same rows, RFC 4180, fixed columns, value as text
              checks.jsonl     a row per check: the check's keys plus path
              run.json         this run: files seen/processed/skipped/failed (with
                               reasons), removed, figures by confidence,
                               checks by status, documents by warning;
                               times etc. under "volatile"
              index.html       the review index: every document, worst first,
                               linking to review/a/b.html, the page of a/b.json
                               (tables coloured by confidence, warnings, checks
                               and low-confidence figures first; static, offline)
            The datasets are rebuilt from every document's rows (cached beside
            the outputs), so skipped documents still appear in them.
            A table found but not read (printed a cell per line by LibreOffice or
            docx2txt, or in columns of spaces by pdftotext -layout) is a warning,
            segment.unread_table, in the document's diagnostics; the summary line
            counts the documents warned.

            INCREMENTAL RUNS
            OUT/.report-extract/manifest.json records each input's size, mtime and
            SHA-256, the rules fingerprint and the tool version. An input whose size
            and mtime are unchanged is skipped without being read; one whose mtime
            alone changed is hashed and skipped if the hash matches; the rest are
            extracted again. Changed rules (--rules) or a new tool version redo
            everything; so does --force. The outputs of inputs that disappeared are
            deleted and listed in run.json (unless some input argument could not be
            read: then nothing is deleted).

            SAFETY
            Every file is written under a temporary name, flushed and renamed; the
            manifest is written last. A run killed at any moment (even kill -9)
            leaves every output written before intact, and the next run finishes the
            job. One run at a time per OUT: a second run exits with status 75 naming
            the process that holds OUT/.report-extract.lock, or waits for it with
            --wait. Outputs never leave OUT: '..' in names is dropped and symbolic
            links inside OUT are refused.

            OUTPUT ON THE TERMINAL
            On a terminal, a progress line shows files done, MB/s and the time left.
            Without a terminal (cron) or with --quiet: only errors, one line each
            naming the file, and a one-line summary at the end, all on standard
            error.

            RULES
            Table kinds, fields, prose patterns and checks come from the rule files
            in the rules directory (see rules/README.md). They are checked when
            loaded: any problem is printed as FILE:LINE: KEY: MESSAGE and the run
            exits with status 64. --explain FILE prints, for one input, each table's
            kind and the words that chose it, each figure's field and alias, and
            every label no rule recognized.

            STREAM MODE (for Spark RDD.pipe and Hadoop streaming; see README)
            --stdin reads one document from standard input, or with --jsonl one JSON
            object per line, {"path": ..., "text": ...} or {"path": ..., "base64":
            ...}, and writes the figures as JSON lines to standard output (the rows
            of figures.jsonl). Nothing else is written.

            EXIT STATUS
              0   every input was extracted or skipped as unchanged
              1   some inputs failed: each is named on standard error and in run.json;
                  all other outputs were written and nothing written before was lost
              64  usage or rule error: bad option or argument, no rules directory,
                  or a rule file that does not load
              75  another run holds the output directory's lock (and no --wait)

            CRON
              # Every night at 02:15; cron mails what is printed (errors, the summary).
              # Binary: swift build -c release, then .build/release/report-extract.
              # Name --rules: cron's working directory must not pick the rules.
              15 2 * * * /opt/re/report-extract /data/in -o /data/out \\
                --rules /opt/re/rules -q

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
        "Rules directory (*.yaml, *.yml), fingerprinted into the manifest. (default: $REPORT_EXTRACT_RULES, "
            + "else ./rules if present, else the rules/ of the package the executable was built in)", valueName: "dir"))
    var rules: String?

    @Option(help: ArgumentHelp(
        "Explain one input instead of extracting: table kinds and the words that chose them, each figure's "
            + "field and alias, and every label no rule recognized.", valueName: "file"))
    var explain: String?

    @Option(help: ArgumentHelp("Longest line accepted, in bytes; a longer line fails its file.", valueName: "bytes"))
    var maxLineBytes: Int = Decoder.defaultMaxLineBytes

    @Option(help: ArgumentHelp(
        "Largest input accepted, in bytes; a larger file fails (named, the batch goes on) instead of "
            + "exhausting memory; documents run side by side only while their sizes add up to at most this "
            + "(1048576 bytes is 1 MiB).", valueName: "bytes"))
    var maxFileBytes: Int = Decoder.defaultMaxFileBytes

    @Option(help: ArgumentHelp(
        "Time budget of one document, in wall-clock seconds from reading it to its JSON; a document "
            + "that takes longer fails (named, nothing written for it, the batch goes on).", valueName: "seconds"))
    var maxDocumentSeconds: Double = DocumentLimits.defaultSeconds

    @Option(help: ArgumentHelp(
        "Most figures one document may yield; a document with more fails (named, nothing written for it, "
            + "the batch goes on) instead of exhausting memory.", valueName: "n"))
    var maxFigures: Int = DocumentLimits.defaultFigures

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

    @Option(help: .hidden)
    var debugFailWritesAfterBytes: Int?

    func validate() throws {
        if explain != nil {
            guard inputs.isEmpty, out == nil, !stdin else {
                throw ValidationError("--explain takes one file and no inputs, --out or --stdin.")
            }
            return
        }
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
        if maxFileBytes < 1 { throw ValidationError("--max-file-bytes must be at least 1.") }
        if !(maxDocumentSeconds > 0) { throw ValidationError("--max-document-seconds must be more than 0.") }
        if maxFigures < 1 { throw ValidationError("--max-figures must be at least 1.") }
    }

    var limits: DocumentLimits { DocumentLimits(seconds: maxDocumentSeconds, figures: maxFigures) }

    func run() throws {
        let rulesDirectory = try RulesDirectory.load(explicit: rules)
        let status: Int32
        if let explain {
            status = Explain(
                file: explain, rules: rulesDirectory.rules,
                decoder: Decoder(lenient: lenient, maxLineBytes: maxLineBytes, maxFileBytes: maxFileBytes), limits: limits
            ).run()
        } else if stdin {
            status = StreamMode(
                jsonLines: jsonl, path: path,
                decoder: Decoder(lenient: lenient, maxLineBytes: maxLineBytes, maxFileBytes: maxFileBytes),
                rules: rulesDirectory.rules, limits: limits
            ).run()
        } else {
            let options = BatchOptions(
                inputs: inputs, output: out!, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                force: force, wait: wait, quiet: quiet,
                extensions: Set(extensions.split(separator: ",").map { $0.lowercased() }),
                lenient: lenient, maxLineBytes: maxLineBytes, maxFileBytes: maxFileBytes, limits: limits,
                delayMilliseconds: debugDelayMs, failWritesAfterBytes: debugFailWritesAfterBytes)
            MemoryTrim.limitArenas(toWorkers: options.jobs)
            MemoryTrim.mapLargeBlocks()
            status = BatchRunner(options: options, rules: rulesDirectory).run()
        }
        if status != ExitStatus.success { throw ExitCode(status) }
    }
}

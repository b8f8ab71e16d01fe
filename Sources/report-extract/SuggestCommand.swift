@preconcurrency import ArgumentParser
import Foundation
import ReportExtract

/// `report-extract suggest DIR`: the labels no rule names, ranked, as YAML (`LabelSuggestions`),
/// and `--apply` to add chosen ones to the rule files (only with `--write`).
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Rank the labels no rule names by how many figures they would label; print YAML to paste.",
        discussion: """
            Extracts every input under the given paths (nothing is written) and collects \
            the row labels, column labels and table titles that no rule names, grouped by \
            their normalized form (numbering, a leading year and trailing notes ignored). \
            They are ranked by how many figures they would label (then by documents), and \
            printed as YAML: under fields: the nearest existing field (by shared character \
            pairs; a field whose role fits the axis preferred) with its aliases plus the \
            label, or a new field to fill in; under table_kinds: the nearest table kind \
            with its title words plus the title. Comments give the counts, the table kinds \
            the figures sit in and example lines (path:line: figure ← label).

            --apply RANK (or --apply LABEL, or RANK=ID / LABEL=ID to choose the field or \
            table kind yourself) adds the label to that rule's aliases (title_words for a \
            title) in its rule file, as text: comments and layout stay. The edited rules are \
            loaded and the label must then name the field, or nothing is written. Without \
            --write, --apply only shows the change; rule files are never edited without \
            --write. Run `report-extract rules lint` and the tests after writing.

            EXAMPLES
              report-extract suggest corpus
              report-extract suggest corpus --apply 1                # show the change
              report-extract suggest corpus --apply 1 --write        # make it
              report-extract suggest corpus --apply 目标标杆值=benchmark --write
            """
    )

    @Argument(help: "Input files and directories (the corpus).")
    var inputs: [String]

    @Option(help: ArgumentHelp("Rules directory (default: as for extraction).", valueName: "dir"))
    var rules: String?

    @Option(help: "Suggestions printed.")
    var limit = 20

    @Option(help: "Leave out labels of fewer figures (0 lists labels of no figure too).")
    var minFigures = 1

    @Option(help: "Comma-separated file extensions searched in directories.")
    var extensions = "txt"

    @Option(name: .shortAndLong, help: ArgumentHelp("Files extracted at once. (default: number of cores)", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Add a suggestion to the rules: RANK, LABEL, RANK=ID or LABEL=ID (repeatable).",
                               valueName: "choice"))
    var apply: [String] = []

    @Flag(help: "With --apply: write the rule files (without it, --apply only shows the change).")
    var write = false

    func validate() throws {
        if write && apply.isEmpty { throw ValidationError("--write only goes with --apply.") }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        let directory = try RulesDirectory.load(explicit: rules)
        let suggestions = try collect(directory.rules)
        let ranked = suggestions.ranked(minFigures: minFigures)
        if apply.isEmpty {
            print(suggestions.yaml(ranked, limit: limit, corpus: inputs.joined(separator: " ")), terminator: "")
            return
        }
        let edit = SuggestionApply(rulesDirectory: directory, ranked: ranked)
        do {
            try edit.run(apply, write: write)
        } catch {
            Log.error(error.description)
            throw ExitCode(ExitStatus.usage)
        }
    }

    /// Extracts every input on `--jobs` threads, adding documents in path order.
    private func collect(_ ruleSet: RuleSet) throws -> LabelSuggestions {
        let scan = InputScan.scan(inputs, extensions: Set(extensions.split(separator: ",").map { $0.lowercased() }))
        for problem in scan.problems { Log.error(problem.description) }
        guard !scan.files.isEmpty else {
            Log.error("no input files under \(inputs.joined(separator: " "))")
            throw ExitCode(ExitStatus.usage)
        }
        let pipeline = Pipeline(rules: ruleSet)
        var suggestions = LabelSuggestions(rules: ruleSet)
        let files = scan.files
        for start in stride(from: 0, to: files.count, by: 64) {
            let chunk = Array(files[start..<min(start + 64, files.count)])
            let documents = WorkerPool.map(count: chunk.count, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount) {
                index -> ExtractedDocument? in
                do { return try pipeline.run(bytes: InputReader.read(chunk[index].path), path: chunk[index].relativePath) } catch {
                    Log.error("\(chunk[index].path): \(error)")
                    return nil
                }
            }
            for (file, document) in zip(chunk, documents) {
                if let document { suggestions.add(document, path: file.relativePath) }
            }
        }
        return suggestions
    }
}

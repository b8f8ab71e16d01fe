@preconcurrency import ArgumentParser
import Foundation
import ReportExtract

/// `report-extract diff OLD_OUT NEW_OUT`: what changed between two batch runs (`RunDiff`).
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show which figures and checks changed between two batch runs' output directories.",
        discussion: """
            Reads documents.jsonl, figures.jsonl and checks.jsonl of both output \
            directories and compares them document by document (by source path), figure \
            by figure (by id) and check by check (by id). A figure is reported when it was \
            added or removed, or when its value (value, raw, scale, unit, qualifier, \
            candidates), labels (row_label, column_label, row_path), field (field, \
            row_field, column_field, alias, table_kind) or confidence changed; a check \
            when it was added or removed or its status or reason changed.

            Standard output gets a summary: a line per changed document, a line per \
            change under it (at most --limit), then a total line. --jsonl FILE also \
            writes every change as a JSON line ({"kind": "document" | "figure" | "check", \
            "change": "added" | "removed" | "changed", "path", "id", "aspects", "old", \
            "new", ...}) and a last {"kind": "total", ...} line; --jsonl - writes them to \
            standard output instead of the summary.

            Gate a rules change in CI:
              report-extract corpus --out /tmp/before --rules rules-main -q
              report-extract corpus --out /tmp/after --rules rules -q
              report-extract diff /tmp/before /tmp/after

            EXIT STATUS
              0   nothing changed
              1   something changed
              2   a dataset could not be read (run a batch run into the directory first)
            """
    )

    @Argument(help: "Output directory of the earlier run.")
    var old: String

    @Argument(help: "Output directory of the later run.")
    var new: String

    @Option(help: ArgumentHelp("Also write the changes as JSON lines to this file ('-': standard output, no summary).",
                               valueName: "file"))
    var jsonl: String?

    @Option(help: "Changes listed per document in the summary; the total counts them all.")
    var limit = 50

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let diff: RunDiff
        do {
            diff = RunDiff(old: try Self.load(old), new: try Self.load(new))
        } catch {
            Log.error("\(error)")
            throw ExitCode(2)
        }
        if diff.badLines > 0 { Log.note("warning: \(diff.badLines) dataset lines were not JSON objects with a path; ignored") }
        if jsonl == "-" {
            FileHandle.standardOutput.write(diff.jsonLines())
        } else {
            if let jsonl {
                do { try diff.jsonLines().write(to: URL(fileURLWithPath: jsonl), options: .atomic) } catch {
                    Log.error("\(jsonl): \(error.localizedDescription)")
                    throw ExitCode(2)
                }
            }
            print(diff.summary(limit: limit), terminator: "")
        }
        if !diff.isEmpty { throw ExitCode(1) }
    }

    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    /// The three datasets of an output directory, memory-mapped.
    static func load(_ directory: String) throws -> RunDiff.Run {
        func read(_ file: DatasetFile) throws -> Data {
            let path = (directory as NSString).appendingPathComponent(file.rawValue)
            guard FileManager.default.fileExists(atPath: path) else {
                throw Unreadable(description: "\(path) is missing: is \(directory) a batch run's output directory?")
            }
            do { return try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) } catch {
                throw Unreadable(description: "\(path): cannot read it (\(error.localizedDescription))")
            }
        }
        return RunDiff.Run(documents: try read(.documents), figures: try read(.figures), checks: try read(.checks))
    }
}

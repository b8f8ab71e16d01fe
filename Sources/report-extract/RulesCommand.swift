@preconcurrency import ArgumentParser
import Foundation
import ReportExtract

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Work with rule files.",
        subcommands: [Lint.self]
    )

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check rule files: unknown keys, bad values, duplicate ids, aliases claimed twice, and every example.",
            discussion: "Prints one line per problem as FILE:LINE: KEY: MESSAGE. Exit status 0 when clean, 64 otherwise."
        )

        @Argument(help: "Rules directory (default: as for extraction).")
        var directory: String?

        mutating func run() throws {
            let directory: String
            do { directory = try RulesDirectory.resolve(explicit: self.directory) } catch {
                print(error)
                throw ExitCode(ExitStatus.usage)
            }
            let files = try RulesDirectory.files(in: directory)
            let rules: RuleSet
            do {
                rules = try RuleSet.load(files)
            } catch {
                for problem in error.errors { print(problem) }
                throw ExitCode(ExitStatus.usage)
            }
            let failures = RuleExamples(rules: rules).failures()
            for failure in failures { print(failure) }
            guard failures.isEmpty else { throw ExitCode(ExitStatus.usage) }
            let examples = RuleExamples(rules: rules).count
            print("\(directory): \(files.count) files, \(rules.tableKinds.count) table kinds, \(rules.fields.count) fields, \(rules.prosePatterns.count) prose patterns, \(rules.checks.count) checks, \(examples) examples: ok")
        }
    }
}

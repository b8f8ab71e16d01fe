import Foundation
import ReportExtract

/// `suggest --apply`: resolves each choice to a suggestion and a field or table kind, edits the
/// rule file's text (`RuleTextEdit`), loads the edited rules and checks that the label now names
/// that rule, shows the changed lines, and writes the files only when asked, atomically.
struct SuggestionApply {
    let rulesDirectory: RulesDirectory
    let ranked: [LabelSuggestions.Candidate]

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    func run(_ choices: [String], write: Bool) throws(Failure) {
        var texts: [String: String] = [:]  // rule file path → edited text
        var original: [String: String] = [:]
        for file in try files() { (texts[file.name], original[file.name]) = (file.text, file.text) }
        var applied: [(LabelSuggestions.Candidate, String)] = []
        for choice in choices {
            let (candidate, target) = try resolve(choice)
            let (file, line, key) = try place(candidate, target)
            do {
                texts[file] = try RuleTextEdit.append(candidate.key, toList: key, ofEntryAt: line, in: texts[file]!)
            } catch {
                throw Failure(description: "\(file):\(line): \(error.description)")
            }
            applied.append((candidate, target))
            print("apply \(choice): \(candidate.axis.rawValue) \(candidate.axis == .table ? "title" : "label") "
                + "\(candidate.key) (\(candidate.figures) figures) → \(key) of \(target)")
        }
        let edited: RuleSet
        do {
            edited = try RuleSet.load(texts.keys.sorted().map { RuleFile(name: $0, text: texts[$0]!) })
        } catch {
            throw Failure(description: "the edited rules do not load, nothing written:\n\(error)")
        }
        try verify(applied, edited)
        let changed = texts.keys.sorted().filter { texts[$0] != original[$0] }
        for file in changed { printChangedLines(file, original[file]!, texts[file]!) }
        guard write else {
            print("dry run: no rule file was changed; add --write to write \(changed.joined(separator: ", ")).")
            return
        }
        for file in changed {
            do { try Data(texts[file]!.utf8).write(to: URL(fileURLWithPath: file), options: .atomic) } catch {
                throw Failure(description: "\(file): \(error.localizedDescription)")
            }
            print("wrote \(file)")
        }
    }

    private func files() throws(Failure) -> [RuleFile] {
        do { return try RulesDirectory.files(in: rulesDirectory.path) } catch {
            throw Failure(description: "\(rulesDirectory.path): \(error)")
        }
    }

    /// `3`, `目标标杆值`, `3=benchmark`, `目标标杆值=benchmark`.
    private func resolve(_ choice: String) throws(Failure) -> (LabelSuggestions.Candidate, String) {
        let parts = choice.split(separator: "=", maxSplits: 1).map(String.init)
        let name = parts.first ?? ""
        let candidate: LabelSuggestions.Candidate?
        if let rank = Int(name) {
            candidate = rank >= 1 && rank <= ranked.count ? ranked[rank - 1] : nil
        } else {
            let key = LabelText.key(name, units: rulesDirectory.rules.units).text
            candidate = ranked.first { $0.key == key }
        }
        guard let candidate else {
            throw Failure(description: "--apply \(choice): no such suggestion (give a rank from 1 to \(ranked.count) or a listed label)")
        }
        guard let target = parts.count == 2 ? parts[1] : candidate.nearest?.id else {
            throw Failure(description: "--apply \(choice): no rule is near \(candidate.key); name one: --apply \(name)=ID")
        }
        return (candidate, target)
    }

    /// The file, entry line and list key to edit.
    private func place(_ candidate: LabelSuggestions.Candidate, _ target: String) throws(Failure) -> (String, Int, String) {
        let rules = rulesDirectory.rules
        let source: RuleSource?
        let key: String
        if candidate.axis == .table {
            source = rules.tableKinds.first { $0.id == target }?.source
            key = "title_words"
        } else {
            source = rules.field(id: target)?.source
            key = "aliases"
        }
        guard let source, let line = source.line else {
            throw Failure(description: "no \(candidate.axis == .table ? "table kind" : "field") with id \(target)")
        }
        return (source.file, line, key)
    }

    private func verify(_ applied: [(LabelSuggestions.Candidate, String)], _ rules: RuleSet) throws(Failure) {
        for (candidate, target) in applied where candidate.axis != .table {
            let named = rules.field(forLabel: candidate.key)?.field.id
            guard named == target else {
                throw Failure(description: "after the change \(candidate.key) names \(named ?? "nothing"), not \(target); nothing written")
            }
        }
    }

    private func printChangedLines(_ file: String, _ old: String, _ new: String) {
        let before = old.split(separator: "\n", omittingEmptySubsequences: false)
        let after = new.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<min(before.count, after.count) where before[index] != after[index] {
            print("\(file):\(index + 1)\n- \(before[index])\n+ \(after[index])")
        }
    }
}

import Foundation
import ReportExtract

#if canImport(Glibc)
    import Glibc
#endif

/// One batch run over an output directory:
///
/// 1. Resolve the rules directory and its fingerprint; open the output directory; take its lock.
/// 2. Clear what killed runs left in staging; read the manifest (a damaged one counts as none).
/// 3. Scan the inputs (`stat` only) and plan each one (`RunPlan`): skip, verify by hash, or extract.
/// 4. Delete the outputs of inputs that disappeared (not when an input argument was unreadable).
/// 5. Extract on `--jobs` threads, each JSON staged, then flushed and renamed into place with other
///    documents' (`GroupCommit`); a checkpoint manifest every few seconds lists only outputs
///    already in place, so a killed run loses little. While files of several megabytes are
///    written, here and in step 6, the file system is flushed every quarter second
///    (`BackgroundFlush`).
/// 6. Rebuild the datasets from the per-document JSON, unless the manifest shows them current.
/// 7. Write `run.json`, then the manifest, last.
///
/// Each document's review page follows its JSON (`ReviewPages`); `index.html` follows the datasets.
final class BatchRunner: Sendable {
    static let manifestPath = "\(OutputDirectory.stateDirectory)/manifest.json"
    static let checkpointInterval = 2.0

    let options: BatchOptions
    let progress: Progress
    private let started = Date()
    private let messages = Locked([String]())
    private let failures = Locked([RunReport.Failure]())

    private let rules: RulesDirectory

    init(options: BatchOptions, rules: RulesDirectory) {
        self.options = options
        self.rules = rules
        progress = Progress(enabled: Progress.wanted(quiet: options.quiet))
    }

    /// Runs and returns the exit status.
    func run() -> Int32 {
        let out: OutputDirectory
        do { out = try OutputDirectory(path: options.output, failWritesAfterBytes: options.failWritesAfterBytes) } catch {
            Log.error(error.description)
            return ExitStatus.someFailed
        }
        let lock: RunLock
        do {
            lock = try RunLock.acquire(in: out, wait: options.wait) { holder in
                if !options.quiet { Log.note("waiting for the run holding \(out.shown(RunLock.fileName)) (pid \(holder ?? "unknown"))") }
            }
        } catch {
            switch error {
            case .busy(let holder):
                Log.error("another report-extract run (pid \(holder ?? "unknown")) is writing to \(out.path) "
                    + "(it holds \(out.shown(RunLock.fileName))); not started. Pass --wait to wait for it.")
                return ExitStatus.busy
            case .failed(let failure):
                Log.error(failure.description)
                return ExitStatus.someFailed
            }
        }
        return withExtendedLifetime(lock) { locked(out: out, rules: rules) }
    }

    private func locked(out: OutputDirectory, rules: RulesDirectory) -> Int32 {
        out.clearStaging()
        let previous = loadManifest(out)
        let scan = InputScan.scan(
            options.inputs, extensions: options.extensions, skipping: InputScan.DirectoryID(path: out.path))
        for problem in scan.problems { fail(path: problem.path, reason: problem.reason) }
        let inputs = claimOutputs(scan.files)
        let plan = RunPlan(
            inputs: inputs.map {
                RunPlan.Input(
                    input: $0.relativePath, output: $0.outputPath, size: $0.size,
                    mtimeNanoseconds: $0.mtimeNanoseconds, outputExists: out.isRegularFile($0.outputPath))
            },
            previous: previous, rulesFingerprint: rules.fingerprint, toolVersion: ToolVersion.current,
            force: options.force)

        var report = RunReport(rulesFingerprint: rules.fingerprint, volatile: volatile(rules))
        report.files.seen = scan.files.count + scan.problems.count
        var entries = removeDisappeared(plan, previous: previous, suspended: !scan.problems.isEmpty, out: out, report: &report)
        let flusher = BackgroundFlush(out: out)
        extract(inputs, plan: plan, rules: rules, out: out, entries: &entries, report: &report, datasets: previous?.datasets)
        fillMissingPages(entries, out: out)

        let datasets = buildDatasets(entries: &entries, previous: previous, out: out)
        flusher.stop()
        if let datasets { writeReviewIndex(datasetsRebuilt: datasets.rebuilt, out: out) }
        report.datasets = datasets.map { RunReport.Datasets(rebuilt: $0.rebuilt, summary: $0.summary) }
        return finish(out: out, entries: entries, datasets: datasets?.summary, report: &report)
    }

    // MARK: - Steps

    private func loadManifest(_ out: OutputDirectory) -> Manifest? {
        guard out.isRegularFile(Self.manifestPath) else { return nil }
        do {
            return try Manifest.decode(Data(out.read(Self.manifestPath)))
        } catch {
            Log.note("warning: ignoring unreadable manifest \(out.shown(Self.manifestPath)) (\(error)); every input is redone")
            return nil
        }
    }

    /// Drops inputs whose output path is reserved or already claimed by an earlier input.
    private func claimOutputs(_ files: [InputFile]) -> [InputFile] {
        var owners: [String: String] = [:]
        return files.filter { file in
            let top = String(file.outputPath.split(separator: "/").first ?? "")
            if (!file.outputPath.contains("/") && OutputDirectory.reservedNames.contains(top))
                || top == OutputDirectory.stateDirectory
            {
                fail(path: file.path, reason: "its output \(file.outputPath) is a name this tool reserves; rename the input")
                return false
            }
            if let owner = owners[file.outputPath] {
                fail(path: file.path, reason: "its output \(file.outputPath) is already written for \(owner); skipped")
                return false
            }
            owners[file.outputPath] = file.path
            return true
        }
    }

    /// Deletes outputs of inputs that are gone and returns the entries that stay valid.
    private func removeDisappeared(
        _ plan: RunPlan, previous: Manifest?, suspended: Bool, out: OutputDirectory, report: inout RunReport
    ) -> [String: Manifest.Entry] {
        var entries: [String: Manifest.Entry] = [:]
        for entry in previous?.entries ?? [] { entries[entry.input] = entry }
        for entry in plan.superseded { entries[entry.input] = nil }
        if suspended && !plan.removed.isEmpty {
            Log.note("warning: an input could not be read, so the outputs of \(plan.removed.count) vanished inputs are kept")
            return entries
        }
        for entry in plan.removed {
            do {
                try out.remove(entry.output)
                try out.remove(ReviewPaths.page(forOutput: entry.output))
                entries[entry.input] = nil
                report.removed.append(entry.output)
                if progress.enabled { Log.note("removed \(out.shown(entry.output)) (its input \(entry.input) is gone)") }
            } catch {
                fail(path: out.shown(entry.output), reason: "cannot remove the output of vanished input \(entry.input): \(error.reason)")
            }
        }
        report.files.removed = report.removed.count
        return entries
    }

    private func buildDatasets(
        entries: inout [String: Manifest.Entry], previous: Manifest?, out: OutputDirectory
    ) -> (summary: DatasetSummary, rebuilt: Bool)? {
        let key = Manifest.datasetsKey(for: Array(entries.values))
        if !options.force, let current = previous?.datasets, current.key == key,
            DatasetFile.allCases.allSatisfy({ out.isRegularFile($0.rawValue) })
        {
            return (current, false)
        }
        // From here the datasets on disk may be half old, half new: say so before touching them.
        writeManifest(Manifest(entries: Array(entries.values), datasets: nil), out: out)
        do {
            let built = try Datasets.rebuild(Array(entries.values), in: out, jobs: options.jobs, progress: progress)
            progress.clear()
            for (entry, reason) in built.unreadable {
                entries[entry.input] = nil
                fail(path: out.shown(entry.output), reason: "cannot read it for the datasets (\(reason)); its input is redone next run")
            }
            return (built.summary, true)
        } catch {
            progress.clear()
            fail(path: error.path, reason: "cannot write the datasets: \(error.reason)")
            return nil
        }
    }

    private func finish(
        out: OutputDirectory, entries: [String: Manifest.Entry], datasets: DatasetSummary?, report: inout RunReport
    ) -> Int32 {
        flushMessages()
        report.failed = failures.current.sorted { ($0.path, $0.reason) < ($1.path, $1.reason) }
        report.files.failed = report.failed.count
        report.exitCode = report.failed.isEmpty ? ExitStatus.success : ExitStatus.someFailed
        report.volatile.finished = Date()
        do { try out.write(report.encoded(), to: "run.json") } catch {
            Log.error(error.description)
            report.exitCode = ExitStatus.someFailed
        }
        writeManifest(Manifest(entries: Array(entries.values), datasets: datasets), out: out)
        Log.line(summary(report))
        return report.exitCode
    }

    // MARK: - Helpers

    /// Writes the manifest unless the file already holds the same bytes.
    func writeManifest(_ manifest: Manifest, out: OutputDirectory) {
        let data = manifest.encoded()
        // Compared as `Data`: `elementsEqual` read the bytes one by one through `Data`'s iterator.
        if let current = try? out.read(Self.manifestPath), Data(current) == data { return }
        do {
            try out.write(data, to: Self.manifestPath)
            out.syncRoot()
        } catch {
            fail(path: error.path, reason: "cannot write the manifest: \(error.reason)")
        }
    }

    /// Records a failure and queues its line for standard error (any thread).
    func fail(path: String, reason: String) {
        failures.withLock { $0.append(RunReport.Failure(path: path, reason: reason)) }
        messages.withLock { $0.append("error: \(path): \(reason)") }
    }

    /// Prints queued messages (main thread), clearing the progress line first.
    func flushMessages() {
        let pending = messages.withLock { list -> [String] in
            defer { list.removeAll() }
            return list
        }
        guard !pending.isEmpty else { return }
        progress.clear()
        for line in pending { Log.line(line) }
    }

    private func volatile(_ rules: RulesDirectory) -> RunReport.Volatile {
        RunReport.Volatile(
            started: started, finished: started, jobs: options.jobs, pid: getpid(),
            outputDirectory: options.output, rulesDirectory: rules.path, inputs: options.inputs)
    }

    private func summary(_ report: RunReport) -> String {
        let files = report.files
        var text = "\(files.seen) files: \(files.processed) processed"
        if !report.processed.isEmpty {
            let reasons = report.processed.sorted { $0.key < $1.key }
            text += " (" + reasons.map { "\($0.value) \($0.key.replacingOccurrences(of: "_", with: " "))" }.joined(separator: ", ") + ")"
        }
        text += ", \(files.skipped) skipped"
        text += ", \(files.failed) failed, \(files.removed) removed"
        if let datasets = report.datasets {
            text += "; \(datasets.summary.figures) figures, \(datasets.summary.checks) checks"
            let warned = datasets.summary.documentsByWarning.sorted { $0.key < $1.key }
            if !warned.isEmpty {
                text += "; documents warned: " + warned.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            }
        }
        text += String(format: "; %.2f s", report.volatile.finished.timeIntervalSince(started))
        return text + " → \(options.output)"
    }
}

import Foundation
import ReportExtract

#if canImport(Glibc)
    import Glibc
#endif

extension BatchRunner {
    /// What became of one input that needed work.
    enum Outcome: Sendable {
        /// Only its mtime changed; the hash matched, the output stays (entry with the new mtime).
        case kept(Manifest.Entry)
        case processed(Manifest.Entry, RunPlan.Reason)
        case failed
    }

    /// Verifies and extracts every input the plan did not skip, updating `entries` and the counts.
    func extract(
        _ inputs: [InputFile], plan: RunPlan, rules: RulesDirectory, out: OutputDirectory,
        entries: inout [String: Manifest.Entry], report: inout RunReport, datasets: DatasetSummary?
    ) {
        let work = plan.decisions.indices.filter {
            if case .skip = plan.decisions[$0] { return false }
            return true
        }
        report.files.skipped = inputs.count - work.count
        let pipeline = {
            var pipeline = Pipeline(
                rules: rules.rules,
                decoder: Decoder(lenient: options.lenient, maxLineBytes: options.maxLineBytes, maxFileBytes: options.maxFileBytes),
                limits: options.limits)
            pipeline.keepsRecognizedFigures = false  // only the reconciled figures are written
            pipeline.keepsUnnamedLabels = false  // nor are the labels no rule names
            return pipeline
        }()
        let admission = InFlightBytes(capacity: options.maxFileBytes)
        let completed = Locked([String: Manifest.Entry]())
        let uncommitted = Locked(Set<String>())
        let commits = GroupCommit(
            out: out, committed: { entry in completed.withLock { $0[entry.input] = entry } },
            failed: { [self] document, reason in
                uncommitted.withLock { _ = $0.insert(document.entry.input) }
                fail(path: document.path, reason: reason)
            })
        progress.begin("extracting", files: work.count, bytes: work.reduce(0) { $0 + inputs[$1].size })
        var lastCheckpoint = Date()
        var checkpointed = 0
        let base = entries
        let outcomes = WorkerPool.map(count: work.count, jobs: options.jobs, tick: { [self] in
            flushMessages()
            progress.draw()
            guard Date().timeIntervalSince(lastCheckpoint) >= Self.checkpointInterval else { return }
            let done = completed.current
            lastCheckpoint = Date()
            guard done.count > checkpointed else { return }
            checkpointed = done.count
            writeManifest(Manifest(entries: Array(base.merging(done) { $1 }.values), datasets: datasets), out: out)
        }) { [self] index in
            let file = inputs[work[index]]
            let outcome = admission.run(bytes: Int(clamping: file.size)) {
                let outcome = handle(file, plan.decisions[work[index]], pipeline, rules.fingerprint, out, commits)
                // A large document's memory, freed, stays in its thread's malloc arena; the next
                // one may run on another thread and add its own. Given back before it is admitted,
                // and before the datasets are rebuilt: a 300,000-row table's, left in the arena
                // (fragments, not whole free pages at its top), had the rebuild's 16 MB on top.
                if file.size > Int64(options.maxFileBytes / 4) || file.size >= Self.trimmedDocumentBytes {
                    MemoryTrim.release()
                }
                return outcome
            }
            // A processed document is completed once its outputs are in place (`commits`).
            if case .kept(let entry) = outcome { completed.withLock { $0[entry.input] = entry } }
            progress.advance(bytes: file.size)
            return outcome
        }
        commits.finish()
        progress.clear()
        let failedCommits = uncommitted.current
        for outcome in outcomes {
            if case .processed(let entry, _) = outcome, failedCommits.contains(entry.input) { continue }
            switch outcome {
            case .kept(let entry):
                entries[entry.input] = entry
                report.files.skipped += 1
                report.files.hashed += 1
            case .processed(let entry, let reason):
                entries[entry.input] = entry
                report.files.processed += 1
                report.processed[reason.rawValue, default: 0] += 1
            case .failed:
                break  // reported by `handle`; a previous output and its entry stay until it succeeds
            }
        }
    }

    private func handle(
        _ file: InputFile, _ decision: RunPlan.Decision, _ pipeline: Pipeline, _ fingerprint: String,
        _ out: OutputDirectory, _ commits: GroupCommit
    ) -> Outcome {
        var reason = RunPlan.Reason.changed
        switch decision {
        case .skip(let entry):
            return .kept(entry)
        case .verify(let entry):
            do {
                if try InputReader.sha256(file.path) == entry.sha256 { return .kept(entry) }
            } catch {
                fail(path: file.path, reason: error.reason)
                return .failed
            }
        case .process(let why):
            reason = why
        }
        do {
            return .processed(try extract(file, pipeline, fingerprint, out, commits), reason)
        } catch {
            if let error = error as? FileError, error.path == file.path {
                fail(path: file.path, reason: error.reason)
            } else {
                fail(path: file.path, reason: "\(error)")
            }
            return .failed
        }
    }

    /// Inputs from this size on give their freed memory back between stages (`MemoryTrim`):
    /// about 20,000 table rows; a trim costs little next to such a document.
    static let trimmedDocumentBytes: Int64 = 1 << 20

    /// Reads, extracts and writes one document, its files handed to `commits` to put in place;
    /// returns its new manifest entry.
    private func extract(
        _ file: InputFile, _ pipeline: Pipeline, _ fingerprint: String, _ out: OutputDirectory, _ commits: GroupCommit
    ) throws -> Manifest.Entry {
        // Refused before reading: a file past the limit is never loaded.
        guard file.size <= options.maxFileBytes else {
            throw FileError(path: file.path, reason: DecodeError.tooLarge(bytes: Int(file.size), limit: options.maxFileBytes).description)
        }
        // The budget runs from the read to the JSON's last byte; a document that spends it is
        // dropped (its staged file discarded), so no output is ever half written.
        let budget = DocumentBudget(options.limits)
        let bytes = try InputReader.read(file.path, limit: options.maxFileBytes)
        let large = file.size >= Self.trimmedDocumentBytes
        var pipeline = pipeline
        if large { pipeline.afterStage = { MemoryTrim.release() } }
        let extracted = try pipeline.run(bytes: consume bytes, path: file.relativePath, budget: budget)
        // A long document's checks leave much freed memory in the arena; given back before the
        // document's JSON values are built (its cells' beside the cells), it does not add to them.
        if large { MemoryTrim.release() }
        let document = DocumentJSON(consume extracted)
        if large { MemoryTrim.release() }  // the cells the JSON values replaced
        // Streamed to its staged file a megabyte at a time, hashed on the way: a document with
        // a very long table never holds its whole JSON in memory.
        var hasher = SHA256()
        let staged = try out.stage()
        try document.writeInPlace(to: { piece in
            try budget.checkTime(in: .write)
            hasher.update(piece)
            try staged.append(piece)
        })
        try budget.checkTime(in: .write)
        if options.delayMilliseconds > 0 { usleep(useconds_t(options.delayMilliseconds * 1000)) }
        var files = [GroupCommit.File(staged: staged, relative: file.outputPath)]
        do {
            let page = try ReviewPages.staged(document, output: file.outputPath, in: out)
            files.append(GroupCommit.File(staged: page.file, relative: page.page))
        } catch {
            staged.discard()
            throw error
        }
        // The page's indexes of a long table's figures, freed, would sit under the rows cache's.
        if large { MemoryTrim.release() }
        let outputSHA256 = hasher.finalizeHex()
        // The dataset rows now, from the values in memory: a later rebuild reads them back
        // instead of parsing the document again (a cache; the JSON stays the source of truth).
        // Written as they are made, a block at a time: a long table's rows are never held whole.
        if let cache = try? out.stage() {
            do {
                _ = try DocumentRows.writeCache(document: document, output: file.outputPath) { try cache.append($0) }
                files.append(GroupCommit.File(
                    staged: cache, relative: Datasets.cachePath(outputSHA256: outputSHA256, output: file.outputPath), optional: true))
            } catch {
                cache.discard()  // only a cache: the rebuild parses the JSON instead
            }
        }
        let entry = Manifest.Entry(
            input: file.relativePath, output: file.outputPath, size: file.size,
            mtimeNanoseconds: file.mtimeNanoseconds, sha256: document.source.sha256,
            rulesFingerprint: fingerprint, toolVersion: ToolVersion.current, outputSHA256: outputSHA256)
        commits.add(GroupCommit.Document(path: file.path, files: files, entry: entry))
        return entry
    }
}

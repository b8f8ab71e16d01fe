import Foundation
import ReportExtract
import Testing

#if canImport(Glibc)
    import Glibc
#endif

extension BatchEndToEnd {
    @Suite struct Safety {
        func jsonCount(_ directory: URL) -> Int {
            ((try? OutputSnapshot.files(in: directory)) ?? []).filter { $0.hasPrefix("part-") && $0.hasSuffix(".json") }.count
        }

        /// Waits up to `seconds` for `condition`; false on time-out.
        func waitFor(_ seconds: Double, _ condition: () -> Bool) -> Bool {
            let deadline = Date(timeIntervalSinceNow: seconds)
            while Date() < deadline {
                if condition() { return true }
                usleep(10_000)
            }
            return false
        }

        /// Kills a run without the test hook's delay at several moments, which land in the
        /// extraction, the datasets or the manifest, or after the end; each time the next run
        /// must produce exactly what a clean run does.
        @Test(arguments: [0.15, 0.4, 0.8])
        func killNineAnywhereThenRerunEqualsACleanRun(after seconds: Double) throws {
            let (corpus, clean) = try Self.cleanRun.get()
            let out = try TestPaths.temporaryDirectory("killed-any")
            let run = try BinaryRun.Started([corpus.path, "--out", out.path, "--quiet"])
            usleep(useconds_t(seconds * 1_000_000))
            run.kill()
            _ = try run.finish()
            #expect(try BinaryRun.run([corpus.path, "--out", out.path, "--quiet"]).status == 0)
            try expectSameOutputs(out, clean, ignoringRunReport: true)
        }

        /// One corpus and its clean run, shared by the cases above.
        static let cleanRun = Result { () throws -> (URL, URL) in
            let corpus = try TestCorpus.make(30, label: "kill-any")
            let clean = try TestPaths.temporaryDirectory("unkilled-any")
            _ = try BinaryRun.run([corpus.path, "--out", clean.path, "--quiet"])
            return (corpus, clean)
        }

        @Test func killNineMidRunThenRerunEqualsACleanRun() throws {
            let corpus = try TestCorpus.make(30, label: "kill")
            let out = try TestPaths.temporaryDirectory("killed")
            // 40 ms per document on 2 jobs: about 0.6 s of writing, so the kill lands mid-run.
            let run = try BinaryRun.Started([corpus.path, "--out", out.path, "--jobs", "2", "--debug-delay-ms", "40"])
            #expect(waitFor(20) { jsonCount(out) >= 6 }, "no output appeared")
            run.kill()
            let killed = try run.finish()
            #expect(killed.status == -SIGKILL)
            let written = jsonCount(out)
            #expect(written < 30, "the run finished before the kill; the test proves nothing")
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("run.json").path))
            // Everything already in place is whole.
            for name in try OutputSnapshot.files(in: out) where name.hasSuffix(".json") {
                let data = try Data(contentsOf: out.appendingPathComponent(name))
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is damaged")
            }

            let rerun = try BinaryRun.run([corpus.path, "--out", out.path, "--quiet"])
            #expect(rerun.status == 0, "\(rerun.stderr)")
            let clean = try TestPaths.temporaryDirectory("unkilled")
            #expect(try BinaryRun.run([corpus.path, "--out", clean.path, "--quiet"]).status == 0)
            try expectSameOutputs(out, clean, ignoringRunReport: true)
            #expect(try OutputSnapshot.files(in: out.appendingPathComponent(".report-extract/tmp")).isEmpty)
        }

        /// A long run writes a checkpoint manifest every 2 s; killed after one, the next run
        /// skips what the checkpoint lists instead of redoing it.
        @Test func checkpointLetsTheNextRunSkipWhatWasDone() throws {
            let corpus = try TestCorpus.make(40, label: "checkpoint")
            let out = try TestPaths.temporaryDirectory("checkpointed")
            let manifest = out.appendingPathComponent(".report-extract/manifest.json")
            let run = try BinaryRun.Started([corpus.path, "--out", out.path, "--jobs", "2", "--debug-delay-ms", "100"])
            #expect(waitFor(30) { FileManager.default.fileExists(atPath: manifest.path) }, "no checkpoint")
            run.kill()
            _ = try run.finish()
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("run.json").path),
                    "the run ended before the kill")
            let listed = try JSONSerialization.jsonObject(with: Data(contentsOf: manifest)) as! [String: Any]
            let done = (listed["entries"] as! [[String: Any]]).count
            #expect(done > 0 && done < 40)
            for entry in listed["entries"] as! [[String: Any]] {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(entry["output"] as! String).path))
            }

            #expect(try BinaryRun.run([corpus.path, "--out", out.path, "--quiet"]).status == 0)
            let files = try OutputSnapshot.runReport(out)["files"] as? [String: Int]
            #expect(files?["skipped"] == done)
            #expect(files?["processed"] == 40 - done)
            let clean = try TestPaths.temporaryDirectory("uncheckpointed")
            #expect(try BinaryRun.run([corpus.path, "--out", clean.path, "--quiet"]).status == 0)
            try expectSameOutputs(out, clean, ignoringRunReport: true)
        }

        @Test func busyLockExitsSeventyFiveNamingTheHolderOrWaits() throws {
            let corpus = try TestCorpus.make(3, label: "lock")
            let out = try TestPaths.temporaryDirectory("locked")
            // Hold the lock the way a run does.
            let fd = open(out.appendingPathComponent(".report-extract.lock").path, O_RDWR | O_CREAT, 0o644)
            #expect(flock(fd, LOCK_EX) == 0)
            _ = ftruncate(fd, 0)
            _ = pwrite(fd, "4242\n", 5, 0)

            let busy = try BinaryRun.run([corpus.path, "--out", out.path])
            #expect(busy.status == 75)
            #expect(busy.stderr.contains("pid 4242"), "\(busy.stderr)")
            #expect(busy.stderr.contains("--wait"))
            #expect(jsonCount(out) == 0)

            let waiting = try BinaryRun.Started([corpus.path, "--out", out.path, "--wait"])
            usleep(300_000)
            #expect(waiting.process.isRunning, "--wait did not wait")
            close(fd)
            let waited = try waiting.finish()
            #expect(waited.status == 0, "\(waited.stderr)")
            #expect(waited.stderr.contains("waiting for the run holding"))
            #expect(jsonCount(out) == 3)
        }

        @Test func twoSimultaneousRunsDoNotCorruptAnything() throws {
            let corpus = try TestCorpus.make(20, label: "race")
            let out = try TestPaths.temporaryDirectory("raced")
            let clean = try TestPaths.temporaryDirectory("unraced")
            #expect(try BinaryRun.run([corpus.path, "--out", clean.path, "--quiet"]).status == 0)

            // Without --wait: the run that comes second, while the first holds the lock, exits 75.
            let first = try BinaryRun.Started([corpus.path, "--out", out.path, "--quiet", "--debug-delay-ms", "50"])
            let lockFile = out.appendingPathComponent(".report-extract.lock")
            #expect(waitFor(20) { (try? String(contentsOf: lockFile, encoding: .utf8)) == "\(first.pid)\n" })
            let second = try BinaryRun.run([corpus.path, "--out", out.path, "--quiet"])
            #expect(first.process.isRunning, "the first run ended too soon to test anything")
            #expect(second.status == 75, "\(second.stderr)")
            #expect(second.stderr.contains("pid \(first.pid)"))
            #expect(try first.finish().status == 0)
            try expectSameOutputs(out, clean, ignoringRunReport: true)

            // With --wait: both finish; the second finds everything done.
            let again = try TestPaths.temporaryDirectory("raced-wait")
            let a = try BinaryRun.Started([corpus.path, "--out", again.path, "--quiet", "--wait", "--force"])
            let b = try BinaryRun.Started([corpus.path, "--out", again.path, "--quiet", "--wait", "--force"])
            #expect(try a.finish().status == 0)
            #expect(try b.finish().status == 0)
            try expectSameOutputs(again, clean, ignoringRunReport: true)
        }

        @Test func symlinkedOutputFolderIsRefusedAndNothingLandsOutside() throws {
            let corpus = try TestCorpus.make(12, label: "symlink")  // part-00 (10 files), part-01 (2)
            let out = try TestPaths.temporaryDirectory("symlinked")
            let outside = try TestPaths.temporaryDirectory("outside")
            try FileManager.default.createSymbolicLink(at: out.appendingPathComponent("part-01"), withDestinationURL: outside)

            let run = try BinaryRun.run([corpus.path, "--out", out.path, "--quiet"])
            #expect(run.status == 1)
            #expect(run.stderr.contains("part-01: is a symbolic link; refusing"), "\(run.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
            #expect(jsonCount(out) == 10, "the other outputs are still written")
            let failed = try OutputSnapshot.runReport(out)["failed"] as? [[String: String]] ?? []
            #expect(failed.count == 2)
        }

        @Test func dotDotInInputNamesCannotEscape() throws {
            let root = try TestPaths.temporaryDirectory("dotdot")
            let inner = root.appendingPathComponent("in/deep")
            try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
            try Data(contentsOf: TestCorpus.seeds[0]).write(to: inner.appendingPathComponent("..evil..txt"))
            try Data(contentsOf: TestCorpus.seeds[1]).write(to: inner.appendingPathComponent("ok.txt"))
            let out = root.appendingPathComponent("out")
            // Paths given with `..` inside, and a file whose name holds `..`.
            let run = try BinaryRun.run([
                root.path + "/in/deep/../deep/..evil..txt", root.path + "/in/../in/deep", "--out", out.path, "--quiet",
            ])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try OutputSnapshot.files(in: root).filter { $0.hasSuffix(".json") && !$0.hasPrefix("out/") }.isEmpty)
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("..evil..json").path))
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("ok.json").path))
        }

        @Test func outputFolderInsideAnInputFolderIsNotSearched() throws {
            let corpus = try TestCorpus.make(3, label: "nested")
            let out = corpus.appendingPathComponent("extracted")
            let arguments = [corpus.path, "--out", out.path, "--quiet", "--extensions", "txt,json"]
            #expect(try BinaryRun.run(arguments).status == 0)
            let again = try BinaryRun.run(arguments)
            #expect(again.status == 0, "\(again.stderr)")
            #expect((try OutputSnapshot.runReport(out)["files"] as? [String: Int])?["seen"] == 3)
            // Given as the input itself, it is refused, and nothing is deleted.
            let itself = try BinaryRun.run([out.path, "--out", out.path, "--quiet"])
            #expect(itself.status == 1)
            #expect(itself.stderr.contains("is the output directory"))
            #expect(jsonCount(out) == 3)
        }

        @Test func failedInputIsNamedOthersStillWrittenAndRetriedNextRun() throws {
            let corpus = try TestCorpus.make(4, label: "fail")
            _ = FileManager.default.createFile(atPath: corpus.appendingPathComponent("part-00/empty.txt").path, contents: Data())
            let out = try TestPaths.temporaryDirectory("failed")
            let run = try BinaryRun.run([corpus.path, "--out", out.path, "--quiet"])
            #expect(run.status == 1)
            #expect(run.stderr.contains("part-00/empty.txt: empty file"), "\(run.stderr)")
            #expect(jsonCount(out) == 4)
            let report = try OutputSnapshot.runReport(out)
            #expect(report["exit_code"] as? Int == 1)
            #expect((report["failed"] as? [[String: String]])?.first?["reason"] == "empty file (0 bytes)")
            let again = try BinaryRun.run([corpus.path, "--out", out.path, "--quiet"])
            #expect(again.status == 1, "a failed input is retried, and fails again")
            #expect((try OutputSnapshot.runReport(out)["files"] as? [String: Int])?["skipped"] == 4)
        }

        /// Outputs are put in place many documents at a time (`GroupCommit`): one that cannot be
        /// (a folder stands where its JSON goes) fails its input by name, leaves nothing of it in
        /// place or staged and no manifest entry, while the others land; the next run retries it.
        @Test func outputThatCannotBePutInPlaceFailsItsInputOnly() throws {
            let corpus = try TestCorpus.make(4, label: "blocked-output")
            let inputs = try FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent("part-00").path).sorted()
            let blocked = "part-00/" + inputs[1].dropLast(".txt".count) + ".json"
            let out = try TestPaths.temporaryDirectory("blocked-output")
            try FileManager.default.createDirectory(
                at: out.appendingPathComponent(blocked).appendingPathComponent("in-the-way"), withIntermediateDirectories: true)
            let run = try BinaryRun.run([corpus.path, "--out", out.path, "--quiet"])
            #expect(run.status == 1)
            #expect(run.stderr.contains("part-00/\(inputs[1])"), "\(run.stderr)")
            #expect(jsonCount(out) == 3)
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(ReviewPaths.page(forOutput: blocked)).path))
            #expect(try OutputSnapshot.files(in: out.appendingPathComponent(".report-extract/tmp")).isEmpty)
            let manifest = try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent(".report-extract/manifest.json"))) as! [String: Any]
            let listed = (manifest["entries"] as! [[String: Any]]).map { $0["output"] as! String }
            #expect(listed.count == 3 && !listed.contains(blocked))

            try FileManager.default.removeItem(at: out.appendingPathComponent(blocked))
            let again = try BinaryRun.run([corpus.path, "--out", out.path, "--quiet"])
            #expect(again.status == 0, "\(again.stderr)")
            #expect(jsonCount(out) == 4)
            #expect((try OutputSnapshot.runReport(out)["files"] as? [String: Int])?["skipped"] == 3)
        }

        @Test func usageAndRuleErrorsExitSixtyFour() throws {
            let out = try TestPaths.temporaryDirectory("usage")
            #expect(try BinaryRun.run(["--out", out.path]).status == 64)
            #expect(try BinaryRun.run([out.path]).status == 64)
            #expect(try BinaryRun.run([out.path, "--out", out.path, "--jobs", "0"]).status == 64)
            #expect(try BinaryRun.run(["--stdin", out.path]).status == 64)
            let missing = try BinaryRun.run([out.path, "--out", out.path, "--rules", "/nonexistent/rules"])
            #expect(missing.status == 64)
            #expect(missing.stderr.contains("rules directory /nonexistent/rules does not exist"))
            let help = try BinaryRun.run(["--help"])
            for option in ["--out", "--jobs", "--force", "--wait", "--quiet", "--rules", "--stdin", "--jsonl", "EXIT STATUS", "75", "CRON", "15 2 * * *"] {
                #expect(help.stdout.contains(option), "--help does not mention \(option)")
            }
            #expect(!help.stdout.contains("debug-delay"))
        }
    }
}

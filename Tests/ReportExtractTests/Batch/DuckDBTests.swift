import Foundation
import ReportExtract
import Testing

/// Loads the datasets into DuckDB (the Python package) through `Scripts/duckdb-check.py`, so the
/// columns' types are checked by the tool users load them with. Skipped, saying so, when
/// `python3 -c 'import duckdb'` fails; `.ci/run` installs duckdb so CI never skips it.
enum DuckDB {
    static let available: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import duckdb"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    static func check(_ directory: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestPaths.packageRoot.appendingPathComponent("Scripts/duckdb-check.py").path,
                             directory.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}

extension BatchEndToEnd {
    @Suite(.enabled(if: DuckDB.available, "python3 cannot import duckdb: run `pip install duckdb` (.ci/run does)"))
    struct DuckDBLoads {
        /// A batch run whose datasets are then rebuilt with one document replaced by the fixture
        /// with figures: the executable's own dataset writer, with known values.
        @Test func fixtureFiguresLoadWithExactDecimals() throws {
            let corpus = try TestCorpus.make(1, label: "duckdb")
            let out = try TestPaths.temporaryDirectory("duckdb")
            #expect(try BinaryRun.run([corpus.path, "--out", out.path, "--quiet"]).status == 0)

            // Swap one document's JSON for the fixture and record its hash in the manifest, as if
            // the run had written it; the next run skips every input but rebuilds the datasets.
            let fixture = try Data(contentsOf: TestPaths.fixture("batch/document-with-figures.json"))
            let manifestURL = out.appendingPathComponent(".report-extract/manifest.json")
            var manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL)) as! [String: Any]
            var entries = manifest["entries"] as! [[String: Any]]
            try fixture.write(to: out.appendingPathComponent(entries[0]["output"] as! String))
            entries[0]["output_sha256"] = sha256Hex(fixture)
            manifest["entries"] = entries
            try JSONSerialization.data(withJSONObject: manifest).write(to: manifestURL)
            let rerun = try BinaryRun.run([corpus.path, "--out", out.path, "--quiet"])
            #expect(rerun.status == 0, "\(rerun.stderr)")
            let report = try OutputSnapshot.runReport(out)
            #expect((report["files"] as? [String: Int])?["skipped"] == 1)
            let datasets = report["datasets"] as? [String: Any]
            #expect(datasets?["rebuilt"] as? Bool == true)
            #expect(datasets?["figures"] as? Int == 4)
            #expect(datasets?["figures_by_confidence"] as? [String: Int] == ["high": 2, "medium": 1, "low": 1])
            #expect(datasets?["checks_by_status"] as? [String: Int] == ["pass": 1, "fail": 1])

            let check = try DuckDB.check(out, [
                "--documents", "1", "--figures", "4",
                "--expect", "t1.r2.c3=1124.65", "--expect", "t2.r1.c2=123456789012.3456",
            ])
            #expect(check.status == 0, "\(check.output)")
        }

        /// The real corpus: every document and figure loads, and 支出总额 of seed 000 (printed
        /// `1124..65`) reads back as the exact decimal 1124.65 from JSON lines and CSV.
        @Test func corpusRunLoads() throws {
            let out = try TestPaths.temporaryDirectory("duckdb-corpus")
            let corpus = TestPaths.packageRoot.appendingPathComponent("corpus")
            #expect(try BinaryRun.run([corpus.path, "--out", out.path, "--quiet"]).status == 0)
            let figures = try OutputSnapshot.runReport(out)["datasets"].flatMap { ($0 as? [String: Any])?["figures"] as? Int }
            let check = try DuckDB.check(out, [
                "--documents", "\(TestCorpus.seeds.count)", "--figures", "\(figures ?? -1)",
                "--expect", "000_9e756e20db3ef670.txt:t0.r3.c1=1124.65",
                "--expect", "004_0656e2f4a1cf6b1e.txt:t2.r22.c1=14534.54",
            ])
            #expect(check.status == 0, "\(check.output)")
        }
    }
}

private func sha256Hex(_ data: Data) -> String {
    ReportExtract.SHA256.hex([UInt8](data))
}

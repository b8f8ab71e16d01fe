import Foundation
import Testing

/// A batch with every kind of bad input: each file is read correctly or gets one error line
/// naming it, the good files are still written, and the exit status says something failed.
@Suite struct BadInputTests {
    @Test func badFilesAreReportedAndTheBatchGoesOn() throws {
        let input = try Tool.temporaryDirectory("bad-in")
        let output = try Tool.temporaryDirectory("bad-out")
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        let seed = Corpus.bytes("001_a2c5c2f5df1e7fe7.txt")
        let text = Corpus.text("001_a2c5c2f5df1e7fe7.txt")
        var invalid = Array(seed.prefix(600))
        let badOffset = try #require((300..<600).first { seed[$0] >= 0xE0 })  // a lead byte
        invalid[badOffset] = 0xFF
        let files: [String: [UInt8]] = [
            "empty.txt": [],
            "binary.txt": [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + Array(repeating: 0, count: 64),
            "invalid-utf8.txt": invalid,
            "gb18030.txt": try #require(GB18030Encoder.encode(text)),
            "utf16.txt": [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
            "no-newline.txt": Array(String(repeating: "基本支出29.17万元，", count: 800_000).utf8),  // 20.8 MB
            "good.txt": seed,
        ]
        for (name, bytes) in files {
            try Data(bytes).write(to: input.appendingPathComponent(name))
        }
        // The size limit raised past the 20.8 MB file, so its line length is what fails it.
        let result = try Tool.run([input.path, "--out", output.path, "--quiet", "--max-file-bytes", "30000000"])
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains("error:") }
        #expect(errors.count == 4)
        #expect(errors.contains { $0.contains("no-newline.txt") && $0.contains("line 1 is 20800000 bytes long, over the limit of 1000000") })
        #expect(errors.contains { $0.contains("empty.txt") && $0.contains("empty file") })
        #expect(errors.contains { $0.contains("binary.txt") && $0.contains("NUL byte at byte offset 7") })
        #expect(errors.contains { $0.contains("invalid-utf8.txt") && $0.contains("invalid UTF-8 at byte offset \(badOffset)") })
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
            .filter { $0.hasSuffix(".json") && $0 != "run.json" }
        #expect(written == ["gb18030.json", "good.json", "utf16.json"])
        let gb = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("gb18030.json"))) as? [String: Any]
        let source = gb?["source"] as? [String: Any]
        #expect(source?["encoding"] as? String == "GB18030")
        let good = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("good.json"))) as? [String: Any]
        #expect((good?["tables"] as? [Any])?.count == 4)
        let utf16 = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("utf16.json"))) as? [String: Any]
        #expect((utf16?["tables"] as? [Any])?.count == 4)
        #expect(((utf16?["source"] as? [String: Any])?["bom"] as? Bool) == true)
    }

    @Test func aLongLineIsReadWhenTheLimitIsRaised() throws {
        let input = try Tool.temporaryDirectory("long-in")
        let output = try Tool.temporaryDirectory("long-out")
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        let text = String(repeating: "厉行节约，", count: 100_000)  // 1.5 MB, no line break
        try Data(text.utf8).write(to: input.appendingPathComponent("long.txt"))
        let result = try Tool.run([
            input.path, "--out", output.path, "--quiet", "--max-line-bytes", "2000000", "--max-file-bytes", "2000000",
        ])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("long.json"))) as? [String: Any]
        let paragraphs = json?["paragraphs"] as? [[String: Any]]
        #expect(paragraphs?.count == 1)
        #expect((paragraphs?.first?["text"] as? String)?.count == 500_000)
    }

    /// A file over --max-file-bytes is refused before it is read, named with its size and the
    /// limit; the other files are still extracted.
    @Test func aFileOverTheSizeLimitIsRefusedAndTheBatchGoesOn() throws {
        let input = try Tool.temporaryDirectory("size-in")
        let output = try Tool.temporaryDirectory("size-out")
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        let small = Corpus.bytes("000_9e756e20db3ef670.txt")
        let large = Corpus.bytes("003_f55f75cbe4f5ac91.txt")
        try Data(small).write(to: input.appendingPathComponent("small.txt"))
        try Data(large).write(to: input.appendingPathComponent("large.txt"))
        let limit = small.count + 100
        let result = try Tool.run([input.path, "--out", output.path, "--quiet", "--max-file-bytes", "\(limit)"])
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains("error:") }
        #expect(errors.count == 1)
        #expect(errors.first?.contains("large.txt: \(large.count) bytes, over the limit of \(limit) bytes per document") == true, "\(errors)")
        #expect(errors.first?.contains("--max-file-bytes") == true)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("small.json").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("large.json").path))
        let usage = try Tool.run([input.path, "--out", output.path, "--max-file-bytes", "0"])
        #expect(usage.status == 64)
    }

    @Test func missingInputIsAnErrorAndUsageErrorsExit64() throws {
        let output = try Tool.temporaryDirectory("missing-out")
        defer { try? FileManager.default.removeItem(at: output) }
        let missing = try Tool.run(["/nonexistent/report.txt", "--out", output.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.lowercased().contains("/nonexistent/report.txt: no such file or directory"))
        let usage = try Tool.run(["--no-such-option"])
        #expect(usage.status == 64)
    }
}

/// `report-extract rules lint` on a directory with a misspelt key names the file and the line.
@Suite struct RulesLintCommandTests {
    @Test func misspeltKeyFailsLintWithFileAndLine() throws {
        let directory = try Tool.temporaryDirectory("lint")
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("""
            version: 1
            fields:
              - id: staff_quota
                aliasses: [编制数]
            """.utf8).write(to: directory.appendingPathComponent("fields.yaml"))
        let result = try Tool.run(["rules", "lint", directory.path])
        #expect(result.status == 64)
        #expect(result.stdout.contains("fields.yaml:4: aliasses: unknown key in a field (did you mean 'aliases'?)"), "\(result.stdout)")
    }

    @Test func repositoryRulesLintClean() throws {
        let result = try Tool.run(["rules", "lint", Corpus.root.appendingPathComponent("rules").path])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("examples: ok"))
    }
}

import Foundation
import Testing

@testable import ReportExtract

/// Headless Chromium, driven by `Scripts/review-browser-check.py`, loads the review pages of the
/// corpus and a 300-row table: no console message, exception or failed load; each page's script
/// ran to the end; hovering a check highlights its figures and clicking a figure fills the side
/// panel. Screenshots go to `.build/review-screenshots/` for a person to look at. Skipped, saying
/// why, where Chromium is missing (`.ci/run` installs it).
enum Browser {
    static let chromium: String? = {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let path = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }()

    static let screenshots = TestPaths.packageRoot.appendingPathComponent(".build/review-screenshots")

    struct Page: Decodable {
        var url: String
        var errors: [String]
        var ready: Bool
        var loadMS: Int
        var steps: [Step]
        var screenshots: [String]

        struct Step: Decodable {
            var name: String
            var result: [String: Value]?
        }

        /// A step's result value: only booleans matter (`ok`); anything else is kept as `other`.
        enum Value: Decodable {
            case bool(Bool), other
            init(from decoder: any Swift.Decoder) throws {
                let value = try? decoder.singleValueContainer().decode(Bool.self)
                self = value.map(Value.bool) ?? .other
            }
        }

        enum CodingKeys: String, CodingKey {
            case url, errors, ready, steps, screenshots
            case loadMS = "load_ms"
        }
    }

    static func check(_ urls: [URL], into directory: URL) throws -> [Page] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestPaths.packageRoot.appendingPathComponent("Scripts/review-browser-check.py").path,
                             directory.path] + urls.map(\.absoluteString)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "review-browser-check.py failed: \(message)")
        struct Report: Decodable { var pages: [Page] }
        return try JSONDecoder().decode(Report.self, from: data).pages
    }
}

extension BatchEndToEnd {
    @Suite(.enabled(if: Browser.chromium != nil, "chromium is not installed (apt-get install chromium; .ci/run does): review pages not checked in a browser"))
    struct ReviewPagesInChromium {
        @Test func corpusPagesAndALongTableOpenCleanly() throws {
            let out = try TestPaths.temporaryDirectory("review-browser")
            let run = try BinaryRun.run([TestPaths.packageRoot.appendingPathComponent("corpus").path, "--out", out.path, "--quiet"])
            try #require(run.status == 0, "\(run.stderr)")
            let long = "review/long-table-300-rows.html"
            try Data(DocumentPage.render(json: ReviewFixtures.json(ReviewFixtures.longTable(rows: 300)), page: long))
                .write(to: out.appendingPathComponent(long))
            let pages = try OutputSnapshot.files(in: out).filter { $0.hasPrefix("review/") && $0.hasSuffix(".html") }.sorted()
            #expect(pages.count == 6)
            let urls = ([ReviewPaths.index] + pages).map { out.appendingPathComponent($0) }

            try? FileManager.default.removeItem(at: Browser.screenshots)
            let results = try Browser.check(urls, into: Browser.screenshots)
            #expect(results.count == urls.count)
            for page in results {
                let name = URL(string: page.url)?.lastPathComponent ?? page.url
                #expect(page.errors.isEmpty, "\(name): \(page.errors)")
                #expect(page.ready, "\(name): the page's script did not run to its end")
                #expect(page.loadMS < 10_000, "\(name) took \(page.loadMS) ms to load")
                for step in page.steps where step.result?["skipped"] == nil {
                    if case .bool(true) = step.result?["ok"] {} else {
                        Issue.record("\(name): \(step.name) did not work: \(String(describing: step.result))")
                    }
                }
                for screenshot in page.screenshots {
                    let size = (try? FileManager.default.attributesOfItem(atPath: screenshot)[.size] as? Int) ?? 0
                    #expect(size > 20_000, "\(screenshot) is \(size) bytes: a blank page?")
                }
            }
            let documentPages = results.filter { !$0.steps.isEmpty }
            #expect(documentPages.count == 6, "every document page was exercised")
        }

        /// The check itself can fail: a page with a console error and an exception is reported.
        @Test func aBrokenPageIsCaught() throws {
            let directory = try TestPaths.temporaryDirectory("review-broken")
            let page = directory.appendingPathComponent("broken.html")
            try Data("<!DOCTYPE html><html><body><p>坏</p><script>console.error('boom'); missing();</script></body></html>".utf8)
                .write(to: page)
            let result = try #require(try Browser.check([page], into: directory).first)
            #expect(!result.ready)
            #expect(result.errors.contains { $0.contains("boom") })
            #expect(result.errors.contains { $0.contains("missing is not defined") })
        }
    }
}

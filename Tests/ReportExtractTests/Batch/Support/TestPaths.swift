import Foundation

/// Where the package, its fixtures and the built executable are, from the test binary's side.
enum TestPaths {
    /// The package root: four levels above this file (Tests/ReportExtractTests/Batch/Support).
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { url.deleteLastPathComponent() }
        return url
    }()

    static func fixture(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name)
    }

    /// `report-extract`, built by `swift build` and `swift test` next to the test bundle
    /// (so `swift test -c release` uses the release binary), else in `.build/debug`.
    static let executable: URL = {
        if let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let beside = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("report-extract")
            if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        }
        return packageRoot.appendingPathComponent(".build/debug/report-extract")
    }()

    /// A new empty directory under the system's temporary directory.
    static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("report-extract-tests-\(label)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

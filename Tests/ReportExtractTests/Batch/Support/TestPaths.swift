import Foundation

#if canImport(Glibc)
    import Glibc
#endif

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

    /// A new empty directory for one test, inside this test process's own folder.
    static func temporaryDirectory(_ label: String) throws -> URL {
        let url = sessionDirectory.appendingPathComponent("\(label)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `$TMPDIR/report-extract-tests-PID`. Made on first use, after deleting the folders of
    /// earlier test processes that no longer run, so repeated runs do not fill the disk.
    static let sessionDirectory: URL = {
        let base = FileManager.default.temporaryDirectory
        let prefix = "report-extract-tests-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? [] where name.hasPrefix(prefix) {
            if let pid = Int32(name.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(at: base.appendingPathComponent(name))
            }
        }
        return base.appendingPathComponent(prefix + String(getpid()))
    }()
}

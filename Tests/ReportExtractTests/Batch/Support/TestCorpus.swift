import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Corpora for end-to-end tests, made from the repository's seed documents like
/// `Scripts/make-big-corpus.sh`: copy i of a seed goes to `part-NN/iiiii_<seed>.txt` with a
/// trailing line "(copy iiiii)".
enum TestCorpus {
    static let seeds: [URL] = {
        let corpus = TestPaths.packageRoot.appendingPathComponent("corpus")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { corpus.appendingPathComponent($0) }
    }()

    /// Makes `count` files under a new directory and returns it.
    static func make(_ count: Int, label: String, perFolder: Int = 10) throws -> URL {
        let root = try TestPaths.temporaryDirectory("corpus-\(label)")
        for index in 0..<count {
            let seed = seeds[index % seeds.count]
            let folder = root.appendingPathComponent(String(format: "part-%02d", index / perFolder))
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var bytes = try Data(contentsOf: seed)
            bytes.append(Data(String(format: "\n(copy %05d)\n", index).utf8))
            try bytes.write(to: folder.appendingPathComponent(String(format: "%05d_", index) + seed.lastPathComponent))
        }
        return root
    }
}

/// The files of an output directory, for comparing runs: every regular file by relative path,
/// without the lock file (it holds a process id) and with `run.json`'s `volatile` object removed.
enum OutputSnapshot {
    static func contents(of directory: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for relative in try files(in: directory) where relative != ".report-extract.lock" {
            var data = try Data(contentsOf: directory.appendingPathComponent(relative))
            if relative == "run.json" { data = try withoutVolatile(data) }
            result[relative] = data
        }
        return result
    }

    /// Modification times in nanoseconds, by relative path.
    static func mtimes(of directory: URL) throws -> [String: Int64] {
        var result: [String: Int64] = [:]
        for relative in try files(in: directory) {
            var info = stat()
            stat(directory.appendingPathComponent(relative).path, &info)
            result[relative] = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        }
        return result
    }

    static func files(in directory: URL) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory.path)
        var result: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory.appendingPathComponent(relative).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { result.append(relative) }
        }
        return result.sorted()
    }

    static func runReport(_ directory: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: directory.appendingPathComponent("run.json"))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    private static func withoutVolatile(_ data: Data) throws -> Data {
        var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        object["volatile"] = nil
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }
}

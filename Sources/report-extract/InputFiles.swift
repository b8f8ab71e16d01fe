import Foundation

/// One input file and where its output goes, relative to the output directory.
struct InputFile: Hashable {
    /// Path as the user can open it.
    var path: String
    /// Path relative to the input root (the directory given, or the file's own directory).
    var relativePath: String

    /// `a/b.txt` → `a/b.json`.
    var outputRelativePath: String {
        let base = (relativePath as NSString).deletingPathExtension
        return base + ".json"
    }
}

/// Expands the command line's files and directories into input files, directories recursively.
enum InputFiles {
    struct Problem: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    static func expand(_ paths: [String], extensions: Set<String>) -> (files: [InputFile], problems: [Problem]) {
        var files: [InputFile] = []
        var problems: [Problem] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(Problem(path: path, reason: "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                files += walk(directory: path, extensions: extensions)
            } else {
                files.append(InputFile(path: path, relativePath: (path as NSString).lastPathComponent))
            }
        }
        return (files, problems)
    }

    private static func walk(directory: String, extensions: Set<String>) -> [InputFile] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey],
            options: [.skipsHiddenFiles])
        else { return [] }
        var files: [InputFile] = []
        for case let url as URL in enumerator {
            guard extensions.contains(url.pathExtension.lowercased()),
                (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            else { continue }
            let full = url.standardizedFileURL.path
            let relative = String(full.dropFirst(root.path.count).drop { $0 == "/" })
            let shown = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
            files.append(InputFile(path: shown, relativePath: relative))
        }
        return files.sorted { $0.relativePath < $1.relativePath }
    }
}

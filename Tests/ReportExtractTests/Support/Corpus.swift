import Foundation
import ReportExtract

/// The checked-in corpus: real Tika dumps and their reviewed expected outputs.
enum Corpus {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let directory = root.appendingPathComponent("corpus")
    static let expectedDirectory = directory.appendingPathComponent("expected")

    /// File names of the corpus inputs, sorted.
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    static func bytes(_ name: String) -> [UInt8] {
        [UInt8]((try? Data(contentsOf: directory.appendingPathComponent(name))) ?? Data())
    }

    static func text(_ name: String) -> String {
        String(decoding: bytes(name), as: UTF8.self)
    }

    /// The rules in `rules/`, loaded once.
    static let rules: RuleSet = {
        do {
            return try RuleSet.load(ruleFiles())
        } catch {
            fatalError("rules/ do not load: \(error)")
        }
    }()

    static func ruleFiles() throws -> [RuleFile] {
        let directory = root.appendingPathComponent("rules")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        return try names.map { name in
            RuleFile(name: "rules/\(name)", text: try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
        }
    }

    static func extracted(_ name: String) throws -> ExtractedDocument {
        try Pipeline(rules: rules).run(bytes: bytes(name), path: name)
    }

    static func segmented(_ name: String) throws -> SegmentedDocument {
        try extracted(name).segmented
    }

    /// Segments literal text (tests write TABs as `→` for readability).
    static func segment(_ text: String) -> SegmentedDocument {
        let real = text.replacingOccurrences(of: "→", with: "\t")
        let decoded = DecodedText(
            text: real, encoding: DetectedEncoding(name: "UTF-8", method: .strictUTF8, hasByteOrderMark: false))
        return Segmenter().segment(Normalizer().normalize(decoded))
    }
}

extension SegmentedDocument {
    /// Cell texts of a table's rows (all roles), for compact expectations.
    func cellTexts(table: Int) -> [[String]] {
        tables[table].rows.map { $0.cells.map(\.text) }
    }
}

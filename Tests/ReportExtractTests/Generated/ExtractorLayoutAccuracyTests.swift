import Foundation
import Testing

@testable import ReportExtract

/// Issue 12's gate on the generated reports as pandoc prints them (Tools/formgen
/// `render_extractors.py`, truth lines located in each rendering): table figures found ≥ 97 %,
/// labels right for ≥ 97 % of them, no high figure wrong, and every table read in a text layout
/// (pipe rows, HTML rows, ruled columns), never as Tika's; the renderings whose rows are a guess
/// (one line per table, one cell per line, columns of spaces) read but never trusted. `.ci/run` renders the set before
/// `swift test`; locally the test is skipped unless `CI` is set.
@Suite struct ExtractorLayoutAccuracyTests {
    static let root = Corpus.root.appendingPathComponent("generated")

    @Test(arguments: ["pandoc-plain", "pandoc-markdown"])
    func pandocRenderings(layout: String) throws {
        guard let run = try GeneratedSetRun.run(
            Self.root.appendingPathComponent(layout),
            missing: "Tools/formgen/render_extractors.py generated/docx --out generated")
        else { return }
        #expect(run.documents >= 50)
        let (table, wrongHigh, layouts) = (run.table, run.wrongHigh, run.layouts)
        #expect(table.recall >= 0.97, "table figures found: \(table.found) of \(table.expected)")
        #expect(table.labelShare >= 0.97, "labels right: \(table.labelsRight) of \(table.found)")
        #expect(wrongHigh.isEmpty, "high but wrong:\n\(wrongHigh.prefix(20).joined(separator: "\n"))")
        #expect(layouts.isDisjoint(with: [.dom, .sax]), "tables read as Tika's: \(layouts)")
    }

    /// The reports as a web page's text gives them (`render_web.py`: a row per line, a cell
    /// merged down written only in its first row, `|` padding for the rest): nearly every table
    /// figure found, none high and wrong (a table whose rows got their merged cells back is
    /// trusted to medium), labels right for nearly all (measured 97.3 %; the weakest family is
    /// 三公, 88.5 %).
    @Test func webPageRendering() throws {
        guard let run = try GeneratedSetRun.run(
            Self.root.appendingPathComponent("web-pipe"),
            missing: "Tools/formgen/render_extractors.py generated/docx --out generated")
        else { return }
        #expect(run.documents >= 50)
        let (table, wrongHigh) = (run.table, run.wrongHigh)
        #expect(table.recall >= 0.97, "table figures found: \(table.found) of \(table.expected)")
        #expect(table.labelShare >= 0.95, "labels right: \(table.labelsRight) of \(table.found)")
        #expect(wrongHigh.isEmpty, "high but wrong:\n\(wrongHigh.prefix(20).joined(separator: "\n"))")
        #expect(run.layouts.contains(.pipeCoveredCells))
    }

    /// The same page's text with each table run together on one line (`render_web.render_flat`,
    /// cells parted by single spaces, empty cells gone): whatever can be read is read, never
    /// trusted. Measured: 99.1 % of the table figures found, 89.4 % of them under the right labels,
    /// every one low.
    @Test func flattenedWebPageRendering() throws {
        guard let run = try GeneratedSetRun.run(
            Self.root.appendingPathComponent("web-flat"),
            missing: "Tools/formgen/render_extractors.py generated/docx --out generated")
        else { return }
        #expect(run.documents >= 50)
        #expect(run.table.recall >= 0.97, "table figures found: \(run.table.found) of \(run.table.expected)")
        #expect(run.table.labelShare >= 0.85, "labels right: \(run.table.labelsRight) of \(run.table.found)")
        #expect(run.trustedGuesses == 0)
        #expect(run.wrongHigh.isEmpty, "high but wrong:\n\(run.wrongHigh.prefix(20).joined(separator: "\n"))")
        #expect(run.layouts.contains(.flattened))
    }

    /// LibreOffice's text and docx2txt's print a table one cell per line with no row mark: read
    /// by the flattened reader's guess over the lines, so never trusted. Measured: LibreOffice
    /// 99.3 % of the table figures found, 97.6 % of them under the right labels (docx2txt 99.2 %,
    /// 97.6 %), every one low.
    @Test(arguments: ["libreoffice", "docx2txt"])
    func cellLineRenderings(layout: String) throws {
        guard let run = try GeneratedSetRun.run(
            Self.root.appendingPathComponent(layout),
            missing: "Tools/formgen/render_extractors.py generated/docx --out generated")
        else { return }
        #expect(run.documents >= 50)
        #expect(run.table.recall >= 0.98, "table figures found: \(run.table.found) of \(run.table.expected)")
        #expect(run.table.labelShare >= 0.96, "labels right: \(run.table.labelsRight) of \(run.table.found)")
        #expect(run.trustedGuesses == 0)
        #expect(run.truthProseUnread == 0)
        #expect(run.wrongHigh.isEmpty, "high but wrong:\n\(run.wrongHigh.prefix(20).joined(separator: "\n"))")
        #expect(!run.layouts.isDisjoint(with: [.cellLines, .cellParagraphs]))
    }

    /// Tables `pdftotext -layout` prints (columns of spaces, cells wrapped above and below their
    /// row's numbers) read by positions, so never trusted. Measured (4 December 2026, stop 36,
    /// README, the Chinese text set in Noto Sans CJK, which `render_extractors.py` requires; the
    /// truth locates figures wrapped inside their cells, the indicator forms' mostly): 92.8 % of
    /// the located table cells found (`evaluate`; this test's count 7,801 of 8,437), 76.7 % of those
    /// under the right labels by this test's count (5,982 of 7,801; `evaluate`'s table cells:
    /// 76.4 %, the indicator forms 66–72 %: their narrow cells wrap two characters a line), every
    /// one low; no prose figure taken into a table.
    @Test func spacedColumnRendering() throws {
        guard let run = try GeneratedSetRun.run(
            Self.root.appendingPathComponent("pdftotext"),
            missing: "Tools/formgen/render_extractors.py generated/docx --out generated")
        else { return }
        #expect(run.documents >= 50)
        #expect(run.table.recall >= 0.92, "table figures found: \(run.table.found) of \(run.table.expected)")
        #expect(run.table.labelShare >= 0.75, "labels right: \(run.table.labelsRight) of \(run.table.found)")
        #expect(run.trustedGuesses == 0)
        #expect(run.truthProseUnread == 0)
        #expect(run.wrongHigh.isEmpty, "high but wrong:\n\(run.wrongHigh.prefix(20).joined(separator: "\n"))")
        #expect(run.layouts.contains(.spacedColumns))
    }
}

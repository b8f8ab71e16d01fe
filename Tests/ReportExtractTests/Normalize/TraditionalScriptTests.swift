import Testing

@testable import ReportExtract

/// A document printed in traditional script is read as simplified (`TraditionalScript`): its
/// labels and prose meet the rules' words, and its figures keep the text as printed.
@Suite struct TraditionalScriptTests {
    /// Lines of 蕉城区's 2022 决算 and 四川省's 决算 news as a mirror site prints them (a clerk's
    /// reading), under a title of the same script: read as printed, no change was checked, no
    /// 三公 part had its field and the title named no unit.
    static let mirrored = """
        寧德市蕉城區財政局2022年度部門整體支出績效自評報告

        1.人大事務1087萬元,較上年增支204萬元,增長23.1%;

        2.“三公”經費支出4億元,其中:因公出國(境)經費0.3億元;公務用車購置及運行費3億元;公務接待費0.7億元。

        """

    static func decoded(_ text: String) -> DecodedText {
        DecodedText(text: text, encoding: DetectedEncoding(name: "UTF-8", method: .strictUTF8, hasByteOrderMark: false))
    }

    func document(_ text: String) throws -> ExtractedDocument {
        try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "traditional.txt")
    }

    @Test func aTraditionalDocumentIsCheckedAndLabelledAsASimplifiedOne() throws {
        let document = try document(Self.mirrored)
        let growth = document.reconciled.checks.first { $0.id.hasPrefix("prose_arithmetic@growth") }
        #expect(growth?.status == .ok)
        let change = document.figures.first { $0.raw == "204萬元" }
        #expect(change?.rowLabel == "较上年增支")
        #expect(change?.confidence == .high)
        let fields = document.figures.filter { $0.line == 5 }.map { $0.field }
        #expect(fields == ["three_public", "overseas", "official_cars", "reception"])
        #expect(document.recognized.facts.unit == "宁德市蕉城区财政局")
        #expect(document.segmented.diagnostics.contains { $0.code == "normalize.traditional_script" })
    }

    @Test func aLineKeepsItsRawTextAndColumns() {
        let normalized = Normalizer().normalize(Self.decoded(Self.mirrored))
        let line = normalized.lines[2]
        #expect(line.text == "1.人大事务1087万元,较上年增支204万元,增长23.1%;")
        #expect(line.raw == "1.人大事務1087萬元,較上年增支204萬元,增長23.1%;")
        #expect(line.rawColumn(of: 5) == 5)
        #expect(normalized.simplifiedScalars > 10)
    }

    /// A simplified text that prints a few characters the transform would change (`乾隆`, `於`,
    /// a quoted `萬`) stays as printed.
    @Test func aSimplifiedDocumentWithAFewTraditionalCharactersStaysAsPrinted() {
        let text = """
            2023年乾隆文化园项目绩效自评报告
            於家村项目年度预算数100万元,执行数98万元,执行率98%。牌匾题字“萬家灯火”。
            """
        let normalized = Normalizer().normalize(Self.decoded(text))
        #expect(normalized.simplifiedScalars == 0)
        #expect(normalized.lines[0].text.contains("乾隆"))
        #expect(normalized.lines[1].text.contains("萬家"))
    }
}

import Foundation
import Testing

@testable import ReportExtract

/// Tika's text for a table inside a block-level content control (`TabRowsReader`): a row per
/// line, cells joined by TABs, no TAB before the first cell.
@Suite struct TabRowsTests {
    /// The form of 大英县司法局's 2023 project self-evaluation (a stored page), as POI prints it
    /// from a content control: merged-down cells empty, so those rows start with their TAB.
    static let form = """
        部门预算项目支出绩效自评表(2023年度)
        项目名称\t51092324T000010263357-2023年全县安可替代补助资金项目
        主管部门\t大英县司法局\t实施单位\t大英县司法局
        预算执行情况(10分)\t年度预算数(万元)\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分
        \t总额\t0.00\t3.36\t3.36\t100.00%\t10\t10
        \t其中:财政资金\t0.00\t3.36\t3.36\t100.00%\t/\t/
        \t单位资金\t0.00\t0.00\t0.00\t0.00%\t/\t/

        评价结论：根据财政局资金下达的管理办法，将资金支付给项目施工方。

        """

    func document(_ text: String) throws -> ExtractedDocument {
        try Pipeline(rules: Corpus.rules).run(bytes: Array(text.utf8), path: "tab-rows.txt")
    }

    /// A table of contents: each entry its heading, a TAB and its page (昌都市宗教事务局's 2022
    /// evaluation report, a clerk's reading): 23 page numbers were figures of a table titled
    /// `目 录`. After `目录`, entries are no table; a two-column table of counts still is.
    @Test func aTableOfContentsIsNoTable() throws {
        let contents = try document("""
            部门整体支出绩效评价报告
            目 录
            一、部门（单位）概况\t1
            （一）部门（单位）职能职责\t1
            二、预算编制及执行情况\t3
            三、绩效评价工作情况\t5

            一、部门（单位）概况

            """)
        #expect(contents.segmented.tables.isEmpty)
        #expect(contents.figures.isEmpty)
        let counts = try document("""
            各乡镇项目个数
            城关镇\t3
            河东乡\t5

            """)
        #expect(counts.segmented.tables.map(\.layout) == [.tabRows])
    }

    @Test func eachLineIsARowAndItsFiguresAreMediumAtMost() throws {
        let document = try document(Self.form)
        #expect(document.segmented.tables.map(\.layout) == [.tabRows])
        let adjusted = document.figures.first { $0.line == 5 && $0.columnLabel == "调整后预算数" }
        #expect(adjusted?.raw == "3.36")
        #expect(adjusted?.rowLabel == "总额")
        let rate = document.figures.first { $0.line == 6 && $0.columnLabel == "预算执行率" }
        #expect(rate?.raw == "100.00%")
        #expect(rate?.rowLabel == "其中:财政资金")
        let figures = document.figures.filter { $0.table != nil }
        #expect(!figures.isEmpty)
        #expect(figures.allSatisfy { $0.confidence != .high && $0.reasons.contains("layout:tab_rows") })
        // Read as prose before, the form's cells gave figures such as `预算执行情况(10分)`'s 10.
        #expect(!document.figures.contains { $0.source == .prose && $0.raw.hasPrefix("10") })
    }

    /// A second form of the same content-control document whose first cell is empty starts
    /// with a TAB, as Tika SAX's rows do, and is read as SAX (Tools/formgen's tika-sdt set,
    /// seed 810108): its header's first cell held two paragraphs, so `总额`'s amounts stand one
    /// column left of their labels (370.59 under 年度预算数(万元), its 363.18 under 年初预算), and
    /// the sums down those columns close all the same. No figure of it is high.
    @Test func aTableOfAContentControlDocumentReadAsSAXIsMediumAtMost() throws {
        let document = try document(Self.form + """
            附件3
            部门预算项目支出绩效自评表(2023年度)
            \t项目名称\t510050R813114532026222-城市道路维护
            主管部门\t芦淞区财政局\t实施单位(盖章)\t芦淞区机关事务服务中心
            \t预算执行情况(10分)\t年度预算数(万元)\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\t原因
            \t总额\t370.59\t363.18\t331.22\t\t91.20%\t10\t9.12\t
            \t其中:财政资金\t370.59\t363.18\t\t331.22\t91.20%\t/\t\t/\t
            \t单位资金\t\t\t\t\t/\t/

            """)
        #expect(document.segmented.tables.map(\.layout) == [.tabRows, .sax])
        let second = document.figures.filter { $0.table == 1 }
        #expect(second.contains { $0.raw == "370.59" && $0.rowLabel == "总额" })
        #expect(second.allSatisfy { $0.confidence != .high && $0.reasons.contains("layout:sax_beside_tab_rows") })
    }

    /// Tika SAX breaks a row where a cell's later paragraph ends, the paragraph then leading the
    /// row's next cells on a line of its own (`→主管部门→…→实施` ¶ `单位→雨湖区交通运输局`): a few
    /// such lines in a table are SAX, not this layout.
    @Test func aSAXRowResumedAfterALaterParagraphIsNoTabRow() throws {
        let url = Corpus.root.appendingPathComponent("Tests/Fixtures/rows/gen_650072-sax.txt")
        let document = try Pipeline(rules: Corpus.rules).run(bytes: [UInt8](try Data(contentsOf: url)), path: "gen_650072-sax.txt")
        #expect(!document.segmented.tables.isEmpty)
        #expect(document.segmented.tables.allSatisfy { $0.layout == .sax })
    }
}

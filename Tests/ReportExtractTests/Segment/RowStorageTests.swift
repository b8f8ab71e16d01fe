import Testing

@testable import ReportExtract

/// `Row` keeps its role in the word of its header's index (24 bytes a row): both read and set
/// as separate stored members did.
@Suite struct RowStorageTests {
    @Test func aRowFitsInTwentyFourBytes() {
        #expect(MemoryLayout<Row>.stride == 24)
    }

    @Test func roleAndHeaderReadAsSetInEveryPairing() {
        for role in [Row.Role.title, .header, .body] {
            for header in [nil, 0, 1, 7, 300_000, (1 << 30) - 2] as [Int?] {
                let row = Row(index: 12, role: role, cells: [], header: header, firstLine: 40, lastLine: 43)
                #expect(row.role == role)
                #expect(row.header == header)
                #expect(row.index == 12)
                #expect(row.firstLine == 40)
                #expect(row.lastLine == 43)
            }
        }
    }

    @Test func settingOneLeavesTheOther() {
        var row = Row(index: 0, role: .body, cells: [], header: 3, firstLine: 1, lastLine: 1)
        row.role = .header
        #expect(row.header == 3)
        #expect(row.role == .header)
        row.header = nil
        #expect(row.role == .header)
        #expect(row.header == nil)
        row.role = .title
        row.header = 0
        #expect(row.role == .title)
        #expect(row.header == 0)
    }
}

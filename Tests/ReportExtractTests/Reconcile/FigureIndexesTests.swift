import Testing

@testable import ReportExtract

/// `FigureIndexes` and `RowGroups` hold positions as `Int32`: they must read back what was put
/// in, group as a dictionary of arrays would, and refuse a position past `Int32` rather than wrap.
@Suite("Figure positions held as Int32")
struct FigureIndexesTests {
    @Test("positions read back as Int, in order, through appends and slices")
    func roundTrip() {
        var indexes = FigureIndexes()
        let values = [0, 1, 7, 300_000, Int(Int32.max)]
        for value in values { indexes.append(value) }
        #expect(Array(indexes) == values)
        #expect(indexes.count == values.count)
        #expect(Array(indexes[1..<3]) == [1, 7])
        #expect(FigureIndexes([Int32]([5, 6])[1...]).map { $0 } == [6])
        #expect(FigureIndexes().isEmpty)
    }

    @Test("narrow keeps every Int32 and says no to one past it")
    func narrowing() {
        #expect(FigureIndexes.narrow(0) == 0)
        #expect(FigureIndexes.narrow(Int(Int32.max)) == Int32.max)
        #expect(Int32(exactly: Int(Int32.max) + 1) == nil)  // what `narrow` guards against
    }

    @Test("row groups hold each row's positions in figure order, as a map of arrays would")
    func groupsAsMap() {
        var seeded = SplitMix64(seed: 13)
        for _ in 0..<100 {
            var members: [RowGroups.Member] = []
            var expected: [[Int]: [Int]] = [:]
            for position in 0..<Int.random(in: 0...80, using: &seeded) {
                let (table, row) = (Int.random(in: 0...3, using: &seeded), Int.random(in: 0...12, using: &seeded))
                members.append(RowGroups.Member(table: table, row: row, position: position))
                expected[[table, row], default: []].append(position)
            }
            let groups = RowGroups(members)
            for table in -1...5 {
                for row in -1...14 {
                    #expect(Array(groups[table, row]) == expected[[table, row]] ?? [])
                }
            }
        }
    }
}

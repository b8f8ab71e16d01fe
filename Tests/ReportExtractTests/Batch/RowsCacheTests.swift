import Foundation
import Testing

@testable import ReportExtract

/// The rows cache is written as the rows are made, a block at a time, and a large one is copied
/// into the datasets a piece at a time: both must give the bytes of the rows made whole.
@Suite struct RowsCacheTests {
    /// Small blocks, so every corpus document's figures span many of them.
    static let blockBytes = 4096

    func streamedCache(_ document: DocumentJSON, output: String) -> (cache: Data, writes: [Data], counts: DocumentRows) {
        var writes: [Data] = []
        let counts = DocumentRows.writeCache(document: document, output: output, blockBytes: Self.blockBytes) {
            writes.append(Data($0))
        }
        return (writes.reduce(Data(), +), writes, counts)
    }

    @Test(arguments: Corpus.names)
    func streamedCacheReadsBackAsTheRowsMadeWhole(name: String) throws {
        let document = DocumentJSON(try Corpus.extracted(name))
        let whole = DocumentRows(document: document, output: "out/\(name).json")
        let (cache, writes, counts) = streamedCache(document, output: "out/\(name).json")
        let read = try DocumentRows(cache: cache)
        for file in DatasetFile.allCases {
            #expect(read.rows[file] == whole.rows[file], "\(file.rawValue)")
        }
        for rows in [read, counts] {
            #expect(rows.figureCount == whole.figureCount)
            #expect(rows.checkCount == whole.checkCount)
            #expect(rows.figuresByConfidence == whole.figuresByConfidence)
            #expect(rows.checksByStatus == whole.checksByStatus)
            #expect(rows.warnings == whole.warnings)
        }
        // Never more than a block and one row in hand: the largest piece written is bounded by
        // the block size, not by the document.
        let longestRow = DatasetFile.allCases.flatMap { whole.rows[$0]!.split(separator: 0x0A) }.map(\.count).max() ?? 0
        #expect(writes.map(\.count).max()! < Self.blockBytes + longestRow + 2)
        let layout = try DocumentRows.cacheLayout(size: cache.count) { cache[$0.clamped(to: 0..<cache.count)] }
        if whole.rows[.figures]!.count > 2 * Self.blockBytes {
            #expect(layout.blocks.filter { $0.file == .figures }.count > 1)
        }
    }

    /// What a rebuild does with a large cache: lay it out, then copy each block in small pieces
    /// read at offsets. The datasets get exactly the rows read whole.
    @Test func piecewiseCopyEqualsWholeRead() throws {
        let name = try #require(Corpus.names.first)
        let (cache, _, _) = streamedCache(DocumentJSON(try Corpus.extracted(name)), output: "a.json")
        let whole = try DocumentRows(cache: cache)
        var reads = 0
        let layout = try DocumentRows.cacheLayout(size: cache.count) { range in
            reads += 1
            return cache[range.clamped(to: 0..<cache.count)]
        }
        #expect(reads < cache.count / 1000)  // headers read, rows skipped
        var copied: [DatasetFile: Data] = [:]
        for block in layout.blocks {
            for start in stride(from: block.range.lowerBound, to: block.range.upperBound, by: 1000) {
                copied[block.file, default: Data()].append(cache[start..<min(start + 1000, block.range.upperBound)])
            }
        }
        for file in DatasetFile.allCases {
            #expect((copied[file] ?? Data()) == whole.rows[file], "\(file.rawValue)")
        }
        #expect(layout.counts.figureCount == whole.figureCount)
    }

    /// Caches written before the rows were streamed (format 2) are still read, not parsed again.
    @Test func version2CacheStillReads() throws {
        let name = try #require(Corpus.names.first)
        let whole = DocumentRows(document: DocumentJSON(try Corpus.extracted(name)), output: "a.json")
        var old = Data("report-extract-rows/2\n".utf8)
        for file in DatasetFile.allCases {
            old.append(Data("\(whole.rows[file]!.count)\n".utf8))
            old.append(whole.rows[file]!)
        }
        let counts = #"{"checks":\#(whole.checkCount),"checks_by_status":{},"figures":\#(whole.figureCount),"#
            + #""figures_by_confidence":{"high":1},"warnings":["segment.unread_table"]}"#
        old.append(Data(counts.utf8))
        let read = try DocumentRows(cache: old)
        for file in DatasetFile.allCases {
            #expect(read.rows[file] == whole.rows[file], "\(file.rawValue)")
        }
        #expect(read.figureCount == whole.figureCount)
        #expect(read.warnings == ["segment.unread_table"])
    }

    @Test func damagedCachesAreRefused() throws {
        let name = try #require(Corpus.names.first)
        let (cache, _, _) = streamedCache(DocumentJSON(try Corpus.extracted(name)), output: "a.json")
        let text = String(decoding: cache, as: UTF8.self)
        let damaged: [Data] = [
            cache.prefix(cache.count - 1),  // cut inside the counts
            cache.prefix(cache.count / 2),  // cut inside the rows
            cache + Data("x".utf8),  // bytes after the counts
            Data(text.replacingOccurrences(of: "figures.jsonl ", with: "figures.json ").utf8),
            Data(text.replacingOccurrences(of: "report-extract-rows/3", with: "report-extract-rows/1").utf8),
            Data(),
        ]
        for bytes in damaged {
            #expect(throws: DocumentRows.BadCache.self) { try DocumentRows(cache: bytes) }
        }
    }
}

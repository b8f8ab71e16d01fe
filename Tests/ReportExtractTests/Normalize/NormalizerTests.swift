import Testing

@testable import ReportExtract

@Suite struct NormalizerTests {
    func normalize(_ text: String) -> NormalizedText {
        Normalizer().normalize(
            DecodedText(
                text: text,
                encoding: DetectedEncoding(name: "UTF-8", method: .strictUTF8, hasByteOrderMark: false)))
    }

    @Test func foldsFullwidthASCIIAndIdeographicSpace() {
        let line = normalize("１２３４．５６万元（含）：％　≥").lines[0]
        #expect(line.text == "1234.56万元(含):% ≥")
        #expect(line.raw == "１２３４．５６万元（含）：％　≥")
    }

    @Test func keepsWhatNFKCAndTheUnfilteredTransformWouldDamage() {
        let text = "①②⑴㎡…、。「」○■℃Ⅱ二○二三年"
        #expect(normalize(text).lines[0].text == text)
    }

    @Test func keepsTheFullwidthCommaAsAListSeparator() {
        #expect(normalize("完成100，200户").lines[0].text == "完成100，200户")
    }

    @Test func explicitMap() {
        #expect(normalize("a\u{00A0}b\u{2011}c\u{2010}d\u{00AD}e﹪").lines[0].text == "a b-c-de%")
    }

    @Test func removesMarkersAndRecordsThem() {
        let normalized = normalize("[bookmark: _GoBack]2023年支出292.47万元\n\t[bookmark: _Hlk1]\n")
        #expect(normalized.lines[0].text == "2023年支出292.47万元")
        #expect(normalized.lines[1].text == "\t")
        #expect(
            normalized.markers == [
                Marker(kind: .bookmark, name: "_GoBack", line: 1, column: 1),
                Marker(kind: .bookmark, name: "_Hlk1", line: 2, column: 2),
            ])
        // 2 of "2023年" sits after the 19-character marker in the raw line.
        #expect(normalized.lines[0].rawColumn(of: 0) == 19)
    }

    @Test func linesCountRawLinesIncludingCRLF() {
        let lines = normalize("a\r\nb\n\nc").lines
        #expect(lines.map(\.text) == ["a", "b", "", "c"])
        #expect(lines.map(\.number) == [1, 2, 3, 4])
    }

    /// The scalar map equals ICU's filtered transform on every corpus file. Expected text: the raw
    /// lines with markers cut out, through ICU, then through the explicit extra map (NBSP, soft
    /// hyphen, …), which ICU's ID does not cover. The map keeps U+FF0C on purpose, so ours is
    /// compared with U+FF0C turned into ASCII.
    @Test(arguments: Corpus.names)
    func widthFoldingEqualsICUOnTheCorpus(name: String) throws {
        let icu = try ICUTransliterator(id: WidthFolding.icuTransformID)
        let normalized = normalize(Corpus.text(name))
        var expectedLines: [String] = []
        for line in normalized.lines {
            var raw = line.raw
            for marker in normalized.markers where marker.line == line.number {
                raw = raw.replacingOccurrences(of: "[\(marker.kind.rawValue): \(marker.name)]", with: "")
            }
            var folded = String.UnicodeScalarView()
            for scalar in icu.apply(raw).unicodeScalars {
                switch WidthFolding.fold(scalar) {
                case .keep: folded.append(scalar)
                case .replace(let replacement): folded.append(replacement)
                case .remove: break
                }
            }
            expectedLines.append(String(folded))
        }
        let ours = normalized.lines.map { $0.text.replacingOccurrences(of: "，", with: ",") }
        #expect(ours == expectedLines)
        #expect(normalized.foldedScalars > 0)
    }

    /// Lines cut at LF bytes, one at a time: a CR before the LF belongs to the break, a final
    /// LF ends the last line, an empty text is one empty line.
    @Test(arguments: [
        ("", [""]), ("\n", [""]), ("a", ["a"]), ("a\n", ["a"]), ("a\nb", ["a", "b"]), ("a\r\nb\r\n", ["a", "b"]),
        ("\n\n", ["", ""]), ("\r", [""]), ("a\rb\n", ["a\rb"]), ("项目\t预算数\r\n合计", ["项目\t预算数", "合计"]),
    ])
    func linesSplitAtLineFeeds(_ text: String, _ expected: [String]) {
        #expect(Normalizer.splitLines(text).map(String.init) == expected)
    }

    /// Raw columns as they were made before they were made only at a line's first removal:
    /// every kept or folded scalar's column appended, the list kept when a marker or a soft
    /// hyphen was removed.
    private func columnsOneByOne(_ raw: String) -> [Int]? {
        let scalars = Array(raw.unicodeScalars)
        var columns: [Int] = []
        var removedAny = false
        var index = 0
        while index < scalars.count {
            if scalars[index] == "[", let marker = Normalizer.marker(in: scalars, at: index) {
                index = marker.end
                removedAny = true
                continue
            }
            if WidthFolding.fold(scalars[index]) == .remove { removedAny = true } else { columns.append(index) }
            index += 1
        }
        return removedAny ? columns : nil
    }

    @Test func rawColumnsMadeAtTheFirstRemovalAreTheColumnsOneByOne() {
        var seeded = SplitMix64(seed: 21)
        let parts = ["预算", "１２", "．", "a", " ", "　", "\u{00AD}", "[bookmark: _Hlk1]", "[image: 图]", "[bookmark: x", "]", "%", "、"]
        for _ in 0..<3_000 {
            var text = "，"  // never plain ASCII, never folding nothing: every line takes the long path
            for _ in 0..<Int.random(in: 0...10, using: &seeded) { text += parts.randomElement(using: &seeded)! }
            text += "％"
            let line = normalize(text).lines[0]
            #expect(line.rawColumns == columnsOneByOne(text), "\(text.debugDescription)")
        }
    }
}

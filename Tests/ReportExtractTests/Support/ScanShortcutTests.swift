import Foundation
import Testing

@testable import ReportExtract

/// Shortcuts taken on lines and numbers asked of every paragraph, against the paths they
/// replace: scalars decoded from UTF-8 against the scalar view, the pipe and dash line tests
/// against their bodies without the early exit, a unit's kind looked up against the kinds
/// sorted and searched on each call, a list's CSV field against the field of the joined list,
/// an alias and a label's prose patterns found by bytes against the canonical lookups, and
/// folding nothing read on bytes against every scalar asked.
@Suite("Scan shortcuts agree with the general path")
struct ScanShortcutTests {
    /// Generated lines of prose, table and border pieces, every UTF-8 length among them.
    private func texts(seed: UInt64, count: Int) -> [String] {
        var seeded = SplitMix64(seed: seed)
        let parts = ["", " ", "  ", "\t", "|", " | ", "-", "---", "+", "=", ":", "。", "a", "12.5", "预算", "万元",
                     "　", "（一）", "é", "e\u{301}", "\u{7FF}", "\u{800}", "\u{FFFF}", "\u{10000}", "😀", "\u{10FFFF}"]
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<Int.random(in: 0...14, using: &seeded) { text += parts.randomElement(using: &seeded)! }
            return text
        }
    }

    @Test("scalars decoded from UTF-8 are the scalar view's")
    func scalarArray() {
        for text in texts(seed: 11, count: 4_000) + ["", "a", "\u{10FFFF}", String(repeating: "预算数", count: 500)] {
            #expect(text.scalarArray == Array(text.unicodeScalars), "\(text.debugDescription)")
        }
    }

    /// `PipeTableReader.isPipeRow` as it was, without the byte search first.
    private func isPipeRowInGeneral(_ text: String) -> Bool {
        let trimmed = CellText.trim(text)
        guard !trimmed.isEmpty, !PipeTableReader.isBorder(trimmed) else { return false }
        let bars = trimmed.unicodeScalars.filter { $0 == "|" }.count
        if trimmed.hasPrefix("|") { return bars >= 2 }
        guard bars >= 1, !trimmed.hasSuffix("。") else { return false }
        return CellText.contains(trimmed, " | ") || CellText.contains(trimmed, " |")
    }

    /// `RuledColumnsReader.isDashLine` as it was, the scalars counted first.
    private func isDashLineInGeneral(_ text: String) -> Bool {
        let trimmed = CellText.trim(text)
        return trimmed.unicodeScalars.count >= 3 && trimmed.unicodeScalars.allSatisfy { $0 == "-" || $0 == " " }
    }

    @Test("pipe rows and dash lines on generated lines")
    func lineTests() {
        for text in texts(seed: 12, count: 6_000) + ["|", "||", "a |", "| a |", "---", "- -", "--", " --- "] {
            #expect(PipeTableReader.isPipeRow(text) == isPipeRowInGeneral(text), "\(text.debugDescription)")
            #expect(RuledColumnsReader.isDashLine(text) == isDashLineInGeneral(text), "\(text.debugDescription)")
        }
    }

    @Test("a unit's kind is the first sorted kind listing it")
    func unitKinds() {
        var grammar = Corpus.rules.proseGrammar
        func kindBySorting(_ unit: String) -> String? {
            grammar.units.keys.sorted().first { grammar.units[$0]!.contains(unit) }
        }
        let units = Set(grammar.units.values.joined()).sorted() + ["", "吨", "㎡", "年", "%", "元", "e\u{301}"]
        #expect(!grammar.units.isEmpty)
        for unit in units { #expect(grammar.kind(ofUnit: unit) == kindBySorting(unit), "\(unit)") }
        // Units listed by more than one kind, and a spelling canonically equal to another's.
        grammar.units = ["rate": ["%", "分", "\u{E9}"], "budget": ["元", "分"], "count": ["个", "%"], "score": ["分"]]
        for unit in units + ["分", "\u{E9}"] { #expect(grammar.kind(ofUnit: unit) == kindBySorting(unit), "\(unit)") }
        grammar.units["budget"] = nil
        for unit in units + ["分"] { #expect(grammar.kind(ofUnit: unit) == kindBySorting(unit), "\(unit)") }
    }

    @Test("a list's CSV field written piece by piece is the field of the joined list")
    func joinedField() {
        var seeded = SplitMix64(seed: 13)
        let reasons = ["parse:clean", "check:ok:sum@t0.r1", "", "a,b", "say \"hi\"", "two\nlines", "cr\r", ";", "预算数", "  "]
        for _ in 0..<4_000 {
            let list = (0..<Int.random(in: 0...5, using: &seeded)).map { _ in reasons.randomElement(using: &seeded)! }
            var pieces: [UInt8] = [1]
            CSV.appendField(joinedBySemicolons: list, to: &pieces)
            var joined: [UInt8] = [1]
            CSV.appendField(list.joined(separator: ";"), to: &joined)
            #expect(pieces == joined, "\(list)")
        }
    }

    @Test("plainly normal scalars have no canonical decomposition and no combining class")
    func plainlyNormalScalars() {
        for range in PlainlyNormal.ranges {
            for value in range {
                let scalar = Unicode.Scalar(value)!
                #expect(PlainlyNormal.isPlain(value))
                #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
                let text = String(scalar)
                #expect(Array(text.decomposedStringWithCanonicalMapping.unicodeScalars) == [scalar], "U+\(String(value, radix: 16))")
                #expect(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == [scalar], "U+\(String(value, radix: 16))")
            }
        }
        for value: UInt32 in [0x80, 0x9F, 0xC0, 0xE9, 0x2000, 0x2001, 0x20D0, 0x301, 0x302A, 0x302F, 0x3099, 0x1161, 0xAC00, 0xF900, 0x2FFFF, 0xFF00, 0xFF5F] {
            #expect(!PlainlyNormal.isPlain(value), "U+\(String(value, radix: 16))")
        }
    }

    @Test("an alias found by its bytes is the alias found canonically")
    func aliasesByBytes() {
        let rules = Corpus.rules
        var seeded = SplitMix64(seed: 14)
        var keys = Array(rules.aliasIndex.keys)
        // Spellings canonically equal to a key but not byte equal, and keys no alias has.
        let odd = ["e\u{301}", "\u{E9}", "\u{F900}", "\u{8C48}", "\u{1112}\u{1161}\u{11AB}", "\u{D55C}", "\u{302A}", "·", "—"]
        for key in keys.prefix(200) {
            keys.append(key + odd.randomElement(using: &seeded)!)
            keys.append(String(key.unicodeScalars.prefix(1)) + odd.randomElement(using: &seeded)! + String(key.unicodeScalars.dropFirst()))
            keys.append(key.decomposedStringWithCanonicalMapping)
            keys.append(String(key.unicodeScalars.dropLast()))
        }
        keys += odd + ["", "预算", "支出合计", "abc"]
        for key in keys {
            let byBytes = rules.aliasByBytes(key), canonical = rules.aliasIndex[key]
            #expect(byBytes?.field == canonical?.field && byBytes?.alias == canonical?.alias, "\(key.debugDescription)")
        }
    }

    @Test("prose patterns found by a label's bytes are the patterns found canonically")
    func patternsByBytes() {
        let rules = Corpus.rules
        var seeded = SplitMix64(seed: 15)
        var labels = Array(rules.proseLexicon.patternsByLabel.keys)
        #expect(!labels.isEmpty)
        let odd = ["e\u{301}", "\u{E9}", "\u{F900}", "\u{302A}", "·", "“", "　"]
        for label in labels.prefix(200) {
            labels.append(label + odd.randomElement(using: &seeded)!)
            labels.append(label.decomposedStringWithCanonicalMapping)
            labels.append(String(label.unicodeScalars.dropLast()))
        }
        for label in labels + odd + ["", "预算", "人员"] {
            #expect(rules.patternIndexes(labelled: label) == rules.proseLexicon.patternsByLabel[label], "\(label.debugDescription)")
        }
    }

    /// `WidthFolding.foldsNothing` as it was: every scalar asked.
    private func foldsNothingByScalars(_ text: String) -> Bool {
        !text.unicodeScalars.contains { if case .keep = WidthFolding.fold($0) { false } else { true } }
    }

    @Test("folding nothing, read on bytes, is every scalar kept")
    func foldsNothing() {
        var seeded = SplitMix64(seed: 16)
        let folded = ["\u{A0}", "\u{AD}", "\u{2002}", "\u{2003}", "\u{2010}", "\u{2011}", "\u{2212}", "\u{3000}", "\u{301C}",
                      "\u{FE6A}", "\u{FF01}", "\u{FF5E}", "１", "％"]
        let kept = ["a", "预算", "，", "、", "。", "\u{A1}", "\u{BF}", "\u{C2}", "\u{2001}", "\u{2004}", "\u{2213}", "\u{3001}",
                    "\u{301B}", "\u{FE69}", "\u{FF00}", "\u{FF5F}", "\u{FF0C}", "😀", "é", "e\u{301}"]
        for _ in 0..<6_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...8, using: &seeded) {
                text += Int.random(in: 0..<8, using: &seeded) == 0 ? folded.randomElement(using: &seeded)! : kept.randomElement(using: &seeded)!
            }
            #expect(WidthFolding.foldsNothing(text) == foldsNothingByScalars(text), "\(text.debugDescription)")
        }
        // Every scalar from U+0080 to U+FFFF alone, and after a Han character.
        for value in UInt32(0x80)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "预" + String(scalar)] {
                #expect(WidthFolding.foldsNothing(text) == foldsNothingByScalars(text), "U+\(String(value, radix: 16))")
            }
        }
    }
}

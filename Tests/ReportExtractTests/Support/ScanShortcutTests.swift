import Testing

@testable import ReportExtract

/// Shortcuts taken on lines and numbers asked of every paragraph, against the paths they
/// replace: scalars decoded from UTF-8 against the scalar view, the pipe and dash line tests
/// against their bodies without the early exit, and a unit's kind looked up against the kinds
/// sorted and searched on each call.
@Suite("Scan shortcuts agree with the general path")
struct ScanShortcutTests {
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
}

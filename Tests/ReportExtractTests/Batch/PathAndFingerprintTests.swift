import ReportExtract
import Testing

@Suite struct SafeRelativePathTests {
    @Test(arguments: [
        ("a/b.txt", "a/b.json"),
        ("../../etc/passwd.txt", "etc/passwd.json"),
        ("a/../../b.txt", "a/b.json"),
        ("./a//b.txt", "a/b.json"),
        ("/abs/x.txt", "abs/x.json"),
        ("noext", "noext.json"),
        (".hidden", ".hidden.json"),
        ("a.b.c.txt", "a.b.c.json"),
    ])
    func outputStaysInside(input: String, expected: String) {
        #expect(SafeRelativePath.output(forInput: input) == expected)
    }

    @Test func nothingLeftIsNil() {
        #expect(SafeRelativePath.clean("../..") == nil)
        #expect(SafeRelativePath.clean("/") == nil)
        #expect(SafeRelativePath.output(forInput: "") == nil)
    }
}

@Suite struct RulesFingerprintTests {
    @Test func noRulesIsTheHashOfNothing() {
        #expect(RulesFingerprint.compute([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func orderOfListingDoesNotMatter() {
        let a = ("a.yaml", Array("x: 1".utf8))
        let b = ("b.yaml", Array("y: 2".utf8))
        #expect(RulesFingerprint.compute([a, b]) == RulesFingerprint.compute([b, a]))
    }

    @Test func pathsAndBoundariesCount() {
        let one = RulesFingerprint.compute([("a.yaml", Array("xy".utf8))])
        #expect(one != RulesFingerprint.compute([("b.yaml", Array("xy".utf8))]))
        #expect(one != RulesFingerprint.compute([("a.yaml", Array("x".utf8)), ("b.yaml", Array("y".utf8))]))
        #expect(one != RulesFingerprint.compute([("a.yaml", Array("xz".utf8))]))
    }

    @Test func ruleFileNames() {
        #expect(RulesFingerprint.isRuleFile("numbers.yaml"))
        #expect(RulesFingerprint.isRuleFile("numbers.yml"))
        #expect(!RulesFingerprint.isRuleFile("README.md"))
        #expect(!RulesFingerprint.isRuleFile(".numbers.yaml.swp"))
    }
}

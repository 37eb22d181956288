import Testing
@testable import TextRender

/// The highlighter reads ASCII as bytes and everything else as grapheme clusters; these tests pin it to the
/// `Character`-by-`Character` `ReferencePythonHighlighter`, on ASCII and on sources with other text in names,
/// strings, comments and numbers.
@Suite struct PythonHighlighterEquivalenceTests {
    private func expectSameAsReference(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(PythonHighlighter.highlight(source) == ReferencePythonHighlighter.highlight(source),
                "\(source.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test func asciiSources() {
        expectSameAsReference("import threading\n\ndef worker(n):\n    total = 0\n    for i in range(3):\n        total += i\n")
        expectSameAsReference(#"s = f"value {x!r:>10} and {{braces}} {y + 1}" + rb'raw\n' + """triple"#)
        expectSameAsReference("x = 0x1F + 1_000.5e-3j + .5 + 0o17 + 3.real + 1e+5 + 2E-x + 7J\n'unterminated\n# end")
        expectSameAsReference(#"f'{"yes" if ok else "no"}' f"{a[1]:{w}}" f"{)}" f"{x != y}" f'\'"#)
    }

    @Test func sourcesWithOtherText() {
        expectSameAsReference("def 함수(변수): return 변수 * 2  # 주석\ns = \"线程\" + '스레드'\n")
        expectSameAsReference("x = ０x１Ｆ + 0xＦ + ٣ + café + e\u{301}x + \"\u{301}a\" + 1.é + 0b１")
        expectSameAsReference("emoji = '😀' # 👨‍👩‍👧\nR'🇰🇷' Rb\"x\" 𝓍 = 1")
    }

    @Test func carriageReturnNewlineIsOneCluster() {
        expectSameAsReference("a = 1\r\nb = '2\r\n3'\n# c\r\nd")
        expectSameAsReference("s = \"\"\"x\r\ny\"\"\" 한\r\n")
    }

    /// Random sources from fragments that open and close every kind of token.
    @Test func randomSourcesMatchTheReference() {
        let fragments = [
            "def", " ", "x", "_y", "1", "0x", "F", ".", "e", "+", "j", "\"", "'", "\"\"\"", "f", "r", "b", "{", "}",
            "{{", "!", "=", ":", "(", ")", "[", "]", "#", "\n", "\\", "한", "线", "é", "e\u{301}", "١", "😀", "None",
        ]
        var generator = SplitMix(seed: 11)
        for _ in 0..<600 {
            var source = ""
            for _ in 0..<Int(generator.next() % 30) {
                source += fragments[Int(generator.next() % UInt64(fragments.count))]
            }
            expectSameAsReference(source)
        }
    }

    /// A tiny deterministic random number generator (SplitMix64), so a failure can be reproduced.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }
}

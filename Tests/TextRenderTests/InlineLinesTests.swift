import Testing
@testable import TextRender

/// InlineLines keeps only the tail of a line; its last character must be the whole line's.
@Suite struct InlineLinesTests {
    @Test func lastCharacterIsTheWholeLinesLastCharacter() {
        let fragments = ["ab", "a", " ", "线", "程", "\u{301}", "e", "🇰", "🇷", "👨", "\u{200D}", "👩", "\u{600}", "1",
                         "한", "\u{1100}", "\u{1161}", "\u{FE0F}", "#", "x y", "스레드 "]
        var generator = SplitMix(seed: 3)
        for _ in 0..<500 {
            var lines = InlineLines()
            var whole = ""
            for _ in 0..<Int(generator.next() % 8) {
                let text = fragments[Int(generator.next() % UInt64(fragments.count))]
                lines.append(text, .normal)
                whole += text
                #expect(lines.lastCharacter == whole.last, "\(whole.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    @Test func aHardBreakStartsAfresh() {
        var lines = InlineLines()
        lines.append("线程", .normal)
        lines.startLine()
        #expect(lines.lastCharacter == nil)
        #expect(lines.lines.count == 2)
    }
}

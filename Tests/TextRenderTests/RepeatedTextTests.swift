import Testing
@testable import TextRender

@Suite struct RepeatedTextTests {
    @Test(arguments: [" ", "─", "═", "한", "👨‍👩‍👧", "ab"])
    func sameAsTheStandardRepeat(glyph: String) {
        for count in 0...40 {
            #expect(RepeatedText.of(glyph, count: count) == String(repeating: glyph, count: count))
        }
        if glyph.count == 1 {
            #expect(RepeatedText.of(Character(glyph), count: 3) == String(repeating: Character(glyph), count: 3))
        }
    }

    @Test func nothingForNoCountOrNoGlyph() {
        #expect(RepeatedText.of("x", count: -2).isEmpty)
        #expect(RepeatedText.of("", count: 5).isEmpty)
    }
}

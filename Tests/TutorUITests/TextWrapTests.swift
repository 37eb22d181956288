import Testing
@testable import TutorUI

@Suite struct TextWrapTests {
    @Test func wrapsAtSpacesByDisplayWidth() {
        #expect(TextWrap.wrap("one two three four", width: 9) == ["one two", "three", "four"])
    }

    @Test func hangulWrapsByColumnsNotCharacters() {
        let lines = TextWrap.wrap("스레드는 프로세스 안의 흐름입니다", width: 10)
        #expect(lines.allSatisfy { ColumnWidth.of($0) <= 10 })
        #expect(lines == ["스레드는", "프로세스", "안의", "흐름입니다"])
    }

    @Test func longWordsBreakBetweenCharacters() {
        #expect(TextWrap.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.wrap("가나다라마", width: 5) == ["가나", "다라", "마"])
    }

    @Test func indentContinuesLines() {
        let lines = TextWrap.wrap([Span("- one two three")], width: 9, indent: 2).map(\.plainText)
        #expect(lines == ["- one two", "  three"])
    }
}

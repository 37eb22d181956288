import Testing
@testable import TextKernel

/// Screen messages: hard newlines and a hanging indent (`TextWrapper.wrap(_:width:indent:)`).
@Suite struct ScreenWrapTests {
    @Test func wrapsAtSpacesByDisplayWidth() {
        #expect(TextWrapper.plainLines("one two three four", width: 9) == ["one two", "three", "four"])
    }

    @Test func hangulWrapsByColumnsNotCharacters() {
        let lines = TextWrapper.plainLines("스레드는 프로세스 안의 흐름입니다", width: 10)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
        #expect(lines == ["스레드는", "프로세스", "안의", "흐름입니다"])
    }

    @Test func longWordsBreakBetweenCharacters() {
        #expect(TextWrapper.plainLines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrapper.plainLines("가나다라마", width: 5) == ["가나", "다라", "마"])
    }

    @Test func indentContinuesLines() {
        let lines = TextWrapper.wrap([StyledSpan("- one two three")], width: 9, indent: 2).map(\.plainText)
        #expect(lines == ["- one two", "  three"])
    }

    @Test func newlinesStartLinesAndKeepTheIndent() {
        let lines = TextWrapper.wrap([StyledSpan("첫 줄\n둘째 줄이 깁니다", Style(.warning))], width: 8, indent: 2)
        #expect(lines.map(\.plainText) == ["첫 줄", "  둘째", "  줄이", "  깁니다"])
        #expect(lines[1].spans.last?.style == Style(.warning))
        #expect(TextWrapper.plainLines("", width: 5) == [""])
    }
}

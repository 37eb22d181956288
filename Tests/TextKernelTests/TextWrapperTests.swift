import Testing
@testable import TextKernel

@Suite struct TextWrapperTests {
    private func wrapped(_ text: String, _ width: Int) -> [String] {
        TextWrapper.wrap(text, width: width).map(\.plainText)
    }

    @Test func breaksAtSpaces() {
        #expect(wrapped("a thread is a path of execution", 10) == ["a thread", "is a path", "of", "execution"])
    }

    @Test func koreanBreaksBetweenWordsNotInside() {
        let sentence = "스레드는 프로세스 안에서 실행되는 흐름입니다."
        #expect(wrapped(sentence, 11) == ["스레드는", "프로세스", "안에서", "실행되는", "흐름입니다."])
        #expect(wrapped(sentence, 20) == ["스레드는 프로세스", "안에서 실행되는", "흐름입니다."])
    }

    @Test func koreanWordLongerThanLineIsSplit() {
        #expect(wrapped("가나다라마바사", 5) == ["가나", "다라", "마바", "사"])
    }

    @Test func chineseAndJapaneseBreakBetweenCharacters() {
        #expect(wrapped("线程是执行的路径。", 6) == ["线程是", "执行的", "路径。"])
        // The full stop must not start a line: it stays with the character before it.
        #expect(wrapped("线程是执行。", 4) == ["线程", "是执", "行。"])
        #expect(wrapped("スレッドは実行の流れ", 8) == ["スレッド", "は実行の", "流れ"])
    }

    @Test func closingPunctuationNeverStartsALine() {
        // From 6 columns on, every unbreakable cluster ("程」，") fits, so no emergency cut is needed.
        for width in 6...24 {
            for line in wrapped("线程是执行的路径。「线程」，好。", width) {
                #expect(!line.hasPrefix("。") && !line.hasPrefix("，") && !line.hasPrefix("」"))
            }
        }
    }

    @Test func latinNextToCJKMayBreak() {
        #expect(wrapped("使用threading模块", 10) == ["使用", "threading", "模块"])
    }

    @Test func longWordIsCutOnlyWhenLongerThanTheLine() {
        #expect(wrapped("see https://example.com/a/very/long/path", 12)
            == ["see", "https://exam", "ple.com/a/ve", "ry/long/path"])
    }

    @Test func wideCharacterOnOneColumnLine() {
        #expect(wrapped("한", 1) == ["?"])
    }

    @Test func stylesSurviveWrapping() {
        let line: StyledLine = [StyledSpan("plain ", .plain), StyledSpan("bold words", Style.markup(.strong))]
        let lines = TextWrapper.wrap(line, width: 10)
        #expect(lines.map(\.plainText) == ["plain bold", "words"])
        #expect(lines[0].spans == [StyledSpan("plain ", .plain), StyledSpan("bold", Style.markup(.strong))])
        #expect(lines[1].spans == [StyledSpan("words", Style.markup(.strong))])
    }

    @Test func emptyAndSpacesOnly() {
        #expect(wrapped("", 10) == [""])
        #expect(wrapped("   ", 10) == [""])
        #expect(wrapped("  leading and trailing  ", 30) == ["leading and trailing"])
    }

    @Test func neverWiderThanTheWidth() {
        let samples = [
            "스레드는 프로세스 안에서 실행되는 흐름입니다. GIL은 한 번에 하나의 스레드만 파이썬 바이트코드를 실행하게 합니다.",
            "A thread is created, becomes ready, runs, may block on I/O or a lock, and finally terminates.",
            "线程是操作系统能够进行运算调度的最小单位。スレッドは実行の流れです。😀👨‍👩‍👧🇰🇷 e\u{301}e\u{301}",
            "supercalifragilisticexpialidocious 가나다라마바사아자차카타파하",
        ]
        for text in samples {
            for width in 1...60 {
                for line in TextWrapper.wrap(text, width: width) {
                    #expect(line.width <= width, "width \(width): \(line.plainText)")
                }
            }
        }
    }

    @Test func wrappingKeepsEveryNonSpaceCharacter() {
        let text = "스레드는 프로세스 안에서 실행되는 흐름입니다. 线程是执行的路径。"
        for width in 2...30 {
            let joined = TextWrapper.wrap(text, width: width).map(\.plainText).joined()
            #expect(joined.filter { $0 != " " } == text.filter { $0 != " " })
        }
    }
}

import Testing
@testable import TextKernel

/// Words may run across spans, CJK may break between characters, and a line that fits comes back as it is;
/// these tests pin `TextWrapper` to the unit-by-unit `ReferenceWrapper` wherever those meet.
@Suite struct TextWrapperEquivalenceTests {
    private func expectSameAsReference(_ line: StyledLine, widths: ClosedRange<Int> = 1...24,
                                       sourceLocation: SourceLocation = #_sourceLocation) {
        for width in widths {
            let fast = TextWrapper.wrap(line, width: width)
            let reference = ReferenceWrapper.wrap(line, width: width)
            #expect(fast == reference, "width \(width): \(line.spans.map(\.text))", sourceLocation: sourceLocation)
        }
    }

    private static let strong = Style.markup(.strong)
    private static let code = Style.markup(.code)

    @Test func asciiAcrossSpans() {
        expectSameAsReference([StyledSpan("a thread is ", .plain), StyledSpan("blocked", Self.code),
                               StyledSpan(", until the read", .plain), StyledSpan(" completes.", Self.strong)])
        expectSameAsReference([StyledSpan("word", .plain), StyledSpan("continues", Self.strong),
                               StyledSpan("here", .plain)])
    }

    @Test func sameStyleNeighboursMerge() {
        let line = StyledLine([StyledSpan("one two ", .plain), StyledSpan("three", .plain)])
        #expect(TextWrapper.wrap(line, width: 40) == [StyledLine("one two three")])
        expectSameAsReference(line)
    }

    @Test func cjkBreaksAcrossSpanBoundaries() {
        expectSameAsReference([StyledSpan("使用", .plain), StyledSpan("threading", Self.code),
                               StyledSpan("模块。", .plain)])
        expectSameAsReference([StyledSpan("线程", Self.strong), StyledSpan("，「好」。", .plain),
                               StyledSpan("(线程)", Self.code)])
        expectSameAsReference([StyledSpan("スレッド", .plain), StyledSpan("は", Self.strong),
                               StyledSpan("実行の流れ", .plain)])
    }

    @Test func hangulKeepsWordsWholeAcrossSpans() {
        let line: StyledLine = [StyledSpan("스레드", Self.strong), StyledSpan("는 프로세스 ", .plain),
                                StyledSpan("안의", Self.code), StyledSpan(" 실행 흐름입니다.", .plain)]
        expectSameAsReference(line)
        #expect(TextWrapper.wrap(line, width: 8).map(\.plainText) == ["스레드는", "프로세스", "안의", "실행", "흐름입니", "다."])
    }

    @Test func combiningMarksStayWithTheirBase() {
        expectSameAsReference(StyledLine("cafe\u{301} e\u{301}e\u{301} a\u{301}b \u{301}x end"))
        expectSameAsReference([StyledSpan("cafe", .plain), StyledSpan("\u{301} next", Self.strong)])
        // A space followed by a combining mark is one cluster and not a space, so "ab ́cd" is one word.
        #expect(TextWrapper.wrap("ab \u{301}cd", width: 3).map(\.plainText) == ["ab \u{301}", "cd"])
    }

    @Test func emojiAndKeycaps() {
        expectSameAsReference(StyledLine("go 😀👨‍👩‍👧🇰🇷🇯🇵 now #\u{FE0F}\u{20E3} a#\u{FE0F}\u{20E3}b ok"))
        expectSameAsReference([StyledSpan("a", .plain), StyledSpan("#\u{FE0F}\u{20E3}", Self.strong),
                               StyledSpan("b", .plain)])
    }

    /// U+2329 is canonically equivalent to U+3008 〈, so as a Character it is opening punctuation too.
    @Test func breakRulesSeeCanonicalEquivalents() {
        expectSameAsReference(StyledLine("线程\u{2329}线程\u{232A}线程 〈线〉 → é—ｶ"))
        expectSameAsReference([StyledSpan("线程\u{2329}", .plain), StyledSpan("线程", Self.strong)])
    }

    @Test func prependedCharacterJoinsTheAsciiAfterIt() {
        expectSameAsReference(StyledLine("x \u{600}123 y"))
    }

    @Test func controlsAndWideSpaces() {
        expectSameAsReference(StyledLine("tab\there\nnew\r\nline\rcr end"))
        expectSameAsReference(StyledLine("ab\u{3000}cd\u{3000}\u{3000}ef　끝 "))
        #expect(TextWrapper.wrap(StyledLine("a\tb"), width: 10) == [StyledLine("a b")])
    }

    @Test func longWordsAndOneColumnLines() {
        expectSameAsReference([StyledSpan("see https://example.com/", .plain), StyledSpan("a/very/long", Self.code),
                               StyledSpan("/path 가나다라마바사 线程线程", .plain)], widths: 1...16)
        #expect(TextWrapper.wrap([StyledSpan("ab", .plain), StyledSpan("한c", Self.strong)], width: 1)
            == [StyledLine("a"), StyledLine("b"), StyledLine("?", Self.strong), StyledLine("c", Self.strong)])
    }

    @Test func aLineThatFitsComesBackAsItIs() {
        let line: StyledLine = [StyledSpan("created → ", .plain), StyledSpan("start()", Self.code),
                                StyledSpan(" 스레드", .plain)]
        #expect(TextWrapper.fitsAsItIs(line, width: 24))
        #expect(!TextWrapper.fitsAsItIs(line, width: 23))
        expectSameAsReference(line, widths: 20...30)
    }

    @Test func linesThatFitButChangeTakeTheLongWay() {
        let lines: [StyledLine] = [
            StyledLine(" leading"), StyledLine("trailing "), StyledLine("\u{3000}wide"), StyledLine("wide\u{3000}"),
            StyledLine("a\tb"), StyledLine("a\nb"), StyledLine("a\r\nb"),
            [StyledSpan("same ", .plain), StyledSpan("style", .plain)],
            [StyledSpan("empty", .plain), StyledSpan("", Self.strong), StyledSpan("span", Self.code)],
            [StyledSpan("ends with ", .plain), StyledSpan(" ", Self.strong)],
        ]
        for line in lines {
            #expect(!TextWrapper.fitsAsItIs(line, width: 40), "\(line.spans.map(\.text))")
            expectSameAsReference(line, widths: 38...40)
        }
    }

    /// Random lines from a palette that mixes every path, cut into spans at random places.
    @Test func randomLinesMatchTheReference() {
        let palette: [String] = [
            "a", "b", "thread", " ", "  ", ",", ".", "(", ")", "「", "」", "。", "，", "线", "程", "ス", "ッ",
            "스", "레", "드", "e\u{301}", "\u{301}", "😀", "👨‍👩‍👧", "🇰", "🇷", "#\u{FE0F}\u{20E3}", "\u{3000}",
            "\t", "\u{600}", "1", "가나다라마바사", "supercalifragilistic", "→", "é", "〈", "\u{2329}", "〉", "—",
            "ｶ", "ﾞ", "\u{1100}\u{1161}", "한\u{11AB}",
        ]
        var generator = SplitMix(seed: 7)
        for _ in 0..<400 {
            var line = StyledLine()
            var text = ""
            for _ in 0..<Int(generator.next() % 24) {
                text += palette[Int(generator.next() % UInt64(palette.count))]
                if generator.next() % 4 == 0 {
                    line.spans.append(StyledSpan(text, generator.next() % 2 == 0 ? .plain : Self.strong))
                    text = ""
                }
            }
            if !text.isEmpty { line.spans.append(StyledSpan(text, Self.code)) }
            expectSameAsReference(line, widths: 1...12)
        }
    }
}

/// A tiny deterministic random number generator, so a failure can be reproduced.
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

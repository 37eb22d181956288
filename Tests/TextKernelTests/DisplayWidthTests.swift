import Testing
@testable import TextKernel

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("~", 1), ("한", 2), ("中", 2), ("ア", 2), ("Ａ", 2),
        ("e\u{301}", 1), ("\u{1112}\u{1161}\u{11AB}", 2),      // combining accent; 한 as conjoining Jamo
        ("😀", 2), ("👨‍👩‍👧", 2), ("🇰🇷", 2), ("❤️", 2), ("\u{200D}", 0), ("\u{1B}", 0), ("\u{7}", 0),
    ] as [(String, Int)])
    func characterWidth(text: String, expected: Int) {
        #expect(text.count == 1 || text.unicodeScalars.count == 1)
        #expect(DisplayWidth.of(text) == expected)
    }

    @Test func scalarWidths() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x0301)!) == 0)   // combining acute
        #expect(DisplayWidth.of(Unicode.Scalar(0x1161)!) == 0)   // Jamo medial vowel
        #expect(DisplayWidth.of(Unicode.Scalar(0x11AB)!) == 0)   // Jamo final consonant
        #expect(DisplayWidth.of(Unicode.Scalar(0x1100)!) == 2)   // Jamo leading consonant
        #expect(DisplayWidth.of(Unicode.Scalar(0xFE0F)!) == 0)   // variation selector
        #expect(DisplayWidth.of(Unicode.Scalar(0x9B)!) == 0)     // C1 control
        #expect(DisplayWidth.of(Unicode.Scalar(0x2026)!) == 1)   // ambiguous counts narrow
    }

    @Test func mixedStrings() {
        #expect(DisplayWidth.of("스레드 thread") == 13)
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("線程と스레드") == 12)
        #expect("스레드".count == 3)    // why String.count is never a width
    }

    @Test func tableIsSortedAndDisjoint() {
        for table in [WidthTable.wide, WidthTable.zero] {
            for (previous, next) in zip(table, table.dropFirst()) {
                #expect(previous.upperBound < next.lowerBound)
            }
        }
        #expect(DisplayWidth.unicodeVersion.hasPrefix("1"))
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.truncate("스레드", to: 5) == "스레")
        #expect(DisplayWidth.truncate("스레드", to: 6) == "스레드")
        #expect(DisplayWidth.truncate("threads", to: 5, ellipsis: "…") == "thre…")
        #expect(DisplayWidth.truncate("스레드", to: 5, ellipsis: "…") == "스레…")
        #expect(DisplayWidth.truncate("스레드", to: 4, ellipsis: "...") == "...")
        #expect(DisplayWidth.truncate("abc", to: 0) == "")
        #expect(DisplayWidth.truncate("abc", to: 2, ellipsis: "...") == "..")      // narrower than the ellipsis
        #expect(DisplayWidth.truncate("스레드", to: 3, ellipsis: "~") == "스~")
    }

    @Test func padToExactWidth() {
        #expect(DisplayWidth.pad("한", to: 5) == "한   ")
        #expect(DisplayWidth.pad("한", to: 5, alignment: .right) == "   한")
        #expect(DisplayWidth.pad("한", to: 5, alignment: .center) == " 한  ")
        #expect(DisplayWidth.pad("스레드들", to: 5, ellipsis: "…") == "스레…")
        #expect(DisplayWidth.pad("스레드", to: 5) == "스레 ")
    }

    @Test func styledLineTruncationAndPadding() {
        let line: StyledLine = [StyledSpan("ab", Style.markup(.strong)), StyledSpan("한국어", .plain)]
        #expect(line.width == 8)
        let cut = line.truncated(to: 5, ellipsis: "…")
        #expect(cut.plainText == "ab한…")
        #expect(cut.spans.first?.style == Style.markup(.strong))
        #expect(line.padded(to: 10).plainText == "ab한국어  ")
        #expect(line.padded(to: 3).plainText == "ab ")
    }
}

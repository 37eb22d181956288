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

    /// Code points across the planes with the width Python's unicodedata (Unicode 14.0.0, Python 3.11) gives by
    /// the rules of scripts/gen-width-table.py, computed when this sample was drawn: 0 for controls; 2 for East
    /// Asian Wide and Fullwidth, the CJK planes and regional indicators (also when a mark, like U+3099); 0 for
    /// other marks, format characters and conjoining vowels and finals; 1 otherwise. The table must agree.
    @Test(arguments: [
        (0x00041, 1), (0x0007E, 1), (0x000A0, 1), (0x000AD, 0), (0x001D0, 1), (0x00300, 0), (0x0036F, 0),
        (0x0054B, 1), (0x0090E, 1), (0x00CE7, 1), (0x00E30, 1), (0x01077, 1), (0x01100, 2), (0x0115F, 2),
        (0x01160, 0), (0x011CB, 0), (0x011FF, 0), (0x0126F, 1), (0x01543, 1), (0x01900, 1), (0x01A42, 1),
        (0x01AAA, 1), (0x01BBF, 1), (0x0200B, 0), (0x0200D, 0), (0x02026, 1), (0x020B7, 1), (0x02185, 1),
        (0x0231A, 2), (0x02329, 2), (0x0232A, 2), (0x02427, 1), (0x02705, 2), (0x02AFE, 1), (0x02C5B, 1),
        (0x02C7B, 1), (0x02CB5, 1), (0x02D0C, 1), (0x02E80, 2), (0x02EC0, 2), (0x03000, 2), (0x0303F, 1),
        (0x03041, 2), (0x03099, 2), (0x0379D, 2), (0x037E8, 2), (0x03F0F, 2), (0x04319, 2), (0x043F6, 2),
        (0x04DC0, 1), (0x05AE5, 2), (0x06071, 2), (0x06DC1, 2), (0x086F3, 2), (0x086F5, 2), (0x09F6E, 2),
        (0x09FFF, 2), (0x0A4D0, 1), (0x0AC00, 2), (0x0B1DA, 2), (0x0CB5E, 2), (0x0D7A3, 2), (0x0D7B0, 0),
        (0x0E263, 1), (0x0EBE7, 1), (0x0F276, 1), (0x0F8BF, 1), (0x0FB81, 1), (0x0FE0F, 0), (0x0FF01, 2),
        (0x0FF61, 1), (0x0FFE0, 2), (0x112DD, 1), (0x11412, 1), (0x13A48, 1), (0x13C78, 1), (0x1489B, 1),
        (0x14902, 1), (0x14F42, 1), (0x15BDB, 1), (0x15BEC, 1), (0x160BC, 1), (0x1784E, 2), (0x18287, 2),
        (0x1867D, 2), (0x18A98, 2), (0x19F06, 1), (0x1A5AE, 1), (0x1B672, 1), (0x1BA05, 1), (0x1BCA8, 1),
        (0x1C56C, 1), (0x1CF29, 0), (0x1D734, 1), (0x1E3E3, 1), (0x1E948, 0), (0x1EBA1, 1), (0x1F004, 2),
        (0x1F0CF, 2), (0x1F1E6, 2), (0x1F300, 2), (0x1F600, 2), (0x1F70F, 1), (0x1F9F5, 2), (0x20000, 2),
        (0x20B1E, 2), (0x2217F, 2), (0x22C86, 2), (0x23C32, 2), (0x264A7, 2), (0x2733A, 2), (0x28A4F, 2),
        (0x2A4C9, 2), (0x2A60A, 2), (0x2CBC4, 2), (0x2CCF9, 2), (0x2D14F, 2), (0x2FBA8, 2), (0x2FFFD, 2),
        (0x30000, 2), (0x31373, 2), (0x31B2F, 2), (0x32A50, 2), (0x36070, 2), (0x374EE, 2), (0x37661, 2),
        (0x3787A, 2), (0x37925, 2), (0x389CF, 2), (0x3B986, 2), (0x3EC91, 2), (0x3F580, 2), (0xE0000, 1),
        (0xE0001, 0), (0xE000D, 1), (0xE000F, 1), (0xE002F, 0), (0xE0034, 0), (0xE003B, 0), (0xE004A, 0),
        (0xE0070, 0), (0xE0072, 0), (0xE0074, 0), (0xE00A0, 1), (0xE00D6, 1), (0xE00F0, 1), (0xE00FB, 1),
        (0xE0101, 0), (0xE011D, 0), (0xE0123, 0), (0xE0132, 0), (0xE0138, 0), (0xE0146, 0), (0xE0155, 0),
        (0xE015F, 0), (0xE0170, 0), (0xE01A3, 0), (0xE01BF, 0), (0xE01C5, 0), (0x10FFFD, 1)
    ] as [(UInt32, Int)])
    func agreesWithPythonsUnicodedata(codePoint: UInt32, expected: Int) throws {
        let scalar = try #require(Unicode.Scalar(codePoint))
        #expect(DisplayWidth.of(scalar) == expected, "U+\(String(codePoint, radix: 16, uppercase: true))")
    }

    /// The basic plane is looked up in an array filled from the ranges; it must say what the ranges say.
    @Test func basicPlaneLookupMatchesTheRanges() {
        var differ: [UInt32] = []
        for value in UInt32(0x7F)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if DisplayWidth.of(scalar) != DisplayWidth.searchedWidth(value) { differ.append(value) }
        }
        #expect(differ.isEmpty, "first: \(differ.prefix(5).map { String($0, radix: 16) })")
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

import Testing
@testable import TextKernel

@Suite struct TextSanitizerTests {
    @Test(arguments: [
        ("plain 스레드", "plain 스레드"),
        ("red \u{1B}[31mtext\u{1B}[0m", "red text"),
        ("title \u{1B}]0;owned\u{7} done", "title  done"),
        ("osc \u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\", "osc link"),
        ("bell\u{7} back\u{8}space del\u{7F}", "bell backspace del"),
        ("c1 \u{9B}2J csi", "c1  csi"),
        ("tab\there\nnewline\r", "tab here newline "),
        ("bidi \u{202E}desrever\u{202C} \u{2067}iso\u{2069}", "bidi desrever iso"),
        ("soft\u{AD}hyphen", "softhyphen"),
        ("charset \u{1B}(0x", "charset x"),
        ("dangling \u{1B}", "dangling "),
        ("keeps e\u{301} and 👨‍👩‍👧 and \u{200D}", "keeps e\u{301} and 👨‍👩‍👧 and \u{200D}"),
    ] as [(String, String)])
    func clean(input: String, expected: String) {
        #expect(TextSanitizer.clean(input) == expected)
    }

    @Test func codeKeepsItsLinesAndExpandsTabsByColumns() {
        #expect(TextSanitizer.cleanCode("if x:\n\treturn 1\n") == "if x:\n    return 1\n")
        #expect(TextSanitizer.cleanCode("if x:\n\tpass\n한\tx") == "if x:\n    pass\n한  x")
        #expect(TextSanitizer.cleanCode("ab\tc") == "ab  c")
        #expect(TextSanitizer.cleanCode("한\tx") == "한  x")               // 한 is two columns wide
        #expect(TextSanitizer.cleanCode("a\u{1B}[2Jb\nc\u{7}d") == "ab\ncd")
        #expect(TextSanitizer.cleanCode("open \u{1B}]0;t\nnext") == "open \nnext")   // a string ends with its line
    }
}

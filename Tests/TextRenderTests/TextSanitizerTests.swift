import LessonKit
import Testing
@testable import TextRender

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

    @Test func controlsNeverReachRenderedLines() {
        let hostile = "x\u{1B}[2J\u{1B}]0;pwned\u{7}y\u{9B}31mz\u{0}"
        let document: [Block] = [
            .heading(level: 1, content: [.text(hostile)]),
            .paragraph([.text(hostile), .code(hostile), .link(text: [.text("l")], destination: hostile),
                        .image(alt: hostile, source: "")]),
            .code(language: "python", info: "python", text: "print('\(hostile)')\t# \(hostile)"),
            .code(language: nil, info: "", text: hostile),
            .table(TableBlock(alignments: [.left], header: [[.text(hostile)]], rows: [[[.text(hostile)]]])),
        ]
        for width in [10, 40, 80] {
            for line in DocumentRenderer.render(document, width: width) {
                #expect(!line.plainText.unicodeScalars.contains { TextSanitizer.needsAttention($0) },
                        "\(line.plainText.debugDescription)")
            }
        }
    }

    @Test func ansiOutputNeutralisesHandBuiltSpans() {
        let line: StyledLine = [StyledSpan("a\u{1B}[31mb\u{1B}]0;t\u{7}c", .normal)]
        #expect(AnsiRenderer(color: .never).render(line) == "abc")
        #expect(AnsiRenderer(color: .always).render(line) == "abc")
    }
}

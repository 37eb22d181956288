import LessonKit
import Testing
import TextKernel
@testable import TextRender

/// No escape sequence from lesson text reaches the terminal (the sanitiser itself is tested in TextKernelTests).
@Suite struct TerminalSafetyTests {
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
        let line: StyledLine = [StyledSpan("a\u{1B}[31mb\u{1B}]0;t\u{7}c", .plain)]
        #expect(AnsiRenderer(color: .never).render(line) == "abc")
        #expect(AnsiRenderer(color: .always).render(line) == "abc")
    }
}

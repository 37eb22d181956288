import LessonKit
import Testing
import TextKernel
@testable import TextRender
import TutorBasics

/// No escape sequence from lesson text reaches the terminal (the sanitiser itself is tested in TextKernelTests).
@Suite struct TerminalSafetyTests {
    /// Text is cleaned when a lesson is loaded, so whatever a lesson file holds, laid-out lines hold no control.
    @Test func controlsInALessonFileNeverReachLaidOutLines() {
        let hostile = "x\u{1B}[2J\u{1B}]0;pwned\u{7}y\u{9B}31mz\u{0}w\u{202E}v\u{AD}u"
        let markdown = """
            # \(hostile)

            \(hostile) `\(hostile)` [l](\(hostile.replacingOccurrences(of: " ", with: ""))) ![\(hostile)](i.png)

            ```python
            print('\(hostile)')\t# \(hostile)
            ```

            ```
            \(hostile)
            ```

            | \(hostile) |
            |---|
            | \(hostile) |
            """
        let lesson = LessonParser.parse(markdown, path: "hostile.md", language: .en)
        let blocks = lesson.steps.flatMap(\.blocks)
        #expect(blocks.count == 5)
        for width in [10, 40, 80] {
            for line in DocumentRenderer.render(blocks, width: width) {
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

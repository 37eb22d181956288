import Testing
@testable import TextRender

@Suite struct CodeBlockRendererTests {
    private func lines(_ text: String, info: String = "", width: Int, options: RenderOptions = .ascii) -> [String] {
        CodeBlockRenderer(options: options).render(text: text, info: info, width: width).map(\.plainText)
    }

    @Test func shortLinesAreIndentedAndUntouched() {
        #expect(lines("a = 1\n\n    b = 2\n", width: 40) == ["  a = 1", "", "      b = 2"])
    }

    @Test func longLinesContinueWithAMarkerAndHangingIndent() {
        let source = "    result = compute_something(first_argument, second_argument)"
        #expect(lines(source, info: "python", width: 40) == [
            "      result = compute_something( \\",
            "        first_argument, second_argument)",
        ])
    }

    @Test func aTrailingCommentMovesWholeToTheNextLine() {
        let source = "t.start()                      # 새 스레드가 greet(...)를 실행합니다"
        #expect(lines(source, info: "python", width: 36) == [
            "  t.start() \\",
            "    # 새 스레드가 greet(...)를 \\",
            "    실행합니다",
        ])
    }

    @Test func noCharacterIsLostWhenFolding() {
        let source = "print(f\"{name!r:>10} 스레드가 실행하기 시작합니다\", end='')  # 한국어 주석도 있습니다"
        for width in 2...60 {                     // at width 1 a Hangul syllable cannot be drawn at all
            let folded = CodeBlockRenderer(options: .ascii).render(text: source, info: "python", width: width)
            #expect(folded.allSatisfy { $0.width <= width }, "width \(width)")
            let text = folded.map { $0.plainText.hasSuffix("\\") ? String($0.plainText.dropLast()) : $0.plainText }
                .joined()
            #expect(text.filter { $0 != " " } == source.filter { $0 != " " }, "width \(width)")
        }
    }

    @Test func pythonBlocksAreHighlighted() {
        let rendered = CodeBlockRenderer().render(text: "return 1  # done", info: "python fragment", width: 40)
        let roles = rendered[0].spans.map(\.style.role)
        #expect(roles == [.codeBlock, .keyword, .codeBlock, .number, .codeBlock, .comment])
        let plain = CodeBlockRenderer().render(text: "return 1", info: "text", width: 40)
        #expect(plain[0].spans.map(\.style.role) == [.codeBlock])
    }
}

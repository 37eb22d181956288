import Testing
import TextKernel
@testable import TextRender

@Suite struct PythonHighlighterTests {
    /// The (text, role) pairs of one highlighted line, without plain-code pieces.
    private func tokens(_ source: String, line: Int = 0) -> [(String, Style.Role)] {
        PythonHighlighter.highlight(source)[line].spans
            .filter { $0.style.role != .codeBlock }
            .map { ($0.text, $0.style.role) }
    }

    private func roles(_ source: String, line: Int = 0) -> [String] {
        tokens(source, line: line).map { "\($0.1):\($0.0)" }
    }

    @Test func keywordsCommentsAndNumbers() {
        #expect(roles("def f(x):  # compute") == ["keyword:def", "comment:# compute"])
        #expect(roles("if x is None and y > 0x1F: return 1_000.5e-3j")
            == ["keyword:if", "keyword:is", "keyword:None", "keyword:and", "number:0x1F", "keyword:return",
                "number:1_000.5e-3j"])
        #expect(roles("x = .5 + 3.") == ["number:.5", "number:3."])
        #expect(roles("define = lambda_ + True") == ["keyword:True"])   // keywords are whole words
    }

    @Test func stringsWithPrefixesAndEscapes() {
        #expect(roles(#"s = "a \" # not a comment" + r'\d' + b"x""#)
            == [#"string:"a \" # not a comment""#, #"string:r'\d'"#, #"string:b"x""#])
        #expect(roles("x = 'unterminated\ny = 1", line: 0) == ["string:'unterminated"])
        #expect(roles("x = 'unterminated\ny = 1", line: 1) == ["number:1"])
    }

    @Test func tripleQuotedStringSpansLines() {
        let source = "doc = \"\"\"first\nif second # not code\n\"\"\" + 1"
        #expect(roles(source, line: 0) == ["string:\"\"\"first"])
        #expect(roles(source, line: 1) == ["string:if second # not code"])
        #expect(roles(source, line: 2) == ["string:\"\"\"", "number:1"])
    }

    @Test func fStringFieldsAreCode() {
        #expect(roles(#"print(f"hi {name!r:>10} {x + 1} {{literal}}")"#)
            == [#"string:f"hi {"#, "string:!r:>10} {", "number:1", #"string:} {{literal}}""#])
        #expect(roles(#"f'{"yes" if ok else "no"}'"#)
            == [#"string:f'{"yes""#, "keyword:if", "keyword:else", #"string:"no"}'"#])   // same role: one span
    }

    @Test func linesAreKeptEvenWhenEmpty() {
        let lines = PythonHighlighter.highlight("a = 1\n\nb = 2")
        #expect(lines.map(\.plainText) == ["a = 1", "", "b = 2"])
    }

    @Test(arguments: [("python", true), ("python fragment", true), ("Python3 fails", true), ("py", true),
                      ("pythonic", false), ("", false), ("demo", false), ("yaml", false)])
    func pythonInfoStrings(info: String, isPython: Bool) {
        #expect(PythonHighlighter.isPython(info: info) == isPython)
    }
}

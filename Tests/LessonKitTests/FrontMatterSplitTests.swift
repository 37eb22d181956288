import Testing
@testable import LessonKit

/// Where the front matter ends and the body starts, for every shape of the delimiters.
@Suite struct FrontMatterSplitTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let yaml: String?
        let body: String
        let offset: Int
        let unclosed: Bool
        var testDescription: String { text.debugDescription }
    }

    @Test(arguments: [
        Case(text: "---\ntitle: A\n---\n# Body\n", yaml: "title: A", body: "# Body\n", offset: 3, unclosed: false),
        Case(text: "---\na: 1\nb: 2\n...\nbody", yaml: "a: 1\nb: 2", body: "body", offset: 4, unclosed: false),
        Case(text: "---\n---\nbody\n", yaml: "", body: "body\n", offset: 2, unclosed: false),
        Case(text: "  ---  \ntitle: A\n --- \n", yaml: "title: A", body: "", offset: 3, unclosed: false),
        Case(text: "---\ntitle: A\n---", yaml: "title: A", body: "", offset: 3, unclosed: false),
        Case(text: "---\ntitle: A\n", yaml: nil, body: "---\ntitle: A\n", offset: 0, unclosed: true),
        Case(text: "---", yaml: nil, body: "---", offset: 0, unclosed: true),
        Case(text: "# No front matter\n---\n", yaml: nil, body: "# No front matter\n---\n", offset: 0, unclosed: false),
        Case(text: "", yaml: nil, body: "", offset: 0, unclosed: false),
        Case(text: "---\nname: 스레드\n---\n본문\n", yaml: "name: 스레드", body: "본문\n", offset: 3, unclosed: false),
    ])
    func splits(_ example: Case) {
        let split = FrontMatterSplit(example.text, path: "lesson.md")
        #expect(split.yaml == example.yaml)
        #expect(split.body == example.body)
        #expect(split.bodyLineOffset == example.offset)
        #expect(split.diagnostics.map(\.description) == (example.unclosed
            ? ["lesson.md:1:1: front matter starts here but is never closed with a '---' line"] : []))
    }
}

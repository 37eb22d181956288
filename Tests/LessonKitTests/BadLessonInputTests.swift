import Testing
import TutorBasics
@testable import LessonKit

/// Each kind of broken lesson file reports `path:line:col: message` at the place of the mistake.
@Suite struct BadLessonInputTests {
    @Test func malformedFrontMatter() {
        let lesson = Fixture.lesson("---\ntitle: A\nslug: [unclosed\n---\n# A\n")
        #expect(lesson.isBroken)
        #expect(lesson.diagnostics.map(\.location.description) == ["en/01-sample.md:4:1"])
        #expect(lesson.diagnostics.first?.message.hasPrefix("invalid YAML in front matter:") == true)
    }

    @Test func frontMatterWithATabIndentReportsItsLine() {
        let lesson = Fixture.lesson("---\ntitle: A\nsummary: one\n\tchapter: 2\n---\n# A\n")
        #expect(lesson.diagnostics.map(\.location.description) == ["en/01-sample.md:4:1"])
    }

    @Test func nonMappingFrontMatter() {
        let lesson = Fixture.lesson("---\n- a list\n- not a mapping\n---\n# A\n")
        #expect(Fixture.messages(lesson) == [
            "en/01-sample.md:2:1: front matter must be a YAML mapping of `key: value` lines, not a list",
        ])
    }

    @Test func scalarFrontMatter() {
        let lesson = Fixture.lesson("---\njust words\n---\n# A\n")
        #expect(Fixture.messages(lesson) == [
            "en/01-sample.md:2:1: front matter must be a YAML mapping of `key: value` lines, not a single value",
        ])
    }

    @Test func frontMatterValuesOfTheWrongKind() {
        let lesson = Fixture.lesson("---\nchapter: four\norder: -1\ntitle: [a, b]\nslug: has space\n---\n# A\n")
        #expect(Fixture.messages(lesson) == [
            "en/01-sample.md:2:10: 'chapter' in front matter must be a whole number from 0 to 9999",
            "en/01-sample.md:3:8: 'order' in front matter must be a whole number from 0 to 9999",
            "en/01-sample.md:4:8: 'title' in front matter must be text, not a list",
            "en/01-sample.md:5:7: slug 'has space' must be one word of letters, digits, '-' or '_'",
        ])
        #expect(lesson.title == "A", "a bad title falls back to the heading")
    }

    @Test func unclosedFrontMatter() {
        let lesson = Fixture.lesson("---\ntitle: A\n\n# A\n")
        #expect(Fixture.messages(lesson) == [
            "en/01-sample.md:1:1: front matter starts here but is never closed with a '---' line",
        ])
    }

    @Test func unterminatedFence() {
        let lesson = Fixture.lesson("---\ntitle: A\n---\n# A\n\n```python\nprint(1)\n\n## Lost heading\n")
        #expect(Fixture.messages(lesson) == [
            "en/01-sample.md:6:1: code fence is never closed; end it with a line of ``` (cmark would swallow the rest of the file)",
        ])
    }

    @Test func unterminatedFenceInsideAListAndAtTheVeryEnd() {
        let inList = Fixture.lesson("- item\n\n  ```\n  code\n\nafter\n")
        #expect(inList.diagnostics.map(\.location.description) == ["en/01-sample.md:3:3"])
        let atEnd = Fixture.lesson("text\n\n````\n")
        #expect(atEnd.diagnostics.map(\.location.description) == ["en/01-sample.md:3:1"])
    }

    @Test func closedFencesAreNotReported() {
        let lesson = Fixture.lesson("````md\n```\ninner\n```\n````\n\n> ```\n> quoted\n> ```\n\n- ~~~\n  x\n  ~~~~\n")
        #expect(Fixture.messages(lesson) == [])
    }

    @Test func invalidQuizYAML() {
        let lesson = Fixture.lesson("# Q\n\n```quiz\nquestion: Which?\nchoices: [a, b\nanswer: a\n```\n")
        #expect(lesson.diagnostics.map(\.location.description) == ["en/01-sample.md:6:7"])
        #expect(lesson.diagnostics.first?.message.hasPrefix("invalid YAML in quiz:") == true)
        #expect(lesson.steps[0].quizzes.isEmpty)
    }

    @Test func invalidDemoYAML() {
        let lesson = Fixture.lesson("# D\n\n```demo\ntitle: x\nthreads:\n  - name: a\n   run: [compute 1ms]\n```\n")
        #expect(lesson.diagnostics.map(\.location.description) == ["en/01-sample.md:7:4"])
        #expect(lesson.diagnostics.first?.message.hasPrefix("invalid YAML in demo:") == true)
        #expect(lesson.steps[0].demos.count == 1, "the demo is kept as source so the step still shows")
    }

    @Test func demoScenarioMistakesAreReportedWithTheLesson() {
        let lesson = Fixture.lesson("# D\n\n```demo\nthreads:\n  - name: a\n    run: [compute 1ms, comput 2ms]\n```\n")
        #expect(lesson.diagnostics.map(\.location.description) == ["en/01-sample.md:6:24"])
        #expect(lesson.steps[0].demos.first?.scenario == nil)
    }

    @Test func quizInsideAListIsReported() {
        let lesson = Fixture.lesson("- step one\n\n  ```quiz\n  question: Q\n  ```\n")
        #expect(Fixture.messages(lesson) == [
            "en/01-sample.md:3:3: a ```quiz block inside a list or quote is shown as code; move it to the top level",
        ])
    }

    @Test func demoThatIsNotAMapping() {
        let lesson = Fixture.lesson("```demo\n- a\n```\n")
        #expect(Fixture.messages(lesson) == [
            "en/01-sample.md:2:1: demo must be a YAML mapping of `key: value` lines, not a list",
        ])
    }

    @Test func quizAnswerNotAmongItsChoices() {
        let lesson = Fixture.lesson("text\n\n```quiz\nquestion: Which state?\nchoices: [ready, running]\nanswer: blocked\n```\n")
        #expect(Fixture.messages(lesson) == [
            "en/01-sample.md:6:9: quiz answer 'blocked' is not one of the choices ('ready', 'running')",
        ])
    }

    @Test func quizWithMissingAndUnknownKeys() {
        let lesson = Fixture.lesson("```quiz\nquestion: Q\nchoices: [only]\nexplanation: typo\n```\n")
        #expect(Fixture.messages(lesson) == [
            "en/01-sample.md:2:1: quiz has no 'answer'",
            "en/01-sample.md:3:10: a quiz needs at least two choices",
            "en/01-sample.md:4:1: unknown key 'explanation' in quiz (known keys: answer, choices, explain, question)",
        ])
    }

    @Test func nonUTF8FileReportsTheFirstBadByte() {
        var bytes = Array("# Title\n\nca".utf8)
        bytes += [0xE9, 0x20] + Array("fe\n".utf8)
        let lesson = LessonParser.parse(bytes: bytes, path: "en/02-cafe.md", language: .en)
        #expect(Fixture.messages(lesson) == ["en/02-cafe.md:3:3: file is not UTF-8 text; save it as UTF-8"])
        #expect((lesson.slug, lesson.chapter, lesson.isBroken) == ("cafe", 2, true))
    }

    @Test func emptyFileIsBroken() {
        #expect(Fixture.messages(Fixture.lesson("")) == ["en/01-sample.md:1:1: lesson has no content"])
    }
}

import Testing
import TutorBasics
@testable import LessonKit

@Suite struct CourseModelTests {
    @Test func diagnosticsPrintLikeACompiler() {
        let d = Diagnostic("unknown action 'comput'", at: SourceLocation(path: "Lessons/en/x.md", line: 12, column: 7))
        #expect(d.description == "Lessons/en/x.md:12:7: unknown action 'comput'")
    }

    @Test(arguments: [
        (["LANG": "ko_KR.UTF-8"], Language.ko),
        (["LC_ALL": "en_US.UTF-8", "LANG": "ko_KR.UTF-8"], .en),
        (["LC_MESSAGES": "ko"], .ko),
        (["LANG": "fr_FR.UTF-8"], .en),
        ([:], .en),
    ])
    func languageComesFromTheEnvironment(env: [String: String], expected: Language) {
        #expect(Language.fromEnvironment(env) == expected)
    }

    @Test func brokenLessonsAreCounted() {
        let loc = SourceLocation(path: "a.md", line: 1, column: 1)
        let good = Lesson(slug: "a", title: "A", chapter: 1, order: 1, summary: "", path: "a.md", language: .en,
                          steps: [Step(blocks: [], location: loc)])
        var bad = good
        bad.slug = "b"
        bad.diagnostics = [Diagnostic("broken", at: loc)]
        let course = Course(language: .en, root: ".", chapters: [Chapter(number: 1, title: "One", lessons: [good, bad])])
        #expect(course.allDiagnostics.count == 1)
        #expect(bad.isBroken && !good.isBroken)
    }
}

import Testing
import TutorBasics
@testable import LessonKit

/// `check` warns about a demo whose threads compute at once with no GIL in a lesson about Python, unless the
/// demo writes `gil: false` to say it shows threads in general.
@Suite struct GILCheckTests {
    static func lesson(demo: String, python: Bool = true) -> Lesson {
        let code = python ? "```python\nimport threading\n```\n\n" : ""
        let markdown = "---\ntitle: T\nslug: t\nchapter: 1\norder: 1\n---\n# T\n\n" + code + "```demo\n" + demo + "\n```\n"
        return LessonParser.parse(markdown, path: "t.md", language: .en)
    }

    static let parallel = "cores: 2\nthreads:\n  - {name: A, run: [compute 5ms]}\n  - {name: B, run: [compute 5ms]}"

    @Test func twoThreadsComputingAtOnceWithoutTheGILAreWarnedAbout() throws {
        let lesson = Self.lesson(demo: Self.parallel)
        #expect(lesson.diagnostics.isEmpty)
        let warnings = GILCheck.warnings(in: lesson)
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.message.hasPrefix("warning: 2 threads compute at the same time"))
        #expect(warning.location.line == 14)
    }

    @Test func gilFalseWrittenOutTheGILOrNoPythonSilenceIt() {
        #expect(GILCheck.warnings(in: Self.lesson(demo: "gil: false\n" + Self.parallel)).isEmpty)
        #expect(GILCheck.warnings(in: Self.lesson(demo: "gil: true\n" + Self.parallel)).isEmpty)
        #expect(GILCheck.warnings(in: Self.lesson(demo: Self.parallel, python: false)).isEmpty)
        #expect(GILCheck.warnings(in: Self.lesson(demo: "threads:\n  - {name: A, run: [compute 5ms]}\n  - {name: B, run: [io 5ms]}")).isEmpty)
    }
}

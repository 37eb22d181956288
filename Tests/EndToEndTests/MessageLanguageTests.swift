import Testing

/// The command line's own messages come from the catalogs, in the course language (`--lang`, else the
/// environment); authors' diagnostics (`path:line:col: message`) stay English in every language.
@Suite struct MessageLanguageTests {
    static let english =
        "threadtutor: no lesson 'lifecyle' — did you mean 'lifecycle'? (see 'threadtutor list')\n"
    static let korean =
        "threadtutor: 'lifecyle' 레슨을 찾을 수 없습니다 — 혹시 'lifecycle'인가요? (목록은 'threadtutor list')\n"

    @Test(arguments: [
        (["show", "lifecyle", "--lang", "ko"], [String: String](), korean),
        (["--lang", "ko", "lifecyle"], [:], korean),
        (["show", "lifecyle", "--lang", "en"], [:], english),
        (["show", "lifecyle"], [:], english),
        // No --lang: the environment's language; --lang wins over it.
        (["show", "lifecyle"], ["LANG": "ko_KR.UTF-8"], korean),
        (["show", "lifecyle", "--lang", "en"], ["LANG": "ko_KR.UTF-8"], english),
    ])
    func anUnknownLessonIsReportedInTheCourseLanguageWithExit64(
        arguments: [String], environment: [String: String], expected: String
    ) throws {
        let result = try BuiltBinary.run(arguments, environment: environment)
        #expect(result.status == 64)
        #expect(result.stderr == expected)
        #expect(result.stdout.isEmpty)
    }

    @Test func anAmbiguousPrefixListsTheLessonsInKorean() throws {
        let result = try BuiltBinary.run(["show", "thread", "--lang", "ko"])
        #expect(result.status == 64)
        // The lessons whose slug starts with "thread", in course order, as the Korean course files say.
        let matches = try CourseFiles.lessons("ko").map(\.slug).filter { $0.hasPrefix("thread") }
        #expect(matches.count >= 2, "the course files were not found or read")
        let names = matches.map { "'\($0)'" }.joined(separator: ", ")
        #expect(result.stderr == "threadtutor: 'thread'에 맞는 레슨이 여럿입니다: \(names) — 이름을 더 입력하세요\n")
    }

    @Test func aMissingCourseFolderIsReportedInKoreanWithThePathAsGiven() throws {
        let result = try BuiltBinary.run(["list", "--lessons", "/nonexistent/course", "--lang", "ko"])
        #expect(result.status == 64)
        #expect(result.stderr == "threadtutor: 코스 폴더가 없습니다: /nonexistent/course\n")
    }

    /// `check` has no --lang: its summary follows the environment, its problems stay English for grep and tools.
    @Test func checkSaysItsSummaryInKoreanAndKeepsDiagnosticsEnglish() throws {
        let dir = try TemporaryFolder()
        try dir.write("01-bad.md", "---\ntitle: Bad\nchapter: 1\n---\n# Bad\n\n```quiz\nquestion: Which?\nchoices: [a, b]\nanswer: c\nexplain: x\n```\n")
        let korean = try BuiltBinary.run(["check", dir.path], environment: ["LANG": "ko_KR.UTF-8"])
        let english = try BuiltBinary.run(["check", dir.path])
        #expect(korean.status == 65)
        #expect(korean.stdout == "\(dir.path)에서 레슨 1개(en)를 검사했습니다: 문제 1개\n")
        #expect(english.stdout == "checked 1 lessons (en) in \(dir.path): 1 problem\n")
        #expect(korean.stderr == english.stderr)
        #expect(korean.stderr.contains("01-bad.md:10:9: quiz answer 'c' is not one of the choices"), "\(korean.stderr)")
    }

    @Test func aBrokenLessonIsMarkedInTheListInKorean() throws {
        let dir = try TemporaryFolder()
        try dir.write("01-bad.md", "---\ntitle: Bad\nchapter: 1\n---\n# Bad\n\n```quiz\nquestion: Which?\nchoices: [a, b]\nanswer: c\nexplain: x\n```\n")
        let result = try BuiltBinary.run(["list", "--lessons", dir.path, "--lang", "ko"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Bad  [오류 있음: 'threadtutor check'로 확인하세요]\n"), "\(result.stdout)")
    }
}

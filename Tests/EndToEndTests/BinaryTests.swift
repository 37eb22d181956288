import Testing
import Foundation

/// Runs the built `threadtutor` binary as a real process, with no terminal, as scripts and pipes use it.
@Suite struct BinaryTests {
    @Test func versionPrints() throws {
        let result = try BuiltBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("0.1.0"))
    }

    /// The list follows the course files: every chapter that has lessons, in order, titled as course.yaml says,
    /// and every lesson's slug in course order.
    @Test(arguments: ["en", "ko"])
    func listShowsEveryChapterAndLessonOfTheCourseFilesInOrder(language: String) throws {
        let result = try BuiltBinary.run(["list", "--lang", language])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let chapterLines = lines.filter { $0.first?.isNumber == true }
        let lessonSlugs = lines.filter { $0.hasPrefix(" ") }
            .compactMap { $0.split(separator: " ").dropFirst().first.map(String.init) }

        let lessons = try CourseFiles.lessons(language)
        let titles = try CourseFiles.chapterTitles(language)
        var chapters: [Int] = []
        for lesson in lessons where lesson.chapter > 0 && chapters.last != lesson.chapter {
            chapters.append(lesson.chapter)
        }
        #expect(chapters.count >= 8, "the course files were not found or read")
        #expect(chapterLines == chapters.map { "\($0). \(titles[$0] ?? "?")" })
        #expect(lessonSlugs == lessons.map(\.slug))
        #expect(result.stdout.contains("lifecycle"))
    }

    @Test func courseOptionsMayComeBeforeTheSubcommand() throws {
        let before = try BuiltBinary.run(["--lang", "ko", "list"])
        let after = try BuiltBinary.run(["list", "--lang", "ko"])
        #expect(before.status == 0)
        #expect(before.stdout == after.stdout)
        #expect(before.stdout.contains("생명 주기"))
    }

    @Test func withoutATerminalALessonNameprintsTheLesson() throws {
        let result = try BuiltBinary.run(["lifecycle"], environment: ["COLUMNS": "72"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Chapter 4"))
        #expect(!result.stdout.contains("\u{1B}["), "no escape codes into a pipe")
        for line in result.stdout.split(separator: "\n") {
            #expect(line.count <= 72, "line wider than COLUMNS: \(line)")
        }
    }

    @Test func withoutATerminalNoLessonPrintsTheList() throws {
        let plain = try BuiltBinary.run([])
        let list = try BuiltBinary.run(["list"])
        #expect(plain.status == 0)
        #expect(plain.stdout == list.stdout)
    }

    @Test func showHonoursWidthAndColor() throws {
        let plain = try BuiltBinary.run(["show", "gil", "--width", "50", "--color", "never"])
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("\u{1B}["))
        let colored = try BuiltBinary.run(["show", "gil", "--width", "50", "--color", "always"])
        #expect(colored.stdout.contains("\u{1B}["))
        let noColor = try BuiltBinary.run(["show", "gil", "--color", "auto"], environment: ["NO_COLOR": "1"])
        #expect(!noColor.stdout.contains("\u{1B}["))
    }

    @Test func koreanLessonIsShownInKorean() throws {
        let result = try BuiltBinary.run(["show", "lifecycle", "--lang", "ko", "--width", "60"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("4장"))
        #expect(result.stdout.contains("단계 1/"))
    }

    @Test func lessonsAreFoundByNumberAndPrefix() throws {
        let byNumber = try BuiltBinary.run(["show", "4", "--width", "60"])
        let bySlug = try BuiltBinary.run(["show", "lifecycle", "--width", "60"])
        let byPrefix = try BuiltBinary.run(["show", "lifec", "--width", "60"])
        #expect(byNumber.status == 0)
        #expect(byNumber.stdout == bySlug.stdout)
        #expect(byPrefix.stdout == bySlug.stdout)
    }

    @Test func aKoreanTitleFindsTheLessonInEnglish() throws {
        let result = try BuiltBinary.run(["show", "스레드의 생명", "--lang", "en", "--width", "60"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Chapter 4"))
    }

    @Test func anUnknownLessonSuggestsTheClosestAndExits64() throws {
        let result = try BuiltBinary.run(["lifecyle"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("no lesson 'lifecyle'"))
        #expect(result.stderr.contains("did you mean 'lifecycle'?"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aNameIsNeverUsedAsAPath() throws {
        let result = try BuiltBinary.run(["show", "../../etc/passwd"])
        #expect(result.status == 64)
        #expect(!result.stdout.contains("root:"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let result = try BuiltBinary.run(["list", "--frobnicate"])
        #expect(result.status == 64)
    }

    @Test func checkPassesOnTheShippedCourse() throws {
        let result = try BuiltBinary.run(["check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("0 problems"))
    }

    @Test func checkReportsABrokenLessonWithItsPositionAndExits65() throws {
        let dir = try TemporaryFolder()
        try dir.write("01-good.md", "---\ntitle: Good\nchapter: 1\n---\n# Good\n\nText.\n")
        try dir.write("02-bad.md", "---\ntitle: Bad\nchapter: 2\n---\n# Bad\n\n```quiz\nquestion: Which?\nchoices: [a, b]\nanswer: c\nexplain: x\n```\n")
        let result = try BuiltBinary.run(["check", dir.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("02-bad.md:"), "\(result.stderr)")
        #expect(result.stdout.contains("1 problem"))
        // The rest of the course still works.
        let list = try BuiltBinary.run(["list", "--lessons", dir.path])
        #expect(list.status == 0)
        #expect(list.stdout.contains("good"))
        #expect(list.stdout.contains("broken"))
    }

    @Test func checkSearchesChallengesReportingLengthsAndUnreachableGoals() throws {
        let dir = try TemporaryFolder()
        let race = "goal: {counter: c, equals: 1}\ncounters: {c: 0}\nthreads:\n  - {name: A, run: [increment c]}\n"
            + "  - {name: B, run: [increment c]}"
        let ordered = "goal: deadlock\nthreads:\n  - {name: A, run: [lock L1, lock L2, unlock L2, unlock L1]}\n"
            + "  - {name: B, run: [lock L1, lock L2, unlock L2, unlock L1]}"
        try dir.write("01-race.md", "---\ntitle: Race\nchapter: 1\n---\n# Race\n\n```challenge\n\(race)\n```\n")
        try dir.write("02-locks.md", "---\ntitle: Locks\nchapter: 2\n---\n# Locks\n\n```challenge\n\(ordered)\n```\n")
        let result = try BuiltBinary.run(["check", dir.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("01-race.md:8:1: note: challenge solved in 4 moves: A B A B"), "\(result.stderr)")
        #expect(result.stderr.contains("02-locks.md:8:1: challenge goal is not reachable by any schedule"), "\(result.stderr)")
        #expect(result.stdout.contains("1 problem"))
    }

    @Test func aMissingLessonsFolderIsAClearUsageError() throws {
        let result = try BuiltBinary.run(["list", "--lessons", "/nonexistent/course"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/course"), "\(result.stderr)")
    }

    @Test func theCourseIsFoundFromAnyWorkingDirectory() throws {
        let result = try BuiltBinary.run(["list"], currentDirectory: "/")
        #expect(result.status == 0)
        #expect(result.stdout.contains("lifecycle"))
    }
}

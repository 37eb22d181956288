import Foundation
import Testing
import TutorBasics
@testable import LessonKit

/// Loading whole course folders: both layouts, course files, ordering, and course-level problems.
@Suite struct CourseLoaderTests {
    static func lesson(_ title: String, slug: String? = nil, chapter: Int? = nil, order: Int? = nil) -> String {
        var matter = "title: \(title)\n"
        if let slug { matter += "slug: \(slug)\n" }
        if let chapter { matter += "chapter: \(chapter)\n" }
        if let order { matter += "order: \(order)\n" }
        return "---\n\(matter)---\n# \(title)\n\nText.\n"
    }

    @Test func perLanguageFoldersWithCourseFiles() throws {
        let course = try TemporaryCourse([
            "en/course.yaml": "title: Threads\nchapters:\n  - {number: 1, title: Why}\n  - {number: 4, title: Lifecycle}\n",
            "en/04-2-states.md": Self.lesson("States"),
            "en/04-1-lifecycle.md": Self.lesson("The lifecycle"),
            "en/01-why.md": Self.lesson("Why threads"),
            "en/README.md": "# not a lesson",
            "ko/course.yaml": "title: 스레드\nchapters:\n  - {number: 1, title: 왜}\n",
            "ko/01-why.md": Self.lesson("왜 스레드인가"),
        ])
        #expect(CourseLoader.languages(in: course.root) == [.en, .ko])
        let english = CourseLoader.load(course.root, language: .en)
        #expect(english.allDiagnostics == [])
        #expect(english.title == "Threads")
        #expect(english.root == course.path("en"))
        #expect(english.chapters.map(\.number) == [1, 4])
        #expect(english.chapters.map(\.title) == ["Why", "Lifecycle"])
        #expect(english.lessons.map(\.slug) == ["why", "lifecycle", "states"])

        let korean = CourseLoader.load(course.root, language: .ko)
        #expect((korean.language, korean.title, korean.lessons.map(\.title)) == (.ko, "스레드", ["왜 스레드인가"]))
        #expect(CourseLoader.loadAll(course.root).map(\.language) == [.en, .ko])
    }

    @Test func flatFolderInOneLanguage() throws {
        let course = try TemporaryCourse([
            "b.md": Self.lesson("B", chapter: 2, order: 1),
            "a.md": Self.lesson("A", chapter: 2, order: 5),
            "2023-01-01-post.md": "---\nlayout: post\ntitle: A post\n---\nHello.\n",
            "c.md": Self.lesson("C", chapter: 1),
        ])
        let loaded = CourseLoader.load(course.root, language: .ko)
        #expect(loaded.language == .ko)
        #expect(loaded.allDiagnostics == [])
        #expect(loaded.lessons.map(\.slug) == ["c", "b", "a", "post"])
        #expect(loaded.chapters.map(\.title) == ["1장", "2장", "더 읽을거리"], "unnumbered lessons come last")
    }

    @Test func missingLanguageFallsBackToEnglish() throws {
        let course = try TemporaryCourse(["en/01-a.md": Self.lesson("A")])
        #expect(CourseLoader.load(course.root, language: .ko).language == .en)
    }

    @Test func brokenLessonStaysListedAndTheRestWorks() throws {
        let course = try TemporaryCourse([
            "01-good.md": Self.lesson("Good"),
            "02-bad.md": "---\ntitle: [\n---\n# Bad\n",
        ])
        let loaded = CourseLoader.load(course.root, language: .en)
        #expect(loaded.lessons.map(\.slug) == ["good", "bad"])
        #expect(loaded.lessons.map(\.isBroken) == [false, true])
        #expect(loaded.allDiagnostics.map(\.location.description) == [course.path("02-bad.md") + ":3:1"])
    }

    @Test func missingDirectory() {
        let loaded = CourseLoader.load("/nonexistent/threadtutor-course", language: .en)
        #expect(loaded.allDiagnostics.map(\.description) == ["/nonexistent/threadtutor-course:1:1: course directory does not exist"])
        #expect(loaded.lessons.isEmpty)
    }

    @Test func emptyCourse() throws {
        let course = try TemporaryCourse(["notes.txt": "nothing"])
        let loaded = CourseLoader.load(course.root, language: .en)
        #expect(loaded.allDiagnostics.map(\.description) == [
            "\(course.root):1:1: no lessons here: a course is a folder of .md lesson files, or en/ and ko/ folders of them",
        ])
    }

    @Test func duplicateSlugs() throws {
        let course = try TemporaryCourse([
            "01-first.md": Self.lesson("First", slug: "threads"),
            "02-second.md": Self.lesson("Second", slug: "threads"),
            "03-threads.md": "# Third\n",
        ])
        let loaded = CourseLoader.load(course.root, language: .en)
        #expect(loaded.allDiagnostics.map(\.description) == [
            "\(course.path("02-second.md")):3:7: duplicate slug 'threads': \(course.path("01-first.md")) already uses it",
            "\(course.path("03-threads.md")):1:1: duplicate slug 'threads': \(course.path("01-first.md")) already uses it",
        ])
        #expect(loaded.lessons.map(\.isBroken) == [false, true, true])
    }

    @Test func nonUTF8FileInACourse() throws {
        let course = try TemporaryCourse(["01-good.md": Self.lesson("Good")])
        try course.write("02-latin1.md", bytes: Array("---\ntitle: Caf".utf8) + [0xE9] + Array("\n---\n".utf8))
        let loaded = CourseLoader.load(course.root, language: .en)
        #expect(loaded.allDiagnostics.map(\.description) == [
            "\(course.path("02-latin1.md")):2:11: file is not UTF-8 text; save it as UTF-8",
        ])
        #expect(loaded.lessons.map(\.slug) == ["good", "latin1"])
    }

    @Test func unterminatedFenceInACourse() throws {
        let course = try TemporaryCourse(["01-a.md": "---\ntitle: A\n---\n# A\n\n~~~python\nx = 1\n"])
        let loaded = CourseLoader.load(course.root, language: .en)
        #expect(loaded.allDiagnostics.map(\.location.description) == [course.path("01-a.md") + ":6:1"])
    }

    @Test func badCourseFile() throws {
        let course = try TemporaryCourse([
            "en/course.yaml": "title: T\nchapters:\n  - {number: one, title: X}\n  - {number: 2}\n  - just text\nextra: 1\n",
            "en/01-a.md": Self.lesson("A"),
        ])
        let path = course.path("en/course.yaml")
        let loaded = CourseLoader.load(course.root, language: .en)
        #expect(loaded.allDiagnostics.map(\.description) == [
            "\(path):6:1: unknown key 'extra' in course file (known keys: chapters, title)",
            "\(path):3:14: 'number' in course file must be a whole number from 0 to 9999",
            "\(path):4:5: chapter has no 'title'",
            "\(path):5:5: each chapter must be a mapping like {number: 1, title: Threads}",
        ])
        #expect(loaded.lessons.count == 1, "the lessons still load")
    }

    /// The course that ships with threadtutor must load cleanly in every language.
    @Test func shippedCourseLoadsWithoutDiagnostics() throws {
        let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Lessons")
            .standardizedFileURL.path
        let courses = CourseLoader.loadAll(lessons)
        #expect(!courses.isEmpty)
        for course in courses {
            #expect(course.allDiagnostics.map(\.description) == [], "\(course.language)")
            #expect(!course.lessons.isEmpty)
        }
    }
}

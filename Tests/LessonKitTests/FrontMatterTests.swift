import Testing
import TutorBasics
@testable import LessonKit

/// Front matter keys, and what the file name and first heading give when they are missing.
@Suite struct FrontMatterTests {
    @Test(arguments: [
        ("04-2-pools.md", "pools", 4, 2),
        ("04-pools.md", "pools", 4, 0),
        ("2023-04-01-gil-explained.md", "gil-explained", 0, 0),
        ("lifecycle.md", "lifecycle", 0, 0),
        ("07_My Lesson.markdown", "07_my-lesson", 0, 0),
        ("12.md", "12", 12, 0),
    ])
    func defaultsComeFromTheFileName(file: String, slug: String, chapter: Int, order: Int) {
        let lesson = Fixture.lesson("# Heading title\n\ntext", path: "dir/\(file)")
        #expect(lesson.slug == slug)
        #expect((lesson.chapter, lesson.order) == (chapter, order))
        #expect(lesson.title == "Heading title")
    }

    @Test func titleFallsBackToTheSlugWithoutAHeading() {
        #expect(Fixture.lesson("just text", path: "d/03-thread-pools.md").title == "Thread pools")
    }

    @Test func unknownJekyllKeysAreTolerated() {
        let lesson = Fixture.lesson("""
            ---
            layout: post
            title: "Threads: a primer"
            date: 2023-04-01 10:00:00 +0900
            author: Kim
            categories: [python, os]
            tags:
              - threads
            toc: true
            pin: true
            ---
            Body.
            """, path: "d/2023-04-01-primer.md")
        #expect(Fixture.messages(lesson) == [])
        #expect(lesson.title == "Threads: a primer")
        #expect(lesson.slug == "primer")
        #expect(lesson.steps.first?.location.line == 12)
    }

    @Test func emptyFrontMatterIsFine() {
        let lesson = Fixture.lesson("---\n---\n# T\n")
        #expect(Fixture.messages(lesson) == [])
        #expect(lesson.steps.first?.location.line == 3)
    }

    @Test func byteOrderMarkAndWindowsLineEndsAreAccepted() {
        let lesson = Fixture.lesson("\u{FEFF}---\r\ntitle: T\r\nchapter: 2\r\n---\r\n# Head\r\n")
        #expect(Fixture.messages(lesson) == [])
        #expect((lesson.title, lesson.chapter) == ("T", 2))
    }
}

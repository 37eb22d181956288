import Foundation
import Testing
import TutorBasics
@testable import LessonKit

/// Korean lessons must match the English ones demo for demo and quiz for quiz.
@Suite struct TranslationCheckTests {
    static let english = """
        # Lesson

        ```demo
        title: Two workers
        threads:
          - {name: a, run: [compute 10ms]}
        ```

        ---

        ```quiz
        question: Which?
        choices: [ready, running, blocked]
        answer: blocked
        ```
        """

    func courses(_ korean: String, koreanSlug: String = "01-lesson.md") throws -> (Course, Course) {
        let course = try TemporaryCourse(["en/01-lesson.md": Self.english, "ko/\(koreanSlug)": korean])
        return (CourseLoader.load(course.root, language: .en), CourseLoader.load(course.root, language: .ko))
    }

    @Test func matchingTranslationPasses() throws {
        let korean = """
            # 수업

            ```demo
            title: 두 작업자   # only the title changes
            threads:
              - name: a
                run: [compute 10ms]
            ```

            ---

            ```quiz
            question: 어느 것?
            choices: [준비, 실행 중, 블록됨]
            answer: 블록됨
            ```
            """
        let (en, ko) = try courses(korean)
        #expect(TranslationCheck.compare(en, with: ko) == [])
    }

    @Test func differencesAreReportedInTheTranslation() throws {
        let korean = """
            # 수업

            ```demo
            title: 두 작업자
            threads:
              - {name: a, run: [compute 20ms]}
            ```

            ---

            ```quiz
            question: 어느 것?
            choices: [준비, 블록됨, 실행 중]
            answer: 블록됨
            ```
            """
        let (en, ko) = try courses(korean)
        let root = ko.root
        #expect(TranslationCheck.compare(en, with: ko).map(\.description) == [
            "\(root)/01-lesson.md:4:1: demo differs from \(en.root)/01-lesson.md:4:1 (only its title may change)",
            "\(root)/01-lesson.md:12:1: quiz answer is choice 2 of 3; at \(en.root)/01-lesson.md:12:1 it is choice 3 of 3",
        ])
    }

    @Test func missingStepsAndLessons() throws {
        let (en, ko) = try courses("# 수업\n\n```demo\ntitle: x\nthreads:\n  - {name: a, run: [compute 10ms]}\n```\n",
                                   koreanSlug: "02-extra.md")
        #expect(TranslationCheck.compare(en, with: ko).map(\.message) == [
            "lesson 'lesson' has no ko version",
            "lesson 'extra' has no en version",
        ])
    }

    @Test func shippedKoreanCourseMatchesTheEnglishOne() {
        let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Lessons")
            .standardizedFileURL.path
        let english = CourseLoader.load(lessons, language: .en)
        let korean = CourseLoader.load(lessons, language: .ko)
        #expect(TranslationCheck.compare(english, with: korean).map(\.description) == [])
    }
}

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

    static let englishChallenge = """
        # Lesson

        ```challenge
        goal: {counter: count, equals: 1}
        story: Two threads add one each. Make the count end at 1.
        hints: [Let A read first., Now let B read before A writes.]
        explain: Both read 0 and both wrote 1.
        counters: {count: 0}
        threads:
          - name: A
            code: |
              count += 1
            run: [increment count @1]
          - name: B
            run: [increment count]
        ```
        """

    func challengeCourses(_ korean: String) throws -> (Course, Course) {
        let course = try TemporaryCourse(["en/01-lesson.md": Self.englishChallenge, "ko/01-lesson.md": korean])
        return (CourseLoader.load(course.root, language: .en), CourseLoader.load(course.root, language: .ko))
    }

    @Test func aChallengeMayChangeItsStoryHintsAndExplanationOnly() throws {
        let korean = """
            # 수업

            ```challenge
            goal: {counter: count, equals: 1}
            story: 두 스레드가 1씩 더합니다. count가 1로 끝나게 해 보세요.
            hints: [A가 먼저 읽게 하세요., A가 쓰기 전에 B가 읽게 하세요., 세 번째 힌트]
            explain: 둘 다 0을 읽고 1을 썼습니다.
            counters: {count: 0}
            threads:
              - {name: A, code: "count += 1\\n", run: [increment count @1]}   # flow style is the same YAML
              - name: B
                run: [increment count]
            ```
            """
        let (en, ko) = try challengeCourses(korean)
        #expect(TranslationCheck.compare(en, with: ko) == [])
    }

    @Test func aChallengeWithOtherThreadsCodeOrGoalIsReported() throws {
        func korean(_ goal: String, code: String = "count += 1", _ run: String) -> String {
            """
            # 수업

            ```challenge
            goal: \(goal)
            story: 이야기
            counters: {count: 0}
            threads:
              - name: A
                code: |
                  \(code)
                run: [\(run)]
              - name: B
                run: [increment count]
            ```
            """
        }
        let changed = [
            korean("{counter: count, equals: 2}", "increment count @1"),
            korean("{counter: count, equals: 1}", "compute 1ms @1, increment count @1"),
            korean("{counter: count, equals: 1}", code: "count = count + 1", "increment count @1"),
            korean("{counter: count, equals: 1}", "increment count"),
        ]
        for text in changed {
            let (en, ko) = try challengeCourses(text)
            #expect(TranslationCheck.compare(en, with: ko).map(\.description) == [
                "\(ko.root)/01-lesson.md:4:1: challenge differs from \(en.root)/01-lesson.md:4:1 "
                    + "(only its story, hints and explain may change)",
            ])
        }
        let (en, ko) = try challengeCourses("# 수업\n\n챌린지가 없습니다.\n")
        #expect(TranslationCheck.compare(en, with: ko).map(\.message) == [
            "step 1 has 0 challenge(s); the en lesson's has 1",
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

import Testing
import LessonKit

/// The English and Korean courses teach the same thing: same slugs, same steps, same demos, same answers.
@Suite struct LanguageParityTests {
    let english = ShippedCourse.english
    let korean = ShippedCourse.korean

    @Test func bothLanguagesHaveTheSameLessons() {
        #expect(english.lessons.map(\.slug) == korean.lessons.map(\.slug))
        #expect(english.chapters.map(\.number) == korean.chapters.map(\.number))
        #expect(english.lessons.count >= 7)
    }

    @Test func lessonsMatchStepByStep() throws {
        for (en, ko) in zip(english.lessons, korean.lessons) {
            #expect(en.steps.count == ko.steps.count, "\(en.slug): \(en.steps.count) steps in en, \(ko.steps.count) in ko")
            for (index, (a, b)) in zip(en.steps, ko.steps).enumerated() {
                #expect(a.demos.count == b.demos.count, "\(en.slug) step \(index + 1): demo count differs")
                #expect(a.quizzes.map(\.answer) == b.quizzes.map(\.answer),
                        "\(en.slug) step \(index + 1): quiz answers differ by position")
                #expect(a.quizzes.map(\.choices.count) == b.quizzes.map(\.choices.count),
                        "\(en.slug) step \(index + 1): quiz choice counts differ")
            }
        }
    }

    @Test func everyLessonHasADemoAQuizAndSeveralSteps() {
        for lesson in english.lessons + korean.lessons {
            #expect(lesson.steps.count >= 3, "\(lesson.path) has \(lesson.steps.count) steps")
            #expect(lesson.steps.contains { !$0.demos.isEmpty }, "\(lesson.path) has no demo")
            #expect(lesson.steps.contains { !$0.quizzes.isEmpty }, "\(lesson.path) has no quiz")
        }
    }

    @Test func theShippedCourseHasNoDiagnostics() {
        let problems = (english.allDiagnostics + korean.allDiagnostics).map(\.description)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}

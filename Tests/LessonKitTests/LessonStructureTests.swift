import Testing
import ThreadModel
import TutorBasics
@testable import LessonKit

/// Steps, demos, quizzes and notes, checked on a realistic lesson file.
@Suite struct LessonStructureTests {
    let path = Fixture.path("04-1-lifecycle.md")

    func lifecycle() throws -> Lesson {
        LessonParser.parse(try Fixture.text("04-1-lifecycle.md"), path: path, language: .en)
    }

    @Test func frontMatterFillsTheLesson() throws {
        let lesson = try lifecycle()
        #expect(Fixture.messages(lesson) == [])
        #expect(lesson.slug == "lifecycle")
        #expect(lesson.title == "The thread lifecycle")
        #expect((lesson.chapter, lesson.order) == (4, 1))
        #expect(lesson.summary == "Five states every thread passes through.")
        #expect(lesson.language == .en)
    }

    @Test func thematicBreaksSplitSteps() throws {
        let steps = try lifecycle().steps
        #expect(steps.map(\.location.line) == [8, 15, 38])
        #expect(steps.map { $0.blocks.first } == [
            .heading(level: 1, content: [.text("The thread lifecycle")]),
            .heading(level: 2, content: [.text("Created and ready")]),
            .heading(level: 2, content: [.text("Code")]),
        ])
    }

    @Test func demoFenceBecomesADemoSpecWithItsFilePosition() throws {
        let step = try lifecycle().steps[1]
        let demo = try #require(step.demos.first)
        #expect(step.demos.count == 1)
        #expect(demo.source == "title: One worker's life\ncores: 1\nthreads:\n  - name: worker\n    run: [compute 30ms, io 50ms, compute 20ms]")
        #expect(demo.location == SourceLocation(path: path, line: 18, column: 1))
        let scenario = try #require(demo.scenario, "the demo is read into a scenario at load time")
        #expect(scenario.title == "One worker's life")
        #expect(scenario.threads.map(\.name) == ["worker"])
        #expect(scenario.threads.first?.actions == [.compute(30_000), .io(50_000), .compute(20_000)])
        #expect(scenario.threads.first?.location == SourceLocation(path: path, line: 21, column: 5))
        #expect(step.blocks.count == 1, "demo and quiz fences are not shown as code")
    }

    @Test func quizFenceBecomesAQuizSpec() throws {
        let step = try lifecycle().steps[1]
        #expect(step.quizzes == [QuizSpec(
            question: "A thread waits for a file read to finish. Which state is it in?",
            choices: ["ready", "running", "blocked"], answer: 2,
            explanation: "It cannot use a CPU until the read completes, so the scheduler skips it.",
            location: SourceLocation(path: path, line: 26, column: 1))])
    }

    @Test func notesCommentBecomesSpeakerNotes() throws {
        let step = try lifecycle().steps[1]
        #expect(step.notes == [.paragraph([
            .text("Ask the room what happens if the file is on a "), .strong([.text("network drive")]), .text("."),
        ])])
        #expect(try lifecycle().steps[0].notes.isEmpty)
    }

    @Test func pythonInfoStringsSurvive() throws {
        let codes = try lifecycle().steps[2].blocks.compactMap { block -> String? in
            if case .code(_, let info, _) = block { return info }
            return nil
        }
        #expect(codes == ["python", "python fails"])
    }

    @Test func emptyStepsAreSkipped() {
        let lesson = Fixture.lesson("\n---\n\n# A\n\n---\n\n---\n\n# B\n\n---\n")
        #expect(lesson.steps.count == 2)
        #expect(lesson.steps.map(\.location.line) == [4, 10])
    }

    @Test func otherCommentsAreDropped() {
        let lesson = Fixture.lesson("# A\n\n<!--more-->\n\n<!-- notesy -->\n\ntext")
        #expect(lesson.steps.map(\.notes) == [[]])
        #expect(lesson.steps[0].blocks == [.heading(level: 1, content: [.text("A")]), .paragraph([.text("text")])])
    }

    @Test func indentedQuizFenceReportsColumnsInTheFile() {
        let lesson = Fixture.lesson("# Q\n\n  ```quiz\n  question: Which?\n  choices: [a, b]\n  answer: c\n  ```\n")
        #expect(Fixture.messages(lesson) == ["en/01-sample.md:6:11: quiz answer 'c' is not one of the choices ('a', 'b')"])
    }
}

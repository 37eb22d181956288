import LessonKit
import Testing
import ThreadModel
import TutorBasics
@testable import TutorUI

/// The real pane inside the app: keys through the one key table, ticks through the app loop and a manual
/// clock, predictions answered with 1-9 and Enter.
@Suite struct DemoAppTests {
    private static func model(_ scenario: Scenario, size: Size = Size(width: 120, height: 40),
                              language: Language = .en) -> Model {
        let here = SourceLocation(path: "demo.md", line: 1, column: 1)
        let step = Step(blocks: [.paragraph([.text("Watch the threads.")])],
                        demos: [DemoSpec(source: "title: \(scenario.title ?? "")", location: here, scenario: scenario)],
                        location: here)
        let lesson = Lesson(slug: "demo", title: "Demo", chapter: 1, order: 1, summary: "", path: "demo.md",
                            language: language, steps: [step])
        let course = Course(language: language, root: "Lessons", chapters: [Chapter(number: 1, title: "Demo", lessons: [lesson])])
        return Model(course: course, options: InteractiveOptions(language: language), size: size, startLesson: "demo",
                     demoFactory: ThreadDemo.factory(liveAvailable: false))
    }

    private var pane: (Model) -> ThreadDemo? { { $0.demo as? ThreadDemo } }

    @Test func spacePlaysThroughTicksUntilTheEndThenTheLoopWaitsWithoutATimer() throws {
        let script: [TestBackend.Step] = [.key(.character(" "))] + Array(repeating: .wait, count: 400)
        let clock = ManualClock()
        var loop = AppLoop(backend: TestBackend(size: Size(width: 120, height: 40), script: script, clock: clock),
                           model: Self.model(DemoScenarios.deadlock), clock: clock)
        loop.run()
        let demo = try #require(pane(loop.model))
        #expect(!demo.isPlaying)
        #expect(demo.playback.isAtEnd(of: demo.timeline))
        #expect(loop.backend.screen.contains("deadlock - A: waiting for lock Y held by B"))
        // Once the demo ended no timer was armed, so the waits left in the script did not move the clock.
        #expect(clock.milliseconds() < 300 * Model.frameMilliseconds)
    }

    @Test func predictionsTakeTheNumberKeysAndEnter() throws {
        var model = Self.model(DemoScenarios.lifecycle)
        let effects = model.press(.character(" "))
        #expect(effects.contains { if case .armTick = $0 { true } else { false } })
        _ = model.update(.tick(stamp: model.tickStamp, elapsedMilliseconds: 50))
        let question = try #require(pane(model)?.question)
        #expect(model.keyContexts.first == .question)
        model.press(.character("1"), .enter)
        #expect(pane(model)?.isAsking == false)
        #expect(pane(model)?.playback.cursor.seq == question.transition.seq)
        // With the question answered, the digits select threads again.
        model.press(.character("3"))
        #expect(pane(model)?.selected == 2)
    }

    @Test func demoKeysSpeakTheCourseLanguageOnTheStatusLine() {
        var model = Self.model(DemoScenarios.gil, size: Size(width: 80, height: 24), language: .ko)
        model.press(.character("v"))
        #expect(model.status?.plainText == Language.ko.catalog(.liveUnavailable))
        #expect(model.screen.contains("[시뮬레이션]"))
    }
}

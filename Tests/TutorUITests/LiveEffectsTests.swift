import LessonKit
import Testing
import ThreadModel
import TutorBasics
@testable import TutorUI

/// Live runs through `update` alone: keys give `startLive`/`stopLive` effects, news comes in as messages, and
/// leaving the demo (a step, a lesson, quitting, `v`) always returns the stop. No thread, no clock.
@Suite struct LiveEffectsTests {
    /// Two lessons: the first has a demo on step 1 and plain text on step 2.
    private static func model() -> Model {
        let here = SourceLocation(path: "live.md", line: 1, column: 1)
        let text = Block.paragraph([.text("Watch the threads.")])
        let demo = DemoSpec(source: "title: GIL", location: here, scenario: DemoScenarios.gil)
        let first = Lesson(slug: "live", title: "Live", chapter: 1, order: 1, summary: "", path: "live.md", language: .en,
                           steps: [Step(blocks: [text], demos: [demo], location: here), Step(blocks: [text], location: here)])
        let second = Lesson(slug: "next", title: "Next", chapter: 1, order: 2, summary: "", path: "next.md", language: .en,
                            steps: [Step(blocks: [text], location: here)])
        let course = Course(language: .en, root: "Lessons",
                            chapters: [Chapter(number: 1, title: "Live", lessons: [first, second])])
        return Model(course: course, options: InteractiveOptions(), size: Size(width: 120, height: 40), startLesson: "live",
                     demoFactory: ThreadDemo.factory(liveAvailable: true))
    }

    /// Presses `v` and answers as the runtime would: the run started with the GIL demo's threads.
    private static func startedLiveModel() throws -> (Model, RunID) {
        var model = model()
        let effects = model.press(.character("v"))
        guard case .startLive(let run, let scenario, let timeScale)? = effects.first else {
            Issue.record("v gave \(effects), not a start")
            throw Stop()
        }
        #expect(scenario == DemoScenarios.gil)
        #expect(timeScale > 0)
        let threads = Simulator.run(scenario).threads
        let answer = model.update(.live(run, .started(threads: threads, cores: scenario.cores, machineCores: 2)))
        #expect(answer.contains { if case .armTick = $0 { true } else { false } }, "the live recording plays")
        #expect((model.demo as? ThreadDemo)?.mode == .live)
        return (model, run)
    }

    private struct Stop: Error {}

    @Test func aStepChangeStopsTheLiveRun() throws {
        var (model, run) = try Self.startedLiveModel()
        let effects = model.press(.right)
        #expect(model.stepIndex == 1)
        #expect(effects.first == .stopLive(run))
        #expect(effects.filter { $0 == .stopLive(run) }.count == 1)
    }

    @Test func aLessonChangeStopsTheLiveRun() throws {
        var (model, run) = try Self.startedLiveModel()
        model.press(.character("m"))
        model.type("next")
        let effects = model.press(.enter)
        #expect(model.lesson?.slug == "next")
        #expect(effects.contains(.stopLive(run)))
    }

    @Test func quittingStopsTheLiveRunBeforeQuitting() throws {
        var (model, run) = try Self.startedLiveModel()
        #expect(model.press(.character("q")) == [.stopLive(run), .quit])
        var other = try Self.startedLiveModel()
        #expect(other.0.update(.quit) == [.stopLive(other.1), .quit])
    }

    @Test func backToSimulatedStopsTheLiveRun() throws {
        var (model, run) = try Self.startedLiveModel()
        let effects = model.press(.character("v"))
        #expect(effects.contains(.stopLive(run)))
        #expect((model.demo as? ThreadDemo)?.mode == .simulated)
        #expect(model.demo?.liveRuns.isEmpty == true)
    }

    @Test func newsOfARunNoDemoOwnsIsDropped() throws {
        var (model, run) = try Self.startedLiveModel()
        model.press(.right)
        let before = model.screen
        let batch = LiveBatch(entries: Simulator.run(DemoScenarios.gil).transitions.map(TimelineEntry.transition))
        #expect(model.update(.live(run, .records(batch))).isEmpty)
        #expect(model.update(.live(run, .failed)).isEmpty)
        #expect(model.screen == before)
        // A run that starts after its step was left is stopped at once.
        #expect(model.update(.live(RunID(99), .started(threads: [], cores: 1, machineCores: 1))) == [.stopLive(RunID(99))])
    }

    @Test func recordsPlayThroughTicks() throws {
        var (model, run) = try Self.startedLiveModel()
        let recording = Simulator.run(DemoScenarios.gil)
        let entries = (recording.transitions.map(TimelineEntry.transition) + recording.events.map(TimelineEntry.event))
            .sorted { $0.seq < $1.seq }
        _ = model.update(.live(run, .records(LiveBatch(entries: entries, endTime: recording.end))))
        for _ in 0..<2_000 where model.demo?.isPlaying == true {
            _ = model.update(.tick(stamp: model.tickStamp, elapsedMilliseconds: Model.frameMilliseconds))
        }
        let demo = try #require(model.demo as? ThreadDemo)
        #expect(demo.playback.isAtEnd(of: demo.timeline))
        #expect(demo.timeline.transitions == recording.transitions)
        #expect(model.screen.contains("[live]"))
    }

    @Test func theAppLoopStartsDrainsAndStopsRunsForTheModel() throws {
        let runner = ReplayRunner(DemoScenarios.gil)
        let clock = ManualClock()
        var loop = AppLoop(backend: TestBackend(size: Size(width: 120, height: 40), clock: clock), model: Self.model(),
                           clock: clock, live: { _, _ in runner })
        _ = loop.handle(.key(.character("v")))
        #expect(runner.started)
        #expect(loop.runtime.running.count == 1)
        _ = loop.handle(.tick(stamp: loop.model.tickStamp, elapsedMilliseconds: 50))
        let demo = try #require(loop.model.demo as? ThreadDemo)
        #expect(demo.mode == .live && demo.timeline.lastSeq >= 0)
        _ = loop.handle(.key(.right))
        #expect(runner.stopped, "leaving the step stopped the threads")
        #expect(loop.runtime.running.isEmpty)
    }

    @Test func theLoopLeavesNoRunBehindWhenItEnds() {
        let runner = ReplayRunner(DemoScenarios.gil)
        let clock = ManualClock()
        var loop = AppLoop(backend: TestBackend(size: Size(width: 120, height: 40),
                                                script: [.key(.character("v")), .wait, .wait, .wait], clock: clock),
                           model: Self.model(), clock: clock, live: { _, _ in runner })
        loop.run()
        #expect(runner.started && runner.stopped)
        #expect(loop.runtime.running.isEmpty)
        #expect(loop.backend.screen.contains("[live]"))
        #expect(clock.now == 3 * Model.frameMilliseconds)
    }
}

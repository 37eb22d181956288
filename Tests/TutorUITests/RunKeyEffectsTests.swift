import LessonKit
import Testing
import ThreadModel
import TutorBasics
@testable import TutorUI

/// The run key through `update` alone: `x` on a lesson's Python example returns `startTrace` with that block's
/// source, the trace pane takes the demo pane's place, and every way of leaving returns its stop. No process.
@Suite struct RunKeyEffectsTests {
    static let first = "import threading\nprint('first')\n"
    static let second = "import threading\nprint('second')\n"

    /// Step 1: text, a fragment, two runnable examples far apart; step 2: text only. A second lesson after.
    static func model(height: Int = 40) -> Model {
        let here = SourceLocation(path: "run.md", line: 1, column: 1)
        let text = Block.paragraph([.text("Run it and watch.")])
        let filler = (1...30).map { Block.paragraph([.text("Line \($0).")]) }
        let blocks = [text, .code(language: "python", info: "python fragment", text: "x = 1\n"),
                      .code(language: "python", info: "python", text: first)]
            + filler + [.code(language: "python", info: "python fails", text: second)]
        let one = Lesson(slug: "run", title: "Run", chapter: 1, order: 1, summary: "", path: "run.md", language: .en,
                         steps: [Step(blocks: blocks, location: here), Step(blocks: [text], location: here)])
        let two = Lesson(slug: "next", title: "Next", chapter: 1, order: 2, summary: "", path: "next.md", language: .en,
                         steps: [Step(blocks: [text], location: here)])
        let course = Course(language: .en, root: "Lessons", chapters: [Chapter(number: 1, title: "Run", lessons: [one, two])])
        return Model(course: course, options: InteractiveOptions(), size: Size(width: 80, height: height), startLesson: "run",
                     demoFactory: ThreadDemo.factory(liveAvailable: true))
    }

    /// Presses `x`; returns the run it started.
    static func pressRun(_ model: inout Model) throws -> (RunID, TraceRequest) {
        let effects = model.press(.character("x"))
        let start = effects.compactMap { effect -> (RunID, TraceRequest)? in
            if case .startTrace(let run, let request) = effect { return (run, request) }
            return nil
        }
        let (run, request) = try #require(start.first, "x gave \(effects)")
        #expect(model.demo is TracePane)
        #expect(model.demo?.liveRuns == [run])
        return (run, request)
    }

    @Test func xRunsTheFirstRunnableExampleOnScreenNotTheFragment() throws {
        var model = Self.model()
        let (_, request) = try Self.pressRun(&model)
        #expect(request.program == .code(Self.first))
        #expect(model.status?.plainText.contains("example 1") == true)
    }

    @Test func everyRunnableExampleHasItsHintLineAndAFragmentHasNone() {
        let model = Self.model()
        let content = model.lessonContent
        #expect(content.examples.map(\.source) == [Self.first, Self.second])
        let hint = model.options.language.catalog(.runExampleHint)
        #expect(content.lines.filter { $0.plainText == "  " + hint }.count == 2)
        for example in content.examples { #expect(content.lines[example.hintLine].plainText == "  " + hint) }
    }

    @Test func scrolledDownXRunsTheExampleThatIsNowOnScreen() throws {
        var model = Self.model(height: 20)
        _ = model.press(.character("G"))
        let (_, request) = try Self.pressRun(&model)
        #expect(request.program == .code(Self.second))
    }

    @Test func withNoExampleOnScreenXSaysSoAndRunsNothing() {
        var model = Self.model()
        _ = model.press(.right)
        let effects = model.press(.character("x"))
        #expect(effects.isEmpty)
        #expect(model.status?.plainText == model.options.language.catalog(.noRunnableExample))
    }

    @Test func stepChangeLessonChangeAndQuitStopTheTrace() throws {
        var model = Self.model()
        var (run, _) = try Self.pressRun(&model)
        #expect(model.press(.right).contains(.stopLive(run)))
        #expect(model.demo == nil)

        model = Self.model()
        (run, _) = try Self.pressRun(&model)
        model.press(.character("m"))
        model.type("next")
        #expect(model.press(.enter).contains(.stopLive(run)))

        model = Self.model()
        (run, _) = try Self.pressRun(&model)
        let quit = model.press(.control("c"))
        #expect(quit == [.stopLive(run), .quit])
        #expect(model.update(.quit).contains(.stopLive(run)))
    }

    @Test func xAgainStopsTheFirstRunAndStartsAFreshOne() throws {
        var model = Self.model()
        let (run, _) = try Self.pressRun(&model)
        let effects = model.press(.character("x"))
        #expect(effects.first == .stopLive(run))
        guard case .startTrace(let again, _)? = effects.dropFirst().first else {
            Issue.record("x again gave \(effects)")
            return
        }
        #expect(again != run)
    }

    @Test func progressGrowsThePaneAndAStaleTraceIsStopped() throws {
        var model = Self.model()
        let (run, _) = try Self.pressRun(&model)
        var one = Timeline(cores: 2)
        _ = one.addThread(name: "MainThread", kernelTID: 10)
        let first = model.update(.live(run, .traced(TraceProgress(version: 1, timeline: one, output: ["first"]))))
        #expect(first.contains { if case .armTick = $0 { true } else { false } }, "the pane plays as the program runs")
        #expect((model.demo as? TracePane)?.timeline.threads.count == 1)
        var two = one
        _ = two.addThread(name: "worker", kernelTID: 11)
        two.finish(at: 10)
        _ = model.update(.live(run, .traced(TraceProgress(version: 2, timeline: two, output: ["first", "second"],
                                                          ending: .exited(0)))))
        let pane = try #require(model.demo as? TracePane)
        #expect(pane.timeline.threads.map(\.name) == ["MainThread", "worker"])
        #expect(pane.outputLines == ["first", "second"])
        #expect(pane.finished == .exited(0))
        #expect(model.status?.plainText == model.options.language.catalog(.traceFinished))
        // The program's output is drawn in the pane, and the threads too.
        let screen = model.screen
        #expect(screen.contains("second") && screen.contains("worker"), "\(screen)")

        // News of a trace no pane owns (its step was left) is answered with its stop.
        _ = model.press(.right)
        #expect(model.update(.live(run, .traced(TraceProgress(version: 3, timeline: two)))) == [.stopLive(run)])
    }

    @Test func aShortProgramIsPlayedAgainOnceItEnds() throws {
        var model = Self.model()
        let (run, _) = try Self.pressRun(&model)
        var timeline = Timeline(cores: 2)
        let main = timeline.addThread(name: "MainThread", kernelTID: 10)
        timeline.record(main, from: .created, to: .ready, at: 0, reason: .started)
        timeline.record(main, from: .ready, to: .running, at: 5, core: 0, reason: .dispatched(core: 0))
        _ = model.update(.live(run, .traced(TraceProgress(version: 1, timeline: timeline))))
        _ = model.update(.tick(stamp: model.tickStamp, elapsedMilliseconds: 500))
        timeline.record(main, from: .running, to: .terminated, at: 9_000, reason: .finished)
        timeline.finish(at: 9_000)
        _ = model.update(.live(run, .traced(TraceProgress(version: 2, timeline: timeline, ending: .exited(0)))))
        let pane = try #require(model.demo as? TracePane)
        #expect(pane.isPlaying)
        #expect(pane.playbackTime == 0, "replayed from the start")
    }

    @Test func pausedWhileTheProgramRunsTheFramesGoOnSoItsNewsArrives() throws {
        var model = Self.model()
        let (run, _) = try Self.pressRun(&model)
        _ = model.update(.live(run, .traced(TraceProgress(version: 1, timeline: Timeline(cores: 2)))))
        _ = model.press(.character(" "))
        let pane = try #require(model.demo as? TracePane)
        #expect(!pane.isPlaybackRunning)
        let next = model.update(.tick(stamp: model.tickStamp, elapsedMilliseconds: 50))
        #expect(next.contains { if case .armTick = $0 { true } else { false } })
        var done = Timeline(cores: 2)
        done.finish(at: 5_000_000)  // long enough not to be replayed
        let end = model.update(.live(run, .traced(TraceProgress(version: 2, timeline: done, ending: .exited(0)))))
        #expect(end.contains(.cancelTick), "once the program has ended a paused pane needs no frames")
    }

    @Test func aTraceThatCannotStartSaysSo() throws {
        var model = Self.model()
        let (run, _) = try Self.pressRun(&model)
        _ = model.update(.live(run, .failed))
        #expect(model.demo?.liveRuns == [])
        #expect(model.status?.plainText == model.options.language.catalog(.traceUnavailable))
    }

    @Test func xIsInTheKeyTableWithItsHelp() {
        let binding = KeyTable.standard.bindings.first { $0.action == .runExample }
        #expect(binding?.keys == [.character("x")])
        #expect(binding?.context == .lesson)
        #expect(binding?.help == .keyRunExample)
    }
}

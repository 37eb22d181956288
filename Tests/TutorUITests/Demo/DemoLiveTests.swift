import Testing
import ThreadLive
import ThreadModel
@testable import TutorUI

/// Live mode plays a recording that grows while the threads run: the pane drains it on every tick and
/// key, and pause, step and rewind act on what was recorded.
@Suite(.serialized) struct DemoLiveTests {
    @Test func aRecordingIsDrainedOnEveryTickAndPlayedToItsEnd() {
        let runner = ReplayRunner(DemoScenarios.deadlock)
        var demo = ThreadDemo(scenario: DemoScenarios.deadlock, live: { _, _ in runner })
        #expect(demo.run(.switchMode) == nil)
        #expect(demo.mode == .live && runner.started && demo.isPlaying)
        var recorded = demo.timeline.lastSeq
        var ticks = 0
        while demo.isPlaying && ticks < 10_000 {
            demo.advance(milliseconds: 50)
            #expect(demo.timeline.lastSeq >= recorded)
            #expect(demo.playback.cursor.seq <= demo.timeline.lastSeq)
            recorded = demo.timeline.lastSeq
            ticks += 1
        }
        #expect(demo.timeline.endTime != nil)
        #expect(demo.playback.isAtEnd(of: demo.timeline))
        #expect(demo.timeline.deadlock != nil)
        let screen = demo.render(Size(width: 78, height: 7))
        #expect(screen.contains("[live]"))
        #expect(screen.contains("tid 4000"))
    }

    @Test func seedsAndPredictionsBelongToSimulatedMode() {
        let runner = ReplayRunner(DemoScenarios.lifecycle, perDrain: 1_000)
        var demo = ThreadDemo(scenario: DemoScenarios.lifecycle, live: { _, _ in runner })
        demo.run(.switchMode)
        #expect(demo.run(.newSeed) == DemoText(.en).seedOnlySimulated)
        demo.advance(milliseconds: 60_000)
        #expect(!demo.isAsking)
        #expect(demo.playback.isAtEnd(of: demo.timeline))
        demo.run(.stepBack, .stepBack)
        #expect(demo.playback.cursor.seq < demo.timeline.lastSeq)
        demo.run(.switchMode)
        #expect(runner.stopped)
        #expect(demo.mode == .simulated)
        #expect(demo.playback.cursor == .start)
    }

    @Test func aRunnerThatCannotStartLeavesTheDemoSimulated() {
        final class Refusing: LiveDemoRunner {
            func start() -> Bool { false }
            func stop() {}
            func makeTimeline() -> Timeline { Timeline(cores: 1) }
            func drain(into timeline: inout Timeline) {}
            func kernelChanges() -> [KernelStateChange] { [] }
            var machineCores: Int { 1 }
        }
        var demo = ThreadDemo(scenario: DemoScenarios.gil, live: { _, _ in Refusing() })
        #expect(demo.run(.switchMode) == DemoText(.en).liveFailed)
        #expect(demo.mode == .simulated)
    }

    /// Real threads: only invariants, never times.
    @Test func realThreadsRecordAValidRunWithKernelIDs() throws {
        let scenario = DemoScenarios.parse("""
            cores: 1
            threads:
              - name: main
                run: [compute 2ms, io 3ms]
              - name: other
                run: [lock L, compute 2ms, unlock L]
            """)
        let box = RunBox()
        var demo = ThreadDemo(scenario: scenario, live: { scenario, _ in
            let runner = TestLiveRunner(scenario: scenario, timeScale: 1)
            box.runner = runner
            return runner
        })
        demo.run(.switchMode)
        let runner = try #require(box.runner)
        #expect(runner.run.waitUntilFinished(timeout: .seconds(20)))
        var ticks = 0
        while demo.isPlaying && ticks < 100_000 {
            demo.advance(milliseconds: 1_000)
            ticks += 1
        }
        let timeline = demo.timeline
        #expect(timeline.endTime != nil)
        #expect(Validator.validate(timeline, scenario: scenario).isEmpty)
        #expect(timeline.threads.allSatisfy { $0.kernelTID != nil })
        #expect(demo.statesAtCursor.allSatisfy { $0 == .terminated })
        let screen = demo.render(Size(width: 78, height: 7))
        #expect(screen.contains("tid \(timeline.threads[0].kernelTID ?? 0)"))
        for change in demo.kernelChanges {
            #expect(timeline.threads.indices.contains(change.thread.rawValue))
            #expect(change.letter.map { "RSDTtZXIPW".contains($0) } ?? true)
        }
        demo.run(.switchMode)
        #expect(demo.mode == .simulated)
    }
}

/// Lets the test reach the runner the pane started.
private final class RunBox: @unchecked Sendable {
    var runner: TestLiveRunner?
}

/// The executable's adapter, repeated here because tests cannot import an executable target.
private final class TestLiveRunner: LiveDemoRunner {
    let run: LiveRun
    init(scenario: Scenario, timeScale: Double) { run = LiveRun(scenario: scenario, timeScale: timeScale) }
    func start() -> Bool { run.start(kernelWatchInterval: .milliseconds(1)) }
    func stop() { run.stop() }
    func makeTimeline() -> Timeline { run.makeTimeline() }
    func drain(into timeline: inout Timeline) { run.drain(into: &timeline) }
    func kernelChanges() -> [KernelStateChange] {
        run.kernelObservations().map { KernelStateChange(time: $0.time, thread: $0.thread, letter: $0.state) }
    }
    var machineCores: Int { LiveRun.machineCores }
}

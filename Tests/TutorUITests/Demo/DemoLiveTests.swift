import Testing
import ThreadLive
import ThreadModel
import TutorBasics
@testable import TutorUI

/// Live mode plays a recording that grows while the threads run: the runtime drains it before every tick and
/// key and the pane appends what is new, and pause, step and rewind act on what was recorded.
@Suite(.serialized) struct DemoLiveTests {
    @Test func aRecordingIsDrainedOnEveryTickAndPlayedToItsEnd() {
        let runner = ReplayRunner(DemoScenarios.deadlock)
        var live = LiveHarness(DemoScenarios.deadlock, starter: { _, _ in runner })
        #expect(live.run(.switchMode) == nil)
        #expect(live.demo.mode == .live && runner.started && live.demo.isPlaying)
        var recorded = live.demo.timeline.lastSeq
        var ticks = 0
        while live.demo.isPlaying && ticks < 10_000 {
            live.tick(milliseconds: 50)
            let demo = live.demo
            #expect(demo.timeline.lastSeq >= recorded)
            #expect(demo.playback.cursor.seq <= demo.timeline.lastSeq)
            recorded = demo.timeline.lastSeq
            ticks += 1
        }
        let demo = live.demo
        #expect(demo.timeline.endTime != nil)
        #expect(demo.timeline.transitions == Simulator.run(DemoScenarios.deadlock).transitions,
                "the batches rebuilt the very recording the runner handed out")
        #expect(demo.playback.isAtEnd(of: demo.timeline))
        #expect(demo.timeline.deadlock != nil)
        let screen = demo.render(Size(width: 78, height: 7))
        #expect(screen.contains("[live]"))
        #expect(screen.contains("tid 4000"))
    }

    @Test func seedsAndPredictionsBelongToSimulatedMode() {
        let runner = ReplayRunner(DemoScenarios.lifecycle, perDrain: 1_000)
        var live = LiveHarness(DemoScenarios.lifecycle, starter: { _, _ in runner })
        live.run(.switchMode)
        #expect(live.run(.newSeed) == Language.en.catalog(.seedOnlySimulated))
        live.tick(milliseconds: 60_000)
        #expect(!live.demo.isAsking)
        #expect(live.demo.playback.isAtEnd(of: live.demo.timeline))
        live.run(.stepBack, .stepBack)
        #expect(live.demo.playback.cursor.seq < live.demo.timeline.lastSeq)
        live.run(.switchMode)
        #expect(runner.stopped)
        #expect(live.runtime.running.isEmpty)
        #expect(live.demo.mode == .simulated)
        #expect(live.demo.playback.cursor == .start)
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
        var live = LiveHarness(DemoScenarios.gil, starter: { _, _ in Refusing() })
        #expect(live.run(.switchMode) == Language.en.catalog(.liveFailed))
        #expect(live.demo.mode == .simulated)
        #expect(live.demo.liveRuns.isEmpty && live.runtime.running.isEmpty)
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
        var live = LiveHarness(scenario, starter: { scenario, _ in
            let runner = TestLiveRunner(scenario: scenario, timeScale: 1)
            box.runner = runner
            return runner
        })
        live.run(.switchMode)
        let runner = try #require(box.runner)
        #expect(runner.run.waitUntilFinished(timeout: .seconds(20)))
        var ticks = 0
        while live.demo.isPlaying && ticks < 100_000 {
            live.tick(milliseconds: 1_000)
            ticks += 1
        }
        let demo = live.demo
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
        live.run(.switchMode)
        #expect(live.demo.mode == .simulated)
        #expect(live.runtime.running.isEmpty)
    }

    @Test func newsOfAStoppedRunIsIgnored() throws {
        let first = ReplayRunner(DemoScenarios.deadlock, perDrain: 2)
        let second = ReplayRunner(DemoScenarios.deadlock, perDrain: 2)
        let box = RunnerQueue([first, second])
        var live = LiveHarness(DemoScenarios.deadlock, starter: { _, _ in box.next() })
        live.run(.switchMode)
        let old = try #require(live.demo.liveRuns.first)
        live.run(.restart)
        #expect(first.stopped && !second.stopped)
        let current = try #require(live.demo.liveRuns.first)
        #expect(current != old)
        let before = live.demo.timeline.lastSeq
        let stale = LiveBatch(entries: Simulator.run(DemoScenarios.deadlock).transitions.map(TimelineEntry.transition))
        #expect(live.demo.receive(.records(stale), for: old) == DemoReply())
        #expect(live.demo.receive(.failed, for: old) == DemoReply())
        #expect(live.demo.timeline.lastSeq == before)
        #expect(live.demo.mode == .live)
    }
}

/// Hands out the runners a test made, one per start.
private final class RunnerQueue: @unchecked Sendable {
    private var runners: [ReplayRunner]
    init(_ runners: [ReplayRunner]) { self.runners = runners }
    func next() -> ReplayRunner? { runners.isEmpty ? nil : runners.removeFirst() }
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

import Testing
import ThreadModel
@testable import TutorUI

/// The runtime turns runners into messages: a start answers started (or failed), each drain sends only what is
/// new, and a stopped run says nothing more.
@Suite struct LiveRuntimeTests {
    @Test func batchesCarryOnlyWhatIsNewAndRebuildTheRecording() {
        let runner = ReplayRunner(DemoScenarios.deadlock, perDrain: 3)
        var runtime = LiveRuntime(starter: { _, _ in runner })
        let run = RunID(1)
        var news = runtime.start(run, scenario: DemoScenarios.deadlock, timeScale: 1)
        guard case .live(run, .started(let threads, let cores, let machineCores))? = news.first else {
            Issue.record("no start in \(news)")
            return
        }
        #expect(machineCores == 1)
        var timeline = Timeline(cores: cores)
        for thread in threads { timeline.addThread(name: thread.name, kind: thread.kind, pool: thread.pool, kernelTID: thread.kernelTID) }
        var batches = 0
        while timeline.endTime == nil && batches < 1_000 {
            for case .live(run, .records(let batch)) in news {
                #expect(batch.entries.count <= 3)
                batch.apply(to: &timeline)
                batches += 1
            }
            news = runtime.drain()
        }
        let source = Simulator.run(DemoScenarios.deadlock)
        #expect(timeline.transitions == source.transitions)
        #expect(timeline.events == source.events)
        #expect(timeline.deadlock == source.deadlock)
        #expect(runtime.drain().isEmpty, "a closed recording is not drained again")
        runtime.stop(run)
        #expect(runner.stopped)
        #expect(runtime.running.isEmpty)
    }

    @Test func withoutAnEngineEveryStartFails() {
        var runtime = LiveRuntime(starter: nil)
        #expect(runtime.start(RunID(3), scenario: DemoScenarios.gil, timeScale: 1) == [.live(RunID(3), .failed)])
        #expect(runtime.running.isEmpty)
    }

    @Test func stopAllLeavesNothingRunning() {
        let first = ReplayRunner(DemoScenarios.gil), second = ReplayRunner(DemoScenarios.gil)
        var runtime = LiveRuntime(starter: { _, timeScale in timeScale < 2 ? first : second })
        _ = runtime.start(RunID(1), scenario: DemoScenarios.gil, timeScale: 1)
        _ = runtime.start(RunID(2), scenario: DemoScenarios.gil, timeScale: 2)
        #expect(runtime.running == [RunID(1), RunID(2)])
        runtime.stopAll()
        #expect(first.stopped && second.stopped)
        #expect(runtime.running.isEmpty)
        #expect(runtime.drain().isEmpty)
    }
}

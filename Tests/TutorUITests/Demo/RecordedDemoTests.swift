import Testing
import ThreadModel
@testable import TutorUI

/// A pane over a timeline recorded elsewhere (`threadtutor trace`): it plays that timeline, as a live one.
@Suite struct RecordedDemoTests {
    @Test func playsTheRecordedTimeline() {
        var timeline = Timeline(cores: 2)
        let worker = timeline.addThread(name: "worker", kernelTID: 4242)
        timeline.record(worker, to: .ready, at: 0, reason: .started)
        timeline.record(worker, to: .running, at: 10, core: 1, reason: .dispatched(core: 1))
        timeline.record(worker, to: .terminated, at: 500, core: 1, reason: .finished)
        timeline.finish(at: 500)
        var scenario = Scenario()
        scenario.cores = 2
        let pane = ThreadDemo(recorded: timeline, scenario: scenario, title: "trace prog.py")
        #expect(pane.mode == .live)
        #expect(pane.title == "trace prog.py")
        #expect(pane.timeline.threads.map(\.name) == ["worker"])
        #expect(pane.timeline.threads.first?.kernelTID == 4242)
        #expect(pane.timeline.end == 500)
        #expect(pane.liveRuns.isEmpty)
    }
}

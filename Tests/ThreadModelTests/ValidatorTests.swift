import Testing
@testable import ThreadModel

@Suite struct ValidatorTests {
    private func scenario(cores: Int = 1, gil: Bool = false) -> Scenario {
        var scenario = Scenario()
        scenario.cores = cores
        scenario.gilSwitchInterval = gil ? 5_000 : nil
        return scenario
    }

    @Test func reportsIllegalTransitionsAndBadOldState() {
        var timeline = Timeline(cores: 1)
        let a = timeline.addThread(name: "A")
        timeline.record(a, to: .ready, at: 0, reason: .started)
        timeline.record(a, to: .blocked, at: 1, reason: .waitingForIO)
        timeline.record(a, from: .running, to: .terminated, at: 2, core: 1, reason: .finished)
        let messages = Validator.validate(timeline, scenario: scenario()).map(\.message)
        #expect(messages.contains("illegal transition for A: ready → blocked"))
        #expect(messages.contains("bad old state: A is blocked, not running"))
    }

    @Test func reportsTimeGoingBack() {
        var timeline = Timeline(cores: 1)
        let a = timeline.addThread(name: "A")
        timeline.record(a, to: .ready, at: 5, reason: .started)
        timeline.record(a, to: .running, at: 3, core: 1, reason: .dispatched(core: 1))
        #expect(Validator.validate(timeline, scenario: scenario()).map(\.message) == ["time goes back from 5 µs to 3 µs"])
    }

    @Test func reportsMoreRunningThreadsThanCores() {
        var timeline = Timeline(cores: 1)
        let a = timeline.addThread(name: "A"), b = timeline.addThread(name: "B")
        for thread in [a, b] { timeline.record(thread, to: .ready, at: 0, reason: .started) }
        timeline.record(a, to: .running, at: 0, core: 1, reason: .dispatched(core: 1))
        timeline.record(b, to: .running, at: 0, core: 2, reason: .dispatched(core: 2))
        let messages = Validator.validate(timeline, scenario: scenario()).map(\.message)
        #expect(messages.contains("B runs without a core between 1 and 1"))
        #expect(messages.contains("2 threads running at 0 µs; only 1 core(s)"))
        #expect(Validator.validate(timeline, scenario: scenario(cores: 2, gil: true)).map(\.message)
            == ["2 threads running at 0 µs; with the GIL only one thread runs"])
    }

    @Test func reportsDoubleGILAndLockHolders() {
        var timeline = Timeline(cores: 2)
        let a = timeline.addThread(name: "A"), b = timeline.addThread(name: "B")
        timeline.record(.gilAcquired(thread: a), at: 0)
        timeline.record(.gilAcquired(thread: b), at: 1)
        timeline.record(.lockAcquired(lock: "L", thread: a), at: 2)
        timeline.record(.lockAcquired(lock: "L", thread: b), at: 3)
        timeline.record(.lockReleased(lock: "M", thread: a), at: 4)
        let messages = Validator.validate(timeline, scenario: scenario(cores: 2)).map(\.message)
        #expect(messages == [
            "B takes the GIL while A holds it", "B takes lock L while A holds it", "A releases lock M it does not hold",
        ])
    }

    @Test func aFinishedRunMustEndEveryStartedThreadUnlessDeadlocked() {
        var timeline = Timeline(cores: 1)
        let a = timeline.addThread(name: "A")
        timeline.addThread(name: "never-started")
        timeline.record(a, to: .ready, at: 0, reason: .started)
        #expect(Validator.validate(timeline, scenario: scenario()).isEmpty)
        timeline.finish(at: 0)
        #expect(Validator.validate(timeline, scenario: scenario()).map(\.message) == ["A ends the run ready, not terminated"])
        timeline.reportDeadlock(Deadlock(time: 0, cycle: [], stuck: []))
        #expect(Validator.validate(timeline, scenario: scenario()).isEmpty)
    }
}

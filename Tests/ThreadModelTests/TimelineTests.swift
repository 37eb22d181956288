import Testing
@testable import ThreadModel

@Suite struct TimelineTests {
    /// A runs 0–10 on core 1, waits for I/O 10–30, runs again 30–35; B is ready 0–10 then runs 10–20.
    static func sample() -> Timeline {
        var timeline = Timeline(cores: 1)
        let a = timeline.addThread(name: "A")
        let b = timeline.addThread(name: "B")
        timeline.record(a, to: .ready, at: 0, reason: .started)
        timeline.record(b, to: .ready, at: 0, reason: .started)
        timeline.record(a, to: .running, at: 0, core: 1, reason: .dispatched(core: 1))
        timeline.record(.coreAssigned(core: 1, thread: a), at: 0)
        timeline.record(.lockAcquired(lock: "L", thread: a), at: 5)
        timeline.record(a, to: .blocked, at: 10, core: 1, reason: .waitingForIO)
        timeline.record(b, to: .running, at: 10, core: 1, reason: .dispatched(core: 1))
        timeline.record(b, to: .terminated, at: 20, core: 1, reason: .finished)
        timeline.record(a, to: .ready, at: 30, reason: .ioDone)
        timeline.record(a, to: .running, at: 30, core: 1, reason: .dispatched(core: 1))
        timeline.record(.lockReleased(lock: "L", thread: a), at: 32)
        timeline.record(a, to: .terminated, at: 35, core: 1, reason: .finished)
        timeline.finish(at: 35)
        return timeline
    }

    @Test func stateAtTimeTakesEverythingStampedAtOrBefore() {
        let timeline = Self.sample()
        let a = ThreadID(0), b = ThreadID(1)
        #expect(timeline.state(of: a, at: -1) == .created)
        #expect(timeline.state(of: a, at: 0) == .running)
        #expect(timeline.state(of: a, at: 15) == .blocked)
        #expect(timeline.state(of: b, at: 5) == .ready)
        #expect(timeline.state(of: b, at: 20) == .terminated)
        #expect(timeline.state(of: a, afterSeq: 0) == .ready)
    }

    @Test func sequenceNumbersInterleaveTransitionsAndEvents() {
        let timeline = Self.sample()
        let seqs = (timeline.transitions.map(\.seq) + timeline.events.map(\.seq)).sorted()
        #expect(seqs == Array(0..<seqs.count))
        #expect(timeline.transitions[0].from == .created)
    }

    @Test func everySeqFindsItsEntry() {
        let timeline = Self.sample()
        let entries = (0..<timeline.entryCount).compactMap { timeline.entry(withSeq: $0) }
        #expect(entries.map(\.seq) == Array(0..<timeline.entryCount))
        #expect(entries.map(\.time) == entries.map(\.time).sorted())
        #expect(timeline.entry(withSeq: 3) == .event(timeline.events[0]))
        #expect(timeline.entry(withSeq: timeline.entryCount) == nil)
    }

    @Test func spansAreDerivedFromTransitions() {
        let spans = Self.sample().spans(for: ThreadID(0)).filter { $0.duration > 0 }
        #expect(spans.map(\.state) == [.running, .blocked, .running])
        #expect(spans.map(\.start) == [0, 10, 30])
        #expect(spans[1].reason == .waitingForIO)
    }

    @Test func totalsUtilisationAndMakespan() {
        let timeline = Self.sample()
        #expect(timeline.totals(for: ThreadID(0)).running == 15)
        #expect(timeline.totals(for: ThreadID(0)).blocked == 20)
        #expect(timeline.totals(for: ThreadID(1)).ready == 10)
        #expect(timeline.makespan == 35)
        #expect(timeline.utilisation == 25.0 / 35.0)
    }

    @Test func holdersAtTime() {
        let timeline = Self.sample()
        #expect(timeline.coreHolders(at: 12) == [ThreadID(1)])
        #expect(timeline.coreHolders(at: 25) == [nil])
        #expect(timeline.lockHolders(at: 6) == ["L": ThreadID(0)])
        #expect(timeline.lockHolders(at: 33).isEmpty)
        #expect(timeline.gilHolder(at: 6) == nil)
    }

    @Test func sampleIsValid() {
        var scenario = Scenario()
        scenario.cores = 1
        #expect(Validator.validate(Self.sample(), scenario: scenario).isEmpty)
    }
}

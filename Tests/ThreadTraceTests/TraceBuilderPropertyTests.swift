import Testing
import ThreadModel
@testable import ThreadTrace

/// The builder's promise, checked on made-up evidence: whatever order of events and /proc samples arrives
/// (within what the bootstrap can write), the timeline passes the Validator. Deterministic: a fixed-seed
/// generator.
@Suite struct TraceBuilderPropertyTests {
    /// SplitMix64, so every run makes the same cases.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static func randomRun(seed: UInt64, gil: Bool, deadlock: Bool) -> (TraceTimelineBuilder, Scenario) {
        var random = Generator(state: seed)
        var builder = TraceTimelineBuilder(cores: 2, gil: gil, base: 0)
        var time: Int64 = 0
        func event(_ kind: String, _ tid: Int32, object: Int = 0, _ fill: (inout TraceEvent) -> Void = { _ in }) -> TraceEvent {
            var event = TraceEvent(kind: kind, time: time, tid: tid, object: object)
            fill(&event)
            return event
        }
        builder.apply(event("hello", 100) { $0.strings["name"] = "MainThread" })
        builder.apply(event("new", 100, object: 1) { $0.strings["kind"] = "Lock"; $0.strings["name"] = "a" })
        var alive: [Int32] = [100]
        var waiting: Set<Int32> = []
        var nextTid: Int32 = 101
        let kinds: [KernelClass] = [.running, .futex, .io, .sleeping, .other, .gone]
        let waits = ["lock", "cond", "sleep", "join", "get", "event", "start"]
        for _ in 0..<120 {
            time += Int64(random.next(3000))
            // Events may arrive stamped a little before the last one (another thread's batch).
            let stamp = max(0, time - Int64(random.next(500)))
            let tid = alive[random.next(alive.count)]
            switch random.next(9) {
            case 0 where nextTid < 106:
                builder.apply(TraceEvent(kind: "thread", time: stamp, tid: nextTid))
                alive.append(nextTid)
                nextTid += 1
            case 1:
                var wait = TraceEvent(kind: "wait", time: stamp, tid: tid, object: 1)
                wait.strings["what"] = waits[random.next(waits.count)]
                wait.numbers["holder"] = Int64(alive[random.next(alive.count)])
                builder.apply(wait)
                waiting.insert(tid)
            case 2:
                builder.apply(TraceEvent(kind: "woke", time: stamp, tid: tid, object: 1))
                waiting.remove(tid)
            case 3:
                builder.apply(TraceEvent(kind: ["acq", "rel"][random.next(2)], time: stamp, tid: tid, object: 1))
            case 4 where alive.count > 1 && tid != 100:
                builder.apply(TraceEvent(kind: "end", time: stamp, tid: tid))
                alive.removeAll { $0 == tid }
            default:
                builder.apply(TraceSample(time: stamp, tid: tid, kernelClass: kinds[random.next(kinds.count)]))
            }
        }
        let stuck = Array(waiting.prefix(2))
        builder.finish(at: time + 1000, deadlock: deadlock && stuck.count == 2 ? stuck : nil)
        var scenario = Scenario()
        scenario.cores = 2
        scenario.gilSwitchInterval = gil ? 5000 : nil
        return (builder, scenario)
    }

    @Test(arguments: [true, false])
    func anyEvidenceMakesAValidTimeline(gil: Bool) {
        for seed in UInt64(1)...150 {
            let (builder, scenario) = Self.randomRun(seed: seed, gil: gil, deadlock: seed % 5 == 0)
            let issues = Validator.validate(builder.timeline, scenario: scenario)
            #expect(issues.isEmpty, "seed \(seed), gil \(gil): \(issues.prefix(3))")
            if !issues.isEmpty { return }
        }
    }

    @Test func underTheGILAThreadSampledRunningWaitsForTheTurn() {
        var builder = TraceTimelineBuilder(cores: 2, gil: true, base: 0)
        var hello = TraceEvent(kind: "hello", time: 0, tid: 1)
        hello.strings["name"] = "MainThread"
        builder.apply(hello)
        var thread = TraceEvent(kind: "thread", time: 1000, tid: 2)
        thread.strings["name"] = "B"
        builder.apply(thread)
        builder.apply(TraceSample(time: 2000, tid: 1, kernelClass: .running))
        builder.apply(TraceSample(time: 2000, tid: 2, kernelClass: .running))
        let main = ThreadID(0), b = ThreadID(1)
        #expect(builder.timeline.currentState(of: main) == .running)
        #expect(builder.timeline.currentState(of: b) == .ready)
        builder.apply(TraceSample(time: 3000, tid: 1, kernelClass: .futex))
        #expect(builder.timeline.currentState(of: main) == .ready)
        #expect(builder.timeline.currentState(of: b) == .running)
        #expect(builder.timeline.transitions(of: b).last?.reason == .gotGIL(from: "MainThread"))
    }
}

import ThreadModel

/// Measurements for `make bench` (never for tests): each returns what it measured, the harness prints it.
/// `package`: the bench target is in this package; nothing outside needs them.
package enum LiveBenchmarks {
    /// Nanoseconds per recorded transition: a monotonic timestamp, a sequence number and an append of a
    /// ThreadModel `Transition` under the recorder's lock, as the live engine records each one (best of
    /// `rounds`). With `namedEvery: n`, every n-th one is a lock wait whose reason names a lock and a thread, as
    /// a real run's do; 0 records only `dispatched` (the figure's shape before the one-vocabulary change).
    package static func recordCost(transitions: Int = 1_000_000, rounds: Int = 3, namedEvery: Int = 0) -> Double {
        let clock = LiveClock()
        let names = (0..<512).map { "worker-\($0)" }
        var best = Double.infinity
        for _ in 0..<rounds {
            let recorder = LiveRecorder(expectedCount: 1_024)
            let start = clock.nanoseconds()
            for index in 0..<transitions {
                let thread = ThreadID(index & 511)
                if namedEvery > 0, index % namedEvery == 0 {
                    let reason = Reason.waitingForLock(lock: "L1", holder: names[(index + 1) & 511])
                    recorder.record(thread, from: .running, to: .blocked, core: 1, reason: reason)
                } else {
                    recorder.record(thread, from: .ready, to: .running, core: 1, reason: .dispatched(core: 1))
                }
            }
            let elapsed = clock.nanoseconds() - start
            best = min(best, Double(elapsed) / Double(transitions))
        }
        return best
    }

    /// What a run of many live threads recorded.
    package struct ManyThreadsResult: Sendable {
        package var threads: Int
        package var transitions: Int
        /// Transitions the script implies that the timeline lacks (0 when nothing was lost).
        package var missing: Int
        package var validationIssues: Int
        package var wallNanoseconds: Int64
    }

    /// `threads` live threads, each `io 5ms, compute 200us, sleep 5ms`, on `cores` gate slots; checks that every
    /// thread's whole life was recorded (at least the 9 transitions its script implies) and that the
    /// Validator accepts the timeline.
    package static func manyThreads(_ threads: Int = 512, cores: Int = 8) -> ManyThreadsResult {
        var scenario = Scenario()
        scenario.cores = cores
        scenario.threads = (0..<threads).map {
            ThreadSpec(name: "bench-\($0)", actions: [.io(5_000), .compute(200), .sleep(5_000)])
        }
        let clock = LiveClock()
        let start = clock.nanoseconds()
        let run = LiveRun(scenario: scenario)
        run.start()
        _ = run.waitUntilFinished(timeout: .seconds(120))
        run.stop()
        let wall = clock.nanoseconds() - start
        let timeline = run.timeline()
        let missing = timeline.threads.reduce(0) { total, info in
            let recorded = timeline.transitions(of: info.id).count
            return total + max(0, 9 - recorded)
        }
        return ManyThreadsResult(
            threads: threads, transitions: timeline.transitions.count, missing: missing,
            validationIssues: Validator.validate(timeline, scenario: scenario).count, wallNanoseconds: wall
        )
    }

    /// A demo of two threads locking L1 and L2 in opposite order, beside `busy` threads computing, sleeping and
    /// waiting for a lock: nanoseconds from the moment the cycle closes (the engine's own report) until every
    /// thread of the demo is joined and gone from /proc.
    package static func deadlockToStopped(busy: Int = 60) -> Int64 {
        let run = LiveRun(scenario: busyScenario(busy: busy, withDeadlock: true))
        run.start()
        while !run.isFinished {}
        run.stop()
        let end = LiveClock().nanoseconds()
        let scheduler = run.engine.scheduler
        // The report is made and the stop asked in one critical section, so the stop's time is the report's.
        guard let found = scheduler.mutex.withLock({ scheduler.deadlock == nil ? nil : scheduler.endNanoseconds })
        else { return -1 }
        return end - (run.engine.recorder.originNanoseconds + found)
    }

    /// Nanoseconds `stop()` takes on a running demo of `busy` threads computing, sleeping and waiting for a
    /// lock (every thread joined and gone from /proc when it returns).
    package static func stopBusyDemo(busy: Int = 60) -> Int64 {
        let run = LiveRun(scenario: busyScenario(busy: busy, withDeadlock: false))
        run.start()
        let clock = LiveClock()
        let settle = clock.nanoseconds() + 20_000_000
        while clock.nanoseconds() < settle {}
        let start = clock.nanoseconds()
        run.stop()
        return clock.nanoseconds() - start
    }

    private static func busyScenario(busy: Int, withDeadlock: Bool) -> Scenario {
        var scenario = Scenario()
        scenario.cores = 2
        let cycle = [
            ThreadSpec(name: "dl-A", actions: [.lock("L1"), .set("a"), .wait("b"), .sleep(1_000), .lock("L2")]),
            ThreadSpec(name: "dl-B", actions: [.lock("L2"), .set("b"), .wait("a"), .sleep(1_000), .lock("L1")]),
        ]
        scenario.threads = (withDeadlock ? cycle : []) + (0..<busy).map { index in
            let actions: [Action] = switch index % 3 {
            case 0: [.lock("busy"), .compute(30_000_000), .unlock("busy")]
            case 1: [.sleep(30_000_000)]
            default: [.lock("busy"), .unlock("busy")]
            }
            return ThreadSpec(name: "busy-\(index)", actions: actions)
        }
        return scenario
    }
}

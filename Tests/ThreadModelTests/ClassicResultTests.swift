import Testing
@testable import ThreadModel

/// The results every threading course shows, as golden facts about simulated timelines.
@Suite struct ClassicResultTests {
    static let twoCPUBound = """
        cores: 2
        threads:
          - {name: A, run: [compute 50ms]}
          - {name: B, run: [compute 50ms]}
        """

    @Test func theGILGivesTwoCPUBoundThreadsNoSpeedup() throws {
        let (withGIL, _) = try simulate("gil: true\n" + Self.twoCPUBound)
        let (withoutGIL, _) = try simulate(Self.twoCPUBound)
        #expect(withGIL.makespan == 100 * ms)
        #expect(withoutGIL.makespan == 50 * ms)
        #expect(withGIL.utilisation == 0.5)
        #expect(withoutGIL.utilisation == 1.0)
        // Hand-overs every switch interval, each named in the reason.
        #expect(withGIL.trace("A").prefix(3) == ["running 0-5", "ready 5-10", "running 10-15"])
        #expect(withGIL.transitions(of: withGIL.id("A"))[2].reason == .gilHandedOver(to: "B", afterMicros: 5 * ms))
        #expect(withGIL.gilHolder(at: 7 * ms) == withGIL.id("B"))
    }

    @Test func ioBoundThreadsOverlapTheirWaits() throws {
        let threads = (1...8).map { "  - {name: T\($0), run: [io 100ms]}" }.joined(separator: "\n")
        let (timeline, _) = try simulate("cores: 1\nthreads:\n" + threads)
        #expect(timeline.makespan == 100 * ms)
        let (sequential, _) = try simulate("threads:\n  - {name: T, run: [{repeat: 8, run: [io 100ms]}]}")
        #expect(sequential.makespan == 800 * ms)
    }

    @Test func ioReleasesTheGILAndACPUBoundThreadHandsItOverAfterTheSwitchInterval() throws {
        let (timeline, _) = try simulate("""
            cores: 2
            gil: true
            threads:
              - {name: cruncher, run: [compute 60ms]}
              - {name: fetcher, run: [io 20ms, compute 5ms]}
            """)
        // fetcher needs the GIL even to start its I/O: it gets it after one switch interval.
        #expect(timeline.trace("fetcher") == ["ready 0-5", "blocked 5-25", "ready 25-30", "running 30-35"])
        // While fetcher waits for I/O, cruncher has the GIL to itself.
        #expect(timeline.gilHolder(at: 10 * ms) == timeline.id("cruncher"))
        let handOvers = timeline.transitions(of: timeline.id("cruncher")).filter { $0.from == .running && $0.to == .ready }
        #expect(handOvers.map(\.time) == [5 * ms, 30 * ms])
        #expect(handOvers.map { $0.reason.sentence(in: .en) } == ["GIL handed to fetcher after 5 ms", "GIL handed to fetcher after 5 ms"])
        #expect(timeline.makespan == 65 * ms)
    }

    static let models = """
        cores: 2
        threads:
          - {name: A, run: [compute 40ms]}
          - {name: B, run: [compute 40ms]}
          - {name: C, run: [compute 5ms, io 30ms, compute 5ms]}
        """

    @Test func manyToOneBlocksEverySiblingDuringIO() throws {
        let (manyToOne, _) = try simulate("model: many-to-one\n" + Self.models)
        let (oneToOne, _) = try simulate("model: one-to-one\n" + Self.models)
        let (manyToMany, _) = try simulate("model: many-to-many:2\n" + Self.models)
        let ioStart = try #require(manyToOne.transitions(of: manyToOne.id("C")).first { $0.reason == .waitingForIO }?.time)
        // During C's I/O nobody runs under many-to-one: the only kernel thread is in the system call.
        #expect(manyToOne.coreHolders(at: ioStart + 10 * ms) == [nil, nil])
        #expect(manyToOne.state(of: manyToOne.id("A"), at: ioStart + 10 * ms) != .running)
        #expect(manyToOne.makespan == 120 * ms)
        // One-to-one and many-to-many:2 keep computing during the I/O.
        #expect(oneToOne.makespan < 60 * ms)
        #expect(manyToMany.makespan < 100 * ms)
        let ioStart2 = try #require(manyToMany.transitions(of: manyToMany.id("C")).first { $0.reason == .waitingForIO }?.time)
        #expect(manyToMany.coreHolders(at: ioStart2 + 10 * ms).compactMap { $0 }.count == 1)
    }

    @Test func aPoolOfThreeRunsEightTasksInThreeWaves() throws {
        let (timeline, _) = try simulate("""
            cores: 2
            pools:
              - {name: pool, workers: 3}
            tasks:
              - {name: fetch, count: 8, run: [io 100ms]}
            threads:
              - name: main
                run: [submit pool fetch, shutdown pool]
            """)
        #expect(timeline.makespan == 300 * ms)
        // shutdown waited for the queued work.
        #expect(timeline.lastTime("main", to: .terminated) == 300 * ms)
        #expect(timeline.transitions(of: timeline.id("main")).contains { $0.reason == .waitingForPool(pool: "pool") })
        // Every future goes pending → running → done.
        for task in (1...8).map({ "fetch\($0)" }) {
            let states = timeline.events.compactMap { event -> FutureState? in
                if case .futureState(task, let state) = event.kind { return state }
                return nil
            }
            #expect(states == [.pending, .running, .done], "\(task)")
        }
        #expect(["pool-1", "pool-2", "pool-3"].allSatisfy { timeline.currentState(of: timeline.id($0)) == .terminated })
    }

    @Test func resultBlocksTheCallerUntilItsTaskIsDone() throws {
        let (timeline, _) = try simulate("""
            cores: 2
            pools:
              - {name: pool, workers: 2}
            tasks:
              - {name: report, run: [compute 20ms, io 50ms, compute 10ms]}
            threads:
              - name: main
                run: [submit pool report, compute 10ms, result report, compute 5ms, shutdown pool]
            """)
        let wait = try #require(timeline.transitions(of: timeline.id("main")).first { $0.reason == .waitingForResult(task: "report") })
        #expect(wait.time == 10 * ms)
        let woken = try #require(timeline.transitions(of: timeline.id("main")).first { $0.reason == .resultReady(task: "report") })
        #expect(woken.time == 80 * ms)
        #expect(timeline.makespan == 85 * ms)
    }

    static func race(locked: Bool) -> String {
        let body = locked ? "[compute 2500us, lock L, increment count, unlock L]" : "[compute 2500us, increment count]"
        return """
            cores: 1
            slice: 10ms
            counters: {count: 0}
            threads:
              - {name: A, run: [{repeat: 3, run: \(body)}]}
              - {name: B, run: [{repeat: 3, run: \(body)}]}
            """
    }

    @Test func anUnsynchronisedIncrementLosesUpdatesAndALockPreventsIt() throws {
        let (racy, _) = try simulate(Self.race(locked: false))
        let (locked, _) = try simulate(Self.race(locked: true))
        #expect(racy.finalCounters["count"] == 5)
        #expect(locked.finalCounters["count"] == 6)
        // The lost update: A read 2 before its slice ran out, B wrote up to 4, then A wrote 3.
        let writes = racy.events.compactMap { event -> String? in
            if case .counterWritten(_, let thread, let value) = event.kind { return "\(racy.threads[thread.rawValue].name)=\(value)" }
            return nil
        }
        #expect(writes == ["A=1", "A=2", "B=3", "B=4", "A=3", "B=5"])
    }

    @Test func locksTakenInOppositeOrderDeadlockAndTheCycleIsReported() throws {
        let (timeline, _) = try simulate("""
            cores: 2
            threads:
              - {name: A, run: [lock L1, compute 5ms, lock L2, unlock L2, unlock L1]}
              - {name: B, run: [lock L2, compute 5ms, lock L1, unlock L1, unlock L2]}
            """)
        let deadlock = try #require(timeline.deadlock)
        #expect(deadlock.cycle.map(\.reason) == [
            .waitingForLock(lock: "L2", holder: "B"), .waitingForLock(lock: "L1", holder: "A"),
        ])
        #expect(deadlock.cycle.map(\.waitsFor) == [timeline.id("B"), timeline.id("A")])
        #expect(deadlock.sentence(in: .en) { timeline.threads[$0.rawValue].name }
            == "deadlock — A: waiting for lock L2 held by B; B: waiting for lock L1 held by A")
        #expect(timeline.endTime == 5 * ms)
    }

    @Test func anEventNobodySetsIsReportedAsStuckWithoutACycle() throws {
        let (timeline, _) = try simulate("threads:\n  - {name: A, run: [wait go]}\n")
        let deadlock = try #require(timeline.deadlock)
        #expect(deadlock.cycle.isEmpty)
        #expect(deadlock.stuck.map(\.reason) == [.waitingForEvent(event: "go")])
    }

    @Test func setWakesEveryWaiter() throws {
        let (timeline, _) = try simulate("""
            cores: 2
            threads:
              - {name: main, run: [compute 30ms, set go, join A, join B]}
              - {name: A, run: [wait go, compute 10ms]}
              - {name: B, run: [compute 5ms, wait go, compute 10ms]}
            """)
        for name in ["A", "B"] {
            let woken = try #require(timeline.transitions(of: timeline.id(name)).first { $0.reason == .eventSet(event: "go") })
            #expect(woken.time == 30 * ms)
        }
        #expect(timeline.lastTime("main", to: .terminated) == 40 * ms)
    }

    /// A textbook single-CPU exercise, tick by tick: two processes alternating CPU bursts and I/O.
    @Test func textbookSingleCPUTraceInTicks() throws {
        let (timeline, _) = try simulate("""
            tick: 1ms
            policy: fifo
            threads:
              - {name: P1, run: [compute 3, io 2, compute 2]}
              - {name: P2, run: [compute 2, io 3, compute 1]}
            """)
        #expect(timeline.trace("P1") == ["running 0-3", "blocked 3-5", "running 5-7"])
        #expect(timeline.trace("P2") == ["ready 0-3", "running 3-5", "blocked 5-8", "running 8-9"])
        #expect(timeline.makespan == 9 * ms)
        #expect(timeline.coreHolders(at: 7 * ms + 500) == [nil])
    }

    @Test func joinWaitsForTheThreadToFinish() throws {
        let (timeline, _) = try simulate("""
            cores: 2
            threads:
              - {name: main, run: [compute 5ms, start A, join A, compute 5ms]}
              - {name: A, start: manual, run: [compute 20ms]}
            """)
        #expect(timeline.trace("A") == ["created 0-5", "running 5-25"])
        #expect(timeline.trace("main") == ["running 0-5", "blocked 5-25", "running 25-30"])
    }
}

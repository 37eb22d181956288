import Testing
@testable import ThreadModel

/// Each goal is reachable on the buggy program and out of reach on the fixed one, as the solver finds.
@Suite struct ChallengeGoalTests {
    static func flagLock(check: String, set: String, release: String) -> String {
        """
        counters: {busy: 0, count: 0}
        threads:
          - name: A
            run: [\(check), \(set), enter cs, increment count, leave cs, \(release)]
          - name: B
            run: [\(check), \(set), enter cs, increment count, leave cs, \(release)]
        """
    }

    static let brokenFlag = flagLock(check: "spin-while busy", set: "store busy 1", release: "store busy 0")
    static let realLock = flagLock(check: "compute 1ms", set: "lock L", release: "unlock L")

    static func consumers(_ guardVerb: String) -> String {
        """
        conditions: {C: L}
        queues: {items: 0}
        threads:
          - name: P
            run: [lock L, put items job, notify C, unlock L]
          - name: C1
            run: [lock L, \(guardVerb) C items, pop items, unlock L]
          - name: C2
            run: [lock L, \(guardVerb) C items, pop items, unlock L]
        """
    }

    static func greedy(rounds: Int) -> String {
        """
        threads:
          - name: A
            run: [{repeat: \(rounds), run: [lock L, unlock L]}]
          - name: B
            run: [lock L, unlock L]
        """
    }

    @Test func aFlagCheckedThenSetLetsTwoThreadsIn() throws {
        let solution = ChallengeSolver.solve(try ChallengeEngineTests.engine(Self.brokenFlag), goal: .criticalSection("cs"))
        // Both pass the check before either sets the flag: check, check, set, set.
        #expect(solution.shortest?.count == 4)
        #expect(!solution.forced)
        var harness = try ChallengeHarness(Self.brokenFlag, goal: .criticalSection("cs"))
        harness.run(["A", "B", "A", "B"])
        #expect(harness.play.isSolved)
        #expect(harness.engine.threadsInside(section: 0, in: harness.state) == [ThreadID(0), ThreadID(1)])
    }

    @Test func aRealLockKeepsTheSectionToOne() throws {
        let solution = ChallengeSolver.solve(try ChallengeEngineTests.engine(Self.realLock), goal: .criticalSection("cs"))
        #expect(solution.shortest == nil)
        #expect(!solution.boundHit)
    }

    @Test func anIfAroundTheWaitPopsFromAnEmptyList() throws {
        let engine = try ChallengeEngineTests.engine(Self.consumers("wait-if-empty"))
        let solution = ChallengeSolver.solve(engine, goal: .emptyPop("items"))
        #expect(solution.shortest != nil)
        #expect(!solution.forced)
        // C1 waits; P puts and notifies; C2 barges in, finds the item and takes it; C1 wakes and pops nothing.
        var harness = try ChallengeHarness(Self.consumers("wait-if-empty"), goal: .emptyPop("items"))
        harness.run(["C1", "C1", "P", "P", "P", "P", "C2", "C2", "C2", "C2", "C1", "C1"])
        #expect(harness.play.isSolved)
        #expect(harness.state.emptyPops == [nil, 0, nil])
        #expect(harness.engine.threadState(of: harness.id("C1"), in: harness.state) == .terminated)
        #expect(harness.timeline.transitions.last?.reason == .uncaughtError(error: "IndexError: pop from empty list"))
        // The dying thread let its lock go, as its `with` block would.
        #expect(harness.state.lockHolders == [nil])
    }

    @Test func aWhileAroundTheWaitNeverPopsFromAnEmptyList() throws {
        let solution = ChallengeSolver.solve(try ChallengeEngineTests.engine(Self.consumers("wait-while-empty")), goal: .emptyPop("items"))
        #expect(solution.shortest == nil)
        #expect(!solution.boundHit)
    }

    @Test func aGreedyThreadStarvesAnotherThatCouldHaveHadTheLock() throws {
        let solution = ChallengeSolver.solve(try ChallengeEngineTests.engine(Self.greedy(rounds: 3)), goal: .starve("B", moves: 4))
        // A takes L, B runs into it, then A releases and takes it back: B wanted it all along.
        #expect(solution.shortest == [0, 1, 0, 0, 0].map(ThreadID.init))
        #expect(!solution.forced)
    }

    @Test func withoutAGreedyThreadNobodyStarves() throws {
        let solution = ChallengeSolver.solve(try ChallengeEngineTests.engine(Self.greedy(rounds: 1)), goal: .starve("B", moves: 4))
        #expect(solution.shortest == nil)
        #expect(!solution.boundHit)
    }

    @Test func waitingBehindAHolderThatNeverLetsGoIsNotStarvation() throws {
        let engine = try ChallengeEngineTests.engine("""
            threads:
              - name: A
                run: [lock L, start B, compute 1ms, compute 1ms, compute 1ms, compute 1ms, unlock L]
              - name: B
                start: manual
                run: [lock L, unlock L]
            """)
        // B waits five moves, but the lock was never free while it waited.
        #expect(ChallengeSolver.solve(engine, goal: .starve("B", moves: 4)).shortest == nil)
        #expect(ChallengeSolver.solve(engine, goal: .starve("B", moves: 4)).explored > 1)
    }

    static let twice = """
        threads:
          - name: A
            run: [{repeat: 3, run: [lock L, unlock L]}]
          - name: B
            run: [lock L, unlock L, lock L, unlock L]
        """

    @Test func theStarveCountStartsWhenTheThreadRunsIntoTheLockAndOutlivesItsWakeUps() throws {
        var harness = try ChallengeHarness(Self.twice, goal: .starve("B", moves: 4))
        harness.run(["A", "A"])
        // B has not wanted the lock yet: passing it over is not starving it.
        #expect(harness.state.starvedMoves == 0 && !harness.state.starveSawFree)
        harness.run(["A", "B"])
        #expect(harness.state.starvedMoves == 1 && !harness.state.starveSawFree)
        harness.run(["A"])  // the release wakes B
        #expect(harness.refusal("B") == nil)
        harness.run(["A"])  // ...and A takes the lock back first
        #expect(harness.state.starvedMoves == 3 && harness.state.starveSawFree)
        harness.run(["B"])  // B tries again and blocks: still the same wait
        #expect(harness.state.starvedMoves == 4)
        #expect(harness.play.isSolved)
    }

    @Test func theStarveCountRestartsWhenTheThreadGetsTheLock() throws {
        var harness = try ChallengeHarness(Self.twice, goal: .starve("B", moves: 4))
        harness.run(["A", "B", "A"])
        #expect(harness.state.starvedMoves == 2)
        harness.run(["B"])
        #expect(harness.state.lockHolders == [harness.id("B")])
        #expect(harness.state.starvedMoves == 0 && !harness.state.starveSawFree)
    }
}

import Testing
@testable import ThreadModel

/// The checker's bounded search: shortest schedules, unreachable goals, goals the learner cannot miss.
@Suite struct ChallengeSolverTests {
    @Test func findsTheShortestLostUpdate() throws {
        let engine = try ChallengeEngineTests.engine(ChallengeEngineTests.lostUpdate)
        let solution = ChallengeSolver.solve(engine, goal: .counter("c", equals: 1))
        #expect(solution.shortest?.count == 4)
        #expect(!solution.forced)
        #expect(!solution.boundHit)
        // The schedule it found really gets there.
        var play = ChallengePlay(engine: engine, goal: .counter("c", equals: 1))
        for thread in solution.shortest ?? [] { play.play(thread) }
        #expect(play.isSolved)
    }

    @Test func anUnreachableGoalHasNoSchedule() throws {
        let engine = try ChallengeEngineTests.engine(ChallengeEngineTests.lostUpdate)
        let three = ChallengeSolver.solve(engine, goal: .counter("c", equals: 3))
        #expect(three.shortest == nil)
        #expect(!three.boundHit)
        #expect(ChallengeSolver.solve(engine, goal: .deadlock).shortest == nil)
    }

    @Test func locksInOneOrderNeverDeadlock() throws {
        let engine = try ChallengeEngineTests.engine("""
            threads:
              - name: A
                run: [lock L1, lock L2, unlock L2, unlock L1]
              - name: B
                run: [lock L1, lock L2, unlock L2, unlock L1]
            """)
        #expect(ChallengeSolver.solve(engine, goal: .deadlock).shortest == nil)
        let crossed = try ChallengeEngineTests.engine(ChallengeEngineTests.crossedLocks)
        // Each takes its first lock, then each runs into the other's: four moves.
        #expect(ChallengeSolver.solve(crossed, goal: .deadlock).shortest?.count == 4)
    }

    @Test func aGoalWithNoChoiceIsForced() throws {
        let engine = try ChallengeEngineTests.engine("""
            counters: {c: 0}
            threads:
              - name: A
                run: [increment c, increment c]
            """)
        let solution = ChallengeSolver.solve(engine, goal: .counter("c", equals: 2))
        #expect(solution.shortest?.count == 4)
        #expect(solution.forced)
    }

    @Test func theBoundStopsTheSearch() throws {
        let engine = try ChallengeEngineTests.engine(ChallengeEngineTests.lostUpdate)
        let solution = ChallengeSolver.solve(engine, goal: .counter("c", equals: 3), bound: 3)
        #expect(solution.boundHit)
        #expect(solution.explored == 3)
        #expect(!solution.forced)
    }
}

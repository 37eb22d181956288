import Testing
import TutorBasics
@testable import ThreadModel

/// The stepper's rules for conditions, queues, barriers and the challenge-only verbs: who may move, and the
/// demos' own reason when a thread may not.
@Suite struct ChallengeRuleTests {
    static let waiters = """
        conditions: {C: L}
        threads:
          - {name: W1, run: [lock L, wait C, unlock L]}
          - {name: W2, run: [lock L, wait C, unlock L]}
          - {name: W3, run: [lock L, wait C, unlock L]}
          - {name: N, run: [lock L, notify C, notify C 2, unlock L]}
        """

    @Test func aConditionWaitReleasesTheLockAndANotifiedWaiterNeedsItBack() throws {
        var harness = try ChallengeHarness(Self.waiters, goal: .deadlock)
        harness.run(["W1", "W1"])
        #expect(harness.refusal("W1") == .blocked(.waitingForCondition(condition: "C", lock: "L")))
        #expect(harness.state.lockHolders == [nil])
        let refused = harness.play.play(harness.id("W1"))
        if case .failure(let error) = refused {
            #expect(Language.en.catalog(error.phrase(in: harness.engine.program)) == "W1 cannot run: it is waiting on condition C (lock L released).")
        } else {
            Issue.record("a waiting thread moved")
        }
        harness.run(["N", "N"])
        // Notified while N holds the lock: blocked again, now on the lock.
        #expect(harness.refusal("W1") == .blocked(.waitingForLock(lock: "L", holder: "N")))
        #expect(harness.state.notified[0])
        harness.run(["N", "N", "W1"])
        #expect(harness.state.lockHolders == [harness.id("W1")])
        #expect(harness.engine.nextOp(of: harness.id("W1"), in: harness.state) == .unlock(0))
        #expect(harness.validatorIssues.isEmpty, "\(harness.validatorIssues)")
        let reasons = harness.timeline.transitions(of: harness.id("W1")).map(\.reason)
        #expect(reasons.contains(.notified(condition: "C")))
        #expect(reasons.contains(.gotLock(lock: "L")))
    }

    @Test func notifyWakesTheOldestWaitersFirst() throws {
        var harness = try ChallengeHarness(Self.waiters, goal: .deadlock)
        harness.run(["W2", "W2", "W3", "W3", "W1", "W1", "N", "N"])
        #expect(harness.state.notified == [false, true, false, false])
        #expect(harness.state.conditionWaiters == [[harness.id("W3"), harness.id("W1")]])
        harness.run(["N"])
        #expect(harness.state.notified == [true, true, true, false])
        #expect(harness.state.conditionWaiters == [[]])
    }

    @Test func notifyAllWakesEveryWaiterAndANotifyWithNoWaitersIsLost() throws {
        var harness = try ChallengeHarness("""
            conditions: {C: L}
            threads:
              - {name: N, run: [lock L, notify-all C, unlock L, lock L, notify-all C, unlock L]}
              - {name: W1, run: [lock L, wait C, unlock L]}
              - {name: W2, run: [lock L, wait C, unlock L]}
            """, goal: .deadlock)
        harness.run(["N", "N", "N"])
        #expect(harness.state.notified == [false, false, false])
        harness.run(["W1", "W1", "W2", "W2", "N", "N"])
        #expect(harness.state.notified == [false, true, true])
        #expect(harness.refusal("W2") == .blocked(.waitingForLock(lock: "L", holder: "N")))
    }

    @Test func queueWaitsGiveTheDemosReasons() throws {
        var harness = try ChallengeHarness("""
            queues: {q: 1}
            threads:
              - {name: P, run: [put q a, put q b, join q]}
              - {name: G, run: [get q, task-done q, get q, task-done q]}
            """, goal: .deadlock)
        #expect(harness.refusal("G") == .blocked(.waitingForItem(queue: "q")))
        harness.run(["P"])
        #expect(harness.refusal("P") == .blocked(.waitingForRoom(queue: "q")))
        harness.run(["G"])
        #expect(harness.state.queueItems == [[]])
        harness.run(["P"])
        #expect(harness.refusal("P") == .blocked(.waitingForQueueDone(queue: "q")))
        harness.run(["G", "G"])
        #expect(harness.refusal("P") == .blocked(.waitingForQueueDone(queue: "q")))
        harness.run(["G", "P"])
        #expect(harness.engine.allDone(in: harness.state))
        #expect(harness.validatorIssues.isEmpty, "\(harness.validatorIssues)")
        #expect(harness.timeline.transitions(of: harness.id("G")).map(\.reason).contains(.gotItem(queue: "q", item: "a")))
    }

    @Test func aBarrierHoldsEveryoneUntilTheLastPartyArrives() throws {
        var harness = try ChallengeHarness("""
            barriers: {B: 3}
            threads:
              - {name: A, run: [wait B, compute 1ms]}
              - {name: C, run: [wait B, compute 1ms]}
              - {name: D, run: [compute 1ms, wait B]}
            """, goal: .deadlock)
        harness.run(["A"])
        #expect(harness.refusal("A") == .blocked(.waitingAtBarrier(barrier: "B", arrived: 1, parties: 3)))
        harness.run(["C"])
        #expect(harness.refusal("A") == .blocked(.waitingAtBarrier(barrier: "B", arrived: 2, parties: 3)))
        harness.run(["D", "D"])
        #expect(harness.engine.legalMoves(in: harness.state) == [harness.id("A"), harness.id("C")])
        #expect(harness.state.barrierWaiters == [[]])
        harness.run(["A", "C"])
        #expect(harness.engine.allDone(in: harness.state))
        #expect(harness.validatorIssues.isEmpty, "\(harness.validatorIssues)")
        #expect(harness.timeline.transitions(of: harness.id("A")).map(\.reason).contains(.barrierPassed(barrier: "B")))
    }

    @Test func aSpinThatFindsTheFlagSetChangesNothingAndIsNeverBlocked() throws {
        var harness = try ChallengeHarness("""
            counters: {busy: 1}
            threads:
              - {name: S, run: [spin-while busy, compute 1ms]}
              - {name: R, run: [store busy 0]}
            """, goal: .deadlock)
        let before = harness.state
        #expect(harness.engine.isSpinning(harness.id("S"), in: before))
        harness.run(["S", "S"])
        #expect(harness.state == before)
        #expect(harness.engine.threadState(of: harness.id("S"), in: harness.state) == .ready)
        harness.run(["R", "S"])
        #expect(harness.engine.nextOp(of: harness.id("S"), in: harness.state) == .compute(1_000))
        #expect(harness.validatorIssues.isEmpty, "\(harness.validatorIssues)")
    }

    @Test func aSpinLoopIsACycleTheSolverHasSeenNotADeadlock() throws {
        let engine = try ChallengeEngineTests.engine("""
            counters: {busy: 0}
            threads:
              - {name: A, run: [store busy 1, compute 1ms, compute 1ms]}
              - {name: B, run: [spin-while busy, compute 1ms]}
            """)
        let solution = ChallengeSolver.solve(engine, goal: .deadlock)
        #expect(solution.shortest == nil)
        #expect(!solution.boundHit)
        #expect(solution.explored < 20)
    }

    @Test func enterAndLeaveCostNoMove() throws {
        var harness = try ChallengeHarness("""
            counters: {c: 0}
            threads:
              - {name: A, run: [enter cs, increment c, leave cs, compute 1ms]}
            """, goal: .criticalSection("cs"))
        #expect(harness.engine.sections(of: harness.id("A"), in: harness.state) == [0])
        harness.run(["A", "A"])
        #expect(harness.engine.sections(of: harness.id("A"), in: harness.state) == [])
        #expect(harness.engine.nextOp(of: harness.id("A"), in: harness.state) == .compute(1_000))
    }

    @Test func theBrokenFlagLockPlaysValidTransitionsAndShowsItsSourceLines() throws {
        var harness = try ChallengeHarness("""
            counters: {busy: 0, count: 0}
            threads:
              - name: A
                code: |
                  while busy: pass
                  busy = True
                  count += 1
                  busy = False
                run: [spin-while busy @1, store busy 1 @2, enter cs, increment count @3, leave cs, store busy 0 @4]
              - name: B
                run: [spin-while busy, store busy 1, enter cs, increment count, leave cs, store busy 0]
            """, goal: .criticalSection("cs"))
        let a = harness.id("A")
        #expect(harness.engine.currentLine(of: a, in: harness.state) == 0)
        harness.run(["A", "B", "A"])
        // `enter cs` passed with the store: A is at the increment, line 3.
        #expect(harness.engine.currentLine(of: a, in: harness.state) == 2)
        #expect(harness.engine.currentLine(of: harness.id("B"), in: harness.state) == nil)
        harness.run(["B", "A", "A", "A", "B", "B", "B"])
        #expect(harness.engine.allDone(in: harness.state))
        #expect(harness.state.counters == [0, 2])
        #expect(harness.validatorIssues.isEmpty, "\(harness.validatorIssues)")
        #expect(harness.timeline.transitions.filter { $0.to == .terminated }.count == 2)
    }

    @Test func aLockTakenFromUnderAReadyThreadBlocksItInValidSteps() throws {
        var harness = try ChallengeHarness(ChallengeEngineTests.crossedLocks, goal: .deadlock)
        harness.run(["A", "B"])
        #expect(harness.play.isSolved)
        #expect(harness.validatorIssues.isEmpty, "\(harness.validatorIssues)")
        #expect(harness.timeline.transitions.allSatisfy { $0.from.canMove(to: $0.to) })
    }

    @Test func heldLocksNameWhatAThreadHolds() throws {
        var harness = try ChallengeHarness(ChallengeEngineTests.crossedLocks, goal: .deadlock)
        harness.run(["A", "A"])
        #expect(harness.engine.heldLocks(by: harness.id("A"), in: harness.state) == [0, 1])
        #expect(harness.engine.heldLocks(by: harness.id("B"), in: harness.state) == [])
    }
}

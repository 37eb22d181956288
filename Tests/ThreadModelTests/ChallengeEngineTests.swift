import Testing
import TutorBasics
@testable import ThreadModel

/// The learner as the scheduler: moves, refusals with their reason, undo.
@Suite struct ChallengeEngineTests {
    static func engine(_ yaml: String) throws -> ChallengeEngine {
        let scenario = try ScenarioParser.parse(yaml, origin: TutorBasics.SourceLocation(path: "test.yaml", line: 1, column: 1), challenge: true)
        return ChallengeEngine(program: Program(compiling: scenario))
    }

    static let lostUpdate = """
        counters: {c: 0}
        threads:
          - name: A
            run: [increment c]
          - name: B
            run: [increment c]
        """

    static let crossedLocks = """
        threads:
          - name: A
            run: [lock L1, lock L2, unlock L2, unlock L1]
          - name: B
            run: [lock L2, lock L1, unlock L1, unlock L2]
        """

    @Test func aRecordedScheduleLosesAnUpdate() throws {
        var play = ChallengePlay(engine: try Self.engine(Self.lostUpdate), goal: .counter("c", equals: 1))
        for name in [0, 1, 0, 1] {
            #expect(!play.isSolved)
            guard case .success = play.play(ThreadID(name)) else { Issue.record("move \(name) refused"); return }
        }
        #expect(play.state.counters == [1])
        #expect(play.isSolved)
        #expect(play.moves == [0, 1, 0, 1].map(ThreadID.init))
    }

    @Test func oneThreadAfterTheOtherKeepsBothUpdates() throws {
        var play = ChallengePlay(engine: try Self.engine(Self.lostUpdate), goal: .counter("c", equals: 1))
        for name in [0, 0, 1, 1] { play.play(ThreadID(name)) }
        #expect(play.state.counters == [2])
        #expect(!play.isSolved)
    }

    @Test func aBlockedThreadIsRefusedWithTheLockAndItsHolder() throws {
        let engine = try Self.engine(Self.crossedLocks)
        var play = ChallengePlay(engine: engine, goal: .deadlock)
        play.play(ThreadID(0))
        let before = play.state
        // A took L1 and L2 is free: A may go on; then B wants L2, which A now holds.
        play.play(ThreadID(0))
        let result = play.play(ThreadID(1))
        #expect(result == .failure(ChallengeRefusalError(thread: ThreadID(1), refusal: .blocked(.waitingForLock(lock: "L2", holder: "A")))))
        #expect(play.moves == [ThreadID(0), ThreadID(0)])
        if case .failure(let refused) = result {
            #expect(Language.en.catalog(refused.phrase(in: engine.program)) == "B cannot run: it is waiting for lock L2 held by A.")
        }
        #expect(engine.legalMoves(in: before) == [ThreadID(0), ThreadID(1)])
        #expect(engine.legalMoves(in: play.state) == [ThreadID(0)])
    }

    @Test func aFinishedThreadIsRefused() throws {
        var play = ChallengePlay(engine: try Self.engine(Self.lostUpdate), goal: .deadlock)
        play.play(ThreadID(0))
        play.play(ThreadID(0))
        let again = play.play(ThreadID(0))
        let stranger = play.play(ThreadID(7))
        #expect(again == .failure(ChallengeRefusalError(thread: ThreadID(0), refusal: .finished)))
        #expect(stranger == .failure(ChallengeRefusalError(thread: ThreadID(7), refusal: .noSuchThread)))
        #expect(play.moves.count == 2)
    }

    @Test func crossedLocksDeadlockAndTheLastMoveSaysWhoBlocked() throws {
        var play = ChallengePlay(engine: try Self.engine(Self.crossedLocks), goal: .deadlock)
        play.play(ThreadID(0))
        let last = play.play(ThreadID(1))
        #expect(play.isSolved)
        guard case .success(let step) = last else { Issue.record("refused"); return }
        // The mover first, then the thread its move blocked: each is dispatched and blocks in the same move.
        #expect(step.transitions.filter { $0.to == .blocked }.map(\.reason) == [
            .waitingForLock(lock: "L1", holder: "A"), .waitingForLock(lock: "L2", holder: "B"),
        ])
        #expect(step.transitions.map(\.thread) == [1, 1, 0, 0].map(ThreadID.init))
        #expect(step.transitions.map(\.to) == [.running, .blocked, .running, .blocked])
    }

    @Test func undoRestoresTheExactState() throws {
        var play = ChallengePlay(engine: try Self.engine(Self.lostUpdate), goal: .counter("c", equals: 1))
        play.play(ThreadID(0))
        let midway = play.state
        #expect(midway.pendingReads == [0, nil])
        play.play(ThreadID(1))
        play.play(ThreadID(1))
        let undone = [play.undo(), play.undo()]
        #expect(undone == [true, true])
        #expect(play.state == midway)
        #expect(play.moves == [ThreadID(0)])
        let back = [play.undo(), play.undo()]
        #expect(back == [true, false])
        #expect(play.state == play.engine.initialState)
    }

    @Test func aManualThreadWaitsForItsStart() throws {
        let engine = try Self.engine("""
            threads:
              - name: main
                run: [start helper, join helper]
              - name: helper
                start: manual
                run: [compute 1ms]
            """)
        var play = ChallengePlay(engine: engine, goal: .deadlock)
        #expect(engine.refusal(of: ThreadID(1), in: play.state) == .notStarted)
        play.play(ThreadID(0))
        #expect(engine.refusal(of: ThreadID(0), in: play.state) == .blocked(.waitingForThread(thread: "helper")))
        play.play(ThreadID(1))
        #expect(engine.legalMoves(in: play.state) == [ThreadID(0)])
    }
}

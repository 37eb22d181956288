import Testing
@testable import ThreadModel

/// Undo gives back the exact state after every kind of move, and the same move from the same state gives the
/// same state again (the solver's sets of states rely on both).
@Suite struct ChallengeUndoTests {
    /// Between them these threads run every op kind a challenge has rules for.
    static let everything = """
        counters: {c: 0, busy: 0}
        semaphores: {S: 1}
        conditions: {C: L}
        queues: {q: 1, items: 0}
        barriers: {B: 2}
        threads:
          - name: A
            run: [increment c, store busy 1, acquire S, release S, store busy 0, set e, start M, lock L, put items x,
                  put items y, put items z, notify C, unlock L, put q a, join q, wait B, enter cs, leave cs, pop items]
          - name: D
            run: [spin-while busy, lock L, wait-while-empty C items, pop items, unlock L, wait e, clear e, get q,
                  task-done q, wait B, lock L, wait-if-empty C items, unlock L, join M]
          - name: M
            start: manual
            run: [sleep 1ms]
        """

    static func kind(_ op: Program.Op?) -> String {
        guard let op else { return "none" }
        return String(describing: op).prefix { $0 != "(" }.description
    }

    @Test func everyKindOfMoveUndoesToTheExactState() throws {
        let engine = try ChallengeEngineTests.engine(Self.everything)
        var kinds: Set<String> = []
        var random = SplitMix64(seed: 7)
        // Seeded random schedules, each to its end (or 60 moves), undoing and replaying every move on the way.
        for _ in 0..<40 {
            var play = ChallengePlay(engine: engine, goal: .deadlock)
            while let thread = engine.legalMoves(in: play.state).randomElement(using: &random), play.moves.count < 60 {
                let before = play.state
                kinds.insert(Self.kind(engine.nextOp(of: thread, in: before)))
                guard case .success(let step) = play.play(thread) else { Issue.record("refused"); return }
                let undone = play.undo()
                #expect(undone && play.state == before)
                guard case .success(let again) = play.play(thread) else { Issue.record("refused on replay"); return }
                #expect(again.state == step.state)
            }
            // Undo all the way back reaches the very first state.
            while play.undo() {}
            #expect(play.state == engine.initialState)
        }
        #expect(kinds.isSuperset(of: [
            "increment", "store", "acquire", "release", "set", "start", "lock", "put", "notify", "unlock", "joinQueue",
            "barrierWait", "pop", "spinWhile", "waitWhileEmpty", "waitIfEmpty", "wait", "get", "taskDone", "clear", "join",
        ]), "\(kinds.sorted())")
    }
}

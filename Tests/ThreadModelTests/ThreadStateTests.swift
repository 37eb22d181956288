import Testing
import TutorBasics
@testable import ThreadModel

@Suite struct ThreadStateTests {
    @Test func legalTransitionsAreExactlyTheTextbookOnes() {
        let legal = Set(ThreadState.allCases.flatMap { from in from.legalNextStates.map { "\(from)→\($0)" } })
        #expect(legal == [
            "created→ready", "ready→running", "running→ready", "running→blocked", "blocked→ready", "running→terminated",
        ])
    }

    @Test func blockedNeverGoesStraightToRunning() {
        #expect(!ThreadState.blocked.canMove(to: .running))
        #expect(ThreadState.terminated.legalNextStates.isEmpty)
    }

    @Test func koreanStateNames() {
        #expect(ThreadState.running.name(in: .ko) == "실행 중")
        #expect(ThreadState.ready.name(in: .en) == "ready")
    }
}

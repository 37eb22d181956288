import Testing
@testable import ProgressStore

@Suite struct ProgressTests {
    @Test func completionIsKeptAndSorted() {
        var progress = Progress()
        progress.apply(.completed(lesson: "pools"))
        progress.apply(.completed(lesson: "lifecycle"))
        progress.apply(.completed(lesson: "pools"))
        #expect(progress.completed == ["lifecycle", "pools"])
    }
}

@Suite struct ChallengeProgressTests {
    @Test func theBestSolveIsKept() {
        var progress = Progress()
        #expect(progress.challenge(lesson: "lost-update", number: 1) == nil)
        progress.apply(.challengeSolved(lesson: "lost-update", challenge: 1, moves: 6))
        progress.apply(.challengeSolved(lesson: "lost-update", challenge: 1, moves: 4))
        progress.apply(.challengeSolved(lesson: "lost-update", challenge: 1, moves: 5))
        progress.apply(.challengeSolved(lesson: "lost-update", challenge: 2, moves: 2))
        #expect(progress.challenge(lesson: "lost-update", number: 1) == ChallengeResult(solved: true, bestMoves: 4))
        #expect(progress.challenges.keys.sorted() == ["lost-update#1", "lost-update#2"])
    }
}

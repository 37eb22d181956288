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

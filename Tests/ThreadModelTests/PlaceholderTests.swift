import Testing
@testable import ThreadModel

@Suite struct ThreadModelPlaceholderTests {
    @Test func fiveStates() { #expect(ThreadModelInfo.stateCount == 5) }
}

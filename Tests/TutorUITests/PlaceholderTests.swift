import Testing
@testable import TutorUI

@Suite struct TutorUIPlaceholderTests {
    @Test func builds() { #expect(String(describing: TutorUIInfo.self) == "TutorUIInfo") }
}

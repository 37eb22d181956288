import Testing
@testable import TextRender

@Suite struct TextRenderPlaceholderTests {
    @Test func builds() { #expect(String(describing: TextRenderInfo.self) == "TextRenderInfo") }
}

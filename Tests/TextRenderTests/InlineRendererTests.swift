import LessonKit
import Testing
@testable import TextRender

@Suite struct InlineRendererTests {
    private let renderer = InlineRenderer()

    @Test func linkShowsItsDestinationOnlyWhenDifferent() {
        let differing = renderer.render([.link(text: [.text("docs")], destination: "https://docs.python.org")])
        #expect(differing.map(\.plainText) == ["docs (https://docs.python.org)"])
        #expect(differing[0].spans.map(\.style.role) == [.link, .linkURL])
        let same = renderer.render([.link(text: [.text("docs.python.org")], destination: "https://docs.python.org/")])
        #expect(same.map(\.plainText) == ["docs.python.org"])
        let hidden = InlineRenderer(options: RenderOptions(showLinkDestinations: false))
            .render([.link(text: [.text("docs")], destination: "https://x.org")])
        #expect(hidden.map(\.plainText) == ["docs"])
    }

    @Test func imagesShowTheirAltText() {
        #expect(renderer.render([.image(alt: "diagram", source: "a.png")]).map(\.plainText) == ["[image: diagram]"])
        #expect(renderer.render([.image(alt: "", source: "a.png")]).map(\.plainText) == ["[image]"])
    }

    @Test func nestedStylesKeepEveryFlag() {
        let line = renderer.render([.emphasis([.text("a"), .strong([.text("b")])])])[0]
        #expect(line.spans == [StyledSpan("a", Style(.emphasis)), StyledSpan("b", Style(.strong, flags: [.italic, .bold]))])
        let heading = renderer.render([.text("h "), .code("x")], base: Style(.heading1))[0]
        #expect(heading.spans[1].style == Style(.code, flags: [.bold, .underline]))
    }

    @Test func breaks() {
        let lines = renderer.render([.text("one"), .softBreak, .text("two"), .lineBreak, .text("three")])
        #expect(lines.map(\.plainText) == ["one two", "three"])
    }

    @Test func hardBreaksSurviveWrapping() {
        let lines = DocumentRenderer.render([.paragraph([.text("first line"), .lineBreak, .text("second")])], width: 40)
        #expect(lines.map(\.plainText) == ["first line", "second"])
    }
}

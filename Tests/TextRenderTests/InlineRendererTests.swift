import LessonKit
import Testing
import TextKernel
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
        #expect(line.spans == [StyledSpan("a", Style.markup(.emphasis)), StyledSpan("b", Style(.strong, flags: [.italic, .bold]))])
        let heading = renderer.render([.text("h "), .code("x")], base: Style.markup(.heading1))[0]
        #expect(heading.spans[1].style == Style(.code, flags: [.bold, .underline]))
    }

    @Test func breaks() {
        let lines = renderer.render([.text("one"), .softBreak, .text("two"), .lineBreak, .text("three")])
        #expect(lines.map(\.plainText) == ["one two", "three"])
    }

    @Test func softBreakAfterAStyledCJKSpanJoinsWithoutASpace() {
        let chinese = renderer.render([.strong([.text("线程")]), .softBreak, .text("是执行"), .softBreak, .code("路径")])
        #expect(chinese.map(\.plainText) == ["线程是执行路径"])
        let korean = renderer.render([.emphasis([.text("스레드")]), .softBreak, .text("흐름")])
        #expect(korean.map(\.plainText) == ["스레드 흐름"])
        let mixed = renderer.render([.text("线程"), .softBreak, .text("thread"), .softBreak, .text("线程")])
        #expect(mixed.map(\.plainText) == ["线程 thread 线程"])
    }

    /// The character before a soft break is the last one of the whole line: a span that is only a combining mark
    /// belongs to the ideograph before it.
    @Test func softBreakLooksAtTheLastCharacterOfTheLineNotOfTheSpan() {
        let lines = renderer.render([.text("中"), .emphasis([.text("\u{301}")]), .softBreak, .text("文")])
        #expect(lines.map(\.plainText) == ["中\u{301}文"])
        let afterHardBreak = renderer.render([.text("线程"), .lineBreak, .softBreak, .text("是")])
        #expect(afterHardBreak.map(\.plainText) == ["线程", " 是"])
    }

    /// A lone text takes a shortcut; an empty text after it sends the same content the general way.
    @Test(arguments: ["ready", "", "a\tb\u{1B}[31m", "스레드"])
    func aLoneTextIsRenderedLikeAnyOther(text: String) {
        let style = Style.markup(.tableHeader)
        #expect(renderer.render([.text(text)], base: style) == renderer.render([.text(text), .text("")], base: style))
    }

    @Test func hardBreaksSurviveWrapping() {
        let lines = DocumentRenderer.render([.paragraph([.text("first line"), .lineBreak, .text("second")])], width: 40)
        #expect(lines.map(\.plainText) == ["first line", "second"])
    }
}

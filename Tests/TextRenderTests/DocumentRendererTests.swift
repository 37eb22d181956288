import LessonKit
import Testing
@testable import TextRender

@Suite struct DocumentRendererTests {
    private func lines(_ blocks: [Block], width: Int, options: RenderOptions = .ascii) -> [String] {
        DocumentRenderer.render(blocks, width: width, options: options).map(\.plainText)
    }

    private func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }

    @Test func headingsAreUnderlinedAndStyled() {
        let rendered = DocumentRenderer.render([.heading(level: 2, content: [.text("스레드")]),
                                                .heading(level: 3, content: [.text("Small")])], width: 40)
        #expect(rendered.map(\.plainText) == ["스레드", "──────", "", "Small"])
        #expect(rendered[0].spans[0].style.flags.contains(.bold))
        #expect(rendered[3].spans[0].style.role == .heading3)
    }

    @Test func orderedListNumbersAlignAndIndentHangs() {
        let items = (1...10).map { ListItem(blocks: [paragraph("item number \($0) wraps here")]) }
        let rendered = lines([.list(ListBlock(ordered: true, start: 1, items: items))], width: 16)
        #expect(rendered.prefix(2) == [" 1. item number", "    1 wraps here"])
        #expect(rendered.suffix(3) == ["10. item number", "    10 wraps", "    here"])
    }

    @Test func tasksInsideOrderedAndLooseLists() {
        let list = ListBlock(ordered: true, start: 3, tight: false, items: [
            ListItem(task: .done, blocks: [paragraph("done")]),
            ListItem(task: .open, blocks: [paragraph("todo")]),
        ])
        #expect(lines([.list(list)], width: 30) == ["3. [x] done", "", "4. [ ] todo"])
    }

    @Test func nestedListsAndQuotesHang() {
        let document: [Block] = [
            .list(ListBlock(ordered: false, items: [
                ListItem(blocks: [
                    paragraph("outer item with text"),
                    .list(ListBlock(ordered: false, items: [ListItem(blocks: [paragraph("inner item with text")])])),
                    .blockQuote([paragraph("quoted inside a list item")]),
                ]),
            ])),
        ]
        #expect(lines(document, width: 20) == [
            "* outer item with",
            "  text",
            "  - inner item with",
            "    text",
            "  | quoted inside a",
            "  | list item",
        ])
    }

    @Test func quoteKeepsItsBarOnBlankLines() {
        let quote: Block = .blockQuote([paragraph("one"), paragraph("two")])
        #expect(lines([quote], width: 20) == ["| one", "|", "| two"])
        let rendered = DocumentRenderer.render([quote], width: 20)
        #expect(rendered[0].spans.last?.style.role == .quote)
    }

    @Test func deepNestingGivesWayOnNarrowScreens() {
        var block: Block = paragraph("deep words here")
        for _ in 0..<8 { block = .blockQuote([block]) }
        for width in 1...30 {
            let rendered = DocumentRenderer.render([block], width: width)
            #expect(rendered.allSatisfy { $0.width <= width })
            #expect(rendered.map(\.plainText).joined().contains("deep"), "width \(width)")
        }
    }

    @Test func chineseSoftBreaksJoinWithoutASpaceButKoreanKeepsIt() {
        #expect(lines([.paragraph([.text("线程是"), .softBreak, .text("执行的路径")])], width: 40) == ["线程是执行的路径"])
        #expect(lines([.paragraph([.text("스레드는"), .softBreak, .text("흐름입니다")])], width: 40) == ["스레드는 흐름입니다"])
    }

    @Test func thematicBreakIsARule() {
        #expect(lines([paragraph("a"), .thematicBreak], width: 10) == ["a", "", "----------"])
    }

    @Test func codeInsideATightListKeepsABlankLineBefore() {
        let list = ListBlock(ordered: false, items: [
            ListItem(blocks: [paragraph("run:"), .code(language: nil, info: "", text: "make test\n")]),
        ])
        #expect(lines([.list(list)], width: 30) == ["* run:", "", "    make test"])
    }
}

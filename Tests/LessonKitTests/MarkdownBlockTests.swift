import Testing
@testable import LessonKit

/// Every block and inline kind of the document model, as cmark-gfm parses it.
@Suite struct MarkdownBlockTests {
    @Test func headingsOfEveryLevel() {
        #expect(Fixture.blocks("# One\n\n### Three\n\nSetext\n======") == [
            .heading(level: 1, content: [.text("One")]),
            .heading(level: 3, content: [.text("Three")]),
            .heading(level: 1, content: [.text("Setext")]),
        ])
    }

    @Test func paragraphWithEveryInlineKind() {
        let blocks = Fixture.blocks("Plain *em* **strong** ~~gone~~ `code` [link](https://x.org) ![alt text](a.png)\nnext line  \nhard")
        #expect(blocks == [.paragraph([
            .text("Plain "), .emphasis([.text("em")]), .text(" "), .strong([.text("strong")]), .text(" "),
            .strikethrough([.text("gone")]), .text(" "), .code("code"), .text(" "),
            .link(text: [.text("link")], destination: "https://x.org"), .text(" "),
            .image(alt: "alt text", source: "a.png"), .softBreak, .text("next line"), .lineBreak, .text("hard"),
        ])])
    }

    @Test func autolinksBecomeLinks() {
        #expect(Fixture.blocks("See https://example.org now") == [.paragraph([
            .text("See "), .link(text: [.text("https://example.org")], destination: "https://example.org"), .text(" now"),
        ])])
    }

    @Test func nestedOrderedUnorderedAndTaskLists() {
        let blocks = Fixture.blocks("3. three\n4. four\n   - a\n   - [x] done\n   - [ ] open\n")
        #expect(blocks == [.list(ListBlock(ordered: true, start: 3, tight: true, items: [
            ListItem(blocks: [.paragraph([.text("three")])]),
            ListItem(blocks: [
                .paragraph([.text("four")]),
                .list(ListBlock(ordered: false, start: 1, tight: true, items: [
                    ListItem(blocks: [.paragraph([.text("a")])]),
                    ListItem(task: .done, blocks: [.paragraph([.text("done")])]),
                    ListItem(task: .open, blocks: [.paragraph([.text("open")])]),
                ])),
            ]),
        ]))])
    }

    @Test func looseListIsNotTight() {
        guard case .list(let list)? = Fixture.blocks("- a\n\n- b\n").first else {
            Issue.record("no list")
            return
        }
        #expect(!list.tight && list.items.count == 2)
    }

    @Test func blockQuoteHoldsBlocks() {
        #expect(Fixture.blocks("> quoted\n>\n> - item") == [.blockQuote([
            .paragraph([.text("quoted")]),
            .list(ListBlock(ordered: false, items: [ListItem(blocks: [.paragraph([.text("item")])])])),
        ])])
    }

    @Test func codeBlocksKeepLanguageAndWholeInfoString() {
        let blocks = Fixture.blocks("```python fragment\nx = 1\n```\n\n    indented\n\n~~~\nplain\n~~~")
        #expect(blocks == [
            .code(language: "python", info: "python fragment", text: "x = 1"),
            .code(language: nil, info: "", text: "indented"),
            .code(language: nil, info: "", text: "plain"),
        ])
    }

    @Test func tableWithAlignment() {
        let blocks = Fixture.blocks("| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | **2** | 3 |\n")
        #expect(blocks == [.table(TableBlock(
            alignments: [.left, .center, .right, .none],
            header: [[.text("a")], [.text("b")], [.text("c")], [.text("d")]],
            rows: [[[.text("1")], [.strong([.text("2")])], [.text("3")], []]]
        ))])
    }

    @Test func thematicBreakInsideAQuoteStaysABlock() {
        #expect(Fixture.blocks("> a\n>\n> ***\n>\n> b") == [.blockQuote([
            .paragraph([.text("a")]), .thematicBreak, .paragraph([.text("b")]),
        ])])
    }

    @Test func entitiesInMarkdownTextAreDecoded() {
        #expect(Fixture.blocks("a &lt;b&gt; &amp; c&nbsp;d &#65;&#x42;") == [.paragraph([.text("a <b> & c\u{00A0}d AB")])])
    }
}

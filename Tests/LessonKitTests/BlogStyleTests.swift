import Testing
import TutorBasics
@testable import LessonKit

/// A Jekyll blog post dropped into a course loads and reads sensibly.
@Suite struct BlogStyleTests {
    let path = Fixture.path("2023-04-01-python-threads.md")

    func post() throws -> Lesson {
        LessonParser.parse(try Fixture.text("2023-04-01-python-threads.md"), path: path, language: .ko)
    }

    @Test func jekyllFrontMatterLoads() throws {
        let lesson = try post()
        #expect(Fixture.messages(lesson) == [])
        #expect(lesson.title == "Python threads, explained")
        #expect(lesson.slug == "python-threads")
        #expect(lesson.chapter == 0)
    }

    @Test func postReadsAsCleanText() throws {
        let blocks = try post().steps.flatMap(\.blocks)
        #expect(blocks == [
            .paragraph([
                .text("A thread is the smallest unit the OS schedules."), .lineBreak,
                .text("It shares memory\u{00A0}with its process — that is the point & the danger."),
            ]),
            .paragraph([.image(alt: "Threads in a process", source: "/assets/img/threads.png"), .lineBreak,
                        .emphasis([.text("Figure 1 <threads>")])]),
            .heading(level: 2, content: [.text("The GIL")]),
            .paragraph([
                .text("See the section on locks or the "),
                .link(text: [.text("official docs")], destination: "https://docs.python.org/3/"), .text("."),
            ]),
            .code(language: "python", info: "python", text: "import threading\nprint(threading.active_count())"),
            .paragraph([
                .text("Inline "), .text("red words"), .text(" and "), .code("Ctrl"), .text("+"), .code("C"), .text("."),
                .softBreak, .text("Escape sequences such as [31m are never passed through."),
            ]),
        ].map(merged))
    }

    @Test func controlCharactersNeverSurvive() {
        let lesson = Fixture.lesson("# T\u{1B}[2J\n\nbell\u{07} csi\u{9B}31m\n\n```\ncode\u{1B}]0;title\u{07}\ttab\n```\n\n`x\u{1B}y`")
        #expect(lesson.steps[0].blocks == [
            .heading(level: 1, content: [.text("T")]),             // whole sequences go, not just the ESC
            .paragraph([.text("bell csi")]),
            .code(language: nil, info: "", text: "code    tab"),
            .paragraph([.code("x")]),                              // ESC y is a sequence of its own
        ])
    }

    @Test func numericEntitiesCannotSmuggleControls() {
        #expect(Fixture.blocks("<p>a&#27;[31mb&#x9b;1c</p>") == [.paragraph([.text("ab")])])   // ESC[31m, CSI 1c
    }

    @Test func rawHTMLBlocksBecomeParagraphs() {
        #expect(Fixture.blocks("<div class=\"note\">\n<p>First &amp; one</p>\n<p>Second<br/>line</p>\n</div>") == [
            .paragraph([.text("First & one")]),
            .paragraph([.text("Second"), .lineBreak, .text("line")]),
        ])
    }

    @Test func kramdownAttributeListsVanishEvenOnTheirOwnLine() {
        #expect(Fixture.blocks("Para\n\n{: .note}\n\n- item{: .x}\n") == [
            .paragraph([.text("Para")]),
            .list(ListBlock(ordered: false, items: [ListItem(blocks: [.paragraph([.text("item")])])])),
        ])
    }

    @Test func liquidAndKramdownExtensionsVanish() {
        #expect(Fixture.blocks("{::options parse_block_html=\"true\" /}\n\nA {% raw %}b{% endraw %} c\n\n## Setup {#setup}") == [
            .paragraph([.text("A b c")]),
            .heading(level: 2, content: [.text("Setup")]),
        ])
    }

    @Test func inlineScriptsAndStylesHideTheirContent() {
        #expect(Fixture.blocks("a <script>alert(1)</script>b <style>p{}</style>c") == [.paragraph([.text("a b c")])])
    }

    @Test func anUnclosedScriptHidesOnlyItsOwnParagraph() {
        #expect(Fixture.blocks("a <script>never closed\n\nnext paragraph") == [
            .paragraph([.text("a")]), .paragraph([.text("next paragraph")]),
        ])
    }

    @Test func emptyLinkTextShowsTheDestination() {
        #expect(Fixture.blocks("[](https://x.org) and [](#top)") == [.paragraph([
            .link(text: [.text("https://x.org")], destination: "https://x.org"), .text(" and"),
        ])])
    }

    /// The attribute lists of the popular Chirpy theme: prompts, image sizes, code file names.
    @Test func chirpyThemeAttributeLists() {
        let markdown = """
            > Threads share memory.
            {: .prompt-tip }

            ![Scheduler](/img/sched.png){: width="700" height="400" .shadow }
            _The scheduler at work_

            ```python
            print("hi")
            ```
            {: file='hello.py' .nolineno }
            """
        #expect(Fixture.blocks(markdown) == [
            .blockQuote([.paragraph([.text("Threads share memory.")])]),
            .paragraph([.image(alt: "Scheduler", source: "/img/sched.png"), .softBreak, .emphasis([.text("The scheduler at work")])]),
            .code(language: "python", info: "python", text: "print(\"hi\")"),
        ])
    }

    @Test func inlineHTMLFormattingLooksLikeMarkdown() {
        let html = "<b>Bold</b>, <em>em</em>, <code>x = 1</code>, <del>old</del>, <a href=\"https://x.org\">site</a>, "
            + "<a href=\"#top\">top</a>, <b>never closed, </i>stray"
        #expect(Fixture.blocks(html) == [.paragraph([
            .strong([.text("Bold")]), .text(", "), .emphasis([.text("em")]), .text(", "), .code("x = 1"), .text(", "),
            .strikethrough([.text("old")]), .text(", "), .link(text: [.text("site")], destination: "https://x.org"),
            .text(", top, never closed, stray"),
        ])])
    }

    @Test func htmlBlockFormattingLooksLikeMarkdown() {
        #expect(Fixture.blocks("<p>Use <code>join()</code> &mdash; see <a href='https://docs.python.org'>the docs</a>.</p>") == [
            .paragraph([.text("Use "), .code("join()"), .text(" — see "),
                        .link(text: [.text("the docs")], destination: "https://docs.python.org"), .text(".")]),
        ])
    }

    @Test func markdownInsideAFenceIsLeftAlone() {
        #expect(Fixture.blocks("```html\n<br/> &amp; {: .x}\n```") == [
            .code(language: "html", info: "html", text: "<br/> &amp; {: .x}"),
        ])
    }

    /// Text runs joined, as the parser hands them out.
    func merged(_ block: Block) -> Block {
        if case .paragraph(let inlines) = block { return .paragraph(InlineCleanup.merged(inlines)) }
        return block
    }
}

import Testing
import TextKernel
@testable import TextRender

@Suite struct AnsiRendererTests {
    private let lines: [StyledLine] = [
        [StyledSpan("Title", Style.markup(.heading1))],
        [StyledSpan("see ", .plain), StyledSpan("docs", Style.markup(.link)), StyledSpan("   ", .plain)],
        [],
    ]

    @Test func neverEmitsPlainText() {
        #expect(AnsiRenderer(color: .never).render(lines) == "Title\nsee docs\n\n")
    }

    @Test func alwaysEmitsSGRWithResets() {
        #expect(AnsiRenderer(color: .always).render(lines)
            == "\u{1B}[1;4;35mTitle\u{1B}[0m\nsee \u{1B}[4;34mdocs\u{1B}[0m\n\n")
    }

    @Test func meaningDoesNotDependOnColourAlone() {
        for role in [Style.Role.heading1, .heading2, .heading3, .link, .keyword, .strong, .emphasis, .comment] {
            let attributes = AnsiRenderer.sgrCodes(for: Style.markup(role)).filter { $0 < 30 }
            #expect(!attributes.isEmpty, "\(role) has only a colour")
        }
    }
}

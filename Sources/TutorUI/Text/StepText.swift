import LessonKit
import TextKernel
import TextRender

/// Turns a step's Markdown blocks into wrapped, styled lines with TextRender, their markup roles mapped onto
/// the screen's roles (the UI's palette has fewer colours than Markdown has kinds of text).
public enum StepText {
    /// The glyphs for lesson text: box lines the ncurses backend draws as line drawing, and ASCII where a
    /// Unicode glyph has ambiguous East Asian width (bullets, ellipsis) and would misalign CJK terminals.
    static let unicodeGlyphs: GlyphSet = {
        var glyphs = GlyphSet.unicode
        glyphs.bullets = ["-", "*", "+"]
        glyphs.ellipsis = "..."
        glyphs.heading1Rule = "─"
        glyphs.heading2Rule = "─"
        return glyphs
    }()

    /// The lines of `blocks` at `width` columns, with `gap` blank lines between top-level blocks.
    public static func lines(_ blocks: [Block], width: Int, gap: Int = 1, ascii: Bool = false) -> [StyledLine] {
        let renderer = DocumentRenderer(options: RenderOptions(glyphs: ascii ? .ascii : unicodeGlyphs))
        var result: [StyledLine] = []
        for block in blocks {
            if !result.isEmpty { result += Array(repeating: .empty, count: gap) }
            result += renderer.render([block], width: max(1, width)).map(convert)
        }
        return result
    }

    static func convert(_ line: StyledLine) -> StyledLine {
        StyledLine(line.spans.map { StyledSpan($0.text, convert($0.style)) })
    }

    static func convert(_ style: Style) -> Style {
        let flags = style.flags
        var result = Style(role(style.role), bold: flags.contains(.bold), underline: flags.contains(.underline),
                           reverse: flags.contains(.reverse), dim: flags.contains(.dim) || flags.contains(.strikethrough),
                           italic: flags.contains(.italic))
        if style.role == .tableHeader { result.bold = true }
        return result
    }

    private static func role(_ role: Style.Role) -> Style.Role {
        switch role {
        case .plain, .strong: .plain
        case .heading1, .heading2, .heading3, .tableHeader: .heading
        case .emphasis: .emphasis
        case .code, .codeBlock, .string: .code
        case .keyword, .number, .listMarker: .accent
        case .link: .link
        case .strikethrough, .comment, .linkURL, .image, .quote, .tableBorder, .rule, .continuation, .muted: .muted
        case .heading, .accent, .titleBar, .keyName, .selection, .correct, .wrong, .warning, .threadCreated, .threadReady,
             .threadRunning, .threadBlocked, .threadTerminated: role     // already the screen's
        }
    }
}

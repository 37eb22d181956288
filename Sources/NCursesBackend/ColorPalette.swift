import CNcursesw
import TextKernel
import TutorUI

/// Maps colour roles to ncurses colour pairs over the terminal's own background (use_default_colors), so
/// light projector backgrounds stay readable. Without colour, roles fall back to attributes alone.
struct ColorPalette {
    let enabled: Bool

    /// Starts colour if wanted and available, and defines one pair per role that has a colour.
    init(mode: ColorMode, environment: [String: String]) {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let wanted = mode == .always || (mode == .auto && !noColor)
        guard wanted, has_colors() else {
            enabled = false
            return
        }
        start_color()
        use_default_colors()
        for (index, role) in Style.Role.allCases.enumerated() {
            if let color = Self.foreground(role) { init_pair(Int16(index + 1), color, -1) }
        }
        enabled = true
    }

    /// The colour pair for a role (0: the terminal's default colours).
    func pair(_ role: Style.Role) -> Int16 {
        guard enabled, Self.foreground(role) != nil,
              let index = Style.Role.allCases.firstIndex(of: role) else { return 0 }
        return Int16(index + 1)
    }

    private static func foreground(_ role: Style.Role) -> Int16? {
        switch role {
        case .plain, .titleBar, .selection, .muted, .emphasis, .threadCreated, .threadTerminated: nil
        case .heading, .link, .keyName: Int16(COLOR_BLUE)
        case .code, .correct, .threadRunning: Int16(COLOR_GREEN)
        case .accent: Int16(COLOR_MAGENTA)
        case .wrong, .warning, .threadBlocked: Int16(COLOR_RED)
        case .threadReady: Int16(COLOR_YELLOW)
        case .heading1, .heading2, .heading3, .strong, .strikethrough, .codeBlock, .keyword, .string, .comment, .number,
             .linkURL, .image, .quote, .listMarker, .tableBorder, .tableHeader, .rule, .continuation:
            nil                                     // lesson text's roles, mapped onto the ones above (StepText)
        }
    }

    /// Attributes for a style; roles without colour still differ by attribute.
    func attributes(_ style: Style) -> attr_t {
        var attrs = tt_a_normal()
        if style.bold { attrs |= tt_a_bold() }
        if style.underline { attrs |= tt_a_underline() }
        if style.reverse { attrs |= tt_a_reverse() }
        if style.dim { attrs |= tt_a_dim() }
        if style.italic { attrs |= enabled ? tt_a_italic() : tt_a_underline() }
        return attrs
    }
}

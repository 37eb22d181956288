import TextKernel
import ThreadModel

/// The screen's colours for hand-outs (the curses palette's choices), as SGR codes for casts and as CSS colours
/// for SVG, so a recording looks like the pane a learner saw.
enum HandoutPalette {
    /// SGR parameters for a cell's style: attributes, then the role's foreground.
    static func sgr(_ style: Style) -> [Int] {
        var codes: [Int] = []
        if style.bold { codes.append(1) }
        if style.dim { codes.append(2) }
        if style.underline { codes.append(4) }
        if style.reverse { codes.append(7) }
        if let colour = foreground(style.role) { codes.append(colour) }
        return codes
    }

    private static func foreground(_ role: Style.Role) -> Int? {
        switch role {
        case .heading, .link, .keyName: 34
        case .code, .correct, .threadRunning: 32
        case .accent: 35
        case .wrong, .warning, .threadBlocked: 31
        case .threadReady: 33
        case .muted: 90
        default: nil
        }
    }

    /// A state's fill in the SVG lanes.
    static func fill(_ state: ThreadState) -> String {
        switch state {
        case .created: "#c8d0d8"
        case .ready: "#e8c547"
        case .running: "#2e9e5b"
        case .blocked: "#d1495b"
        case .terminated: "#ffffff"
        }
    }
}

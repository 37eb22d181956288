import TextKernel
import ThreadModel

/// How a state looks in a swimlane: one narrow ASCII glyph (the meaning survives without colour, and CJK
/// terminals cannot widen it) and a colour role.
enum StateGlyph {
    static func glyph(_ state: ThreadState) -> Character {
        switch state {
        case .created: "."
        case .ready: "-"
        case .running: "#"
        case .blocked: "~"
        case .terminated: " "
        }
    }

    static func style(_ state: ThreadState) -> Style {
        switch state {
        case .created: Style(.threadCreated, dim: true)
        case .ready: Style(.threadReady)
        case .running: Style(.threadRunning, bold: true)
        case .blocked: Style(.threadBlocked)
        case .terminated: Style(.threadTerminated)
        }
    }

    /// The style for a state's name in text.
    static func nameStyle(_ state: ThreadState) -> Style {
        var style = Self.style(state)
        style.bold = state == .running || state == .blocked
        style.dim = false
        return style
    }
}

import TextKernel
import ThreadModel

/// How a state looks in a swimlane: one glyph per state whose shape carries the meaning without colour, and a
/// colour role. In UTF-8 the lanes read as a timeline (a solid bar running, an outline ready, a shade blocked,
/// thin lines before and after); every one of those glyphs is East Asian Width "Neutral", so no CJK set-up
/// draws it two columns wide (the block elements █ ▓ ▒ ▁ are "Ambiguous"). ASCII elsewhere.
enum StateGlyph {
    static func glyph(_ state: ThreadState, ascii: Bool) -> Character {
        ascii ? asciiGlyph(state) : unicodeGlyph(state)
    }

    static func unicodeGlyph(_ state: ThreadState) -> Character {
        switch state {
        case .created: "\u{254C}"     // ╌ light double dash
        case .ready: "\u{25AD}"       // ▭ white rectangle
        case .running: "\u{25AC}"     // ▬ black rectangle
        case .blocked: "\u{2591}"     // ░ light shade
        case .terminated: "\u{22C5}"  // ⋅ dot operator
        }
    }

    static func asciiGlyph(_ state: ThreadState) -> Character {
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

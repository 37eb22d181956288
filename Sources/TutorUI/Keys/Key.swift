/// A key press (or mouse wheel notch) as the app sees it, independent of any terminal library.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case character(Character)
    /// Ctrl plus a letter, lower case ("c" for Ctrl-C).
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
    case wheelUp, wheelDown

    /// How the key is written in the help overlay.
    public var description: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + String(c).uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .wheelUp: "wheel↑"
        case .wheelDown: "wheel↓"
        }
    }

    /// The same name with ASCII arrows, for terminals without UTF-8.
    public var asciiDescription: String {
        switch self {
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .wheelUp: "wheel-up"
        case .wheelDown: "wheel-down"
        default: description
        }
    }

    /// The digit 1–9 this key stands for, if any.
    public var digit: Int? {
        guard case .character(let c) = self, let value = c.wholeNumberValue, (1...9).contains(value),
              c.isASCII else { return nil }
        return value
    }
}

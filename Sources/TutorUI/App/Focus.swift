/// Which pane the scrolling keys move.
public enum Focus: Hashable, Sendable {
    case lesson
    case demo
}

/// A window drawn over the lesson; while one is open it reads the keys.
public enum Overlay: Hashable, Sendable {
    case menu(MenuState)
    /// Help, scrolled down by `scroll` lines.
    case help(scroll: Int)
    /// The offer to continue at a saved position.
    case resume(lessonIndex: Int, step: Int)
    /// Speaker notes (presenter mode only).
    case notes
}

import ProgressStore

/// Work `update` asks the app loop to do; the core itself never does IO.
public enum Effect: Hashable, Sendable {
    case quit
    /// Send `.tick(stamp:)` after `milliseconds`. Arming replaces any earlier timer.
    case armTick(stamp: Int, milliseconds: Int)
    /// Stop sending ticks.
    case cancelTick
    case recordProgress(ProgressChange)
    /// Give the terminal back to the shell (Ctrl-Z); the loop sends `.resumed` afterwards.
    case suspend
    /// Repaint every cell (Ctrl-L, after a resume).
    case fullRedraw
}

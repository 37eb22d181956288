/// How a live run ended.
public enum LiveOutcome: String, Hashable, Sendable {
    /// Every thread terminated.
    case finished
    /// The engine found a deadlock (or a wait nobody can end) and stopped the demo.
    case deadlocked
    /// Someone called `stop()` first.
    case stopped
}

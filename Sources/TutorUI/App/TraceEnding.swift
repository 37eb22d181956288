import TutorBasics

/// How a traced program ended, as the pane says it (the executable maps ThreadTrace's outcome onto this, so
/// TutorUI needs no tracer).
public enum TraceEnding: Hashable, Sendable {
    case exited(Int32)
    case signaled(Int32)
    case timedOut
    case deadlocked
    case stopped
    /// The tracer could not run the program (no python3, no bootstrap); the phrase says why.
    case failed(Phrase)
}

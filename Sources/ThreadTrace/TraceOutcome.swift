/// How a traced program ended.
public enum TraceOutcome: Sendable, Hashable {
    /// It exited by itself with this status (non-zero after an uncaught exception).
    case exited(Int32)
    /// A signal ended it (not ours).
    case signaled(Int32)
    /// It ran past the timeout and was stopped.
    case timedOut
    /// Its threads deadlocked on patched locks; it was stopped once the cycle was confirmed.
    case deadlocked
    /// Stopped from outside (Ctrl-C, leaving the step).
    case stopped

    /// A sentence for the learner.
    public var sentence: String {
        switch self {
        case .exited(let code): code == 0 ? "the program finished" : "the program exited with status \(code)"
        case .signaled(let signal): "the program was killed by signal \(signal)"
        case .timedOut: "the program ran past the timeout and was stopped"
        case .deadlocked: "the program's threads deadlocked; it was stopped"
        case .stopped: "the program was stopped"
        }
    }
}

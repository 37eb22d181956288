import TutorBasics

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

    /// How it ended, for the learner.
    public var phrase: Phrase {
        switch self {
        case .exited(let code): code == 0 ? .traceFinished : .traceExited(status: Int(code))
        case .signaled(let signal): .traceKilled(signal: Int(signal))
        case .timedOut: .traceTimedOut
        case .deadlocked: .traceDeadlocked
        case .stopped: .traceStopped
        }
    }
}

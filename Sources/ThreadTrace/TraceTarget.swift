import ThreadModel

/// The state the evidence says a thread is in now; the builder walks there by legal transitions.
enum TraceTarget: Equatable {
    case running
    case ready(Reason)
    case blocked(Reason, wake: Reason)
    case terminated
}

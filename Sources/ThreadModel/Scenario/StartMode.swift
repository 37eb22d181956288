/// When a scenario thread leaves `created`.
public enum StartMode: Hashable, Sendable {
    /// At time 0 (the default).
    case immediately
    /// Only when another thread runs `start NAME`.
    case manual
    /// By itself after this many microseconds.
    case after(Int64)
}

/// When a live thread leaves `created`.
enum LiveStart: Hashable, Sendable {
    /// When the run starts.
    case immediately
    /// When another thread runs `start T`.
    case manual
    /// This many nanoseconds after the run starts.
    case after(Int64)
}

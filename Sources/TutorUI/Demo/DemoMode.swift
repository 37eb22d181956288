/// Where the demo's timeline comes from.
public enum DemoMode: Hashable, Sendable {
    /// The deterministic simulator, in virtual time.
    case simulated
    /// Real OS threads, recorded as they run.
    case live
}

/// What started a thread: the scenario's own `threads`, or a pool that owns it as a worker.
public enum ThreadKind: String, Hashable, Sendable, Codable {
    case thread
    case poolWorker
}

import ThreadModel

/// The kernel's state letter for one live thread from a given moment (on the run's timeline, in µs) until the
/// next observation of that thread. Only changes are kept; `state` nil means the thread is gone from /proc.
public struct KernelObservation: Hashable, Sendable {
    public var time: Int64
    public var thread: ThreadID
    public var state: Character?
    public var waitChannel: String?

    public init(time: Int64, thread: ThreadID, state: Character?, waitChannel: String?) {
        self.time = time
        self.thread = thread
        self.state = state
        self.waitChannel = waitChannel
    }
}

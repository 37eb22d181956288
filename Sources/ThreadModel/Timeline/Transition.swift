/// One thread changing state: the truth every span and "state at t" is derived from.
public struct Transition: Hashable, Sendable {
    /// Position in the timeline, shared with resource events, so both interleave in one order.
    public var seq: Int
    /// Virtual (or measured) time in microseconds from the start of the demo.
    public var time: Int64
    public var thread: ThreadID
    public var from: ThreadState
    public var to: ThreadState
    /// The core (from 1) the thread runs on when entering or leaving `running`; nil otherwise.
    public var core: Int?
    public var reason: Reason

    /// Inlinable: the live engine builds one per transition, inside its monitor.
    @inlinable public init(seq: Int, time: Int64, thread: ThreadID, from: ThreadState, to: ThreadState, core: Int? = nil, reason: Reason) {
        self.seq = seq
        self.time = time
        self.thread = thread
        self.from = from
        self.to = to
        self.core = core
        self.reason = reason
    }
}

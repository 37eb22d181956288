/// A stretch of time one thread spent in one state; derived from two consecutive transitions.
public struct Span: Hashable, Sendable {
    public var thread: ThreadID
    public var state: ThreadState
    public var start: Int64
    /// End of the span; for the last span, the end of the timeline.
    public var end: Int64
    /// The core while running, else nil.
    public var core: Int?
    /// Why the thread entered this state (nil for the initial `created` span).
    public var reason: Reason?

    public var duration: Int64 { end - start }

    public init(thread: ThreadID, state: ThreadState, start: Int64, end: Int64, core: Int?, reason: Reason?) {
        self.thread = thread
        self.state = state
        self.start = start
        self.end = end
        self.core = core
        self.reason = reason
    }
}

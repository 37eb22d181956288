/// One arrow of a wait-for graph: `thread` is blocked for `reason`, on `waitsFor` when one thread can free it.
public struct WaitEdge: Hashable, Sendable {
    public var thread: ThreadID
    public var waitsFor: ThreadID?
    public var reason: Reason

    public init(thread: ThreadID, waitsFor: ThreadID?, reason: Reason) {
        self.thread = thread
        self.waitsFor = waitsFor
        self.reason = reason
    }
}

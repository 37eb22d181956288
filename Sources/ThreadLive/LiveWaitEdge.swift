/// One arrow of the live wait-for graph: `thread` is blocked for `reason`, on `waitsFor` when one thread can free it.
struct LiveWaitEdge: Hashable, Sendable {
    var thread: Int
    var waitsFor: Int?
    var reason: LiveReason
}

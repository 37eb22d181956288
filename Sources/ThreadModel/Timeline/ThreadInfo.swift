/// Who a thread is. Stored once in the timeline; transitions refer to it by `ThreadID`.
public struct ThreadInfo: Hashable, Sendable {
    public var id: ThreadID
    public var name: String
    public var kind: ThreadKind
    /// The pool a worker belongs to (nil for plain threads).
    public var pool: String?
    /// The kernel's thread id; only the live engine knows it (nil in simulations).
    public var kernelTID: Int32?

    public init(id: ThreadID, name: String, kind: ThreadKind = .thread, pool: String? = nil, kernelTID: Int32? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.pool = pool
        self.kernelTID = kernelTID
    }
}

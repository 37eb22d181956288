import ThreadModel

/// One lock as the demo shows it at the cursor: who holds it and who waits, in the order they came.
public struct LockView: Hashable, Sendable {
    public var name: String
    public var holder: ThreadID?
    public var waiters: [ThreadID]
}

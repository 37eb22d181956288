/// A resource event with its place in the timeline's single sequence.
public struct ResourceEvent: Hashable, Sendable {
    public var seq: Int
    public var time: Int64
    public var kind: ResourceEventKind

    /// Inlinable: the live engine builds one per resource change, inside its monitor.
    @inlinable public init(seq: Int, time: Int64, kind: ResourceEventKind) {
        self.seq = seq
        self.time = time
        self.kind = kind
    }
}

import ThreadModel

/// The kernel's state letters as read at one moment of a live recording (`time`, µs from its start).
public struct KernelStateSample: Hashable, Sendable {
    public var time: Int64
    public var letters: [ThreadID: Character]
}

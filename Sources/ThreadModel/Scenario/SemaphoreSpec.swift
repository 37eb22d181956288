/// A semaphore as a scenario declares it: its starting value, and whether it is bounded
/// (`BoundedSemaphore`: a release above the starting value is an error, as Python's ValueError).
public struct SemaphoreSpec: Hashable, Sendable {
    public var value: Int
    public var bounded: Bool

    public init(value: Int, bounded: Bool = false) {
        self.value = value
        self.bounded = bounded
    }
}

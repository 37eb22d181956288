/// What the kernel says about one thread, read from /proc/self/task/TID.
public struct KernelSample: Hashable, Sendable {
    public var kernelTID: Int32
    /// The state letter from `stat`: R running or runnable, S sleeping (a timed wait and a lock wait both look
    /// like this), D uninterruptible, T stopped, Z zombie…
    public var state: Character
    /// Time on a CPU and time waiting for one while runnable, from `schedstat` (nil when the kernel lacks it).
    public var runNanoseconds: Int64?
    public var waitNanoseconds: Int64?
    /// The kernel function it sleeps in (`wchan`), e.g. `futex_wait_queue`; nil when running or unreadable.
    public var waitChannel: String?

    public init(kernelTID: Int32, state: Character, runNanoseconds: Int64?, waitNanoseconds: Int64?, waitChannel: String?) {
        self.kernelTID = kernelTID
        self.state = state
        self.runNanoseconds = runNanoseconds
        self.waitNanoseconds = waitNanoseconds
        self.waitChannel = waitChannel
    }
}

/// A change in what /proc showed for one thread: from `time` (CLOCK_MONOTONIC ns) on, `tid` was `kernelClass`.
/// Only changes are kept, so a thread that spins for a minute costs one sample, not 60,000.
public struct TraceSample: Sendable, Hashable {
    public var time: Int64
    public var tid: Int32
    public var kernelClass: KernelClass

    public init(time: Int64, tid: Int32, kernelClass: KernelClass) {
        self.time = time
        self.tid = tid
        self.kernelClass = kernelClass
    }
}

import Glibc

/// Reads CLOCK_MONOTONIC; the live engine's only notion of "now".
public struct MonotonicClock: Sendable {
    public init() {}

    /// Nanoseconds since an arbitrary fixed point (boot); never goes back.
    @inline(__always)
    public func nanoseconds() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}

import Glibc

/// Reads CLOCK_MONOTONIC; the live engine's only notion of "now". (TutorUI's `MonotonicClock` is the app's
/// clock protocol; this one is the engine's concrete reading, hence its own name.)
struct LiveClock: Sendable {
    /// Nanoseconds since an arbitrary fixed point (boot); never goes back.
    @inline(__always)
    func nanoseconds() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}

import Glibc

/// CLOCK_MONOTONIC in nanoseconds: the clock the bootstrap's `time.monotonic_ns()` reads, so samples and events
/// share one time line.
public enum TraceClock {
    public static func now() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }
}

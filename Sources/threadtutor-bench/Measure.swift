#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock timing and peak memory for the bench (the bench may read clocks; the simulator never does).
enum Measure {
    /// Seconds `work` took, and its result.
    static func seconds<T>(_ work: () -> T) -> (T, Double) {
        let clock = ContinuousClock()
        var result: T?
        let elapsed = clock.measure { result = work() }
        let (whole, attoseconds) = elapsed.components
        // `result` is always set by `measure` above.
        return (result!, Double(whole) + Double(attoseconds) / 1e18)
    }

    /// The process's peak resident memory so far, in MiB (getrusage reports KiB on Linux).
    static func peakMemoryMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1_024
    }

    /// CPU time (user + system) the process has used so far, in seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    /// "0.42 s" / "12.3 ms".
    static func format(seconds: Double) -> String {
        seconds >= 1 ? "\(rounded(seconds, 2)) s" : "\(rounded(seconds * 1_000, 1)) ms"
    }

    static func rounded(_ value: Double, _ places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}

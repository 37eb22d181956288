/// What /proc says one thread is doing, reduced to what the five-state inference needs (FACTS.md, "GIL").
public enum KernelClass: UInt8, Sendable, Hashable {
    /// `R`: on a core or queued for one.
    case running
    /// `S`/`D` in futex (202): under the GIL, waiting for it; otherwise a C-level lock.
    case futex
    /// `S`/`D` in read, recv, poll, select, epoll, write and kin: waiting for I/O.
    case io
    /// `S` in clock_nanosleep or nanosleep.
    case sleeping
    /// Asleep in some other system call.
    case other
    /// Zombie, dead, or no longer in /proc.
    case gone

    /// x86-64 system call numbers that wait for I/O (read, write, poll, select, recv…, wait4).
    static let ioCalls: Set<Int> = [0, 1, 7, 17, 18, 19, 20, 23, 42, 43, 44, 45, 46, 47, 61, 232, 270, 271, 281, 288, 299]

    /// The class of a `stat` state letter and the first field of `syscall` (a number, "running" or -1).
    static func classify(state: Character, syscall: Int?) -> KernelClass {
        switch state {
        case "R": return .running
        case "Z", "X", "x": return .gone
        default: break
        }
        guard let syscall else { return .other }
        if syscall == 202 { return .futex }
        if syscall == 230 || syscall == 35 { return .sleeping }
        if ioCalls.contains(syscall) { return .io }
        return .other
    }
}

import Glibc

/// Reads the kernel's own view of this process's threads from /proc. Everything is optional: where /proc is
/// missing (or a thread is gone) the answer is nil and the UI leaves the kernel column out.
public enum KernelSampler {
    /// Whether /proc/self/task can be read on this system.
    public static var isAvailable: Bool { access("/proc/self/task", R_OK) == 0 }

    /// The kernel's state of thread `tid` of this process, or nil when it cannot be read.
    public static func sample(kernelTID tid: Int32) -> KernelSample? {
        let base = "/proc/self/task/\(tid)/"
        guard let stat = read(base + "stat"), let state = stateLetter(fromStat: stat) else { return nil }
        let schedule = read(base + "schedstat").map(parseSchedstat)
        let wchan = read(base + "wchan").flatMap { $0 == "0" || $0.isEmpty ? nil : $0 }
        return KernelSample(
            kernelTID: tid, state: state, runNanoseconds: schedule?.run, waitNanoseconds: schedule?.wait,
            waitChannel: wchan
        )
    }

    /// The state letter of a `stat` line: the first field after the last ')' (the name may contain ')').
    static func stateLetter(fromStat stat: String) -> Character? {
        guard let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].first { $0 != " " }
    }

    /// `schedstat` is "run_ns wait_ns timeslices".
    static func parseSchedstat(_ text: String) -> (run: Int64?, wait: Int64?) {
        let fields = text.split(separator: " ")
        return (fields.first.flatMap { Int64($0) }, fields.dropFirst().first.flatMap { Int64($0) })
    }

    /// The names of this process's threads (from `comm`), by kernel id.
    /// The kernel ends a /proc/self/task listing early when the thread it is at exits meanwhile, so the
    /// listing is repeated until a pass finds nothing new, and the passes are merged.
    public static func threadNames() -> [Int32: String] {
        var names: [Int32: String] = [:]
        for pass in 0..<8 {
            var found = false
            for tid in listTasks() where names[tid] == nil {
                guard let comm = read("/proc/self/task/\(tid)/comm") else { continue }
                names[tid] = comm
                found = true
            }
            if pass > 0 && !found { break }
        }
        return names
    }

    /// One pass over /proc/self/task.
    private static func listTasks() -> [Int32] {
        guard let directory = opendir("/proc/self/task") else { return [] }
        defer { closedir(directory) }
        var tids: [Int32] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if let tid = Int32(name) { tids.append(tid) }
        }
        return tids
    }

    /// After pthread_join the kernel may take a moment to drop a thread's /proc entry; waits (up to `limit` ns)
    /// until every one of `tids` is gone, so "no thread left" is true for anyone who looks next.
    static func waitUntilGone(_ tids: [Int32], limit: Int64 = 200_000_000) {
        guard isAvailable else { return }
        let clock = LiveClock()
        let deadline = clock.nanoseconds() + limit
        for tid in tids {
            while access("/proc/self/task/\(tid)", F_OK) == 0 && clock.nanoseconds() < deadline {
                sched_yield()
            }
        }
    }

    /// A small /proc file's text without its trailing newline, or nil.
    static func read(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        guard count >= 0 else { return nil }
        var text = String(decoding: buffer[..<count], as: UTF8.self)
        while text.last == "\n" { text.removeLast() }
        return text
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real binary on a pseudo-terminal of a given size: keys go in through the master side, and every byte
/// the program writes to its terminal is read (and counted) from it. CPU time comes from /proc/PID/stat.
final class PTYSession {
    let master: Int32
    let pid: pid_t
    private var exited = false

    /// Starts `arguments` on a new pty of `width`×`height`; nil when the pty or the process cannot be made.
    init?(_ arguments: [String], width: Int, height: Int, environment: [String: String]) {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { return nil }
        guard let pid = ChildProcess.spawn(arguments, environment: environment, terminal: slave) else {
            close(master)
            close(slave)
            return nil
        }
        close(slave)
        self.master = master
        self.pid = pid
    }

    deinit { close(master) }

    /// What was read from the terminal in a window: bytes, and frames (bursts of output separated by at
    /// least `frameGap` seconds of quiet).
    struct Output {
        var bytes = 0
        var frames = 0
    }

    /// Reads everything the program writes for `seconds`.
    func read(for seconds: Double, frameGap: Double = 0.015) -> Output {
        var output = Output()
        let deadline = Self.now() + seconds
        var lastByteAt = -Double.infinity
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let remaining = deadline - Self.now()
            guard remaining > 0 else { break }
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(max(1, remaining * 1_000)))
            guard ready > 0 else { continue }
            let count = Glibc.read(master, &buffer, buffer.count)
            guard count > 0 else { break }
            let now = Self.now()
            if now - lastByteAt >= frameGap { output.frames += 1 }
            lastByteAt = now
            output.bytes += count
        }
        return output
    }

    /// Reads until the program has been quiet for `quiet` seconds (or `limit` seconds passed); returns bytes.
    @discardableResult
    func settle(quiet: Double = 0.3, limit: Double = 5) -> Int {
        let deadline = Self.now() + limit
        var total = 0
        while Self.now() < deadline {
            let chunk = read(for: quiet).bytes
            total += chunk
            if chunk == 0 { break }
        }
        return total
    }

    /// One read of what is there, waiting at most `timeout` seconds: nil when nothing came, empty at the end of
    /// output (the program closed the terminal).
    private func readChunk(timeout: Double) -> [UInt8]? {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(max(0, (timeout * 1_000).rounded(.up)))) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = Glibc.read(master, &buffer, buffer.count)
        return count > 0 ? Array(buffer[0..<count]) : []
    }

    /// Every byte that arrives until `quiet` seconds pass without any, or `cap` seconds after the first byte, or
    /// `limit` seconds in all. For learning what a key draws (untimed); a frame may come in pieces far apart.
    func collect(quiet: Double, cap: Double = .infinity, limit: Double = 5) -> [UInt8] {
        let start = Self.now()
        var received: [UInt8] = []
        var firstAt: Double?
        while true {
            let now = Self.now()
            var wait = min(firstAt == nil ? limit - (now - start) : quiet, limit - (now - start))
            if let firstAt { wait = min(wait, cap - (now - firstAt)) }
            guard wait > 0, let chunk = readChunk(timeout: wait), !chunk.isEmpty else { return received }
            if firstAt == nil { firstAt = Self.now() }
            received += chunk
        }
    }

    /// Reads until exactly `expected` has arrived and returns the moment its last byte was read. When other bytes
    /// arrive instead (or more than expected in one read) it reads on until output is quiet, so that the next
    /// key starts clean, and returns nil; nil too when nothing complete arrives within `limit` seconds.
    func readUntil(_ expected: [UInt8], limit: Double = 2) -> Double? {
        let deadline = Self.now() + limit
        var received: [UInt8] = []
        while received.count < expected.count {
            let remaining = deadline - Self.now()
            guard remaining > 0, let chunk = readChunk(timeout: remaining), !chunk.isEmpty else { return nil }
            received += chunk
            guard received.count <= expected.count, expected.starts(with: received) else {
                _ = collect(quiet: 0.1)
                return nil
            }
        }
        return Self.now()
    }

    func send(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
    }

    /// User + system CPU seconds the process has used, from /proc/PID/stat; nil once it is gone.
    func cpuSeconds() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return nil }
        return Self.cpuSeconds(fromStat: stat, ticksPerSecond: Double(sysconf(Int32(_SC_CLK_TCK))))
    }

    /// CPU seconds on record in the scheduler's statistics (/proc/PID/task/*/schedstat, nanoseconds, summed over
    /// the threads): finer than /proc/PID/stat's clock ticks, to show how close to zero an idle program is.
    func scheduledSeconds() -> Double? {
        guard let tasks = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task") else { return nil }
        let nanoseconds = tasks.compactMap { task -> Double? in
            let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/schedstat", encoding: .utf8)
            return text?.split(separator: " ").first.flatMap { Double($0) }
        }
        return nanoseconds.reduce(0, +) / 1e9
    }

    /// utime + stime (fields 14 and 15) of a /proc/PID/stat line; the command name in parentheses may hold spaces.
    static func cpuSeconds(fromStat stat: String, ticksPerSecond: Double) -> Double? {
        guard let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / ticksPerSecond
    }

    /// Whether the process is still running.
    var isRunning: Bool {
        guard !exited else { return false }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid { exited = true }
        return !exited
    }

    /// Asks the program to quit with `q`; stops it with SIGTERM, then SIGKILL, if it does not.
    func finish() {
        send("q")
        for signal in [0, SIGTERM, SIGKILL] {
            if signal != 0, isRunning { kill(pid, signal) }
            let deadline = Self.now() + 2
            while isRunning, Self.now() < deadline { _ = read(for: 0.05) }
            if !isRunning { return }
        }
    }

    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}

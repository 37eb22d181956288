import Glibc

/// One traced thread's `/proc/PID/task/TID/{stat,syscall,wchan}`, kept open and re-read with pread at offset 0:
/// opening three files per thread every millisecond would cost more than the sampling is worth.
final class ProcTaskReader {
    let tid: Int32
    private let stat: Int32
    private let syscall: Int32
    private let wchan: Int32
    private var buffer = [UInt8](repeating: 0, count: 512)

    init?(pid: Int32, tid: Int32) {
        let base = "/proc/\(pid)/task/\(tid)/"
        stat = open(base + "stat", O_RDONLY | O_CLOEXEC)
        guard stat >= 0 else { return nil }
        syscall = open(base + "syscall", O_RDONLY | O_CLOEXEC)
        wchan = open(base + "wchan", O_RDONLY | O_CLOEXEC)
        self.tid = tid
    }

    deinit {
        close(stat)
        if syscall >= 0 { close(syscall) }
        if wchan >= 0 { close(wchan) }
    }

    private var lastState: Character = "?"
    private var lastSleep: KernelClass?
    private var reads = 0

    /// What the thread is doing now; `.gone` once it has exited. While it stays asleep (same state letter) the
    /// system call is read again only every 4th time: it is the second read, and a sleeper rarely changes what
    /// it sleeps in without waking.
    func sample() -> KernelClass {
        guard let statText = read(stat) else { return .gone }
        guard let close = statText.lastIndex(of: UInt8(ascii: ")")), close + 2 < statText.count else { return .gone }
        let state = Character(Unicode.Scalar(statText[close + 2]))
        defer { lastState = state }
        if state == "R" || state == "Z" || state == "X" {
            lastSleep = nil
            return KernelClass.classify(state: state, syscall: nil)
        }
        reads &+= 1
        if state == lastState, let lastSleep, reads % 4 != 0 { return lastSleep }
        let kernelClass = KernelClass.classify(state: state, syscall: syscallNumber())
        lastSleep = kernelClass
        return kernelClass
    }

    /// The first field of `syscall`; where it cannot be read (another user's process), the wait channel's
    /// name stands in for it.
    private func syscallNumber() -> Int? {
        if syscall >= 0, let text = read(syscall) {
            let field = text.prefix { $0 != UInt8(ascii: " ") && $0 != 10 }
            if let number = Int(String(decoding: field, as: UTF8.self)) { return number }
        }
        guard wchan >= 0, let text = read(wchan) else { return nil }
        let name = String(decoding: text, as: UTF8.self)
        if name.hasPrefix("futex") { return 202 }
        if name.contains("nanosleep") { return 230 }
        if name.contains("pipe") || name.contains("poll") || name.contains("select") || name.contains("wait_woken") {
            return 0
        }
        return nil
    }

    private func read(_ fd: Int32) -> ArraySlice<UInt8>? {
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return buffer[..<count]
    }
}

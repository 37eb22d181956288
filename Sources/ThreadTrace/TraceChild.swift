import CThreadShim
import Glibc

/// The traced python3 process: started with posix_spawn in a process group of its own, with the event pipe on
/// fd 3 and its stdout and stderr on pipes; killed and reaped as a whole group on every way out.
final class TraceChild {
    let pid: pid_t
    /// Read ends: events, stdout, stderr.
    let events: Int32
    let stdout: Int32
    let stderr: Int32
    private(set) var status: Int32?

    /// The fd the bootstrap writes its events to (THREADTUTOR_TRACE_FD).
    static let eventFD: Int32 = 3

    init(executable: String, arguments: [String], environment: [String: String], stdinFromNull: Bool) throws(TraceError) {
        // Killed descendants (a forked child of the program) are reparented here and reaped, not left as zombies.
        _ = tt_become_subreaper()
        var eventPipe: [Int32] = [-1, -1], outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        guard tt_pipe_cloexec(&eventPipe) == 0, tt_pipe_cloexec(&outPipe) == 0, tt_pipe_cloexec(&errPipe) == 0 else {
            throw .noPipe(String(cString: strerror(errno)))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if stdinFromNull { posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0) }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        posix_spawn_file_actions_adddup2(&actions, eventPipe[1], Self.eventFD)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGPIPE, SIGQUIT, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let result = posix_spawnp(&child, executable, &actions, &attributes, argv, envp)
        for fd in [eventPipe[1], outPipe[1], errPipe[1]] { close(fd) }
        guard result == 0 else {
            for fd in [eventPipe[0], outPipe[0], errPipe[0]] { close(fd) }
            throw .cannotRun(executable, String(cString: strerror(result)))
        }
        pid = child
        events = eventPipe[0]
        stdout = outPipe[0]
        stderr = errPipe[0]
    }

    /// Whether the program has exited (reaps it when it has).
    func poll() -> Bool {
        if status != nil { return true }
        var raw: Int32 = 0
        let result = waitpid(pid, &raw, WNOHANG)
        if result == pid {
            status = raw
            return true
        }
        return result < 0
    }

    /// Kills the whole process group and reaps the program and every reparented member of its group; returns
    /// once none is left (or after `limitNanoseconds`).
    func killGroup(limitNanoseconds: Int64 = 2_000_000_000) {
        kill(-pid, SIGKILL)
        let deadline = TraceClock.now() + limitNanoseconds
        if status == nil {
            var raw: Int32 = 0
            if waitpid(pid, &raw, 0) == pid { status = raw }
        }
        // Members of the group that were reparented to us (we are their subreaper) are our children now.
        while TraceClock.now() < deadline {
            var raw: Int32 = 0
            let reaped = waitpid(-pid, &raw, WNOHANG)
            if reaped > 0 { continue }
            if reaped < 0 { break }            // ECHILD: none of the group is our child any more
            kill(-pid, SIGKILL)
            var pause = timespec(tv_sec: 0, tv_nsec: 1_000_000)
            nanosleep(&pause, nil)
        }
    }

    /// "exit 0", "exit 1", "killed by signal 9".
    var statusText: String {
        guard let status else { return "running" }
        let signal = status & 0x7f
        if signal == 0 { return "exit \((status >> 8) & 0xff)" }
        return "killed by signal \(signal)"
    }

    var exitCode: Int32? {
        guard let status, status & 0x7f == 0 else { return nil }
        return (status >> 8) & 0xff
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs another program with posix_spawn (no shell), its output thrown away, and times it from spawn to exit.
enum ChildProcess {
    /// Wall seconds from spawn to exit; nil when it could not start or did not exit with 0.
    static func timedRun(_ arguments: [String], environment: [String: String] = [:],
                         stdinPath: String = "/dev/null") -> Double? {
        let clock = ContinuousClock()
        let start = clock.now
        guard let pid = spawn(arguments, environment: environment, stdinPath: stdinPath) else { return nil }
        guard exitStatus(of: pid) == 0 else { return nil }
        let (seconds, attoseconds) = (clock.now - start).components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    /// Median wall seconds of `runs` runs (after one warm-up run); nil if any run failed.
    static func medianRun(_ arguments: [String], runs: Int, environment: [String: String] = [:]) -> Double? {
        guard timedRun(arguments, environment: environment) != nil else { return nil }
        var samples: [Double] = []
        for _ in 0..<runs {
            guard let seconds = timedRun(arguments, environment: environment) else { return nil }
            samples.append(seconds)
        }
        return Statistics.median(samples)
    }

    /// Starts `arguments` with stdout and stderr on /dev/null, or on `fd` when given (all three streams then).
    static func spawn(_ arguments: [String], environment: [String: String] = [:], stdinPath: String = "/dev/null",
                      terminal fd: Int32? = nil) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let fd {
            for target: Int32 in [0, 1, 2] { posix_spawn_file_actions_adddup2(&actions, fd, target) }
            posix_spawn_file_actions_addclose(&actions, fd)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        return status == 0 ? pid : nil
    }

    /// Waits for `pid` and returns its exit code (-1 when it was killed by a signal).
    @discardableResult
    static func exitStatus(of pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return status & 0x7f == 0 ? (status >> 8) & 0xff : -1
    }

    /// Whether a program can be found on PATH (or at its path).
    static func exists(_ program: String) -> Bool {
        if program.contains("/") { return access(program, X_OK) == 0 }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { access("\($0)/\(program)", X_OK) == 0 }
    }
}

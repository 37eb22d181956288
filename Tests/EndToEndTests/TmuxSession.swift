import Foundation

/// Drives a program in a private tmux server, the way a learner would use it: type keys, read the screen.
/// Waits are deadline-based polls of the screen, never fixed sleeps.
final class TmuxSession {
    let socket: String
    let name = "tt"

    /// Starts `command` in a detached session of `width`×`height` on a private socket.
    init(command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        try Self.requireTmux()
        socket = "tt-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        var env = "env LANG=C.UTF-8 TERM=xterm-256color HOME=\(NSTemporaryDirectory())"
        for (k, v) in environment.sorted(by: { $0.key < $1.key }) { env += " \(k)=\(Self.shellQuote(v))" }
        // The server this starts lives on; it must not inherit a pipe we read to the end.
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "\(env) \(command)"],
                 captureOutput: false)
    }

    deinit { _ = try? tmux(["kill-server"], captureOutput: false) }

    /// The server's socket, for another tmux client to attach to (tmux keeps `-L` sockets in /tmp/tmux-UID).
    var socketPath: String {
        let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        return "\(folder)/tmux-\(getuid())/\(socket)"
    }

    /// `make test` installs tmux (scripts/install-deps.sh), so a missing tmux fails the tests that need it
    /// instead of skipping them: a skipped test reads as a pass in the runner's closing line.
    static func requireTmux() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else { throw TmuxMissing() }
    }

    /// Sends tmux key names (e.g. "Right", "C-c", "q").
    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    /// Types literal text.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen as text.
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    /// Polls the screen until `predicate` holds or `seconds` pass; returns the last screen either way.
    @discardableResult
    func waitFor(seconds: Double = 10, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            usleep(50_000)
        }
        return last
    }

    /// Whether the session's program has exited (its pane is gone or dead).
    func hasExited() -> Bool {
        guard let out = try? tmux(["list-panes", "-t", name, "-F", "#{pane_dead}"]) else { return true }
        return out.trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Runs tmux and returns what it printed. Spawned with posix_spawn and reaped with waitpid: Foundation's
    /// `Process` notices a child's exit through a descriptor that the daemonised tmux server inherits, so its
    /// `waitUntilExit` would wait for the server, not the client.
    @discardableResult
    private func tmux(_ args: [String], captureOutput: Bool = true) throws -> String {
        let outputPath = NSTemporaryDirectory() + "tt-tmux-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, captureOutput ? outputPath : "/dev/null",
                                         O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["/usr/bin/tmux", "-L", socket, "-f", "/dev/null"] + args
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for arg in cArgs { free(arg) } }
        // A fresh signal mask and default handlers, as a login shell would give: the test runner's threads
        // block signals, and tmux would pass that mask on to the program under test.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/tmux", &actions, &attributes, &cArgs, environ)
        guard spawned == 0 else { throw TmuxError(args: args, status: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status >> 8) & 0xff
        if status & 0x7f != 0 || exitStatus != 0 { throw TmuxError(args: args, status: status) }
        guard captureOutput, let data = FileManager.default.contents(atPath: outputPath) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    private static func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

struct TmuxMissing: Error, CustomStringConvertible {
    var description: String { "tmux is not installed at /usr/bin/tmux; `make test` installs it (scripts/install-deps.sh)" }
}

struct TmuxError: Error, CustomStringConvertible {
    var args: [String]
    var status: Int32
    var description: String { "tmux \(args.joined(separator: " ")) exited \(status)" }
}

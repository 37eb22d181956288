import Foundation

/// Drives a program in a private tmux server, the way a learner would use it: type keys, read the screen.
/// Waits are deadline-based polls of the screen, never fixed sleeps.
final class TmuxSession {
    let socket: String
    let name = "tt"

    /// Starts `command` in a detached session of `width`×`height` on a private socket.
    init(command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        socket = "tt-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        var env = "env LANG=C.UTF-8 TERM=xterm-256color HOME=\(NSTemporaryDirectory())"
        for (k, v) in environment.sorted(by: { $0.key < $1.key }) { env += " \(k)=\(Self.shellQuote(v))" }
        // The server this starts lives on; it must not inherit a pipe we read to the end.
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "\(env) \(command)"],
                 captureOutput: false)
    }

    deinit { _ = try? tmux(["kill-server"], captureOutput: false) }

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
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

    @discardableResult
    private func tmux(_ args: [String], captureOutput: Bool = true) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        p.arguments = ["-L", socket, "-f", "/dev/null"] + args
        let out = Pipe()
        p.standardOutput = captureOutput ? out : FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = captureOutput ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        p.waitUntilExit()
        if p.terminationStatus != 0 { throw TmuxError(args: args, status: p.terminationStatus) }
        return String(decoding: data, as: UTF8.self)
    }

    private static func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

struct TmuxError: Error, CustomStringConvertible {
    var args: [String]
    var status: Int32
    var description: String { "tmux \(args.joined(separator: " ")) exited \(status)" }
}

import Foundation

/// The `threadtutor` executable measured by the app figures: the one built beside this bench (release for
/// `make bench`, debug for the smoke run), or the one named by `--binary PATH`, or `$THREADTUTOR_BIN`.
enum AppBinary {
    /// Set from `--binary PATH` before any figure runs.
    nonisolated(unsafe) static var chosen: String?

    static var path: String {
        if let chosen { return chosen }
        if let explicit = ProcessInfo.processInfo.environment["THREADTUTOR_BIN"], !explicit.isEmpty { return explicit }
        let bench = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        return bench.deletingLastPathComponent().appendingPathComponent("threadtutor").path
    }

    /// The path, or an `Unmeasurable` error saying how to build it.
    static func require() throws -> String {
        let path = self.path
        guard ChildProcess.exists(path) else { throw Unmeasurable("no threadtutor binary at \(path) (build it first)") }
        return path
    }

    /// An environment that keeps the program's progress file out of the user's home, in a UTF-8 locale.
    static func environment(home: String) -> [String: String] {
        ["HOME": home, "XDG_STATE_HOME": home + "/state", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
         "TERM": "xterm-256color", "NO_COLOR": ""]
    }
}

import Foundation

/// Figures from the real binary on a pseudo-terminal at 120×40 with a 16-thread demo: bytes written per
/// animation frame, and CPU while playing and while paused. One session measures all three.
enum TerminalFigures {
    static let all: [BenchFigure] = [bytesPerFrame, cpuPlaying, cpuPaused]

    /// What one session saw: output and CPU seconds in the playing window and in the paused window.
    struct SessionResult: Sendable {
        var window: Double
        var playing: PTYSession.Output
        var playingCPU: Double
        var paused: PTYSession.Output
        var pausedCPU: Double
        /// The same windows by the scheduler's nanosecond statistics (nil when the kernel does not offer them).
        var playingScheduled: Double?
        var pausedScheduled: Double?
    }

    static let bytesPerFrame = BenchFigure(name: "terminal bytes per frame, 16 threads playing", target: "≤ 3 KB") { smoke in
        let result = try session(smoke: smoke)
        let perFrame = Double(result.playing.bytes) / Double(result.playing.frames)
        let text = "\(Measure.rounded(perFrame / 1_000, 2)) KB (\(result.playing.bytes) B in \(result.playing.frames) frames, "
            + "\(Measure.rounded(result.window, 1)) s)"
        return (text, smoke || perFrame <= 3_000)
    }

    static let cpuPlaying = BenchFigure(name: "CPU while a 16-thread demo plays", target: "< 5% of a core") { smoke in
        let result = try session(smoke: smoke)
        let percent = result.playingCPU / result.window * 100
        let text = "\(Measure.rounded(percent, 2))% over \(Measure.rounded(result.window, 1)) s"
            + (result.playingScheduled.map { " (schedstat \(Measure.rounded($0 / result.window * 100, 3))%)" } ?? "")
        return (text, smoke || percent < 5)
    }

    static let cpuPaused = BenchFigure(name: "CPU while the demo is paused", target: "< 0.5% of a core") { smoke in
        let result = try session(smoke: smoke)
        let percent = result.pausedCPU / result.window * 100
        let text = "\(Measure.rounded(percent, 2))% over \(Measure.rounded(result.window, 1)) s"
            + (result.pausedScheduled.map { " (schedstat \(Measure.rounded($0 / result.window * 100, 3))%)" } ?? "")
            + ", \(result.paused.bytes) B written"
        return (text, smoke || percent < 0.5)
    }

    /// Runs the session once per process and hands every figure the same result.
    static func session(smoke: Bool) throws -> SessionResult {
        try cache.value { try measureSession(window: smoke ? 0.5 : 5) }
    }

    private static let cache = OnceCache<SessionResult>()

    /// Opens the 16-thread lesson, focuses the demo (Tab), plays it (space) for `window` seconds, pauses it
    /// (space) and waits `window` seconds more; /proc/PID/stat gives CPU time, the pty master every byte.
    static func measureSession(window: Double, binary explicit: String? = nil) throws -> SessionResult {
        let binary = try explicit ?? AppBinary.require()
        let folder = try GeneratedCourse.sixteenThreadLesson()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        guard let pty = PTYSession([binary, "--lessons", folder, "sixteen"], width: 120, height: 40,
                                   environment: AppBinary.environment(home: folder)) else {
            throw Unmeasurable("could not start threadtutor on a pseudo-terminal")
        }
        defer { pty.finish() }
        guard pty.settle() > 0, pty.isRunning else { throw Unmeasurable("threadtutor drew nothing on the pty") }
        pty.send("\t")
        pty.settle()
        pty.send(" ")
        let playStart = pty.cpuSeconds(), playScheduledStart = pty.scheduledSeconds()
        let playing = pty.read(for: window)
        let playEnd = pty.cpuSeconds(), playScheduledEnd = pty.scheduledSeconds()
        pty.send(" ")
        pty.settle()
        let pauseStart = pty.cpuSeconds(), pauseScheduledStart = pty.scheduledSeconds()
        let paused = pty.read(for: window)
        let pauseEnd = pty.cpuSeconds(), pauseScheduledEnd = pty.scheduledSeconds()
        guard let playStart, let playEnd, let pauseStart, let pauseEnd else {
            throw Unmeasurable("threadtutor exited during the measurement")
        }
        // At 50 ms a frame, a playing demo draws about 20 frames a second; far fewer means it never played.
        guard playing.frames >= Int(window * 5) else {
            throw Unmeasurable("the demo did not play (\(playing.frames) frames in \(window) s)")
        }
        return SessionResult(window: window, playing: playing, playingCPU: playEnd - playStart, paused: paused,
                             pausedCPU: pauseEnd - pauseStart,
                             playingScheduled: difference(playScheduledStart, playScheduledEnd),
                             pausedScheduled: difference(pauseScheduledStart, pauseScheduledEnd))
    }

    private static func difference(_ start: Double?, _ end: Double?) -> Double? {
        guard let start, let end else { return nil }
        return end - start
    }
}

import Foundation
import Glibc
import ThreadModel
import ThreadTrace
import TutorUI

/// The tracer as the app loop's runtime sees it (TutorUI knows only `TraceRunner`): runs the program on a thread
/// of its own and hands out the recording so far, a fresh snapshot at most every 40 ms, then the finished one.
/// A snapshot rebuilds the whole trace on the UI thread, so a long trace is snapshotted less often: the next one
/// waits at least four times as long as the last one took, keeping the rebuilds under a fifth of the UI's time.
final class TraceDemoSource: TraceRunner, @unchecked Sendable {
    private let trace: TraceRun
    private let lock = NSLock()
    private let finished = DispatchGroup()
    private var outcome: Result<TraceResult, TraceError>?
    private var version = 0
    private var endSent = false
    private var lastSnapshot: Int64 = 0
    /// The wait before the next snapshot: 40 ms, or four times what the last one cost.
    private var snapshotInterval: Int64 = 40_000_000
    /// What the last snapshot sent held, to send nothing when nothing changed.
    private var lastShape: [Int] = []

    init(options: TraceOptions) { trace = TraceRun(options: options) }

    /// A starter for the interactive session: python3 from PATH, stdin from /dev/null, the program's group
    /// killed on Ctrl-C, SIGTERM and SIGHUP as well as when the learner leaves it.
    static let starter: TraceStarter = starter()

    /// The same with the command line's interpreter and timeout (`trace --python … --timeout …`).
    static func starter(python: String = "python3", timeoutNanoseconds: Int64? = nil) -> TraceStarter {
        { request in make(request, python: python, timeoutNanoseconds: timeoutNanoseconds) }
    }

    private static func make(_ request: TraceRequest, python: String, timeoutNanoseconds: Int64?) -> TraceDemoSource {
        let program: TraceProgram
        switch request.program {
        case .code(let code): program = .code(code)
        case .path(let path): program = .path(path)
        case .module(let module): program = .module(module)
        }
        var options = TraceOptions(program: program, arguments: request.arguments, bootstrap: TracerLocator.locate())
        options.python = python
        if let timeoutNanoseconds { options.timeoutNanoseconds = timeoutNanoseconds }
        options.stdinFromNull = true
        options.stopOnSignals = true
        return TraceDemoSource(options: options)
    }

    /// The finished trace, once the program has ended (nil while it runs, or when it could not be run).
    var result: TraceResult? {
        lock.withLock { if case .success(let result)? = outcome { result } else { nil } }
    }

    func start() -> Bool {
        finished.enter()
        Thread { [self] in
            let result: Result<TraceResult, TraceError>
            do throws(TraceError) { result = .success(try trace.run()) } catch { result = .failure(error) }
            lock.withLock { outcome = result }
            finished.leave()
        }.start()
        return true
    }

    /// Returns once the program's group is killed and reaped and the trace thread has finished.
    func stop() {
        trace.stop()
        finished.wait()
    }

    func progress() -> TraceProgress? {
        let (done, sent) = lock.withLock { (outcome, endSent) }
        if sent { return nil }
        if let done {
            lock.withLock {
                endSent = true
                version += 1
            }
            return Self.final(done, version: version)
        }
        let now = Self.nowNanoseconds()
        guard now - lastSnapshot >= snapshotInterval, let snapshot = trace.snapshot() else { return nil }
        let finished = Self.nowNanoseconds()
        lastSnapshot = finished
        snapshotInterval = max(40_000_000, 4 * (finished - now))
        let output = trace.outputSoFar()
        let shape = [snapshot.timeline.threads.count, snapshot.timeline.transitions.count, snapshot.timeline.events.count,
                     output.lines.count, output.dropped]
        guard shape != lastShape else { return nil }
        lastShape = shape
        version += 1
        return TraceProgress(version: version, timeline: snapshot.timeline, output: output.lines, droppedLines: output.dropped)
    }

    /// The finished recording (closed), how the program ended, its output and the tracer's notes.
    private static func final(_ outcome: Result<TraceResult, TraceError>, version: Int) -> TraceProgress {
        switch outcome {
        case .failure(let error):
            return TraceProgress(version: version, timeline: Timeline(cores: 1), ending: .failed(error.phrase))
        case .success(let result):
            let out = result.stdout.kept, err = result.stderr.kept
            var timeline = result.timeline
            if timeline.endTime == nil { timeline.finish(at: timeline.end) }
            return TraceProgress(version: version, timeline: timeline, output: out.lines + err.lines,
                                 droppedLines: out.dropped + err.dropped, ending: ending(result.outcome), notes: result.notes)
        }
    }

    static func ending(_ outcome: TraceOutcome) -> TraceEnding {
        switch outcome {
        case .exited(let status): .exited(status)
        case .signaled(let signal): .signaled(signal)
        case .timedOut: .timedOut
        case .deadlocked: .deadlocked
        case .stopped: .stopped
        }
    }

    private static func nowNanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }
}

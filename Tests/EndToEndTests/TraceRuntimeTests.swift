import Foundation
import Testing
import ThreadModel
import ThreadTrace
@testable import threadtutor
import TutorUI

/// The app loop's runtime with the real tracer: a python3 program's threads appear in the pane's news while it
/// runs, and stopping a trace leaves no process behind (not even a zombie).
@Suite(.serialized) struct TraceRuntimeTests {
    static let bootstrap = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tracer/threadtutor_trace.py").path

    static func runtime() -> LiveRuntime {
        LiveRuntime(starter: nil, tracer: { request in
            guard case .code(let code) = request.program else { return nil }
            var options = TraceOptions(program: .code(code), bootstrap: bootstrap)
            options.timeoutNanoseconds = 30_000_000_000
            return TraceDemoSource(options: options)
        })
    }

    /// Drains the runtime until `done` holds for a progress of `run` or `seconds` pass; returns every progress.
    static func collect(_ runtime: inout LiveRuntime, _ run: RunID, seconds: Double = 20,
                        until done: (TraceProgress) -> Bool) -> [TraceProgress] {
        var seen: [TraceProgress] = []
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            for case .live(run, .traced(let progress)) in runtime.drain() { seen.append(progress) }
            if let last = seen.last, done(last) { break }
            usleep(10_000)  // a poll interval: the test waits for what the program does, bounded by the deadline
        }
        return seen
    }

    @Test func aTracedProgramsThreadsAppearWhileItRuns() throws {
        let program = """
        import threading, time
        def work():
            time.sleep(0.4)
        threads = []
        for i in range(3):
            t = threading.Thread(target=work, name=f"w{i}")
            t.start()
            threads.append(t)
            time.sleep(0.2)
        for t in threads:
            t.join()
        print("done")
        """
        var runtime = Self.runtime()
        let run = RunID(7)
        let first = runtime.startTrace(run, request: TraceRequest(.code(program)))
        guard case .live(run, .traced)? = first.first else {
            Issue.record("the start gave \(first)")
            return
        }
        let seen = Self.collect(&runtime, run) { $0.ending != nil }
        runtime.stop(run)
        let last = try #require(seen.last)
        #expect(last.ending == .exited(0))
        #expect(last.timeline.threads.map(\.name) == ["MainThread", "w0", "w1", "w2"])
        #expect(last.output == ["done"])
        #expect(last.timeline.endTime != nil)
        // Before the end the pane already had some of the threads, and then more: the recording grew.
        let counts = seen.filter { $0.ending == nil }.map(\.timeline.threads.count)
        #expect(counts.contains { $0 >= 2 && $0 < 4 }, "threads seen while running: \(counts)")
        #expect(counts == counts.sorted(), "\(counts)")
    }

    @Test func stoppingARunningTraceKillsAndReapsItsProcesses() throws {
        let marker = "tt-stop-\(UUID().uuidString.prefix(8))"
        let program = """
        import threading, time
        # \(marker)
        t = threading.Thread(target=time.sleep, args=(60,), name="napper")
        t.start()
        t.join()
        """
        var runtime = Self.runtime()
        let run = RunID(8)
        _ = runtime.startTrace(run, request: TraceRequest(.code(program)))
        let seen = Self.collect(&runtime, run) { $0.timeline.threads.contains { $0.name == "napper" } }
        #expect(seen.last?.timeline.threads.contains { $0.name == "napper" } == true)
        let pids = ProcessScan.pids(withCommandLineContaining: marker)
        #expect(!pids.isEmpty, "the program runs before it is stopped")
        runtime.stop(run)
        #expect(runtime.running.isEmpty)
        // Reaped: not even a zombie keeps its /proc entry.
        for pid in pids { #expect(!FileManager.default.fileExists(atPath: "/proc/\(pid)"), "pid \(pid) is left") }
        #expect(ProcessScan.pids(withCommandLineContaining: marker).isEmpty)
    }
}

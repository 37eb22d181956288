import Foundation
import Testing
import TutorBasics
import ThreadModel
@testable import ThreadTrace

extension TraceRuns {
    /// Programs that go wrong: the trace still ends, the timeline still validates, and nothing is left running.
    @Suite struct TraceFaultTests {
        @Test func aProgramThatRaisesKeepsItsTracebackAndItsTimeline() throws {
            let result = try TracedProgram.run("""
            import threading
            t = threading.Thread(target=lambda: None, name="helper")
            t.start(); t.join()
            raise ValueError("broken on purpose")
            """)
            #expect(result.outcome == .exited(1))
            #expect(TracedProgram.issues(result) == [])
            #expect(TracedProgram.thread(result, "helper") != nil)
            let errors = result.stderr.kept.lines.joined(separator: "\n")
            #expect(errors.contains("Traceback"))
            #expect(errors.contains("ValueError: broken on purpose"))
            #expect(!errors.contains("threadtutor_trace"))
        }

        @Test func aProgramPastItsTimeoutIsStoppedAndReaped() throws {
            let result = try TracedProgram.run("""
            import threading
            def spin():
                while True: pass
            threading.Thread(target=spin, name="spinner").start()
            """, timeout: 1)
            #expect(result.outcome == .timedOut)
            #expect(TracedProgram.issues(result) == [])
            let pid = try #require(result.timeline.threads.first?.kernelTID)
            #expect(!TracedProgram.exists(pid))
            #expect(result.timeline.threads.allSatisfy { result.timeline.currentState(of: $0.id) == .terminated })
        }

        @Test func aForkedChildIsKilledWithTheGroup() throws {
            let result = try TracedProgram.run("""
            import os, time
            child = os.fork()
            if child == 0:
                time.sleep(60)
                os._exit(0)
            print(child, flush=True)
            time.sleep(60)
            """, timeout: 1)
            #expect(result.outcome == .timedOut)
            let child = try #require(result.stdout.kept.lines.first.flatMap { Int32($0) })
            let pid = try #require(result.timeline.threads.first?.kernelTID)
            #expect(!TracedProgram.exists(pid))
            #expect(!TracedProgram.exists(child))
            #expect(result.notes.contains(.traceForkedChild(pid: Int(child))))
            #expect(TracedProgram.issues(result) == [])
        }

        @Test func aFloodOfOutputIsBounded() throws {
            let result = try TracedProgram.run("""
            for i in range(5000):
                print(i)
            """)
            #expect(result.outcome == .exited(0))
            #expect(result.stdout.kept.lines.count == 200)
            #expect(result.stdout.kept.lines.last == "4999")
            #expect(result.stdout.kept.dropped == 4800)
            #expect(result.notes.contains { if case .traceOutputTrimmed(limit: 200, _) = $0 { true } else { false } })
        }

        @Test func anInterpreterThatCannotRunTheTracerSaysSo() throws {
            var options = TraceOptions(program: .code("pass"), bootstrap: TracedProgram.bootstrap)
            options.python = "/bin/false"
            let result = try options.run()
            #expect(result.outcome == .exited(1))
            #expect(result.timeline.threads.isEmpty)
            #expect(result.notes.contains(.traceNoTracer))
            #expect(TracedProgram.issues(result) == [])
        }

        @Test func aMissingBootstrapIsAnError() {
            let options = TraceOptions(program: .code("pass"), bootstrap: "/nonexistent/threadtutor_trace.py")
            #expect(throws: TraceError.self) { try options.run() }
        }
    }
}

extension TraceRuns {
    /// What the tracer costs, measured where it can be measured without timing the program.
    @Suite struct TraceCostTests {
        @Test func sixteenThreadsAreSampledWithoutLosingEvents() throws {
            let result = try TracedProgram.run("""
            import threading
            def spin():
                x = 0
                for i in range(300_000): x += i
            ts = [threading.Thread(target=spin, name="t%d" % i) for i in range(16)]
            for t in ts: t.start()
            for t in ts: t.join()
            """)
            #expect(TracedProgram.issues(result) == [])
            #expect(result.timeline.threads.count == 17)
            // Events lost: none. Every thread's start and end reached the timeline.
            #expect(result.events.filter { $0.kind == "thread" }.count == 16)
            #expect(result.events.filter { $0.kind == "end" }.count == 17)
            #expect(!result.notes.contains { if case .traceUnreadableLines = $0 { true } else { false } })
            #expect(result.samplerCPUNanoseconds > 0)
        }
    }
}

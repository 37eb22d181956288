import Foundation
import Testing
import ThreadModel
@testable import ThreadTrace

extension TraceRuns {
    /// Real python3 programs, traced: the shapes the lessons' demos show. Serialized: each reads /proc and wants the
    /// cores. No timed assertions: shapes, counts and orderings; where a figure is statistical (GIL turns) the bounds
    /// are wide on purpose and say why.
    @Suite struct TraceAccuracyTests {
        @Test func twoCPUBoundThreadsTakeTurnsOnTheGIL() throws {
            let result = try TracedProgram.run("""
            import threading
            def spin():
                x = 0
                for i in range(4_000_000):
                    x += i
            ts = [threading.Thread(target=spin, name=n) for n in ("A", "B")]
            for t in ts: t.start()
            for t in ts: t.join()
            """)
            #expect(TracedProgram.issues(result) == [])
            #expect(result.outcome == .exited(0))
            #expect(result.gilEnabled)
            let timeline = result.timeline
            let a = try #require(TracedProgram.thread(result, "A")), b = try #require(TracedProgram.thread(result, "B"))
            // The validator already checked "one running at a time" under the GIL. Each spinner runs a real share and
            // waits ready for the GIL a real share: 20–80 % (about half on an idle machine; a loaded one skews it).
            for id in [a, b] {
                let totals = timeline.totals(for: id)
                let share = Double(totals.running) / Double(max(1, totals.running + totals.ready))
                #expect(share > 0.2 && share < 0.8, "\(timeline.threads[id.rawValue].name) ran \(share) of its runnable time")
                let gilWaits = timeline.transitions(of: id).filter { $0.to == .ready && $0.reason == .waitingForGIL }
                #expect(gilWaits.count >= 2)
            }
        }

        @Test func eightSleepersOverlap() throws {
            let result = try TracedProgram.run("""
            import threading, time
            ts = [threading.Thread(target=time.sleep, args=(0.3,), name="s%d" % i) for i in range(8)]
            for t in ts: t.start()
            for t in ts: t.join()
            """)
            #expect(TracedProgram.issues(result) == [])
            let sleeps = (0..<8).compactMap { i -> (Int64, Int64)? in
                guard let id = TracedProgram.thread(result, "s\(i)") else { return nil }
                let span = result.timeline.spans(for: id).first { $0.state == .blocked && $0.reason == .sleeping }
                return span.map { ($0.start, $0.end) }
            }
            #expect(sleeps.count == 8)
            // All eight are asleep together: the last one to fall asleep does so before the first one wakes.
            #expect(sleeps.map(\.0).max()! < sleeps.map(\.1).min()!)
        }

        @Test func aPoolOfThreeRunsEightTasksInWaves() throws {
            let result = try TracedProgram.run("""
            from concurrent.futures import ThreadPoolExecutor
            import time
            def task(i):
                time.sleep(0.1)
                return i
            with ThreadPoolExecutor(max_workers=3) as pool:
                print(list(pool.map(task, range(8))))
            """)
            #expect(TracedProgram.issues(result) == [])
            #expect(result.stdout.kept.lines == ["[0, 1, 2, 3, 4, 5, 6, 7]"])
            let timeline = result.timeline
            let workers = timeline.threads.filter { $0.kind == .poolWorker }
            #expect(workers.count == 3)
            #expect(workers.allSatisfy { $0.pool == "ThreadPoolExecutor-0" })
            let dequeued = timeline.events.filter { if case .taskDequeued = $0.kind { true } else { false } }
            #expect(dequeued.count == 8)
            // Sleeping spans of the workers: never more than 3 at once, and 3 at once at some point.
            var edges: [(Int64, Int)] = []
            for worker in workers {
                for span in timeline.spans(for: worker.id) where span.state == .blocked && span.reason == .sleeping {
                    edges.append((span.start, 1))
                    edges.append((span.end, -1))
                }
            }
            edges.sort { ($0.0, $0.1) < ($1.0, $1.1) }
            var current = 0, peak = 0
            for edge in edges {
                current += edge.1
                peak = max(peak, current)
            }
            #expect(edges.count == 16)
            #expect(peak == 3)
        }

        @Test func theTwoLockDeadlockIsFoundAndTheProgramStopped() throws {
            let result = try TracedProgram.run("""
            import threading, time
            a = threading.Lock()
            b = threading.Lock()
            def one():
                with a:
                    time.sleep(0.1)
                    with b: pass
            def two():
                with b:
                    time.sleep(0.1)
                    with a: pass
            t1 = threading.Thread(target=one, name="one"); t2 = threading.Thread(target=two, name="two")
            t1.start(); t2.start(); t1.join(); t2.join()
            """)
            #expect(result.outcome == .deadlocked)
            #expect(TracedProgram.issues(result) == [])
            let deadlock = try #require(result.timeline.deadlock)
            let names = deadlock.cycle.map { result.timeline.threads[$0.thread.rawValue].name }
            #expect(Set(names) == ["one", "two"])
            let sentence = deadlock.sentence(in: .en) { result.timeline.threads[$0.rawValue].name }
            #expect(sentence.contains("waiting for lock a held by one") || sentence.contains("waiting for lock b held by two"))
            let pid = try #require(result.timeline.threads.first?.kernelTID)
            #expect(!TracedProgram.exists(pid))
        }

        @Test func aConsumerBlocksOnAnEmptyQueue() throws {
            let result = try TracedProgram.run("""
            import queue, threading, time
            q = queue.Queue()
            def consumer():
                print("got", q.get())
            t = threading.Thread(target=consumer, name="consumer")
            t.start()
            time.sleep(0.2)
            q.put(42)
            t.join()
            """)
            #expect(TracedProgram.issues(result) == [])
            let consumer = try #require(TracedProgram.thread(result, "consumer"))
            let transitions = result.timeline.transitions(of: consumer)
            let blocked = try #require(transitions.first { $0.to == .blocked })
            #expect(blocked.reason == .waitingForEvent(event: "q not empty"))
            let woken = try #require(transitions.first { $0.from == .blocked })
            #expect(woken.reason == .eventSet(event: "q not empty"))
            #expect(result.stdout.kept.lines == ["got 42"])
        }

        @Test func aSnapshotWhileItRunsShowsTheThreadsSoFar() throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tt-snap-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("prog.py")
            try """
            import threading
            go = threading.Event()
            t = threading.Thread(target=go.wait, name="waiter")
            t.start()
            go.wait(30)
            """.write(to: file, atomically: true, encoding: .utf8)
            var options = TraceOptions(program: .path(file.path), bootstrap: TracedProgram.bootstrap)
            options.timeoutNanoseconds = 20_000_000_000
            let run = TraceRun(options: options)
            let finished = DispatchSemaphore(value: 0)
            nonisolated(unsafe) var result: TraceResult?
            Thread {
                result = try? run.run()
                finished.signal()
            }.start()
            // Poll (bounded) until the snapshot shows the waiter blocked on its event.
            var seen: Timeline?
            for _ in 0..<400 {
                if let snapshot = run.snapshot(), let waiter = snapshot.timeline.thread(named: "waiter"),
                   snapshot.timeline.currentState(of: waiter) == .blocked {
                    seen = snapshot.timeline
                    #expect(Validator.validate(snapshot.timeline, scenario: snapshot.scenario).isEmpty)
                    break
                }
                usleep(25_000)
            }
            run.stop()
            #expect(finished.wait(timeout: .now() + 10) == .success)
            let timeline = try #require(seen)
            #expect(timeline.endTime == nil)
            let waiter = try #require(timeline.thread(named: "waiter"))
            #expect(timeline.transitions(of: waiter).last?.reason == .waitingForEvent(event: "go"))
            #expect(result?.outcome == .stopped)
        }
    }
}

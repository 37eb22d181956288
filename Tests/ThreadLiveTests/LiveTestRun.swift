@testable import ThreadLive
import ThreadModel

/// Runs a program on real threads to the end (or a generous safety limit) and hands back what was recorded.
struct LiveTestRun {
    let engine: LiveEngine
    let entries: [TimelineEntry]
    let finished: Bool

    init(_ program: Program, limitNanoseconds: Int64 = 20_000_000_000) {
        engine = LiveEngine(program: program)
        engine.start()
        finished = engine.waitUntilFinished(timeoutNanoseconds: limitNanoseconds)
        engine.stop()
        entries = engine.recorder.entries(from: 0)
    }

    var transitions: [(seq: Int, thread: Int, from: ThreadState, to: ThreadState, reason: Reason)] {
        entries.compactMap { entry in
            guard case .transition(let transition) = entry else { return nil }
            return (transition.seq, transition.thread.rawValue, transition.from, transition.to, transition.reason)
        }
    }

    var events: [(seq: Int, event: ResourceEventKind)] {
        entries.compactMap { entry in
            guard case .event(let event) = entry else { return nil }
            return (event.seq, event.kind)
        }
    }

    func states(of thread: Int) -> [ThreadState] {
        [.created] + transitions.filter { $0.thread == thread }.map(\.to)
    }

    /// The largest number of threads in `state` at once, over the whole recording.
    func peak(_ state: ThreadState, threads: Int) -> Int {
        var states = Array(repeating: ThreadState.created, count: threads)
        var peak = 0
        for transition in transitions {
            states[transition.thread] = transition.to
            peak = max(peak, states.filter { $0 == state }.count)
        }
        return peak
    }

    func problems() -> [String] {
        RecordCheck.problems(in: entries, threads: engine.scheduler.program.threads.count, cores: engine.scheduler.program.cores)
    }
}

/// Tests build tasks as two parallel lists, names then ops (as they read best in a test).
extension Program {
    var taskNames: [String] {
        get { tasks.map(\.name) }
        set { tasks = newValue.map { Task(name: $0, ops: []) } }
    }

    var taskActions: [[Op]] {
        get { tasks.map(\.ops) }
        set { for (index, ops) in newValue.enumerated() { tasks[index].ops = ops } }
    }
}

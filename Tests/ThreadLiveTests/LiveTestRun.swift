@testable import ThreadLive

/// Runs a plan on real threads to the end (or a generous safety limit) and hands back what was recorded.
struct LiveTestRun {
    let engine: LiveEngine
    let records: [LiveRecord]
    let finished: Bool

    init(_ plan: LivePlan, limitNanoseconds: Int64 = 20_000_000_000) {
        engine = LiveEngine(plan: plan)
        engine.start()
        finished = engine.waitUntilFinished(timeoutNanoseconds: limitNanoseconds)
        engine.stop()
        records = engine.recorder.records(from: 0)
    }

    var transitions: [(seq: Int, thread: Int, from: LiveState, to: LiveState, reason: LiveReason)] {
        records.compactMap { record in
            guard case .transition(let thread, let from, let to, _, let reason) = record.entry else { return nil }
            return (record.seq, thread, from, to, reason)
        }
    }

    var events: [(seq: Int, event: LiveResourceEvent)] {
        records.compactMap { record in
            guard case .resource(let event) = record.entry else { return nil }
            return (record.seq, event)
        }
    }

    func states(of thread: Int) -> [LiveState] {
        [.created] + transitions.filter { $0.thread == thread }.map(\.to)
    }

    /// The largest number of threads in `state` at once, over the whole recording.
    func peak(_ state: LiveState, threads: Int) -> Int {
        var states = Array(repeating: LiveState.created, count: threads)
        var peak = 0
        for transition in transitions {
            states[transition.thread] = transition.to
            peak = max(peak, states.filter { $0 == state }.count)
        }
        return peak
    }

    func problems() -> [String] {
        RecordCheck.problems(in: records, threads: engine.scheduler.plan.threads.count, cores: engine.scheduler.plan.cores)
    }
}

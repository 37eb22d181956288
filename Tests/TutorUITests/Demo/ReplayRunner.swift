import Foundation
import ThreadModel
@testable import TutorUI

/// A stand-in for the live engine: hands out a finished simulation a few entries per drain, as the real
/// recorder would while threads run, with made-up kernel ids and letters.
final class ReplayRunner: LiveDemoRunner, @unchecked Sendable {
    private let source: Timeline
    private let perDrain: Int
    private let lock = NSLock()
    private var delivered = 0
    private(set) var started = false
    private(set) var stopped = false

    init(_ scenario: Scenario, perDrain: Int = 3) {
        source = Simulator.run(scenario)
        self.perDrain = perDrain
    }

    func start() -> Bool { lock.withLock { started = true }; return true }
    func stop() { lock.withLock { stopped = true } }
    var machineCores: Int { 1 }

    func makeTimeline() -> Timeline {
        var timeline = Timeline(cores: source.cores)
        for info in source.threads {
            timeline.addThread(name: info.name, kind: info.kind, pool: info.pool, kernelTID: Int32(4000 + info.id.rawValue))
        }
        return timeline
    }

    /// Appends the next few entries in sequence order; closes the timeline after the last.
    func drain(into timeline: inout Timeline) {
        lock.lock()
        defer { lock.unlock() }
        let entries = (source.transitions.map { ($0.seq, Either.transition($0)) } + source.events.map { ($0.seq, .event($0)) })
            .sorted { $0.0 < $1.0 }
        for (_, entry) in entries.dropFirst(delivered).prefix(perDrain) {
            switch entry {
            case .transition(let t): timeline.record(t.thread, to: t.to, at: t.time, core: t.core, reason: t.reason)
            case .event(let e): timeline.record(e.kind, at: e.time)
            }
        }
        delivered = min(entries.count, delivered + perDrain)
        if delivered == entries.count, timeline.endTime == nil {
            if let deadlock = source.deadlock { timeline.reportDeadlock(deadlock) }
            timeline.finish(at: source.end)
        }
    }

    /// Every thread shows `S` from the start and is gone at the end.
    func kernelChanges() -> [KernelStateChange] {
        lock.withLock {
            source.threads.map { KernelStateChange(time: 0, thread: $0.id, letter: "S") }
                + (delivered > 0 && stopped ? source.threads.map { KernelStateChange(time: source.end, thread: $0.id, letter: nil) } : [])
        }
    }

    private enum Either {
        case transition(Transition)
        case event(ResourceEvent)
    }
}

@testable import ThreadLive
import ThreadModel

/// The invariants every live recording must keep, checked entry by entry (beside ThreadModel's Validator,
/// which checks the built Timeline): legal moves from the last recorded state, time never going back,
/// never more running threads than cores, at most one GIL holder, a lock held by at most one thread.
struct RecordCheck {
    static func problems(in entries: [TimelineEntry], threads: Int, cores: Int) -> [String] {
        var problems: [String] = []
        var states = Array(repeating: ThreadState.created, count: threads)
        var lastTime: Int64 = 0
        var gilHolder: ThreadID?
        var lockHolders: [String: ThreadID] = [:]
        for (index, entry) in entries.enumerated() {
            if entry.seq != index { problems.append("seq \(entry.seq) at \(index)") }
            if entry.time < lastTime { problems.append("time went back at \(index)") }
            lastTime = entry.time
            switch entry {
            case .transition(let transition):
                let thread = transition.thread.rawValue, from = transition.from, to = transition.to
                if states[thread] != from { problems.append("\(index): thread \(thread) from \(from) but was \(states[thread])") }
                if !from.canMove(to: to) { problems.append("\(index): illegal \(from)→\(to)") }
                states[thread] = to
                if states.filter({ $0 == .running }).count > cores { problems.append("\(index): more running than cores") }
            case .event(let event):
                switch event.kind {
                case .gilAcquired(let thread):
                    if gilHolder != nil { problems.append("\(index): GIL taken by \(thread) while held") }
                    gilHolder = thread
                case .gilReleased(let thread):
                    if gilHolder != thread { problems.append("\(index): GIL released by non-holder \(thread)") }
                    gilHolder = nil
                case .lockAcquired(let lock, let thread):
                    if lockHolders[lock] != nil { problems.append("\(index): lock \(lock) taken by \(thread) while held") }
                    lockHolders[lock] = thread
                case .lockReleased(let lock, _):
                    lockHolders[lock] = nil
                default: break
                }
            }
        }
        return problems
    }
}

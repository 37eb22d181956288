@testable import ThreadLive

/// The invariants every live recording must keep, checked entry by entry (until ThreadModel's Validator
/// checks the built Timeline too): legal moves from the last recorded state, time never going back,
/// never more running threads than cores, at most one GIL holder, a lock held by at most one thread.
struct RecordCheck {
    static let legal: [LiveState: Set<LiveState>] = [
        .created: [.ready], .ready: [.running], .running: [.ready, .blocked, .terminated], .blocked: [.ready],
    ]

    static func problems(in records: [LiveRecord], threads: Int, cores: Int) -> [String] {
        var problems: [String] = []
        var states = Array(repeating: LiveState.created, count: threads)
        var lastTime: Int64 = 0
        var gilHolder: Int?
        var lockHolders: [Int: Int] = [:]
        for (index, record) in records.enumerated() {
            if record.seq != index { problems.append("seq \(record.seq) at \(index)") }
            if record.nanoseconds < lastTime { problems.append("time went back at \(index)") }
            lastTime = record.nanoseconds
            switch record.entry {
            case .transition(let thread, let from, let to, _, _):
                if states[thread] != from { problems.append("\(index): thread \(thread) from \(from) but was \(states[thread])") }
                if !(legal[from]?.contains(to) ?? false) { problems.append("\(index): illegal \(from)→\(to)") }
                states[thread] = to
                if states.filter({ $0 == .running }).count > cores { problems.append("\(index): more running than cores") }
            case .resource(.gilAcquired(let thread)):
                if gilHolder != nil { problems.append("\(index): GIL taken by \(thread) while held") }
                gilHolder = thread
            case .resource(.gilReleased(let thread)):
                if gilHolder != thread { problems.append("\(index): GIL released by non-holder \(thread)") }
                gilHolder = nil
            case .resource(.lockAcquired(let lock, let thread)):
                if lockHolders[lock] != nil { problems.append("\(index): lock \(lock) taken by \(thread) while held") }
                lockHolders[lock] = thread
            case .resource(.lockReleased(let lock, _)):
                lockHolders[lock] = nil
            case .resource: break
            }
        }
        return problems
    }
}

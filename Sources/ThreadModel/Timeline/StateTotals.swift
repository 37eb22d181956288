/// Microseconds one thread spent in each state up to the end of the timeline.
public struct StateTotals: Hashable, Sendable {
    public var created: Int64 = 0
    public var ready: Int64 = 0
    public var running: Int64 = 0
    public var blocked: Int64 = 0

    public init() {}

    public subscript(state: ThreadState) -> Int64 {
        switch state {
        case .created: created
        case .ready: ready
        case .running: running
        case .blocked: blocked
        case .terminated: 0
        }
    }

    mutating func add(_ micros: Int64, to state: ThreadState) {
        switch state {
        case .created: created += micros
        case .ready: ready += micros
        case .running: running += micros
        case .blocked: blocked += micros
        case .terminated: break
        }
    }
}

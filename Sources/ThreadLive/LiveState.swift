/// The five model states, as the live engine tracks them (mapped one to one onto ThreadModel's `ThreadState`).
enum LiveState: UInt8, Sendable {
    case created, ready, running, blocked, terminated
}

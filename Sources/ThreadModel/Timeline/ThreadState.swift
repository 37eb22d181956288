import TutorBasics

/// The five states every thread passes through. A thread waiting for the GIL is `ready`:
/// it could run, only the GIL keeps it off a core.
public enum ThreadState: String, CaseIterable, Sendable, Hashable, Codable {
    case created, ready, running, blocked, terminated

    /// The only legal moves, as the OS textbooks draw them. Anything else is a bug the validator reports.
    public static let legalTransitions: [ThreadState: Set<ThreadState>] = [
        .created: [.ready],                     // started
        .ready: [.running],                     // dispatched
        .running: [.ready, .blocked, .terminated], // preempted / waits / finished
        .blocked: [.ready],                     // woken (never straight to running)
        .terminated: [],
    ]

    /// Where a thread in this state may go next.
    public var legalNextStates: Set<ThreadState> { Self.legalTransitions[self] ?? [] }

    /// Whether `self → next` is one of the legal transitions.
    public func canMove(to next: ThreadState) -> Bool { legalNextStates.contains(next) }

    /// The state's name for a learner.
    public func name(in language: Language) -> String { language.catalog(phrase) }

    /// The state's name as a catalog phrase.
    public var phrase: Phrase {
        switch self {
        case .created: .stateCreated
        case .ready: .stateReady
        case .running: .stateRunning
        case .blocked: .stateBlocked
        case .terminated: .stateTerminated
        }
    }
}

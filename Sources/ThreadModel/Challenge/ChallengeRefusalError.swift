import TutorBasics

/// A refused move as an error, so `apply` can return a `Result` the caller must look at.
public struct ChallengeRefusalError: Error, Hashable, Sendable {
    public var thread: ThreadID
    public var refusal: ChallengeRefusal

    public init(thread: ThreadID, refusal: ChallengeRefusal) {
        self.thread = thread
        self.refusal = refusal
    }

    /// The sentence the learner reads, in any language; threads are numbered from 1 on screen.
    public func phrase(in program: Program) -> Phrase {
        guard program.threads.indices.contains(thread.rawValue) else { return .challengeNoSuchThread(number: thread.rawValue + 1) }
        let name = program.threads[thread.rawValue].name
        switch refusal {
        case .finished: return .challengeThreadFinished(thread: name)
        case .notStarted: return .challengeThreadNotStarted(thread: name)
        case .blocked(let reason): return .challengeThreadBlocked(thread: name, reason: reason.phrase)
        case .noSuchThread: return .challengeNoSuchThread(number: thread.rawValue + 1)
        }
    }
}

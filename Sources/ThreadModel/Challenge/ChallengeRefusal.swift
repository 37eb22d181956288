/// Why a thread cannot run one step now: the learner pressed its number and the engine says no, in the
/// Timeline's own words where it has them (`Reason`), so the sentence is the one the demos already use.
public enum ChallengeRefusal: Hashable, Sendable {
    /// The thread has run all its ops.
    case finished
    /// A manual thread nobody has started yet.
    case notStarted
    /// Blocked: waiting for a lock, an event, a thread, a semaphore, a notify, a queue or a barrier.
    case blocked(Reason)
    /// No such thread in this challenge.
    case noSuchThread
}

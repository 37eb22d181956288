/// A refused move as an error, so `apply` can return a `Result` the caller must look at.
public struct ChallengeRefusalError: Error, Hashable, Sendable {
    public var thread: ThreadID
    public var refusal: ChallengeRefusal

    public init(thread: ThreadID, refusal: ChallengeRefusal) {
        self.thread = thread
        self.refusal = refusal
    }
}

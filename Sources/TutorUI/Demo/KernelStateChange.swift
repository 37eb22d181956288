import ThreadModel

/// A change of one live thread's kernel state letter (R, S, D…) at `time` (µs of scenario time); nil means
/// the thread has left /proc. The letter holds until the thread's next change.
public struct KernelStateChange: Hashable, Sendable {
    public var time: Int64
    public var thread: ThreadID
    public var letter: Character?

    public init(time: Int64, thread: ThreadID, letter: Character?) {
        self.time = time
        self.thread = thread
        self.letter = letter
    }
}

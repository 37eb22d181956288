/// The threads that could run, in the order they became ready (what a scheduling policy chooses from).
public struct ReadyQueue: RandomAccessCollection, Sendable {
    private var queue = FIFOQueue<ThreadID>()

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { queue.count }
    public subscript(position: Int) -> ThreadID { queue[position] }

    mutating func append(_ thread: ThreadID) { queue.append(thread) }

    mutating func remove(at position: Int) -> ThreadID { queue.remove(at: position) }
}

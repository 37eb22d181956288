/// The threads that could run, in the order they became ready. Popping the front is O(1) (a moving head);
/// removing from the middle, which only a learner's or a test's choice does, is O(n).
public struct ReadyQueue: RandomAccessCollection, Sendable {
    private var storage: [ThreadID] = []
    private var head = 0

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.count - head }
    public subscript(position: Int) -> ThreadID { storage[head + position] }

    mutating func append(_ thread: ThreadID) { storage.append(thread) }

    mutating func remove(at position: Int) -> ThreadID {
        if position == 0 {
            let thread = storage[head]
            head += 1
            if head > 1_024, head * 2 > storage.count {
                storage.removeFirst(head)
                head = 0
            }
            return thread
        }
        return storage.remove(at: head + position)
    }
}

import ThreadModel

/// A live `queue.Queue` (touched only under the scheduler's lock): items, blocked putters and getters, and
/// the `task_done` count that `join` waits on.
struct LiveQueueState: Sendable {
    var items = FIFOQueue<String>()
    var getters = FIFOQueue<Int>()
    /// Producers blocked on a full queue, each with the item it is putting.
    var putters = FIFOQueue<Putter>()
    var unfinished = 0
    var joiners: [Int] = []

    struct Putter: Equatable, Sendable {
        var thread: Int
        var item: String
    }
}

/// A `queue.Queue` while the simulator runs: its items, who waits to put or get, and `task_done` bookkeeping.
struct SimulatedQueue {
    var items = FIFOQueue<String>()
    var getters = FIFOQueue<ThreadID>()
    /// Producers blocked on a full queue, each with the item it is putting.
    var putters = FIFOQueue<Putter>()
    /// Items put and not yet marked done (`join` waits for 0).
    var unfinished = 0
    var joiners: [ThreadID] = []

    struct Putter: Equatable {
        var thread: ThreadID
        var item: String
    }
}

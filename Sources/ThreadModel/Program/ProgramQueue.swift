extension Program {
    /// A `queue.Queue`: FIFO, `capacity` items at most (0: unbounded, as `maxsize=0`).
    public struct Queue: Hashable, Sendable {
        public var name: String
        public var capacity: Int

        public init(name: String, capacity: Int) {
            self.name = name
            self.capacity = capacity
        }

        /// Whether `count` items leave no room for a `put`.
        public func isFull(count: Int) -> Bool { capacity > 0 && count >= capacity }
    }
}

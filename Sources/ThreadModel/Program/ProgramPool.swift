extension Program {
    /// A thread pool: its name and its worker threads, in order.
    public struct Pool: Hashable, Sendable {
        public var name: String
        public var workers: [ThreadID]

        public init(name: String, workers: [ThreadID]) {
            self.name = name
            self.workers = workers
        }
    }
}

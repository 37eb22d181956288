extension Program {
    /// A thread to run: a scenario thread with its ops, or a pool worker (which takes its ops from tasks).
    public struct Thread: Hashable, Sendable {
        public var name: String
        public var start: StartMode
        public var ops: [Op]
        /// The pool this thread works for; nil for a scenario thread.
        public var pool: Int?
        /// The Python source this thread stands for, a line each (a challenge shows it); empty when not given.
        public var code: [String] = []
        /// For each op, the index in `code` of the line it stands for; empty, or as long as `ops`.
        public var opLines: [Int?] = []

        public init(name: String, start: StartMode = .immediately, ops: [Op] = [], pool: Int? = nil) {
            self.name = name
            self.start = start
            self.ops = ops
            self.pool = pool
        }
    }
}

extension Program {
    /// A work item for a pool; a counted task (`count: N`) is N of these.
    public struct Task: Hashable, Sendable {
        public var name: String
        public var ops: [Op]

        public init(name: String, ops: [Op]) {
            self.name = name
            self.ops = ops
        }
    }
}

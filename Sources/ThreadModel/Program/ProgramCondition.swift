extension Program {
    /// A condition variable and the lock (by id) it releases while waiting and takes back after.
    public struct Condition: Hashable, Sendable {
        public var name: String
        public var lock: Int

        public init(name: String, lock: Int) {
            self.name = name
            self.lock = lock
        }
    }
}

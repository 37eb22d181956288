extension Program {
    /// A semaphore: its starting value; a bounded one refuses a release above it (Python's ValueError).
    public struct Semaphore: Hashable, Sendable {
        public var name: String
        public var value: Int
        public var bounded: Bool

        public init(name: String, value: Int, bounded: Bool = false) {
            self.name = name
            self.value = value
            self.bounded = bounded
        }
    }
}

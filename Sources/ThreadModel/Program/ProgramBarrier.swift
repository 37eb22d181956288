extension Program {
    /// A `threading.Barrier`: the `parties`-th arrival releases everyone waiting.
    public struct Barrier: Hashable, Sendable {
        public var name: String
        public var parties: Int

        public init(name: String, parties: Int) {
            self.name = name
            self.parties = parties
        }
    }
}

/// Names one live run. Every message about a run carries its id, so records of a run that was stopped (or
/// replaced by a restart) are recognised and dropped, as stale ticks are by their stamp.
public struct RunID: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int

    public init(_ rawValue: Int) { self.rawValue = rawValue }

    public var description: String { "run \(rawValue)" }

    /// Hands out ids that are never reused in a session; the model keeps one, so ids stay unique across
    /// steps, lessons and the demos of one step.
    public struct Counter: Hashable, Sendable {
        private var last = 0

        public init() {}

        public mutating func next() -> RunID {
            last += 1
            return RunID(last)
        }
    }
}

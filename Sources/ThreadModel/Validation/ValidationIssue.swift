/// Something in a timeline that cannot happen in the five-state model.
public struct ValidationIssue: Hashable, Sendable, CustomStringConvertible {
    /// The entry where the problem shows (nil for a problem with the whole run).
    public var seq: Int?
    public var time: Int64?
    public var message: String

    public init(seq: Int?, time: Int64?, message: String) {
        self.seq = seq
        self.time = time
        self.message = message
    }

    public var description: String {
        guard let seq, let time else { return message }
        return "#\(seq) at \(time) µs: \(message)"
    }
}

/// One line of the bootstrap's event stream: the fields every line has, and the others by name.
/// Times are CLOCK_MONOTONIC nanoseconds, as the bootstrap's `time.monotonic_ns()` gives them.
public struct TraceEvent: Sendable, Hashable {
    public var kind: String
    public var time: Int64
    public var tid: Int32
    public var object: Int
    public var numbers: [String: Int64] = [:]
    public var strings: [String: String] = [:]
    public var flags: [String: Bool] = [:]

    public init(kind: String, time: Int64, tid: Int32, object: Int = 0) {
        self.kind = kind
        self.time = time
        self.tid = tid
        self.object = object
    }

    public func number(_ key: String) -> Int64? { numbers[key] }
    public func string(_ key: String) -> String? { strings[key] }
}

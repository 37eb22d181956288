/// The last lines a program wrote, bounded: a program that prints a million lines must not fill memory or the
/// screen. Counts what it dropped so the learner is told.
public struct OutputTail: Sendable {
    public let limit: Int
    public private(set) var lines: [String] = []
    public private(set) var dropped = 0
    private var partial: [UInt8] = []

    public init(limit: Int) { self.limit = max(1, limit) }

    public mutating func append(_ bytes: ArraySlice<UInt8>) {
        for byte in bytes {
            if byte == 10 {
                push(String(decoding: partial, as: UTF8.self))
                partial.removeAll(keepingCapacity: true)
            } else if partial.count < 4096 {
                partial.append(byte)
            }
        }
    }

    /// Keeps an unfinished last line (a prompt, a crash mid-line).
    public mutating func close() {
        if !partial.isEmpty { push(String(decoding: partial, as: UTF8.self)) }
        partial.removeAll()
    }

    private mutating func push(_ line: String) {
        lines.append(line)
        if lines.count > limit * 2 {
            dropped += lines.count - limit
            lines.removeFirst(lines.count - limit)
        }
    }

    /// The kept lines (at most `limit`), with how many earlier ones were dropped.
    public var kept: (lines: [String], dropped: Int) {
        let extra = max(0, lines.count - limit)
        return (Array(lines.suffix(limit)), dropped + extra)
    }
}

/// A thread's index in its timeline's `threads` array (dense, from 0), so lookups are O(1).
public struct ThreadID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: Int

    @inlinable public init(_ rawValue: Int) { self.rawValue = rawValue }

    public static func < (lhs: ThreadID, rhs: ThreadID) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { "#\(rawValue)" }
}

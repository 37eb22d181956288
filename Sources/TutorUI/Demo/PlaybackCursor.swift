/// Where playback stands: every entry up to `seq` has happened, and the clock reads `time` (µs).
/// Keeping both lets a step stop between two transitions stamped at the same moment.
public struct PlaybackCursor: Hashable, Sendable {
    public var seq: Int
    public var time: Int64

    public init(seq: Int = -1, time: Int64 = 0) {
        self.seq = seq
        self.time = time
    }

    /// Before anything has happened.
    public static let start = PlaybackCursor()
}

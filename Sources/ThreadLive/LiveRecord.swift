/// A recorded entry with its place in the single sequence and its monotonic time since the run began.
struct LiveRecord: Hashable, Sendable {
    var seq: Int
    var nanoseconds: Int64
    var entry: LiveEntry
}

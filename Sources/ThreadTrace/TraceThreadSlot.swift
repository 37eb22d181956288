import ThreadModel

/// What the timeline builder knows about one traced thread between records.
struct TraceThreadSlot {
    var tid: Int32
    /// Inside a patched blocking call: why it blocks and what will wake it.
    var wait: (object: Int, what: String, reason: Reason, wake: Reason)?
    /// The last /proc class seen outside a patched call; nil right after a start or a wake (running Python).
    var sampled: KernelClass?
    var ended = false
    /// When it last became ready (the longest-waiting ready thread gets the next turn).
    var readySince: Int64 = 0
    var core: Int?
    /// The reason of the current blocked span, and what to say when it ends.
    var blockedReason: Reason?
    var wake: Reason?
}

import ThreadModel

/// What a live run recorded since the runtime last looked, as a value the pane appends to its own copy of
/// the recording. Entries keep their sequence numbers, so appending them in order gives the same timeline the
/// runtime drained.
public struct LiveBatch: Hashable, Sendable {
    /// New transitions and resource events, in sequence order.
    public var entries: [TimelineEntry]
    /// Set once the run is over with threads still blocked.
    public var deadlock: Deadlock?
    /// Set once the run is over: the recording is then closed.
    public var endTime: Int64?
    /// Every kernel state letter change seen so far, when it changed since the last batch (nil: no change).
    public var kernelChanges: [KernelStateChange]?

    public init(entries: [TimelineEntry] = [], deadlock: Deadlock? = nil, endTime: Int64? = nil,
                kernelChanges: [KernelStateChange]? = nil) {
        self.entries = entries
        self.deadlock = deadlock
        self.endTime = endTime
        self.kernelChanges = kernelChanges
    }

    /// Appends the batch to `timeline` and closes it when the run is over.
    public func apply(to timeline: inout Timeline) {
        for entry in entries {
            switch entry {
            case .transition(let t):
                timeline.record(t.thread, from: t.from, to: t.to, at: t.time, core: t.core, reason: t.reason)
            case .event(let event):
                timeline.record(event.kind, at: event.time)
            }
        }
        if let deadlock { timeline.reportDeadlock(deadlock) }
        if let endTime, timeline.endTime == nil { timeline.finish(at: endTime) }
    }
}

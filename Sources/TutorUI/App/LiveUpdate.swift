import ThreadModel

/// News from a live run, delivered to the model as `Message.live(run, update)`.
public enum LiveUpdate: Hashable, Sendable {
    /// The threads are running. `threads` (with their kernel ids) and `cores` make the empty recording;
    /// `machineCores` is what this machine has, to warn when the scenario asks for more.
    case started(threads: [ThreadInfo], cores: Int, machineCores: Int)
    /// What the threads recorded since the last batch.
    case records(LiveBatch)
    /// The system refused the threads; nothing of the run is left running.
    case failed
    /// A traced program's recording so far, whole (it replaces the pane's copy), with its output tail.
    case traced(TraceProgress)
}
